import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  applyThreshold
} from "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import {
  packageVersion
} from "./chunk-WR2FMMU4.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/gates/editorial-gate.ts
import { readFile as readFile3 } from "node:fs/promises";
import { isAbsolute, join as join3 } from "node:path";

// src/gates/prose-language.ts
var MIN_CHARS = 80;
var ENGLISH_AT_MOST = 0.85;
async function notEnglish(prose) {
  const text = prose.replace(/\s+/g, " ").trim();
  if (text.length < MIN_CHARS) return void 0;
  const { francAll } = await import("./franc-min-CZBEKEY6.js");
  const ranked = francAll(text);
  const [best] = ranked;
  if (!best || best[0] === "eng" || best[0] === "und") return void 0;
  const english = ranked.find(([code]) => code === "eng")?.[1] ?? 0;
  if (english > ENGLISH_AT_MOST) return void 0;
  let name = best[0];
  try {
    name = new Intl.DisplayNames(["en"], { type: "language" }).of(best[0]) ?? best[0];
  } catch {
  }
  return { code: best[0], name };
}

// src/gates/prose-text.ts
function proseOf(markdown) {
  const blank = (s) => s.replace(/[^\n]/g, " ");
  return withoutFrontMatter(markdown).replace(/^(```|~~~)[^\n]*\n[\s\S]*?(\n\1[^\n]*|$(?![\s\S]))/gm, blank).replace(/<!--[\s\S]*?-->/g, blank).replace(/`[^`\n]+`/g, blank).replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`).replace(/<\/?[a-zA-Z][^>\n]*>/g, blank).replace(/\bhttps?:\/\/\S+/g, blank);
}
function withoutFrontMatter(markdown) {
  return markdown.replace(
    /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?=\r?\n|$)/,
    (m) => m.replace(/[^\r\n]/g, " ")
  );
}
function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/gates/wp-readme.ts
function wordpressReadme(path, content) {
  if (!/(^|\/)readme\.txt$/i.test(path)) return void 0;
  const lines = content.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const title2 = first < 0 ? void 0 : TITLE.exec(lines[first] ?? "");
  if (!title2) return void 0;
  let header = true;
  return lines.map((line, i) => {
    if (i < first) return line;
    if (i === first) return `# ${title2[1]}`;
    if (header) {
      if (FIELD.test(line)) return "";
      header = false;
    }
    const section = SECTION.exec(line) ?? TITLE.exec(line);
    if (section) return `## ${section[1]}`;
    const question = QUESTION.exec(line);
    return question ? `### ${question[1]}` : line;
  }).join("\n");
}
var TITLE = /^===\s*(.+?)\s*===\s*\r?$/;
var SECTION = /^==\s*(.+?)\s*==\s*\r?$/;
var QUESTION = /^=\s*(.+?)\s*=\s*\r?$/;
var FIELD = /^[A-Za-z][A-Za-z ]*:/;

