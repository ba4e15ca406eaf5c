// Each gate against its raw checker on the same input, in the same run (our overhead; target
// ≤ 1.2×), with absolute medians: accessibility on a 200 KB page in Chromium and in jsdom,
// editorial on 10,000 words, code readability on a 2,000-line PHP plugin and a 2,000-line
// TypeScript file. The browser's start-up is measured on its own (paid once per gate run, not
// per file). Gate and raw runs alternate (which goes first alternates too) after warm-up runs
// that are not counted; the heap is collected before every timed run, so neither side pays for
// the garbage the other left. The ratio is the median of each adjacent pair's ratio, which a
// machine shared with other work moves far less than the medians themselves (both are kept).
// Sources through tsx: `npm run bench -- gates`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { register } from 'tsx/esm/api';
import { median, root, round, writeResults } from './lib.mjs';

register();
const require = createRequire(import.meta.url);
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// The in-process checkers are quick and JIT-sensitive: more runs, after a longer warm-up.
const QUICK_RUNS = Number(process.env.BENCH_QUICK_RUNS ?? 41);
// axe in jsdom is slow in itself on a 200 KB page (jsdom's selector matching and HTMLCollection
// lookups, raw or through the gate alike): fewer runs there. `BENCH_JSDOM_KB=40` for a quick run.
const JSDOM_KB = Number(process.env.BENCH_JSDOM_KB ?? 200);
const JSDOM_RUNS = Number(process.env.BENCH_JSDOM_RUNS ?? 3);
// `BENCH_GATES=php,ts` measures only those groups (chromium, jsdom, editorial, php, ts) and puts
// their figures in place of the same figures of the last results, each marked with its command.
const ONLY = process.env.BENCH_GATES?.split(',')
  .map((g) => g.trim())
  .filter(Boolean);
const wants = (group) => !ONLY || ONLY.includes(group);

const { createAccessibilityGate, HTML_VALIDATE_RULES } =
  await import('../src/gates/accessibility-gate.ts');
const { createEditorialGate } = await import('../src/gates/editorial-gate.ts');
const { createCodeReadabilityGate, DEFAULT_LIMITS } =
  await import('../src/gates/code-readability-gate.ts');
const { createWordPressSecurityGate } = await import('../src/gates/wordpress-security-gate.ts');
const { findChromium } = await import('../src/gates/chromium.ts');
const { WCAG_TAGS, LAYOUT_RULES } = await import('../src/gates/axe-rules.ts');

// ---- inputs -----------------------------------------------------------------------------------
function pageOf(bytes) {
  const section = (i) => `
<section aria-labelledby="h${i}">
  <h2 id="h${i}">Offer ${i}</h2>
  <p>Our team builds and runs small sites for local firms. Offer ${i} covers design, hosting and care.</p>
  <img src="/img/${i}.png" alt="Photo for offer ${i}" width="320" height="200">
  <ul><li>Design</li><li>Hosting</li><li>Care plan ${i}</li></ul>
  <form action="/buy/${i}"><label for="q${i}">Quantity</label><input id="q${i}" name="q" type="number">
  <button type="submit">Buy offer ${i}</button></form>
  <table><caption>Prices ${i}</caption><tr><th scope="col">Plan</th><th scope="col">Price</th></tr><tr><td>Basic</td><td>£${i}</td></tr></table>
  <p><a href="/offers/${i}">Read about offer ${i}</a></p>
</section>`;
  let body = '';
  for (let i = 0; body.length < bytes; i++) body += section(i);
  return `<!doctype html>\n<html lang="en"><head><title>Offers</title></head><body><main><h1>Offers</h1>${body}</main></body></html>\n`;
}
function words10k() {
  const para =
    'We build small websites for local firms. Each site gets a clear home page, a page for prices and a way to get in touch. We test every page with a keyboard and a screen reader before it goes live. When something breaks, we fix it the same day and tell you what went wrong.';
  const out = ['# Our work', ''];
  let count = 0;
  for (let i = 0; count < 10_000; i++) {
    if (i % 5 === 0) out.push(`## Part ${i / 5 + 1}`, '');
    out.push(para, '');
    count += para.split(/\s+/).length;
  }
  return out.join('\n');
}
function php2000() {
  const fn = (i) => `
/**
 * Save setting ${i}.
 */
function acme_save_setting_${i}( $value, $context ) {
\tif ( ! current_user_can( 'manage_options' ) ) {
\t\treturn false;
\t}
\t$clean = sanitize_text_field( $value );
\tif ( '' === $clean ) {
\t\treturn false;
\t}
\tforeach ( (array) $context as $key => $item ) {
\t\tif ( $item && $key ) {
\t\t\t$clean .= '-' . sanitize_key( $key );
\t\t}
\t}
\treturn update_option( 'acme_setting_${i}', $clean );
}
`;
  let src = "<?php\n/**\n * Plugin Name: Acme Bench\n */\ndefined( 'ABSPATH' ) || exit;\n";
  for (let i = 0; src.split('\n').length < 2000; i++) src += fn(i);
  return src;
}
function ts2000() {
  const fn = (i) => `
/** Score item ${i}. */
export function score${i}(items: readonly number[], limit: number): number {
  let total = 0;
  for (const item of items) {
    if (item > limit && item % 2 === 0) {
      total += item;
    } else if (item < 0) {
      total -= 1;
    }
  }
  return total > limit ? limit : total;
}
`;
  let src = '';
  for (let i = 0; src.split('\n').length < 2000; i++) src += fn(i);
  return src;
}

