import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import {
  BEST_PRACTICE_RULES,
  DOCUMENT_RULES,
  LAYOUT_RULES,
  WCAG_TAGS,
  severityOfImpact,
  wcagCriteria,
} from './axe-rules.js';
import type { BrowserContext } from 'playwright-core';
import { type BrowserSession, launchChromium } from './browser-session.js';
import { findChromium } from './chromium.js';
import type { Gate, GateInput } from './gate.js';
import { applyThreshold } from './gate-settings.js';
import { isDocument, staticMarkup } from './html-source.js';
import { packageVersion } from './package-version.js';
import { DEEPEST_CHECKED, markupDepth } from './markup-depth.js';
import {
  axeFindingPrinted,
  isTemplate,
  printedByTemplate,
  rulesPrintedByTemplate,
  wholeTemplate,
} from './template-markup.js';
import { loadPageDom, type PageDom } from './page-dom.js';
import { readPageFacts, type PageFacts } from './page-facts.js';
import { fileNameAltFindings, languageFindings } from './page-language.js';
import { unseenFocus, type FocusCheck, type UnseenFocus } from './focus-visible.js';

/** What axe reports for one rule, reduced to what a finding needs (crosses the browser boundary). */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: { target: unknown[]; html?: string; failureSummary?: string }[];
}

interface Page {
  readonly path: string;
  readonly markup: string;
  readonly document: boolean;
  /** A PHP template (template-markup.ts): what its PHP may print is not judged. */
  readonly template: boolean;
  /** axe rules whose subject the template's PHP prints (its `lang`, its `<title>`). */
  readonly printed: readonly string[];
  /** An HTML email (see EMAIL_AXE_RULES_OFF). */
  readonly email: boolean;
}

/**
 * An HTML email is not a web page: mail clients show no landmarks, and Outlook lays out only
 * tables sized by HTML attributes (`width`, `bgcolor`, `align`, `cellpadding`), so an accessible
 * email is built of `role="presentation"` tables with them. The rules below judge a page's
 * structure or HTML's conformance, not access, and are off for emails; alternatives, contrast,
 * language, title and link names are judged as on any page.
 */
const EMAIL_AXE_RULES_OFF = ['landmark-one-main', 'page-has-heading-one', 'bypass'];
const EMAIL_HTML_RULES_OFF = ['no-deprecated-attr', 'deprecated'];

/**
 * An HTML email: the task's kind says so, or the file lives in a folder of emails (a file name
 * alone says too little: `email-preferences.html` is a web page).
 */
function isEmail(kind: string | undefined, path: string): boolean {
  return (
    kind === 'email-template' ||
    /(^|\/)(emails?|mails?|newsletters?|email-templates?)\//i.test(path)
  );
}

/** Said of a template's finding about what its PHP may print (template-markup.ts). */
const PRINTED_NOTE =
  ' (the template’s PHP may print this, or another template holds it: not judged)';

