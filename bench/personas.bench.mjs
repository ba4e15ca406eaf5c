// Personas at scale: loading and validating the config plus every persona and standard from
// disk (target ≤ 100 ms), the lane screen over 60 personas (target ≤ 2 ms a task), and the
// prompt tokens of each persona on each tier (none above the context budget).
//
// The shipped personas are used when there are at least 55; otherwise 60 synthetic personas
// are generated (real roles of a web, WordPress, writing, accessibility and code consultancy,
// each with a description, kinds, declines with handoffs and writes) beside the shipped
// standards, so the figures are for a bench of the size the studio runs.
//
// Baselines, measured in the same run: reading the same files' bytes with no parsing (load),
// and tokenising the task text alone (screen). The TypeScript sources run through tsx:
// `npm run bench -- personas`.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

register();
const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);
const [
  { loadConfig },
  { loadPersonas },
  { loadStandards },
  { ruleLaneIssues },
  { LaneScreen },
  { tokens },
  { buildPrompt },
  { buildTask },
  { taskOnlyContext },
  { estimateCounter },
] = await Promise.all([
  src('config/load-config.ts'),
  src('personas/load-personas.ts'),
  src('personas/load-standards.ts'),
  src('routing/check-rule-lanes.ts'),
  src('routing/lane-screen.ts'),
  src('routing/lexical.ts'),
  src('personas/build-prompt.ts'),
  src('pipeline/intake.ts'),
  src('context/gather-context.ts'),
  src('context/token-counter.ts'),
]);