// ---- raw checkers ------------------------------------------------------------------------------
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeOptions = (skip) => ({
  runOnly: { type: 'tag', values: [...WCAG_TAGS, 'best-practice'] },
  rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
  resultTypes: ['violations'],
});
const { HtmlValidate } = await import('html-validate');
async function rawHtmlValidate(html) {
  await new HtmlValidate({ root: true, rules: HTML_VALIDATE_RULES }).validateString(
    html,
    'page.html',
  );
}
async function rawAxeChromium(executablePath, html) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    await tab.evaluate(axeSource);
    await tab.evaluate((o) => globalThis.axe.run(globalThis.document, o), axeOptions([]));
  } finally {
    await browser.close();
  }
  await rawHtmlValidate(html);
}
async function rawAxeJsdom(html) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const dom = new JSDOM(html, {
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
  });
  dom.window.eval(axeSource);
  await dom.window.axe.run(dom.window.document, axeOptions([...LAYOUT_RULES]));
  await rawHtmlValidate(html);
}
async function rawRetext(text) {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkRetext },
    { default: english },
    { default: spell },
    { default: dictionary },
    { default: readability },
    { default: passive },
    { default: simplify },
    { default: equality },
    { default: repeated },
    { VFile },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-retext'),
    import('retext-english'),
    import('retext-spell'),
    import('dictionary-en'),
    import('retext-readability'),
    import('retext-passive'),
    import('retext-simplify'),
    import('retext-equality'),
    import('retext-repeated-words'),
    import('vfile'),
  ]);
  const prose = unified()
    .use(english)
    // The options the gate gives them (target grade 9 is age 14).
    .use(spell, { dictionary, ignoreLiteral: true, max: 3 })
    .use(readability, { age: 14, minWords: 8 })
    .use(passive)
    .use(simplify)
    .use(equality)
    .use(repeated);
  const p = unified().use(remarkParse).use(remarkRetext, prose);
  const file = new VFile(text);
  await p.run(p.parse(file), file);
}
async function rawPhp(code) {
  const { Engine } = await import('php-parser');
  new Engine({ parser: { extractDoc: false, php8: true }, ast: { withPositions: true } }).parseCode(
    code,
    'plugin.php',
  );
}
async function rawEslint(code) {
  const [{ Linter }, parser] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
  ]);
  const l = DEFAULT_LIMITS;
  new Linter({ configType: 'flat', cwd: '/aios' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
        rules: {
          complexity: ['error', l.complexity],
          'max-depth': ['error', l.maxDepth],
          'max-lines-per-function': [
            'error',
            { max: l.maxLinesPerFunction, skipBlankLines: true, skipComments: true },
          ],
          'max-params': ['error', l.maxParams],
          'max-nested-callbacks': ['error', l.maxNestedCallbacks],
        },
      },
    ],
    { filename: '/aios/src/big.ts' },
  );
}

// ---- measuring --------------------------------------------------------------------------------
// This process's CPU time (all its threads), in ms: what a run costs whatever else the machine
// runs. Only the in-process pairs report it (Chromium works in processes of its own).
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
async function pair(gateFn, rawFn, runs = RUNS) {
  const gate = [];
  const raw = [];
  const ratios = [];
  const cpu = { gate: 0, raw: 0 };
  const warmup = runs > 10 ? 5 : 1;
  for (let i = 0; i < runs + warmup; i++) {
    const order = i % 2 ? ['raw', 'gate'] : ['gate', 'raw'];
    const took = {};
    const used = {};
    for (const side of order) {
      collect();
      const c = cpuMs();
      const t = performance.now();
      await (side === 'gate' ? gateFn : rawFn)();
      took[side] = performance.now() - t;
      used[side] = cpuMs() - c;
    }
    if (i < warmup) continue;
    gate.push(took.gate);
    raw.push(took.raw);
    ratios.push(took.gate / took.raw);
    cpu.gate += used.gate;
    cpu.raw += used.raw;
  }
  return {
    gate: median(gate),
    raw: median(raw),
    ratio: median(ratios),
    cpuRatio: cpu.gate / cpu.raw,
    runs,
  };
}
const figures = [];
function figure(metric, baseline, m, target = '≤ 1.2×') {
  m.inProcess = m.runs === QUICK_RUNS;
  const ratio = round(m.ratio);
  figures.push({
    metric,
    unit: 'ms',
    median: round(m.gate, 1),
    baseline,
    baselineMedian: round(m.raw, 1),
    ratio,
    ratioOfMedians: round(m.gate / m.raw),
    // Total CPU time of the gate runs over the raw runs (the in-process checkers only).
    ...(m.inProcess ? { cpuRatio: round(m.cpuRatio) } : {}),
    runs: m.runs,
    target,
    ...(target.startsWith('≤') ? { met: ratio <= 1.2 } : {}),
  });
}
const input = (path, content, settings = {}) => ({
  files: [{ path, content }],
  kind: 'bench',
  taskId: 'bench',
  risk: 'low',
  settings,
});