/** axe's run options: WCAG 2.0–2.2 A/AA plus the chosen best-practice rules, violations only. */
function axeOptions(page: Page, skip: readonly string[]): Record<string, unknown> {
  const off = [
    ...skip,
    ...page.printed,
    ...(page.document ? [] : DOCUMENT_RULES),
    ...(page.email ? EMAIL_AXE_RULES_OFF : []),
  ];
  return {
    runOnly: { type: 'tag', values: [...WCAG_TAGS, 'best-practice'] },
    rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
}

/** Best-practice rules outside our list are dropped after the run (axe selects by tag). */
function wanted(v: AxeViolation): boolean {
  return (
    v.tags.some((t) => (WCAG_TAGS as readonly string[]).includes(t)) ||
    (BEST_PRACTICE_RULES as readonly string[]).includes(v.id)
  );
}

function toFindings(page: Page, dom: PageDom, violations: readonly AxeViolation[]): Finding[] {
  const out: Finding[] = [];
  for (const v of violations.filter(wanted)) {
    const wcag = wcagCriteria(v.tags);
    for (const node of v.nodes) {
      const selector = node.target.map(String).join(' >>> ');
      const line = dom.lineOf(String(node.target[node.target.length - 1] ?? ''));
      const printed = page.template && axeFindingPrinted(v.id, node.html ?? '');
      out.push({
        rule: `axe/${v.id}`,
        severity: printed ? 'info' : severityOfImpact(v.impact),
        message: `${v.help}${wcag.length ? ` (WCAG ${wcag.join(', ')})` : ' (best practice)'}; ${v.impact ?? 'minor'} impact. ${v.helpUrl}${printed ? PRINTED_NOTE : ''}`,
        path: page.path,
        ...(line ? { line } : {}),
        selector,
        ...(wcag.length ? { wcag } : {}),
      });
    }
  }
  return out;
}

/**
 * What html-validate checks that axe does not (its rules that repeat axe's, such as image alt
 * text and link names, and its style rules are left out).
 */
export const HTML_VALIDATE_RULES: Record<string, 'error'> = {
  'no-dup-id': 'error',
  'no-dup-attr': 'error',
  'close-order': 'error',
  'close-attr': 'error',
  'element-permitted-content': 'error',
  'element-permitted-occurrences': 'error',
  'element-permitted-order': 'error',
  'element-permitted-parent': 'error',
  'element-required-ancestor': 'error',
  'element-required-content': 'error',
  'element-required-attributes': 'error',
  deprecated: 'error',
  'no-deprecated-attr': 'error',
  'attribute-allowed-values': 'error',
  'prefer-native-element': 'error',
  'wcag/h32': 'error',
  'wcag/h63': 'error',
  'wcag/h67': 'error',
  'wcag/h71': 'error',
  'unique-landmark': 'error',
  'hidden-focusable': 'error',
  'valid-id': 'error',
};

async function htmlValidate(pages: readonly Page[]): Promise<Finding[]> {
  const { HtmlValidate } = await import('html-validate');
  const validator = new HtmlValidate({ root: true, rules: HTML_VALIDATE_RULES });
  let forEmail: InstanceType<typeof HtmlValidate> | undefined;
  const out: Finding[] = [];
  for (const page of pages) {
    const v = page.email
      ? (forEmail ??= new HtmlValidate({
          root: true,
          rules: Object.fromEntries(
            Object.entries(HTML_VALIDATE_RULES).filter(
              ([id]) => !EMAIL_HTML_RULES_OFF.includes(id),
            ),
          ),
        }))
      : validator;
    const report = await v.validateString(page.markup, page.path);
    for (const r of report.results)
      for (const m of r.messages) {
        const printed = page.template && printedByTemplate(page.markup, page.document, m);
        out.push({
          rule: `html-validate/${m.ruleId}`,
          severity: printed ? 'info' : 'error',
          message: `${m.message}${printed ? PRINTED_NOTE : ''}`,
          path: page.path,
          line: m.line,
          ...(m.selector ? { selector: m.selector } : {}),
        });
      }
  }
  return out;
}

/** A page's language and file-name alternatives, judged (page-language.ts). */
async function factFindings(
  page: Page,
  facts: PageFacts,
  located: () => Promise<PageDom>,
): Promise<Finding[]> {
  const lineOf = async (selector: string) => (await located()).lineOf(selector);
  return [
    ...(await fileNameAltFindings(page.path, facts, lineOf)),
    ...(await languageFindings(page.path, facts, lineOf)),
  ];
}

/** WCAG 2.4.7 findings for the controls whose focus shows nothing (focus-visible.ts). */
function focusFindings(page: Page, dom: PageDom, unseen: readonly UnseenFocus[]): Finding[] {
  return unseen.map((u) => {
    const line = dom.lineOf(u.selector);
    return {
      rule: 'aios/focus-visible',
      severity: 'error' as const,
      message: `${u.label} shows no sign of keyboard focus: focusing it changes neither its outline, border, shadow, colours nor place (WCAG 2.4.7). Keep the browser's focus ring, or style :focus-visible with an outline or a change of contrast.`,
      path: page.path,
      ...(line ? { line } : {}),
      selector: u.selector,
      wcag: ['2.4.7'],
    };
  });
}

/** Pages are served at one address that never reaches the network (every request is routed). */
const PAGE_URL = 'http://aios.invalid/';

let axeSource: Promise<string> | undefined;
function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
  return axeSource;
}

/**
 * Markup whose effects outlive its elements, or that a write parses otherwise than a load,
 * when a page is written into the document the previous page left instead of navigated to:
 * `http-equiv` pragmas (a policy, a refresh, a default language), `autofocus` (processed once
 * per document), a colour scheme (the default colours), frames and embedded documents (axe
 * talks to frames through window listeners that rewriting the document removes), `<base>`,
 * declarative shadow roots, a titled style sheet (the first title a document sees names its
 * preferred style sheet set, and a rewrite keeps that name, so a later page's titled sheet goes
 * unapplied), a byte order mark (a load strips it, a write parses it as text) and lone
 * surrogates (a load reads U+FFFD).
 */