const ROLES = [
  ['editor', 'writing', 'Drafts and edits blog posts, articles and page copy in the house voice'],
  ['copy-editor', 'writing', 'Line-edits finished prose for clarity, grammar and house style'],
  [
    'proofreader',
    'writing',
    'Checks final copy for typos, punctuation and consistency before publication',
  ],
  [
    'technical-writer',
    'writing',
    'Writes developer documentation, how-to guides and API references',
  ],
  [
    'content-strategist',
    'content-audit',
    'Plans content around audience needs, topics and editorial calendars',
  ],
  [
    'seo-writer',
    'writing',
    'Writes search-friendly pages with keywords, meta descriptions and headings',
  ],
  ['ux-writer', 'writing', 'Writes interface microcopy: buttons, labels, errors and empty states'],
  [
    'wcag-auditor',
    'accessibility',
    'Audits pages against WCAG 2.2 AA success criteria and reports failures',
  ],
  [
    'screen-reader-reviewer',
    'accessibility',
    'Tests pages with screen readers: names, roles, landmarks and reading order',
  ],
  [
    'contrast-reviewer',
    'accessibility',
    'Checks colour contrast ratios and non-colour cues in designs and CSS',
  ],
  [
    'accessible-forms-specialist',
    'accessibility',
    'Fixes form labels, error messages, fieldsets and keyboard flow',
  ],
  [
    'pdf-accessibility-specialist',
    'accessibility',
    'Remediates PDF and document tags, reading order and alt text',
  ],
  ['ui-designer', 'design', 'Designs page layouts, components and visual hierarchy in mockups'],
  [
    'design-system-steward',
    'design',
    'Maintains design tokens, component libraries and usage guidelines',
  ],
  ['brand-voice-guardian', 'writing', 'Keeps copy true to the brand voice, tone and terminology'],
  [
    'theme-developer',
    'code-hardening',
    'Builds WordPress block themes: templates, theme.json and patterns',
  ],
  [
    'plugin-developer',
    'code-hardening',
    'Builds WordPress plugins with hooks, settings pages and REST routes',
  ],
  [
    'plugin-security-hardener',
    'code-hardening',
    'Hardens WordPress plugins: nonces, capabilities, sanitising and escaping',
  ],
  [
    'block-editor-developer',
    'code-hardening',
    'Builds Gutenberg blocks in React with block.json and attributes',
  ],
  [
    'wp-cli-operator',
    'operations',
    'Runs WP-CLI maintenance, search-replace, cron and hosting tasks',
  ],
  [
    'woocommerce-specialist',
    'code-hardening',
    'Configures and extends WooCommerce products, checkout and payments',
  ],
  [
    'multisite-specialist',
    'operations',
    'Manages WordPress multisite networks, domains and network plugins',
  ],
  [
    'typescript-developer',
    'code',
    'Writes typed TypeScript modules, strict compiler settings and tests',
  ],
  ['php-developer', 'code', 'Writes modern PHP with Composer, PSR standards and typed classes'],
  [
    'css-developer',
    'code',
    'Writes maintainable CSS: layout, custom properties, responsive styles',
  ],
  [
    'frontend-performance-engineer',
    'code',
    'Improves Core Web Vitals: bundle size, images, caching and LCP',
  ],
  ['test-author', 'code', 'Writes unit and integration tests that fail for the right reason'],
  ['refactorer', 'code', 'Restructures code without changing behaviour, in small safe steps'],
  [
    'readability-reviewer',
    'code',
    'Reviews code for names, structure and comments a newcomer can follow',
  ],
  [
    'security-reviewer',
    'code-hardening',
    'Reviews code for injection, XSS, CSRF and authentication flaws',
  ],
  [
    'dependency-auditor',
    'code',
    'Audits npm and Composer dependencies for vulnerabilities and licences',
  ],
  [
    'release-engineer',
    'operations',
    'Prepares releases: versions, changelogs, tags and build artefacts',
  ],
  [
    'content-auditor',
    'content-audit',
    'Audits existing site copy page by page and lists prioritised fixes',
  ],
  [
    'migration-planner',
    'operations',
    'Plans site migrations: URL maps, redirects, content moves and cutover',
  ],
  [
    'analytics-reviewer',
    'operations',
    'Reviews analytics setup, events, goals and reports for accuracy',
  ],
  [
    'privacy-consent-reviewer',
    'operations',
    'Reviews cookie consent, tracking scripts and privacy notices for GDPR',
  ],
  [
    'legal-copy-flagger',
    'content-audit',
    'Flags copy that may carry legal risk for a lawyer to review',
  ],
  ['strategist', 'strategy', 'Shapes digital strategy, positioning and roadmaps with the client'],
  [
    'client-communication-drafter',
    'strategy',
    'Drafts client emails, proposals and status updates in the consultant voice',
  ],
  ['estimator', 'strategy', 'Estimates effort, scope and cost of web projects from briefs'],
  [
    'incident-reviewer',
    'operations',
    'Writes blameless incident reviews: timeline, causes and actions',
  ],
  [
    'information-architect',
    'design',
    'Organises navigation, taxonomies and sitemaps around user tasks',
  ],
  [
    'newsletter-writer',
    'writing',
    'Writes email newsletters with subject lines and clear calls to action',
  ],
  [
    'case-study-writer',
    'writing',
    'Writes client case studies: problem, approach and measured results',
  ],
  [
    'alt-text-writer',
    'accessibility',
    'Writes meaningful alternative text and captions for images and media',
  ],
  [
    'video-captioner',
    'accessibility',
    'Writes captions and transcripts for video and audio content',
  ],
  [
    'motion-reviewer',
    'accessibility',
    'Reviews animation for reduced-motion preferences and vestibular safety',
  ],
  [
    'keyboard-navigation-tester',
    'accessibility',
    'Tests focus order, focus visibility and keyboard traps',
  ],
  ['schema-markup-developer', 'code', 'Adds structured data (JSON-LD) for search results'],
  [
    'headless-wordpress-developer',
    'code',
    'Builds decoupled front ends on the WordPress REST and GraphQL APIs',
  ],
  ['database-optimiser', 'operations', 'Tunes MySQL queries, indexes and autoloaded options'],
  [
    'hosting-operator',
    'operations',
    'Configures servers, PHP versions, SSL and backups for hosting',
  ],
  ['ci-maintainer', 'code', 'Maintains CI pipelines: GitHub Actions, caching and test matrices'],
  [
    'i18n-specialist',
    'code',
    'Prepares themes and plugins for translation: text domains and POT files',
  ],
  [
    'localisation-editor',
    'writing',
    'Adapts copy for regional audiences, spelling and conventions',
  ],
  [
    'landing-page-writer',
    'writing',
    'Writes conversion-focused landing pages with one clear offer',
  ],
  ['style-guide-editor', 'writing', 'Maintains the editorial style guide and its examples'],
  [
    'form-integrations-developer',
    'code',
    'Connects forms to CRMs and email services with webhooks',
  ],
  ['image-optimiser', 'operations', 'Compresses and resizes images, sets formats and lazy loading'],
  [
    'accessibility-statement-writer',
    'accessibility',
    'Writes accessibility statements and conformance reports',
  ],
];

