import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  applyThreshold
} from "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import {
  packageVersion
} from "./chunk-WR2FMMU4.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/gates/accessibility-gate.ts
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// src/gates/axe-rules.ts
var WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
var BEST_PRACTICE_RULES = [
  "heading-order",
  "empty-heading",
  "empty-table-header",
  "image-redundant-alt",
  "label-title-only",
  "tabindex",
  "presentation-role-conflict",
  "aria-allowed-role",
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-no-duplicate-main",
  "skip-link",
  "accesskeys",
  "frame-tested",
  "meta-viewport",
  "page-has-heading-one",
  "landmark-one-main"
];
var LAYOUT_RULES = [
  "color-contrast",
  "target-size",
  "scrollable-region-focusable",
  "link-in-text-block",
  "css-orientation-lock"
];
var DOCUMENT_RULES = [
  "document-title",
  "html-has-lang",
  "bypass",
  "meta-viewport",
  "page-has-heading-one",
  "landmark-one-main"
];
function wcagCriteria(tags) {
  const out = [];
  for (const t of tags) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(t);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return out;
}
function severityOfImpact(impact) {
  if (impact === "critical" || impact === "serious") return "error";
  if (impact === "moderate") return "warning";
  return "info";
}

// src/gates/browser-session.ts
async function launchChromium(executablePath) {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
}

// src/gates/chromium.ts
import { existsSync } from "node:fs";
var CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
];
function findChromium(configured) {
  if (configured) return existsSync(configured) ? configured : void 0;
  const fromEnv = process.env.AIOS_CHROMIUM;
  if (fromEnv !== void 0) return fromEnv && existsSync(fromEnv) ? fromEnv : void 0;
  return CANDIDATES.find((p) => existsSync(p));
}

// src/gates/html-source.ts
var LEADING_BLOCKS = /^(?:\s*php)+(?=\s*(?:<!doctype\s|<html[\s>]))/i;
function staticMarkup(path, content) {
  if (/\.html?$/i.test(path)) return content;
  if (!/\.php$/i.test(path)) return void 0;
  const markup = content.replace(/<\?(?:php\b|=)?[\s\S]*?(?:\?>|$(?![\s\S]))/g, (block) => {
    const breaks = block.replace(/[^\n]/g, "");
    return `php${breaks}`;
  });
  if (!/<[a-zA-Z][^>]*>/.test(markup)) return void 0;
  return markup.replace(LEADING_BLOCKS, (lead) => lead.replace(/php/g, ""));
}
function isDocument(markup) {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(markup);
}