const page = pageOf(200_000);
const jsdomPage = JSDOM_KB === 200 ? page : pageOf(JSDOM_KB * 1000);
const a11y = createAccessibilityGate();
const exe = wants('chromium') ? findChromium() : undefined;
if (exe) {
  const { chromium } = await import('playwright-core');
  const starts = [];
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    const b = await chromium.launch({
      executablePath: exe,
      headless: true,
      args: ['--no-sandbox'],
    });
    await b.close();
    if (i > 0) starts.push(performance.now() - t);
  }
  figures.push({
    metric: 'Chromium start-up and close (once per gate run)',
    unit: 'ms',
    median: round(median(starts), 1),
    baseline: 'none',
    baselineMedian: 0,
    ratio: null,
    target: 'reported',
  });
  figure(
    `accessibility gate, ${Math.round(page.length / 1024)} KB page, Chromium`,
    'axe-core in Chromium + html-validate',
    await pair(
      () => a11y.run(input('page.html', page, { browser: 'auto' })),
      () => rawAxeChromium(exe, page),
    ),
  );
}
if (wants('jsdom'))
  figure(
    `accessibility gate, ${Math.round(jsdomPage.length / 1024)} KB page, jsdom`,
    'axe-core in jsdom + html-validate',
    await pair(
      () => a11y.run(input('page.html', jsdomPage, { browser: 'off' })),
      () => rawAxeJsdom(jsdomPage),
      JSDOM_RUNS,
    ),
  );
const text = words10k();
const editorial = createEditorialGate();
if (wants('editorial'))
  figure(
    `editorial gate, ${text.split(/\s+/).length} words`,
    'the same unified/retext chain',
    await pair(
      () => editorial.run(input('post.md', text)),
      () => rawRetext(text),
      QUICK_RUNS,
    ),
  );
const readability = createCodeReadabilityGate();
const security = createWordPressSecurityGate();
const php = php2000();
if (wants('php')) {
  // The readability measures on the tree are ours, so the raw checker is php-parser's parse alone:
  // all of the gate's walk counts as overhead.
  figure(
    `code-readability gate, ${php.split('\n').length}-line PHP plugin`,
    'php-parser parse',
    await pair(
      () => readability.run(input('plugin.php', php)),
      () => rawPhp(php),
      QUICK_RUNS,
    ),
  );
  // A plugin change runs both PHP gates; they share one parse of each file of the attempt.
  figure(
    `code-readability + wordpress-security gates, ${php.split('\n').length}-line PHP plugin`,
    'php-parser parse (once)',
    await pair(
      async () => {
        const attempt = input('plugin.php', php);
        await readability.run(attempt);
        await security.run(attempt);
      },
      () => rawPhp(php),
      QUICK_RUNS,
    ),
    'reported',
  );
}
const ts = ts2000();
if (wants('ts'))
  figure(
    `code-readability gate, ${ts.split('\n').length}-line TypeScript file`,
    'ESLint Linter, same core rules',
    await pair(
      () => readability.run(input('src/big.ts', ts)),
      () => rawEslint(ts),
      QUICK_RUNS,
    ),
  );

export async function run() {
  if (!ONLY) return writeResults('gates', 'npm run bench -- gates', figures);
  const command = `BENCH_GATES=${ONLY.join(',')} npm run bench -- gates`;
  const measuredAt = new Date().toISOString();
  const fresh = figures.map((f) => ({ ...f, command, measuredAt }));
  const last = JSON.parse(
    await readFile(join(root, 'bench/results/gates.json'), 'utf8').catch(() => '{"figures":[]}'),
  );
  const kept = last.figures.map((f) => fresh.find((n) => n.metric === f.metric) ?? f);
  const added = fresh.filter((n) => !kept.includes(n));
  return writeResults('gates', 'npm run bench -- gates', [...kept, ...added]);
}