// src/gates/software-terms.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
var LISTS = [
  "softwareTerms.txt.gz",
  "software-tools.txt",
  "webServices.txt",
  "networkingTerms.txt",
  "computing-acronyms.txt"
];
var loaded;
function cspellWords(text) {
  const words = [];
  for (const line of text.split("\n")) {
    const w = line.replace(/#.*$/, "").trim();
    if (!w || w.startsWith("//") || w.startsWith("!")) continue;
    words.push(
      ...w.replace(/^[~+*]+|[+*]+$/g, "").split(/\s+/).filter(Boolean)
    );
  }
  return words;
}
function softwareTerms() {
  loaded ??= (async () => {
    const resolveFrom = createRequire(import.meta.url);
    const dir = join(
      dirname(resolveFrom.resolve("@cspell/dict-software-terms/cspell-ext.json")),
      "dict"
    );
    const words = [];
    for (const name of LISTS) {
      const bytes = await readFile(join(dir, name));
      words.push(
        ...cspellWords((name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"))
      );
    }
    return words;
  })();
  loaded.catch(() => loaded = void 0);
  return loaded;
}

// src/gates/vale-rules.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { basename, join as join2 } from "node:path";
var Common = {
  message: external_exports.string().default("%s"),
  level: external_exports.enum(["suggestion", "warning", "error"]).default("warning"),
  ignorecase: external_exports.boolean().default(false),
  nonword: external_exports.boolean().default(false),
  scope: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional()
};
var Existence = external_exports.object({
  extends: external_exports.literal("existence"),
  ...Common,
  tokens: external_exports.array(external_exports.string()).default([]),
  raw: external_exports.array(external_exports.string()).optional(),
  exceptions: external_exports.array(external_exports.string()).default([])
});
var Substitution = external_exports.object({
  extends: external_exports.literal("substitution"),
  ...Common,
  swap: external_exports.record(external_exports.string(), external_exports.string()),
  exceptions: external_exports.array(external_exports.string()).default([])
});
var Occurrence = external_exports.object({
  extends: external_exports.literal("occurrence"),
  ...Common,
  token: external_exports.string(),
  max: external_exports.number().int().nonnegative().optional(),
  min: external_exports.number().int().nonnegative().optional()
});
var Repetition = external_exports.object({
  extends: external_exports.literal("repetition"),
  ...Common,
  tokens: external_exports.array(external_exports.string()),
  alpha: external_exports.boolean().default(false)
});
var Consistency = external_exports.object({
  extends: external_exports.literal("consistency"),
  ...Common,
  either: external_exports.record(external_exports.string(), external_exports.string())
});
var Conditional = external_exports.object({
  extends: external_exports.literal("conditional"),
  ...Common,
  first: external_exports.string(),
  second: external_exports.string(),
  exceptions: external_exports.array(external_exports.string()).default([])
});
var Capitalization = external_exports.object({
  extends: external_exports.literal("capitalization"),
  ...Common,
  match: external_exports.string(),
  exceptions: external_exports.array(external_exports.string()).default([])
});
var ValeRule = external_exports.discriminatedUnion("extends", [
  Existence,
  Substitution,
  Occurrence,
  Repetition,
  Consistency,
  Conditional,
  Capitalization
]);
var SUPPORTED = new Set(ValeRule.options.map((o) => o.shape.extends.value));
async function loadValeStyle(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (cause) {
    throw new InputError(`Cannot read the Vale style folder ${dir}.`, [], {
      cause,
      hint: "gates.editorial.valeStyles lists folders of Vale rules, relative to the repository."
    });
  }
  const style = basename(dir);
  const out = [];
  for (const n of names) {
    const file = join2(dir, n);
    const raw = (0, import_yaml.parse)(await readFile2(file, "utf8"));
    if (!raw || typeof raw !== "object" || !SUPPORTED.has(String(raw.extends))) {
      throw new InputError(
        `${file}: Vale rule kind "${String(raw?.extends)}" is not supported; supported: ${[...SUPPORTED].join(", ")}.`
      );
    }
    const parsed = ValeRule.safeParse(raw);
    if (!parsed.success)
      throw new InputError(
        `${file}: not a valid Vale ${String(raw.extends)} rule: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
      );
    out.push({ name: `${style}.${n.replace(/\.ya?ml$/i, "")}`, rule: parsed.data });
  }
  return out;
}
var LEVEL = {
  error: "error",
  warning: "warning",
  suggestion: "info"
};
function format(message, ...args) {
  let i = 0;
  return message.replace(/%s/g, () => args[i++] ?? "");
}
function compile(tokens, rule) {
  const body = tokens.map((t) => `(?:${t})`).join("|");
  const src = rule.nonword ? `(${body})` : `(?<![\\p{L}\\p{N}_])(${body})(?![\\p{L}\\p{N}_])`;
  return new RegExp(src, `gu${rule.ignorecase ? "i" : ""}`);
}
var SENTENCE = /[^.!?\n]+(?:[.!?]+|\n\n|$)/g;
function title(s) {
  const small = /^(a|an|and|as|at|but|by|for|in|nor|of|on|or|so|the|to|up|yet|with)$/i;
  return s.split(/\s+/).filter(Boolean).every((w, i) => !new RegExp("^\\p{Ll}", "u").test(w) || i > 0 && small.test(w));
}
function sentenceCase(s, exceptions) {
  const words = s.split(/\s+/).filter(Boolean);
  return words.every((w, i) => {
    if (i === 0) return !new RegExp("^\\p{Ll}", "u").test(w);
    if (exceptions.some((e) => e === w.replace(/[^\p{L}\p{N}.-]/gu, ""))) return true;
    return !new RegExp("^\\p{Lu}\\p{Ll}+$", "u").test(w.replace(/[^\p{L}]/gu, "")) || false;
  });
}
function checkVale(rules, prose, path, headings) {
  const lineOf = lineIndex(prose);
  const out = [];
  const push = (name, rule, offset, message) => out.push({
    rule: `vale/${name}`,
    severity: LEVEL[rule.level],
    message,
    path,
    line: lineOf(offset)
  });
  for (const { name, rule } of rules) {
    switch (rule.extends) {
      case "existence": {
        const tokens = [...rule.tokens, ...rule.raw ? [rule.raw.join("")] : []];
        if (!tokens.length) break;
        const except = new Set(rule.exceptions.map((e) => rule.ignorecase ? e.toLowerCase() : e));
        for (const m of prose.matchAll(compile(tokens, rule))) {
          const hit = m[1] ?? m[0];
          if (except.has(rule.ignorecase ? hit.toLowerCase() : hit)) continue;
          push(name, rule, m.index, format(rule.message, hit));
        }
        break;
      }
      case "substitution": {
        for (const [bad, good] of Object.entries(rule.swap)) {
          for (const m of prose.matchAll(compile([bad], rule))) {
            const hit = m[1] ?? m[0];
            if (hit === good) continue;
            push(name, rule, m.index, format(rule.message, good, hit));
          }
        }
        break;
      }
      case "occurrence": {
        const scopes = rule.scope === "sentence" || rule.scope?.includes("sentence") ? [...prose.matchAll(SENTENCE)].map((m) => ({ text: m[0], offset: m.index })) : prose.split(/\n\s*\n/).reduce((acc, text) => {
          const last = acc[acc.length - 1];
          const offset = last ? prose.indexOf(text, last.offset + last.text.length) : prose.indexOf(text);
          acc.push({ text, offset });
          return acc;
        }, []);
        const re = new RegExp(rule.token, `gu${rule.ignorecase ? "i" : ""}`);
        for (const s of scopes) {
          if (!s.text.trim()) continue;
          const count = [...s.text.matchAll(re)].length;
          if (rule.max !== void 0 && count > rule.max)
            push(
              name,
              rule,
              s.offset + (s.text.length - s.text.trimStart().length),
              format(rule.message, String(count))
            );
          else if (rule.min !== void 0 && count < rule.min)
            push(name, rule, s.offset, format(rule.message, String(count)));
        }
        break;
      }
      case "repetition": {
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])(${rule.tokens.join("|")})(?:\\s+|\\s*[,;:]\\s*)\\1(?![\\p{L}\\p{N}])`,
          `gu${rule.ignorecase ? "i" : ""}`
        );
        for (const m of prose.matchAll(re))
          push(name, rule, m.index, format(rule.message, m[1] ?? ""));
        break;
      }
      case "consistency": {
        for (const [a, b] of Object.entries(rule.either)) {
          const first = compile([a], rule).exec(prose);
          const second = compile([b], rule).exec(prose);
          if (first && second) {
            const later = first.index > second.index ? first : second;
            push(name, rule, later.index, format(rule.message, `${a}' and '${b}`));
          }
        }
        break;
      }
      case "conditional": {
        const defined = /* @__PURE__ */ new Set();
        for (const m of prose.matchAll(new RegExp(rule.second, "gu"))) defined.add(m[1] ?? m[0]);
        const seen = /* @__PURE__ */ new Set();
        for (const m of prose.matchAll(new RegExp(rule.first, "gu"))) {
          const value = m[1] ?? m[0];
          if (defined.has(value) || rule.exceptions.includes(value) || seen.has(value)) continue;
          seen.add(value);
          push(name, rule, m.index, format(rule.message, value));
        }
        break;
      }
      case "capitalization": {
        for (const h of headings) {
          const ok = rule.match === "$title" ? title(h.text) : rule.match === "$sentence" ? sentenceCase(h.text, rule.exceptions) : rule.match === "$lower" ? h.text === h.text.toLowerCase() : rule.match === "$upper" ? h.text === h.text.toUpperCase() : new RegExp(rule.match, "u").test(h.text);
          if (!ok) push(name, rule, h.offset, format(rule.message, h.text));
        }
        break;
      }
    }
  }
  return out;
}

// src/gates/editorial-gate.ts
var PROSE = /\.(md|markdown|mdx|txt)$/i;
var SEVERITY = {
  "retext-spell": "error",
  "retext-repeated-words": "error",
  "retext-readability": "warning",
  "retext-passive": "warning",
  "retext-simplify": "warning",
  "retext-equality": "warning",
  "aios-sentence-length": "warning"
};
var CHECKERS = [
  "unified",
  "retext-spell",
  "dictionary-en",
  "retext-readability",
  "retext-passive",
  "retext-simplify",
  "retext-equality",
  "retext-repeated-words",
  "dictionary-en-gb",
  "@cspell/dict-software-terms",
  "franc-min"
];
function sentenceLength(max) {
  return () => (tree, file) => {
    const walk = (node) => {
      if (node.type === "SentenceNode") {
        const words = (node.children ?? []).filter((c) => c.type === "WordNode").length;
        if (words > max) {
          const m = file.message(
            `Sentence has ${words} words; keep sentences under ${max + 1}`,
            node
          );
          m.source = "aios-sentence-length";
          m.ruleId = "sentence-length";
        }
        return;
      }
      for (const c of node.children ?? []) walk(c);
    };
    walk(tree);
  };
}
async function personalWords(settings, root) {
  const words = [...settings?.words ?? [], ...settings?.brandTerms ?? []];
  for (const list of settings?.wordLists ?? []) {
    const file = isAbsolute(list) ? list : join3(root, list);
    let text;
    try {
      text = await readFile3(file, "utf8");
    } catch (cause) {
      throw new InputError(`Cannot read the word list ${list} (gates.editorial.wordLists).`, [], {
        cause
      });
    }
    words.push(...cspellWords(text));
  }
  words.push(...await softwareTerms());
  return words.flatMap((w) => w.split(/\s+/)).filter(Boolean);
}
var processorCache = /* @__PURE__ */ new Map();
function buildProcessor(settings, personal) {
  const key = JSON.stringify([
    settings?.language ?? null,
    settings?.targetGrade ?? null,
    settings?.maxSentenceWords ?? null,
    personal
  ]);
  let processors = processorCache.get(key);
  if (!processors) {
    processors = makeProcessors(settings, personal);
    processors.catch(() => processorCache.delete(key));
    processorCache.set(key, processors);
  }
  return processors;
}
var otherVariety = /* @__PURE__ */ new Map();
function britishSpelling(personal) {
  const key = JSON.stringify(personal);
  let check = otherVariety.get(key);
  if (!check) {
    check = (async () => {
      const [
        { unified, remarkParse, remarkRetext, retextEnglish, retextSpell },
        dictionary,
        VFile
      ] = await Promise.all([
        proseChain(),
        import("dictionary-en-gb").then((m) => m.default),
        import("vfile").then((m) => m.VFile)
      ]);
      const english = unified().use(retextEnglish).use(retextSpell, {
        dictionary,
        personal: personal.join("\n"),
        ignoreLiteral: true,
        max: -1
      });
      const markdown = unified().use(remarkParse).use(remarkRetext, english);
      return async (file) => {
        const vfile = new VFile(file);
        if (/\.txt$/i.test(file.path)) await english.run(english.parse(vfile), vfile);
        else await markdown.run(markdown.parse(vfile), vfile);
        return new Set(
          vfile.messages.filter((m) => m.source === "retext-spell" && m.ruleId !== "overflow").map((m) => spellKey(m))
        );
      };
    })();
    check.catch(() => otherVariety.delete(key));
    otherVariety.set(key, check);
  }
  return check;
}
async function proseChain() {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkRetext },
    { default: retextEnglish },
    { default: retextSpell }
  ] = await Promise.all([
    import("unified"),
    import("remark-parse"),
    import("remark-retext"),
    import("retext-english"),
    import("retext-spell")
  ]);
  return { unified, remarkParse, remarkRetext, retextEnglish, retextSpell };
}
var spellKey = (m) => `${m.line ?? 0}:${m.column ?? 0}:${m.actual ?? ""}`;
async function makeProcessors(settings, personal) {
  const [
    { unified, remarkParse, remarkRetext, retextEnglish, retextSpell },
    { default: dictionary },
    { default: retextReadability },
    { default: retextPassive },
    { default: retextSimplify },
    { default: retextEquality },
    { default: retextRepeatedWords }
  ] = await Promise.all([
    proseChain(),
    settings?.language === "en-GB" ? import("dictionary-en-gb") : import("dictionary-en"),
    import("retext-readability"),
    import("retext-passive"),
    import("retext-simplify"),
    import("retext-equality"),
    import("retext-repeated-words")
  ]);
  const grade = settings?.targetGrade ?? 9;
  const english = unified().use(retextEnglish).use(retextSpell, { dictionary, personal: personal.join("\n"), ignoreLiteral: true, max: 3 }).use(retextReadability, { age: grade + 5, minWords: 8 }).use(retextPassive).use(retextSimplify).use(retextEquality).use(retextRepeatedWords).use(sentenceLength(settings?.maxSentenceWords ?? 30));
  return {
    markdown: unified().use(remarkParse).use(remarkRetext, english),
    text: english
  };
}
function houseStyle(file, prose, settings, vale) {
  const lineOf = lineIndex(prose);
  const out = [];
  for (const term of settings?.brandTerms ?? []) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(term)}(?![\\p{L}\\p{N}_-])`, "giu");
    for (const m of prose.matchAll(re))
      if (m[0] !== term)
        out.push({
          rule: "brand-term",
          severity: "error",
          message: `write "${term}", not "${m[0]}"`,
          path: file.path,
          line: lineOf(m.index)
        });
  }
  for (const [word, advice] of Object.entries(settings?.bannedWords ?? {})) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word)}(?![\\p{L}\\p{N}_])`, "giu");
    for (const m of prose.matchAll(re))
      out.push({
        rule: "banned-word",
        severity: "error",
        message: `"${m[0]}" is not used in this house style${advice ? `: ${advice}` : ""}`,
        path: file.path,
        line: lineOf(m.index)
      });
  }
  const headings = [...prose.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => ({
    text: m[1] ?? "",
    offset: m.index
  }));
  out.push(...checkVale(vale, prose, file.path, headings));
  return out;
}
function codeShaped(word) {
  if (!word) return false;
  return word.includes("_") || new RegExp("\\p{Ll}\\p{Lu}", "u").test(word) || new RegExp("\\p{L}", "u").test(word) && new RegExp("\\p{N}", "u").test(word) || new RegExp("\\p{L}\\.\\p{L}", "u").test(word);
}
function handleAt(value) {
  const starts = [0];
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) starts.push(i + 1);
  return (m) => {
    const start = m.line ? starts[m.line - 1] : void 0;
    if (start === void 0 || !m.column) return false;
    return value[start + m.column - 2] === "@";
  };
}
var SUGGESTIONS = 5;
function briefly(m) {
  const expected = m.expected ?? [];
  if (m.source !== "retext-spell" || expected.length <= SUGGESTIONS) return m.reason;
  const shown = expected.slice(0, SUGGESTIONS).map((w) => `\`${w}\``).join(", ");
  return `Unexpected unknown word \`${m.actual ?? ""}\`, expected for example ${shown} (${expected.length - SUGGESTIONS} more)`;
}
function severityOf(m) {
  const source = m.source ?? "";
  if (source === "retext-spell" && m.actual && new RegExp("^\\p{Lu}", "u").test(m.actual)) return "warning";
  return SEVERITY[source] ?? "warning";
}
async function bothVarieties(messages, file, settings, personal) {
  const handle = handleAt(file.value);
  const findings = messages.filter(
    (m) => m.fatal !== void 0 && m.fatal !== null && !(m.source === "retext-spell" && (codeShaped(m.actual) || handle(m)))
  );
  const spelling = findings.filter((m) => m.source === "retext-spell");
  if (settings?.language || spelling.length === 0) return findings;
  const alsoBritish = await (await britishSpelling(personal))(file);
  return findings.filter((m) => m.source !== "retext-spell" || alsoBritish.has(spellKey(m)));
}
function createEditorialGate() {
  return {
    id: "editorial",
    description: "Prose: spelling, readability, passive voice, simplification, inconsiderate language, house style",
    async run(input) {
      const started = performance.now();
      const files = input.files.filter((f) => PROSE.test(f.path));
      const settings = input.settings;
      const checkers = CHECKERS.map((name) => ({ name, version: packageVersion(name) }));
      const findings = [];
      const notChecked = [];
      if (files.length) {
        const root = input.root ?? process.cwd();
        const vale = (await Promise.all(
          (settings?.valeStyles ?? []).map(
            (d) => loadValeStyle(isAbsolute(d) ? d : join3(root, d))
          )
        )).flat();
        const { VFile } = await import("vfile");
        const personal = await personalWords(settings, root);
        const processors = await buildProcessor(settings, personal);
        for (const file of files) {
          try {
            const readme = wordpressReadme(file.path, file.content);
            const content = readme ?? file.content;
            const text = readme === void 0 && /\.txt$/i.test(file.path);
            const prose = text ? content : proseOf(content);
            const other = settings?.language ? void 0 : await notEnglish(prose);
            if (other) {
              notChecked.push({
                rule: "editorial",
                reason: `not checked: ${file.path} reads as ${other.name} (${other.code}); the spelling, readability and style checkers are English (set gates.editorial.language to check it as English)`
              });
              findings.push(...houseStyle(file, prose, settings, vale));
              continue;
            }
            const value = text ? content : withoutFrontMatter(content);
            const vfile = new VFile({ path: file.path, value });
            if (text) await processors.text.run(processors.text.parse(vfile), vfile);
            else await processors.markdown.run(processors.markdown.parse(vfile), vfile);
            const messages = await bothVarieties(
              vfile.messages,
              { path: file.path, value },
              settings,
              personal
            );
            for (const m of messages) {
              const source = m.source ?? "retext";
              findings.push({
                // One rule id per checker (retext's rule ids are the words matched).
                rule: source,
                severity: severityOf(m),
                message: briefly(m),
                path: file.path,
                ...m.line ? { line: m.line } : {}
              });
            }
            findings.push(...houseStyle(file, prose, settings, vale));
          } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            findings.push({
              rule: "editorial/unreadable",
              severity: "error",
              message: `The prose checkers could not read this file (${error.message}): its markdown nests thousands deep (quotes or lists within each other). Flatten it.`,
              path: file.path
            });
          }
        }
      }
      const judged = applyThreshold(findings, settings, input.risk);
      return {
        gate: "editorial",
        pass: !judged.some((f) => f.severity === "error"),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers,
        ...notChecked.length ? { notChecked } : {}
      };
    }
  };
}
export {
  createEditorialGate
};