const LEAVES_STATE =
  /http-equiv|autofocus|color-scheme|shadowroot|<\s*(?:style|link)\b(?:[^>"']|"[^"]*"|'[^']*')*\stitle\b|<\s*(?:i?frame|frameset|object|embed|portal|fencedframe|base)\b|\uFEFF|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/i;

/**
 * Whether a page must have, and leave behind, a document of its own (see LEAVES_STATE). Errs
 * towards a fresh navigation: a page that only mentions such markup in its text gets one too.
 */
export function leavesState(page: Pick<Page, 'markup'>): boolean {
  return LEAVES_STATE.test(page.markup);
}

/**
 * axe in Chromium: one browser for every page of the run. Each page is served offline with a
 * policy that stops its own scripts (the markup is untrusted); axe runs through the DevTools
 * protocol, which the policy does not govern.
 */
async function axeInBrowser(
  executablePath: string,
  pages: readonly Page[],
  session: BrowserSession | undefined,
) {
  const source = await loadAxeSource();
  const browser = session
    ? await session.browser(executablePath)
    : await launchChromium(executablePath);
  // One context and one tab for every page, far cheaper than a context per page; a lent
  // browser keeps running, so the context is closed with the run.
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    // axe is given to the tab once, as a script every new document runs before its own markup
    // (DevTools-injected, so the page's policy does not stop it), instead of evaluating its
    // source after each navigation: that parse and compile was the largest share of a page's
    // check. Only the top document gets it, as an evaluate in the page gave it before.
    await tab.addInitScript({ content: `if (window === window.top) {\n${source}\n}` });
    let body = '';
    await tab.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'content-security-policy': "script-src 'none'; connect-src 'none'" },
            body,
          })
        : route.abort(),
    );
    const results: { violations: AxeViolation[]; focus: FocusCheck; facts: PageFacts }[] = [];
    // Whether the document in the tab must not be written into: none yet, or the last page
    // left state in it. Each page's markup is tested once, not again as the next one's previous.
    let navigate = true;
    for (const page of pages) {
      body = page.markup;
      const leaves = leavesState(page);
      // A navigation costs Chromium several times what axe's run does (a new document, its
      // window and axe evaluated in it), so a page after a plain one is written into the
      // document the previous page left: the same window (axe loaded), the served policy, and
      // a new parse of the markup. A page that can leave state in its document or window (see
      // LEAVES_STATE) gets a fresh navigation, as does the page after it.
      if (navigate || leaves) await tab.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
      else {
        await tab.setContent(page.markup, { waitUntil: 'domcontentloaded' });
        // The window's scroll offset outlives a rewrite of its document (a page's own CSS can
        // move it: mandatory scroll snapping left 3,024 px behind in Chromium), so the page is
        // put where a fresh load puts it: at the top, then its own snapping, if any, applies.
        // After the write, not before: the old page's snapping would undo it.
        await tab.evaluate(() => globalThis.scrollTo(0, 0));
      }
      navigate = leaves;
      const violations = await tab.evaluate(
        async (options) => {
          // Runs in the page: the page's own globals.
          const win = globalThis as unknown as {
            axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> };
            document: unknown;
          };
          const r = await win.axe.run(win.document, options);
          return r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            tags: v.tags,
            nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
          }));
        },
        axeOptions(page, []),
      );
      // The facts only read text and attributes, which focus does not change: both in flight.
      const [focus, facts] = await Promise.all([
        unseenFocus(tab),
        tab.evaluate(PAGE_FACTS_SOURCE) as Promise<PageFacts>,
      ]);
      results.push({ violations, focus, facts });
    }
    return results;
  } finally {
    if (session) await context?.close();
    else await browser.close();
  }
}

/**
 * readPageFacts as source for the page, with a stand-in for the `__name` helper a bundler that
 * keeps function names wraps inner functions in (see focus-visible.ts): the page has none.
 */
const PAGE_FACTS_SOURCE = `(() => { const __name = (f) => f; return (${readPageFacts.toString()})(); })()`;

/** A page with inline click handlers gets the keyboard check, on its located copy. */
const ONCLICK = /\sonclick\s*=/i;

/**
 * Accessibility: axe-core's WCAG 2.0–2.2 A/AA rules, in Chromium when there is one (only a
 * layout engine can judge contrast, target size and scrollable regions), else in jsdom with
 * those rules reported as not checked; html-validate beside it for what axe does not check;
 * keyboard access to elements made clickable by script; and, in Chromium, a visible sign of
 * keyboard focus on every control (focus-visible.ts). `browsers`: a session whose one
 * browser every run of this gate borrows (the caller closes it); without one, each run
 * launches Chromium and closes it.
 */