async function syntheticBench(dir) {
  const config = await loadConfig();
  const kinds = Object.keys(config.config.kinds);
  const pdir = join(dir, 'personas');
  await mkdir(join(pdir, 'evals'), { recursive: true });
  await cp(join(root, 'standards'), join(dir, 'standards'), { recursive: true });
  const ids = ROLES.map((r) => r[0]);
  for (const [i, [id, domain, what]] of ROLES.entries()) {
    const kind = kinds.includes(domain) ? domain : kinds[i % kinds.length];
    const other = ROLES[(i + 7) % ROLES.length];
    const other2 = ROLES[(i + 19) % ROLES.length];
    const text = `---
name: ${id}
description: ${JSON.stringify(`${what}. Use for ${domain.replace(/-/g, ' ')} work only, not for ${other[2].toLowerCase()}.`)}
tools: [Read, Grep, Edit]
role: ${id.replace(/-/g, ' ')}
kinds: [${kind}]
declines:
  - say: ${JSON.stringify(other[2])}
    handoff: ${other[0]}
  - say: ${JSON.stringify(other2[2])}
    handoff: ${other2[0]}
tier: ${['local', 'flat', 'premium'][i % 3]}
gates: []
writes: ['${domain}/**/*.md', 'src/${id}/**']
owner: consultant
version: 1
evals: personas/evals/${id}.yml
standards: [house-style]
---

You are the ${id.replace(/-/g, ' ')}. ${what}. You are held to house-style §Voice.

How you work: read the files the task names, make the smallest change that does the job, and
return the whole new content of every file you change, within your write lane only.

What you decline: ${other[2].toLowerCase()} (hand off to ${other[0]}); ${other2[2].toLowerCase()}
(hand off to ${other2[0]}).

When you ask: when the audience, the pages or the acceptance criteria are missing.
`;
    await writeFile(join(pdir, `${id}.md`), text);
  }
  return { pdir, ids, synthetic: true };
}

async function benchDir() {
  const shipped = (await readdir(join(root, 'personas'))).filter(
    (n) => n.endsWith('.md') && n !== 'README.md',
  );
  if (shipped.length >= 55) return { pdir: join(root, 'personas'), synthetic: false };
  const dir = await mkdtemp(join(tmpdir(), 'aios-bench-personas-'));
  return { ...(await syntheticBench(dir)), tmp: dir };
}

const bench = await benchDir();
const standardsDir = join(bench.pdir, '..', 'standards');
const configFile = join(root, 'defaults', 'aios.yml');

// ---- load and validate: config + every persona + every standard, from disk -------------------
const loadTimes = [];
const rawTimes = [];
let personas;
let loaded;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const files = (await readdir(bench.pdir)).filter((n) => n.endsWith('.md'));
  await Promise.all([
    readFile(configFile),
    ...files.map((f) => readFile(join(bench.pdir, f))),
    ...(await readdir(standardsDir)).map((f) => readFile(join(standardsDir, f))),
  ]);
  rawTimes.push(performance.now() - t0);

  const t1 = performance.now();
  const [config, registry] = await Promise.all([
    loadConfig({ file: configFile }),
    loadPersonas(bench.pdir, { standardsDir }),
  ]);
  await loadStandards(standardsDir);
  ruleLaneIssues(config, new Map(registry.list().map((p) => [p.name, p])));
  loadTimes.push(performance.now() - t1);
  personas = registry.list();
  loaded = config;
}