// src/gates/markup-depth.ts
var NOT_NESTING = /* @__PURE__ */ new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "rb",
  "rt",
  "rp",
  "rtc",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "caption"
]);
var RAW_TEXT = /<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
var TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g;
function markupDepth(markup) {
  const text = markup.replace(RAW_TEXT, "");
  let depth = 0;
  let deepest = 0;
  for (const m of text.matchAll(TAG)) {
    const name = m[2]?.toLowerCase();
    if (!name || NOT_NESTING.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3]) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
var DEEPEST_CHECKED = 1e3;

// src/gates/template-markup.ts
var PLACEHOLDER = /\bphp\b/;
var PRINTS_ATTRIBUTES = /^<[a-zA-Z][^\s/>]*(?:\s+[^>]*?)?\sphp(?=[\s/>]|="")/;
function isTemplate(path) {
  return /\.php$/i.test(path);
}
function wholeTemplate(markup, opensDocument) {
  return opensDocument && /<\/html\s*>/i.test(markup);
}
function tagStart(markup, offset) {
  return markup[offset] === "<" ? offset : markup.lastIndexOf("<", offset);
}
function startTagAt(markup, offset) {
  const at = tagStart(markup, offset);
  if (at < 0) return "";
  const end = markup.indexOf(">", at);
  return end < 0 ? "" : markup.slice(at, end + 1);
}
function contentAt(markup, offset) {
  const tag = startTagAt(markup, offset);
  const name = /^<([a-zA-Z][^\s/>]*)/.exec(tag)?.[1];
  if (!name) return "";
  const from = tagStart(markup, offset) + tag.length;
  const close = markup.toLowerCase().indexOf(`</${name.toLowerCase()}`, from);
  return markup.slice(from, close < 0 ? markup.length : close);
}
function rulesPrintedByTemplate(markup) {
  const out = [];
  const html = /<html\b[^>]*>/i.exec(markup);
  if (html && PRINTS_ATTRIBUTES.test(html[0]))
    out.push("html-has-lang", "html-lang-valid", "html-xml-lang-mismatch", "valid-lang");
  const head = /<head\b[^>]*>/i.exec(markup);
  if (head && PLACEHOLDER.test(contentAt(markup, head.index))) out.push("document-title");
  return out;
}
function printedByTemplate(markup, whole, finding) {
  switch (finding.ruleId) {
    case "close-order":
      return !whole && /^(Stray end tag|Unclosed element|Missing end tag)/i.test(finding.message);
    case "element-required-attributes":
      return PRINTS_ATTRIBUTES.test(startTagAt(markup, finding.offset));
    case "element-required-content":
    case "element-permitted-occurrences":
      return PLACEHOLDER.test(contentAt(markup, finding.offset));
    case "attribute-allowed-values":
    case "valid-id":
    case "no-dup-id":
      return /"[^"]*\bphp\b[^"]*"/.test(finding.message);
    default:
      return false;
  }
}
function axeFindingPrinted(rule, elementHtml) {
  if (PRINTS_ATTRIBUTES.test(elementHtml)) return true;
  return REFERENCE_RULES.has(rule) && /="[^"]*\bphp\b[^"]*"/.test(elementHtml);
}
var REFERENCE_RULES = /* @__PURE__ */ new Set([
  "duplicate-id",
  "duplicate-id-active",
  "duplicate-id-aria",
  "aria-valid-attr-value",
  "label",
  "landmark-unique"
]);

// src/gates/page-facts.ts
function readPageFacts(doc) {
  const d = doc ?? globalThis.document;
  const skip = /* @__PURE__ */ new Set([
    "script",
    "style",
    "template",
    "noscript",
    "code",
    "pre",
    "kbd",
    "samp",
    "var",
    "textarea",
    "svg",
    "math"
  ]);
  const root = d.documentElement;
  const chunks = /* @__PURE__ */ new Map();
  const stack = d.body ? [[d.body, root]] : [];
  while (stack.length > 0) {
    const [node, owner] = stack.pop();
    if (node.nodeType === 3) {
      const list = chunks.get(owner) ?? [];
      list.push(node.nodeValue ?? "");
      chunks.set(owner, list);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node;
    if (skip.has(el.localName.toLowerCase())) continue;
    const mine = el.hasAttribute("lang") ? el : owner;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], mine]);
  }
  const textOf = (el) => (chunks.get(el) ?? []).join(" ").replace(/\s+/g, " ").trim();
  const quoted = (v) => `"${v.replace(/["\\]/g, "\\$&")}"`;
  const parts = [];
  for (const el of chunks.keys()) {
    if (el === root) continue;
    const lang2 = el.getAttribute("lang") ?? "";
    const id = el.getAttribute("id");
    parts.push({
      lang: lang2,
      text: textOf(el),
      selector: id ? `#${id.replace(/[^\w-]/g, "\\$&")}` : `${el.localName}[lang=${quoted(lang2)}]`
    });
  }
  const fileName = /^(?:[^\s/\\]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|ico|heic)|(?:img|dsc|dscn|pxl|dcim)[-_]?\d{3,}(?:\.\w{2,4})?)$/i;
  const fileNameAlts = [];
  for (const el of Array.from(
    d.querySelectorAll('img[alt], input[type="image"][alt], area[alt]')
  )) {
    const alt = (el.getAttribute("alt") ?? "").trim();
    if (fileName.test(alt))
      fileNameAlts.push({
        alt,
        selector: `${el.localName}[alt=${quoted(el.getAttribute("alt") ?? "")}]`
      });
  }
  const lang = root.getAttribute("lang")?.trim();
  return { lang: lang || void 0, text: textOf(root), parts, fileNameAlts };
}