export function createAccessibilityGate(options: { browsers?: BrowserSession } = {}): Gate {
  return {
    id: 'accessibility',
    description: 'WCAG 2.0–2.2 A/AA (axe-core, html-validate)',
    async run(input: GateInput): Promise<GateVerdict> {
      const started = performance.now();
      const pages: Page[] = [];
      const tooDeep: Finding[] = [];
      for (const f of input.files) {
        const markup = staticMarkup(f.path, f.content);
        if (markup === undefined) continue;
        const depth = markupDepth(markup);
        if (depth > DEEPEST_CHECKED)
          tooDeep.push({
            rule: 'aios/nesting-too-deep',
            severity: 'error',
            message: `Elements nest about ${depth} deep (more than ${DEEPEST_CHECKED}): browsers re-parent such trees (Chromium past 512) and assistive technology cannot follow them, so the page was not checked further. Flatten the markup.`,
            path: f.path,
          });
        else {
          const template = isTemplate(f.path);
          pages.push({
            path: f.path,
            markup,
            document: template ? wholeTemplate(markup, isDocument(markup)) : isDocument(markup),
            template,
            printed: template ? rulesPrintedByTemplate(markup) : [],
            email: isEmail(input.kind, f.path),
          });
        }
      }
      const settings = input.settings;
      const mode = settings?.browser ?? 'auto';
      const executable = mode === 'off' ? undefined : findChromium(settings?.browserPath);
      const mustHaveBrowser =
        mode === 'required' ||
        (settings?.requireBrowserAtRisk ?? ['high']).includes(input.risk ?? 'medium');
      const checkers = [
        { name: 'axe-core', version: packageVersion('axe-core') },
        { name: 'html-validate', version: packageVersion('html-validate') },
        // The language of the page's text (page-language.ts).
        { name: 'franc-min', version: packageVersion('franc-min') },
        executable
          ? { name: 'playwright-core', version: packageVersion('playwright-core') }
          : { name: 'jsdom', version: packageVersion('jsdom') },
      ];
      const verdict = (findings: Finding[], notChecked?: GateVerdict['notChecked']) => {
        const judged = applyThreshold([...tooDeep, ...findings], settings, input.risk);
        return {
          gate: 'accessibility',
          pass: !judged.some((f) => f.severity === 'error'),
          findings: judged,
          durationMs: Math.round(performance.now() - started),
          checkers,
          ...(notChecked?.length ? { notChecked } : {}),
        };
      };
      if (pages.length === 0) return verdict([]);
      if (!executable && mustHaveBrowser)
        return verdict([
          {
            rule: 'browser-required',
            severity: 'error',
            message: `no Chromium found and the config requires one at ${input.risk ?? 'medium'} risk: contrast, target size and scrollable regions cannot be checked without a layout engine. Install chromium or set gates.accessibility.browserPath.`,
          },
        ]);

      // A page's jsdom copy (source lines, click handlers; axe itself without a browser) is
      // built only when something needs it: a clean page checked in Chromium never pays for it.
      const doms = new Map<number, Promise<PageDom>>();
      const domOf = (i: number) => {
        let d = doms.get(i);
        if (!d) doms.set(i, (d = loadPageDom(pages[i]!.markup)));
        return d;
      };
      const findings: Finding[] = [];
      let notChecked: GateVerdict['notChecked'];
      if (executable) {
        const results = await axeInBrowser(executable, pages, options.browsers);
        const unchecked: NonNullable<GateVerdict['notChecked']> = [];
        for (const [i, p] of pages.entries()) {
          const { violations = [], focus, facts } = results[i] ?? {};
          if (violations.some(wanted)) findings.push(...toFindings(p, await domOf(i), violations));
          if (facts) findings.push(...(await factFindings(p, facts, () => domOf(i))));
          if (focus?.unseen.length)
            findings.push(...focusFindings(p, await domOf(i), focus.unseen));
          if (focus?.skipped)
            unchecked.push({
              rule: 'aios/focus-visible',
              reason: `${p.path}: the first ${focus.checked} differently styled controls checked, ${focus.skipped} more controls not`,
            });
        }
        if (unchecked.length) notChecked = unchecked;
      } else {
        const source = await loadAxeSource();
        for (const [i, p] of pages.entries()) {
          // axe runs in a copy without source locations, as in a browser; the located copy
          // is built only when a finding needs its line, or when the page has `onclick`
          // handlers (checked on the located copy below): then axe runs on that one, so no
          // page is parsed twice for them.
          const dom = ONCLICK.test(p.markup)
            ? await domOf(i)
            : await loadPageDom(p.markup, { locations: false });
          const violations = (await dom.runAxe(
            source,
            axeOptions(p, LAYOUT_RULES),
          )) as AxeViolation[];
          if (violations.some(wanted)) findings.push(...toFindings(p, await domOf(i), violations));
          findings.push(...(await factFindings(p, dom.facts(), () => domOf(i))));
        }
        notChecked = [
          ...LAYOUT_RULES.map((rule) => ({
            rule: `axe/${rule}`,
            reason: 'not checked: needs a browser',
          })),
          { rule: 'aios/focus-visible', reason: 'not checked: needs a browser' },
        ];
      }
      for (const [i, p] of pages.entries())
        if (ONCLICK.test(p.markup)) findings.push(...(await domOf(i)).clickWithoutKeyboard(p.path));
      findings.push(...(await htmlValidate(pages)));
      return verdict(findings, notChecked);
    },
  };
}