// ---- lane screen over every persona --------------------------------------------------------
const screen = new LaneScreen(personas, loaded.config);
const tasks = personas.flatMap((p, i) => [
  `${p.description} for the client site, page ${i}`,
  `Please ${p.declines[0]?.say.toLowerCase()} on the pricing and about pages`,
]);
const screenTimes = [];
const tokenTimes = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  for (const [i, text] of tasks.entries())
    screen.screen({ text, persona: personas[i % personas.length].name });
  screenTimes.push((performance.now() - t0) / tasks.length);
  const t1 = performance.now();
  for (const text of tasks) tokens(text);
  tokenTimes.push((performance.now() - t1) / tasks.length);
}

// ---- prompt tokens per persona per tier ----------------------------------------------------
const budget = loaded.config.context.maxTokens;
const task = buildTask({
  id: 'bench/1',
  source: { type: 'file', path: 't.md', repo: 'bench' },
  title: 'Tighten the intro of the pricing post',
  body: 'The intro of posts/pricing.md rambles; cut it to three sentences and keep the offer.',
  labels: ['aios'],
  requestedBy: 'bench',
  receivedAt: new Date(0),
});
const promptTokens = personas.map((p) => {
  const messages = buildPrompt({
    persona: p,
    task,
    context: taskOnlyContext(task.body),
    attempt: 1,
    minConfidence: 0.6,
  });
  return {
    persona: p.name,
    tier: p.tier ?? 'by rule',
    tokens: estimateCounter.count(messages.map((m) => m.content).join('\n')),
  };
});
const byTier = {};
for (const r of promptTokens) (byTier[r.tier] ??= []).push(r.tokens);
const worst = promptTokens.reduce((a, b) => (b.tokens > a.tokens ? b : a));
const over = promptTokens.filter((r) => r.tokens > budget);

if (bench.tmp) await rm(bench.tmp, { recursive: true, force: true });

const loadMedian = round(median(loadTimes));
const rawMedian = round(median(rawTimes));
const screenMedian = round(median(screenTimes), 4);
const tokenMedian = round(median(tokenTimes), 4);
const figures = [
  {
    metric: `load and validate config + ${personas.length} personas + standards${bench.synthetic ? ' (synthetic)' : ''}`,
    unit: 'ms',
    median: loadMedian,
    baseline: 'reading the same files, no parsing',
    baselineMedian: rawMedian,
    ratio: round(loadMedian / rawMedian),
    target: '≤ 100 ms',
    met: loadMedian <= 100,
  },
  {
    metric: `lane screen per task over ${personas.length} personas`,
    unit: 'ms',
    median: screenMedian,
    baseline: 'tokenising the task alone',
    baselineMedian: tokenMedian,
    ratio: round(screenMedian / tokenMedian, 1),
    target: '≤ 2 ms',
    met: screenMedian <= 2,
  },
  {
    metric: `largest persona prompt of any tier (${worst.persona}, ${worst.tier})`,
    unit: 'tokens',
    median: round(median(promptTokens.map((r) => r.tokens)), 0),
    baseline: 'context budget (context.maxTokens)',
    baselineMedian: budget,
    ratio: round(worst.tokens / budget),
    target: 'none above the budget',
    met: over.length === 0,
  },
];
export async function run() {
  const written = await writeResults('personas', 'npm run bench -- personas', figures);
  // Every persona's prompt tokens and the largest per tier, beside the figures.
  const perTier = Object.fromEntries(Object.entries(byTier).map(([t, v]) => [t, Math.max(...v)]));
  await writeFile(
    join(root, 'bench', 'results', 'personas.json'),
    `${JSON.stringify({ ...written, maxPromptTokensPerTier: perTier, promptTokens }, null, 2)}\n`,
  );
  return written;
}