// src/gates/page-dom.ts
var INTERACTIVE = "a[href], button, input, select, textarea, summary, label, option, details, area[href], iframe";
var WIDGET_ROLES = /* @__PURE__ */ new Set([
  "button",
  "link",
  "checkbox",
  "radio",
  "switch",
  "tab",
  "menuitem",
  "menuitemcheckbox",
  "menuitemradio",
  "option",
  "treeitem",
  "gridcell",
  "slider",
  "spinbutton",
  "combobox",
  "textbox",
  "searchbox"
]);
async function loadPageDom(markup, { locations = true } = {}) {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const dom = new JSDOM(markup, {
    includeNodeLocations: locations,
    runScripts: "outside-only",
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole()
  });
  const document = dom.window.document;
  const line = (el) => {
    if (!el || !locations) return void 0;
    try {
      return dom.nodeLocation(el)?.startLine;
    } catch {
      return void 0;
    }
  };
  return {
    lineOf(selector) {
      try {
        return line(document.querySelector(selector));
      } catch {
        return void 0;
      }
    },
    async runAxe(source, options) {
      const win = dom.window;
      win.eval(source);
      return (await win.axe.run(document, options)).violations;
    },
    facts() {
      return readPageFacts(document);
    },
    clickWithoutKeyboard(path) {
      const out = [];
      for (const el of document.querySelectorAll("[onclick]")) {
        if (el.matches(INTERACTIVE)) continue;
        const role = el.getAttribute("role")?.trim().split(/\s+/)[0] ?? "";
        const focusable = el.hasAttribute("tabindex") && Number(el.getAttribute("tabindex")) >= 0;
        const keys = el.hasAttribute("onkeydown") || el.hasAttribute("onkeyup") || el.hasAttribute("onkeypress");
        if (WIDGET_ROLES.has(role) && focusable && keys) continue;
        const missing = [
          WIDGET_ROLES.has(role) ? "" : "a widget role",
          focusable ? "" : 'tabindex="0"',
          keys ? "" : "a key handler"
        ].filter(Boolean);
        const at = line(el);
        out.push({
          rule: "aios/click-without-keyboard",
          severity: "error",
          message: `<${el.localName}> has a click handler but lacks ${missing.join(", ")}: keyboard users cannot use it. Use a <button> or <a href> (WCAG 2.1.1, 4.1.2).`,
          path,
          ...at ? { line: at } : {},
          selector: el.localName + (el.id ? `#${el.id}` : ""),
          wcag: ["2.1.1", "4.1.2"]
        });
      }
      return out;
    }
  };
}

