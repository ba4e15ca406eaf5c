// Routing at scale (issue 15). A config of 200 rules, a quarter of them with `paths` globs, and
// 60 personas (the 58 shipped ones plus two copies under new names) is generated into a temp
// folder; every rule is reachable and passes `aios config check`.
//
// Figure 1: one routing decision (`route` with the 60 personas' lanes) for a task that only the
// last rules match, so every rule is tried and each paths rule runs its globs against the paths
// the task names. Baseline, in the same run: a Map lookup (`Map.get`) of a route by kind, the
// least a router can do. Per-op medians over batches of 2,000 decisions. Target: <= 50 µs.
//
// Figure 2: `aios config check` on that config and persona folder, whole process (bin/aios.js
// over dist/, so `npm run build` first). Baseline: `aios --version`, the same process doing
// nothing. Target: <= 150 ms.
//
// The current sources are bundled by esbuild as `npm run build` bundles dist/ (tsx's loader would
// wrap every closure in a naming helper that dist/ does not have, and time that instead).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, round, root, timeProcess, writeResults } from './lib.mjs';

const RULES = 200;
const BATCH = 2_000;
const BATCHES = Number(process.env.BENCH_RUNS ?? 31);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 15);

export async function run() {
  const out = join(root, 'bench', '.tmp', 'routing-bundle.mjs');
  await mkdir(join(root, 'bench', '.tmp'), { recursive: true });
  await build({
    stdin: {
      contents: [
        "export { parseConfig } from './src/config/load-config.ts';",
        "export { loadPersonas } from './src/personas/load-personas.ts';",
        "export { route } from './src/routing/router.ts';",
        "export { lanesOf } from './src/routing/plan-lanes.ts';",
        "export { buildTask } from './src/pipeline/intake.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    // Dependencies stay imports: the gate catalog loads each checker (eslint, …) only when run.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as benchRequire } from 'node:module'; const require = benchRequire(import.meta.url);",
    },
  });
  const { parseConfig, loadPersonas, route, lanesOf, buildTask } = await import(
    pathToFileURL(out).href
  );

  const dir = await mkdtemp(join(tmpdir(), 'aios-bench-routing-'));
  try {
    // 60 personas: the shipped 58 and two more, with their standards beside them.
    const personaDir = join(dir, 'personas');
    await cp(join(root, 'personas'), personaDir, { recursive: true });
    await cp(join(root, 'standards'), join(dir, 'standards'), { recursive: true });
    for (const [from, to] of [
      ['editor', 'editor-two'],
      ['proofreader', 'proofreader-two'],
    ]) {
      const text = await readFile(join(personaDir, `${from}.md`), 'utf8');
      await writeFile(join(personaDir, `${to}.md`), text.replace(`name: ${from}`, `name: ${to}`));
    }
    const personas = (await loadPersonas(personaDir)).list();
    if (personas.length !== 60) throw new Error(`expected 60 personas, got ${personas.length}`);

    // 200 rules over the shipped models, tiers and kinds: each rule wants its kind and its own
    // label (so none shadows another); every fourth also wants a path under its own folder.
    const defaults = await readFile(join(root, 'defaults', 'aios.yml'), 'utf8');
    const head = defaults.slice(0, defaults.indexOf('\nrules:'));
    const tail = defaults.slice(defaults.indexOf('\nbudgets:'));
    const byKind = new Map();
    for (const p of personas) for (const k of p.kinds) if (!byKind.has(k)) byKind.set(k, p.name);
    const kinds = [...byKind.keys()];
    const lines = ['rules:'];
    for (let i = 0; i < RULES - kinds.length; i++) {
      const kind = kinds[i % kinds.length];
      const paths =
        i < RULES / 4 ? `, paths: ['src/area-${i}/**/*.php', 'docs/area-${i}/*.md']` : '';
      lines.push(
        `  - id: rule-${i}`,
        `    reason: generated rule ${i}`,
        `    when: { kinds: [${kind}], labels: [label-${i}]${paths} }`,
        `    route: { persona: ${byKind.get(kind)}, tier: flat }`,
        `    risk: low`,
      );
    }
    // One catch-all per kind, last, so every kind has a route.
    for (const kind of kinds)
      lines.push(
        `  - id: any-${kind}`,
        `    reason: the rest of ${kind}`,
        `    when: { kinds: [${kind}] }`,
        `    route: { persona: ${byKind.get(kind)}, tier: local }`,
        `    risk: low`,
      );
    const text = `${head}\n${lines.join('\n')}${tail}`;
    const configFile = join(dir, 'aios.yml');
    await writeFile(configFile, text);
    await writeFile(join(root, 'bench', '.tmp', 'routing-aios.yml'), text); // to profile by hand
    const loaded = parseConfig(text, configFile);
    const withPaths = loaded.config.rules.filter((r) => r.when.paths).length;

    // The task: the last kind, labelled so that no generated rule fires; it names three paths.
    const lastKind = kinds.at(-1);
    const label = loaded.config.kinds[lastKind].labels[0];
    const task = buildTask({
      id: 'bench/site#1',
      source: { type: 'file', path: 't.md', repo: 'site' },
      title: 'Routing bench',
      body: 'Touch `src/area-7/includes/a.php`, `docs/guide.md` and `assets/site.css`.',
      labels: [label],
      requestedBy: 'bench',
      receivedAt: new Date('2026-11-01T00:00:00Z'),
    });
    const lanes = lanesOf(personas);
    const input = { task, config: loaded.config, configHash: loaded.hash, lanes };
    const first = route(input);
    if (first.type !== 'route' || first.plan.rule.id !== `any-${lastKind}`)
      throw new Error(`unexpected decision: ${JSON.stringify(first).slice(0, 300)}`);
    if (first.plan.trace.length !== loaded.config.rules.length)
      throw new Error('not every rule was explained');

    const table = new Map(kinds.map((k) => [k, first.plan]));
    let sink = 0;
    const perOp = (fn) => {
      const samples = [];
      for (let b = 0; b < BATCHES; b++) {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < BATCH; i++) sink += fn() ? 1 : 0;
        samples.push(Number(process.hrtime.bigint() - t0) / 1e3 / BATCH);
      }
      return median(samples);
    };
    perOp(() => route(input)); // warm-up
    perOp(() => table.get(lastKind));
    const decision = perOp(() => route(input).type === 'route');
    const lookup = perOp(() => table.get(lastKind) !== undefined);
    if (sink === 0) throw new Error('nothing measured');

    // Whole process: `aios config check` on the same config and personas.
    const bin = join(root, 'bin', 'aios.js');
    const checkArgs = [bin, 'config', 'check', '--config', configFile, '--personas', personaDir];
    timeProcess(process.execPath, checkArgs); // warm the compile cache, and it must pass
    const checks = [];
    const colds = [];
    const versions = [];
    // Cold: the validated cache off, as the first check after an edit to the config or a persona.
    const cold = { env: { ...process.env, AIOS_CACHE: 'off' } };
    for (let i = 0; i < PROCESS_RUNS; i++) {
      checks.push(timeProcess(process.execPath, checkArgs));
      colds.push(timeProcess(process.execPath, checkArgs, cold));
      versions.push(timeProcess(process.execPath, [bin, '--version']));
    }
    // The machine's load while the processes ran: on a shared machine a whole-process figure
    // grows with it (`--version` alone takes 2–3× its quiet time at a load of 12 on 2 cores).
    const load = round(loadavg()[0] ?? 0, 1);
    const check = median(checks);
    const coldCheck = median(colds);
    const version = median(versions);

    return writeResults('routing', 'npm run build && npm run bench -- routing', [
      {
        metric: `one routing decision, ${loaded.config.rules.length} rules (${withPaths} with paths globs), ${personas.length} personas' lanes, every rule tried`,
        unit: 'µs',
        median: round(decision, 2),
        baseline: 'Map.get of a route by kind',
        baselineMedian: round(lookup, 3),
        ratio: round(decision / lookup, 0),
        target: '<= 50 µs',
        met: decision <= 50,
        batches: BATCHES,
        perBatch: BATCH,
      },
      {
        metric: `aios config check on that config and ${personas.length} personas, whole process`,
        unit: 'ms',
        median: round(check, 1),
        baseline: 'aios --version (the same process doing nothing)',
        baselineMedian: round(version, 1),
        ratio: round(check / version, 2),
        target: '<= 150 ms',
        met: check <= 150,
        runs: PROCESS_RUNS,
        loadAverage: load,
      },
      {
        metric: `aios config check, the same, validated cache off (the first check after an edit)`,
        unit: 'ms',
        median: round(coldCheck, 1),
        baseline: 'aios --version (the same process doing nothing)',
        baselineMedian: round(version, 1),
        ratio: round(coldCheck / version, 2),
        target: '<= 150 ms',
        met: coldCheck <= 150,
        runs: PROCESS_RUNS,
        loadAverage: load,
      },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