// src/gates/page-language.ts
var MIN_LETTERS = 80;
var DECLARED_AT_MOST = 0.85;
function primaryLanguage(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0]?.split("-")[0]?.toLowerCase();
  } catch {
    return void 0;
  }
}
function englishName(code) {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
async function mismatch(text, declared) {
  if ((text.match(new RegExp("\\p{L}", "gu"))?.length ?? 0) < MIN_LETTERS) return void 0;
  const wanted2 = primaryLanguage(declared);
  if (!wanted2) return void 0;
  const { francAll } = await import("./franc-min-CZBEKEY6.js");
  const ranked = francAll(text);
  const [best] = ranked;
  if (!best || best[0] === "und") return void 0;
  const mine = ranked.find(([code]) => primaryLanguage(code) === wanted2);
  if (!mine || mine[1] > DECLARED_AT_MOST) return void 0;
  return { reads: englishName(primaryLanguage(best[0]) ?? best[0]), score: mine[1] };
}
async function languageFindings(path, facts, lineOf) {
  const out = [];
  if (facts.lang) {
    const wrong = await mismatch(facts.text, facts.lang);
    if (wrong) {
      const line = await lineOf("html");
      out.push({
        rule: "aios/language-of-page",
        severity: "error",
        message: `<html lang="${facts.lang}"> says ${englishName(facts.lang)}, but the page's text reads as ${wrong.reads}: screen readers read it aloud with ${englishName(facts.lang)} pronunciation. Set lang to the language the page is written in (WCAG 3.1.1).`,
        path,
        ...line ? { line } : {},
        selector: "html",
        wcag: ["3.1.1"]
      });
    }
  }
  for (const part of facts.parts) {
    const wrong = await mismatch(part.text, part.lang);
    if (!wrong) continue;
    const line = await lineOf(part.selector);
    out.push({
      rule: "aios/language-of-parts",
      severity: "error",
      message: `lang="${part.lang}" marks this passage as ${englishName(part.lang)}, but it reads as ${wrong.reads}. Mark it with the language it is written in (WCAG 3.1.2).`,
      path,
      ...line ? { line } : {},
      selector: part.selector,
      wcag: ["3.1.2"]
    });
  }
  return out;
}
async function fileNameAltFindings(path, facts, lineOf) {
  const out = [];
  for (const { alt, selector } of facts.fileNameAlts) {
    const line = await lineOf(selector);
    out.push({
      rule: "aios/alt-is-file-name",
      severity: "error",
      message: `The text alternative "${alt}" is a file name, which tells a screen reader user nothing of the image: describe what the image shows or does, or use alt="" if it is decoration (WCAG 1.1.1, failure F30).`,
      path,
      ...line ? { line } : {},
      selector,
      wcag: ["1.1.1"]
    });
  }
  return out;
}

// src/gates/focus-visible.ts
var FOCUS_CHECK_LIMIT = 200;
function unseenFocusInPage(limit) {
  const win = globalThis;
  const doc = win.document;
  const CSS = win.CSS;
  const outline = (st) => {
    const style = st.getPropertyValue("outline-style");
    const width = st.getPropertyValue("outline-width");
    if (style === "none" || width === "0px") return "none";
    return [
      style,
      width,
      st.getPropertyValue("outline-color"),
      st.getPropertyValue("outline-offset")
    ].join(" ");
  };
  const border = (st, side) => {
    const style = st.getPropertyValue(`border-${side}-style`);
    const width = st.getPropertyValue(`border-${side}-width`);
    if (style === "none" || style === "hidden" || width === "0px") return "none";
    return [style, width, st.getPropertyValue(`border-${side}-color`)].join(" ");
  };
  const decoration = (st) => {
    const line = st.getPropertyValue("text-decoration-line");
    if (line === "none") return "none";
    return [
      line,
      st.getPropertyValue("text-decoration-color"),
      st.getPropertyValue("text-decoration-thickness"),
      st.getPropertyValue("text-decoration-style"),
      st.getPropertyValue("text-underline-offset")
    ].join(" ");
  };
  const plain = (st, props) => props.map((p) => st.getPropertyValue(p));
  const SIDES = ["top", "right", "bottom", "left"];
  const OWN = [
    "box-shadow",
    "background-color",
    "background-image",
    "color",
    "font-weight",
    "opacity",
    "transform",
    "filter",
    "clip-path",
    "clip",
    "fill",
    "stroke"
  ];
  const PSEUDO = [
    "content",
    "box-shadow",
    "background-color",
    "opacity",
    "transform",
    "width",
    "height"
  ];
  const AROUND = ["box-shadow", "background-color"];
  const own = (el) => {
    const st = win.getComputedStyle(el, null);
    return [
      outline(st),
      ...SIDES.map((s) => border(st, s)),
      decoration(st),
      ...plain(st, OWN)
    ].join("|");
  };
  const pseudo = (el, which) => {
    const st = win.getComputedStyle(el, which);
    return [outline(st), border(st, "bottom"), ...plain(st, PSEUDO)].join("|");
  };
  const around = (el) => {
    const st = win.getComputedStyle(el, null);
    return [outline(st), border(st, "top"), border(st, "bottom"), ...plain(st, AROUND)].join("|");
  };
  const beside = (el) => {
    const out2 = el.labels ? [...el.labels] : [];
    const next = el.nextElementSibling;
    if (next) out2.push(next);
    if (next?.nextElementSibling) out2.push(next.nextElementSibling);
    for (let i = 0; i < el.children.length && i < 3; i++) out2.push(el.children[i]);
    return out2;
  };
  const look = (el) => {
    const box = el.getBoundingClientRect();
    const parts = [
      own(el),
      pseudo(el, "::before"),
      pseudo(el, "::after"),
      `${box.x},${box.y},${box.width},${box.height}`
    ];
    for (const b of beside(el)) parts.push(own(b), pseudo(b, "::before"), pseudo(b, "::after"));
    let up = el.parentElement;
    for (let i = 0; i < 4 && up && up !== doc.body; i++, up = up.parentElement)
      parts.push(around(up));
    return parts.join("#");
  };
  const selectorOf = (el) => {
    if (el.id && doc.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1)
      return `#${CSS.escape(el.id)}`;
    const steps = [];
    for (let e = el; e && e !== doc.documentElement; e = e.parentElement) {
      const tag = e.localName;
      let n = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling)
        if (s.localName === tag) n++;
      steps.unshift(`${tag}:nth-of-type(${n})`);
    }
    return `html > ${steps.join(" > ")}`;
  };
  const labelOf = (el) => {
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ");
    return `${el.localName}${text ? ` "${text.slice(0, 40)}"` : ""}`;
  };
  const candidates = doc.querySelectorAll(
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"]'
  );
  const still = doc.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  (doc.head ?? doc.documentElement).appendChild?.(still);
  const out = [];
  let checked = 0;
  let skipped = 0;
  const seen = /* @__PURE__ */ new Set();
  const styleKey = (el) => {
    const parent = el.parentElement;
    return [
      el.localName,
      el.getAttribute("class"),
      el.getAttribute("type"),
      el.getAttribute("style"),
      parent?.localName,
      parent?.getAttribute("class")
    ].join("|");
  };
  for (const el of candidates) {
    if (!el.focus || !el.blur || (el.tabIndex ?? -1) < 0 || el.disabled === true) continue;
    const key = styleKey(el);
    if (seen.has(key)) continue;
    if (checked >= limit) {
      skipped++;
      continue;
    }
    el.blur();
    const before = look(el);
    el.focus({ preventScroll: true });
    if (doc.activeElement !== el) continue;
    seen.add(key);
    checked++;
    const after = look(el);
    el.blur();
    if (before === after) out.push({ selector: selectorOf(el), label: labelOf(el) });
  }
  doc.activeElement?.blur?.();
  still.remove();
  return { unseen: out, checked, skipped };
}
async function unseenFocus(tab) {
  await tab.keyboard.press("Tab");
  return tab.evaluate(
    `(() => { const __name = (f) => f; return (${unseenFocusInPage.toString()})(${FOCUS_CHECK_LIMIT}); })()`
  );
}

// src/gates/accessibility-gate.ts
var EMAIL_AXE_RULES_OFF = ["landmark-one-main", "page-has-heading-one", "bypass"];
var EMAIL_HTML_RULES_OFF = ["no-deprecated-attr", "deprecated"];
function isEmail(kind, path) {
  return kind === "email-template" || /(^|\/)(emails?|mails?|newsletters?|email-templates?)\//i.test(path);
}
var PRINTED_NOTE = " (the template\u2019s PHP may print this, or another template holds it: not judged)";
function axeOptions(page, skip) {
  const off = [
    ...skip,
    ...page.printed,
    ...page.document ? [] : DOCUMENT_RULES,
    ...page.email ? EMAIL_AXE_RULES_OFF : []
  ];
  return {
    runOnly: { type: "tag", values: [...WCAG_TAGS, "best-practice"] },
    rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
    resultTypes: ["violations"]
  };
}
function wanted(v) {
  return v.tags.some((t) => WCAG_TAGS.includes(t)) || BEST_PRACTICE_RULES.includes(v.id);
}
function toFindings(page, dom, violations) {
  const out = [];
  for (const v of violations.filter(wanted)) {
    const wcag = wcagCriteria(v.tags);
    for (const node of v.nodes) {
      const selector = node.target.map(String).join(" >>> ");
      const line = dom.lineOf(String(node.target[node.target.length - 1] ?? ""));
      const printed = page.template && axeFindingPrinted(v.id, node.html ?? "");
      out.push({
        rule: `axe/${v.id}`,
        severity: printed ? "info" : severityOfImpact(v.impact),
        message: `${v.help}${wcag.length ? ` (WCAG ${wcag.join(", ")})` : " (best practice)"}; ${v.impact ?? "minor"} impact. ${v.helpUrl}${printed ? PRINTED_NOTE : ""}`,
        path: page.path,
        ...line ? { line } : {},
        selector,
        ...wcag.length ? { wcag } : {}
      });
    }
  }
  return out;
}
var HTML_VALIDATE_RULES = {
  "no-dup-id": "error",
  "no-dup-attr": "error",
  "close-order": "error",
  "close-attr": "error",
  "element-permitted-content": "error",
  "element-permitted-occurrences": "error",
  "element-permitted-order": "error",
  "element-permitted-parent": "error",
  "element-required-ancestor": "error",
  "element-required-content": "error",
  "element-required-attributes": "error",
  deprecated: "error",
  "no-deprecated-attr": "error",
  "attribute-allowed-values": "error",
  "prefer-native-element": "error",
  "wcag/h32": "error",
  "wcag/h63": "error",
  "wcag/h67": "error",
  "wcag/h71": "error",
  "unique-landmark": "error",
  "hidden-focusable": "error",
  "valid-id": "error"
};
async function htmlValidate(pages) {
  const { HtmlValidate } = await import("html-validate");
  const validator = new HtmlValidate({ root: true, rules: HTML_VALIDATE_RULES });
  let forEmail;
  const out = [];
  for (const page of pages) {
    const v = page.email ? forEmail ??= new HtmlValidate({
      root: true,
      rules: Object.fromEntries(
        Object.entries(HTML_VALIDATE_RULES).filter(
          ([id]) => !EMAIL_HTML_RULES_OFF.includes(id)
        )
      )
    }) : validator;
    const report = await v.validateString(page.markup, page.path);
    for (const r of report.results)
      for (const m of r.messages) {
        const printed = page.template && printedByTemplate(page.markup, page.document, m);
        out.push({
          rule: `html-validate/${m.ruleId}`,
          severity: printed ? "info" : "error",
          message: `${m.message}${printed ? PRINTED_NOTE : ""}`,
          path: page.path,
          line: m.line,
          ...m.selector ? { selector: m.selector } : {}
        });
      }
  }
  return out;
}
async function factFindings(page, facts, located) {
  const lineOf = async (selector) => (await located()).lineOf(selector);
  return [
    ...await fileNameAltFindings(page.path, facts, lineOf),
    ...await languageFindings(page.path, facts, lineOf)
  ];
}
function focusFindings(page, dom, unseen) {
  return unseen.map((u) => {
    const line = dom.lineOf(u.selector);
    return {
      rule: "aios/focus-visible",
      severity: "error",
      message: `${u.label} shows no sign of keyboard focus: focusing it changes neither its outline, border, shadow, colours nor place (WCAG 2.4.7). Keep the browser's focus ring, or style :focus-visible with an outline or a change of contrast.`,
      path: page.path,
      ...line ? { line } : {},
      selector: u.selector,
      wcag: ["2.4.7"]
    };
  });
}
var PAGE_URL = "http://aios.invalid/";
var axeSource;
function loadAxeSource() {
  axeSource ??= readFile(fileURLToPath(import.meta.resolve("axe-core/axe.min.js")), "utf8");
  return axeSource;
}
var LEAVES_STATE = /http-equiv|autofocus|color-scheme|shadowroot|<\s*(?:style|link)\b(?:[^>"']|"[^"]*"|'[^']*')*\stitle\b|<\s*(?:i?frame|frameset|object|embed|portal|fencedframe|base)\b|\uFEFF|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/i;
function leavesState(page) {
  return LEAVES_STATE.test(page.markup);
}
async function axeInBrowser(executablePath, pages, session) {
  const source = await loadAxeSource();
  const browser = session ? await session.browser(executablePath) : await launchChromium(executablePath);
  let context;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.addInitScript({ content: `if (window === window.top) {
${source}
}` });
    let body = "";
    await tab.route(
      "**/*",
      (route) => route.request().url() === PAGE_URL ? route.fulfill({
        status: 200,
        contentType: "text/html; charset=utf-8",
        headers: { "content-security-policy": "script-src 'none'; connect-src 'none'" },
        body
      }) : route.abort()
    );
    const results = [];
    let navigate = true;
    for (const page of pages) {
      body = page.markup;
      const leaves = leavesState(page);
      if (navigate || leaves) await tab.goto(PAGE_URL, { waitUntil: "domcontentloaded" });
      else {
        await tab.setContent(page.markup, { waitUntil: "domcontentloaded" });
        await tab.evaluate(() => globalThis.scrollTo(0, 0));
      }
      navigate = leaves;
      const violations = await tab.evaluate(
        async (options) => {
          const win = globalThis;
          const r = await win.axe.run(win.document, options);
          return r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            tags: v.tags,
            nodes: v.nodes.map((n) => ({ target: n.target, html: n.html }))
          }));
        },
        axeOptions(page, [])
      );
      const [focus, facts] = await Promise.all([
        unseenFocus(tab),
        tab.evaluate(PAGE_FACTS_SOURCE)
      ]);
      results.push({ violations, focus, facts });
    }
    return results;
  } finally {
    if (session) await context?.close();
    else await browser.close();
  }
}
var PAGE_FACTS_SOURCE = `(() => { const __name = (f) => f; return (${readPageFacts.toString()})(); })()`;
var ONCLICK = /\sonclick\s*=/i;
function createAccessibilityGate(options = {}) {
  return {
    id: "accessibility",
    description: "WCAG 2.0\u20132.2 A/AA (axe-core, html-validate)",
    async run(input) {
      const started = performance.now();
      const pages = [];
      const tooDeep = [];
      for (const f of input.files) {
        const markup = staticMarkup(f.path, f.content);
        if (markup === void 0) continue;
        const depth = markupDepth(markup);
        if (depth > DEEPEST_CHECKED)
          tooDeep.push({
            rule: "aios/nesting-too-deep",
            severity: "error",
            message: `Elements nest about ${depth} deep (more than ${DEEPEST_CHECKED}): browsers re-parent such trees (Chromium past 512) and assistive technology cannot follow them, so the page was not checked further. Flatten the markup.`,
            path: f.path
          });
        else {
          const template = isTemplate(f.path);
          pages.push({
            path: f.path,
            markup,
            document: template ? wholeTemplate(markup, isDocument(markup)) : isDocument(markup),
            template,
            printed: template ? rulesPrintedByTemplate(markup) : [],
            email: isEmail(input.kind, f.path)
          });
        }
      }
      const settings = input.settings;
      const mode = settings?.browser ?? "auto";
      const executable = mode === "off" ? void 0 : findChromium(settings?.browserPath);
      const mustHaveBrowser = mode === "required" || (settings?.requireBrowserAtRisk ?? ["high"]).includes(input.risk ?? "medium");
      const checkers = [
        { name: "axe-core", version: packageVersion("axe-core") },
        { name: "html-validate", version: packageVersion("html-validate") },
        // The language of the page's text (page-language.ts).
        { name: "franc-min", version: packageVersion("franc-min") },
        executable ? { name: "playwright-core", version: packageVersion("playwright-core") } : { name: "jsdom", version: packageVersion("jsdom") }
      ];
      const verdict = (findings2, notChecked2) => {
        const judged = applyThreshold([...tooDeep, ...findings2], settings, input.risk);
        return {
          gate: "accessibility",
          pass: !judged.some((f) => f.severity === "error"),
          findings: judged,
          durationMs: Math.round(performance.now() - started),
          checkers,
          ...notChecked2?.length ? { notChecked: notChecked2 } : {}
        };
      };
      if (pages.length === 0) return verdict([]);
      if (!executable && mustHaveBrowser)
        return verdict([
          {
            rule: "browser-required",
            severity: "error",
            message: `no Chromium found and the config requires one at ${input.risk ?? "medium"} risk: contrast, target size and scrollable regions cannot be checked without a layout engine. Install chromium or set gates.accessibility.browserPath.`
          }
        ]);
      const doms = /* @__PURE__ */ new Map();
      const domOf = (i) => {
        let d = doms.get(i);
        if (!d) doms.set(i, d = loadPageDom(pages[i].markup));
        return d;
      };
      const findings = [];
      let notChecked;
      if (executable) {
        const results = await axeInBrowser(executable, pages, options.browsers);
        const unchecked = [];
        for (const [i, p] of pages.entries()) {
          const { violations = [], focus, facts } = results[i] ?? {};
          if (violations.some(wanted)) findings.push(...toFindings(p, await domOf(i), violations));
          if (facts) findings.push(...await factFindings(p, facts, () => domOf(i)));
          if (focus?.unseen.length)
            findings.push(...focusFindings(p, await domOf(i), focus.unseen));
          if (focus?.skipped)
            unchecked.push({
              rule: "aios/focus-visible",
              reason: `${p.path}: the first ${focus.checked} differently styled controls checked, ${focus.skipped} more controls not`
            });
        }
        if (unchecked.length) notChecked = unchecked;
      } else {
        const source = await loadAxeSource();
        for (const [i, p] of pages.entries()) {
          const dom = ONCLICK.test(p.markup) ? await domOf(i) : await loadPageDom(p.markup, { locations: false });
          const violations = await dom.runAxe(
            source,
            axeOptions(p, LAYOUT_RULES)
          );
          if (violations.some(wanted)) findings.push(...toFindings(p, await domOf(i), violations));
          findings.push(...await factFindings(p, dom.facts(), () => domOf(i)));
        }
        notChecked = [
          ...LAYOUT_RULES.map((rule) => ({
            rule: `axe/${rule}`,
            reason: "not checked: needs a browser"
          })),
          { rule: "aios/focus-visible", reason: "not checked: needs a browser" }
        ];
      }
      for (const [i, p] of pages.entries())
        if (ONCLICK.test(p.markup)) findings.push(...(await domOf(i)).clickWithoutKeyboard(p.path));
      findings.push(...await htmlValidate(pages));
      return verdict(findings, notChecked);
    }
  };
}
export {
  HTML_VALIDATE_RULES,
  createAccessibilityGate,
  leavesState
};
