// Overhead of `aios run` on one demo task (the blog post: two attempts, one sent back by the
// markdown gate, the passing one then read by the reviewer persona in its own call) with a zero-latency model (the scripted provider), against the same files
// written and committed with plain git in two commits (the work on a branch, the ledger
// entries on the ledger branch), both timed as whole processes on fresh copies of the demo repo.
//
// Two floors are measured in the same run, so the gap can be split between the stack and AIOS
// (bench/floor-task.mjs): Node running the same git commands, and Node loading the libraries
// the design names (zod, yaml, markdownlint), parsing the same YAML inputs and linting the same
// two attempts before those commands. Neither runs any AIOS code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { median, root, round, timeProcess, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const node = process.execPath;
const bin = join(root, 'bin', 'aios.js');
const script = join(root, 'examples', 'demo', 'script.yml');

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function freshRepo(base, i) {
  const dir = join(base, `repo-${i}`);
  await cp(join(root, 'examples', 'demo', 'repo'), dir, { recursive: true });
  git(dir, 'init', '-q', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Bench');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'site');
  return dir;
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-run-'));
  /** @type {(() => Promise<void>)[]} */
  const cleanups = [];
  try {
    const task = join(base, 'blog-post.md');
    await cp(join(root, 'examples', 'demo', 'tasks', 'blog-post.md'), task);

    // One reference run gives the exact files the baseline must write and commit.
    const ref = await freshRepo(base, 'ref');
    const refRun = spawnSync(
      node,
      [bin, 'run', task, '--repo', ref, '--scripted', script, '--json'],
      { encoding: 'utf8' },
    );
    if (refRun.status !== 0) throw new Error(`reference run failed: ${refRun.stderr}`);
    const persona = JSON.parse(refRun.stdout).plan.persona;
    const branch = git(ref, 'branch', '--list', 'aios/*', '--format=%(refname:short)').trim();
    const workFiles = git(ref, 'diff', '--name-only', 'main', branch).trim().split('\n');
    const ledgerFiles = git(ref, 'ls-tree', '-r', '--name-only', 'aios-ledger').trim().split('\n');
    const payload = join(base, 'payload');
    for (const f of workFiles) {
      await mkdir(join(payload, 'work', f, '..'), { recursive: true });
      await writeFile(join(payload, 'work', f), git(ref, 'show', `${branch}:${f}`));
    }
    for (const f of ledgerFiles) {
      await mkdir(join(payload, 'ledger-files', f, '..'), { recursive: true });
      await writeFile(join(payload, 'ledger-files', f), git(ref, 'show', `aios-ledger:${f}`));
    }
    const baselineScript = join(base, 'baseline.sh');
    await writeFile(
      baselineScript,
      [
        'set -e',
        'cd "$1"',
        'git switch -q -c aios/baseline',
        `cp -r ${join(payload, 'work')}/. .`,
        'git add -A',
        'git commit -qm "work"',
        'git switch -q --orphan aios-ledger-baseline',
        `cp -r ${join(payload, 'ledger-files')}/. .`,
        'git add ledger',
        'git commit -qm "ledger"',
        'git switch -q -f main',
        '',
      ].join('\n'),
    );

    // The floors' inputs: the YAML AIOS read for this task and the two attempts it linted.
    const repoConfig = join(ref, '.github', 'aios.yml');
    const scriptData = parse(await readFile(script, 'utf8'));
    const frontMatter = (text) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const config = parse(
      await readFile(
        existsSync(repoConfig) ? repoConfig : join(root, 'defaults', 'aios.yml'),
        'utf8',
      ),
    );
    const personaFront = parse(
      frontMatter(await readFile(join(root, 'personas', `${persona}.md`), 'utf8')),
    );
    // Every model call the reference run made (the author's attempts and the reviewer's), read
    // from its attempt entries: the floor parses each scripted answer as AIOS does.
    const calls = [];
    for (const f of ledgerFiles.filter((name) => name.endsWith('-attempt.json'))) {
      const entry = JSON.parse(git(ref, 'show', `aios-ledger:${f}`));
      const answer = scriptData.answers[entry.actor.persona]?.[entry.data.attempt - 1];
      if (!answer) throw new Error(`no scripted answer for ${entry.actor.persona}`);
      calls.push(JSON.stringify(answer));
    }
    if (calls.length < 3) throw new Error(`expected the reviewer's call too, saw ${calls.length}`);
    // What a crash-safe record must write durably as it goes (bench/floor-task.mjs): every entry,
    // and every prompt object but those the repository's object database already holds.
    const held = new Set(
      git(ref, 'ls-tree', '-r', 'main')
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[2]),
    );
    // A prompt object's path is prompts/<first two hex digits>/<the other 38>.
    const objectId = (f) => f.split('/').slice(1).join('');
    const objects = new Map(
      ledgerFiles
        .filter((f) => f.startsWith('prompts/') && !held.has(objectId(f)))
        .map((f) => [objectId(f), f]),
    );
    // In the order a run writes them: entries one after another (each names the hash of the one
    // before it), in id order; before each entry, the objects it is the first to name (a blob id
    // anywhere in its text), written side by side, as a record that keeps an entry's texts
    // before the entry does (any object no entry names goes first). Each step's files are
    // written together; the steps one after another.
    const entryFiles = ledgerFiles
      .filter((f) => f.startsWith('ledger/') && f.endsWith('.json'))
      .sort((a, b) => a.slice(a.lastIndexOf('/')).localeCompare(b.slice(b.lastIndexOf('/'))));
    const named = new Set();
    const steps = [];
    for (const f of entryFiles) {
      const text = git(ref, 'show', `aios-ledger:${f}`);
      const first = [...new Set(text.match(/\b[0-9a-f]{40}\b/g) ?? [])].filter(
        (id) => objects.has(id) && !named.has(id),
      );
      for (const id of first) named.add(id);
      if (first.length) steps.push(first.map((id) => objects.get(id)));
      steps.push([f]);
    }
    const unnamed = [...objects].filter(([id]) => !named.has(id)).map(([, f]) => f);
    const durable = unnamed.length ? [unnamed, ...steps] : steps;
    const inputs = {
      durable,
      calls,
      argv: ['run', task, '--repo', ref, '--scripted', script, '--json'],
      globs: [...personaFront.writes, ...config.policy.protectedPaths],
      paths: scriptData.answers[persona].flatMap((answer) => answer.files.map((f) => f.path)),
      entries: ledgerFiles.length,
      // The context index's runtime and grammars, as dist/ ships them; the task's words to search.
      wasm: {
        runtime: join(root, 'dist', 'grammars', 'tree-sitter.wasm'),
        grammars: Object.fromEntries(
          [
            ['php', 'php'],
            ['phtml', 'php'],
            ['inc', 'php'],
            ['js', 'javascript'],
            ['mjs', 'javascript'],
            ['cjs', 'javascript'],
            ['jsx', 'javascript'],
            ['ts', 'typescript'],
            ['mts', 'typescript'],
            ['cts', 'typescript'],
            ['tsx', 'tsx'],
            ['css', 'css'],
          ].map(([ext, lang]) => [ext, join(root, 'dist', 'grammars', `tree-sitter-${lang}.wasm`)]),
        ),
      },
      terms: [
        ...new Set(
          (frontMatter(await readFile(task, 'utf8')).match(/title:\s*(.*)/)?.[1] ?? 'post')
            .toLowerCase()
            .match(/[a-z]{3,}/g) ?? ['post'],
        ),
      ],
      yaml: [
        await readFile(
          existsSync(repoConfig) ? repoConfig : join(root, 'defaults', 'aios.yml'),
          'utf8',
        ),
        frontMatter(await readFile(join(root, 'personas', `${persona}.md`), 'utf8')),
        await readFile(script, 'utf8'),
        frontMatter(await readFile(task, 'utf8')),
      ],
      markdown: scriptData.answers[persona]
        .flatMap((answer) => answer.files)
        .filter((f) => f.path.endsWith('.md'))
        .map((f) => f.content),
    };
    const inputsFile = join(base, 'floor-inputs.json');
    await writeFile(inputsFile, JSON.stringify(inputs));
    const VARIANTS = {
      git: {
        FLOOR_YAML: 'false',
        FLOOR_LINT: 'false',
        FLOOR_CLI: 'false',
        FLOOR_DURABLE: 'false',
        FLOOR_INDEX: 'false',
      },
      parse: {
        FLOOR_YAML: 'true',
        FLOOR_LINT: 'false',
        FLOOR_CLI: 'false',
        FLOOR_DURABLE: 'false',
        FLOOR_INDEX: 'false',
      },
      libraries: {
        FLOOR_YAML: 'true',
        FLOOR_LINT: 'true',
        FLOOR_CLI: 'false',
        FLOOR_DURABLE: 'false',
        FLOOR_INDEX: 'false',
      },
      run: {
        FLOOR_YAML: 'true',
        FLOOR_LINT: 'true',
        FLOOR_CLI: 'true',
        FLOOR_DURABLE: 'false',
        FLOOR_INDEX: 'false',
      },
      durable: {
        FLOOR_YAML: 'true',
        FLOOR_LINT: 'true',
        FLOOR_CLI: 'true',
        FLOOR_DURABLE: 'true',
        FLOOR_INDEX: 'false',
      },
      indexed: {
        FLOOR_YAML: 'true',
        FLOOR_LINT: 'true',
        FLOOR_CLI: 'true',
        FLOOR_DURABLE: 'true',
        FLOOR_INDEX: 'true',
      },
    };
    const floors = {};
    // Inside the repository, so the checker packages (external, as in dist/) resolve from its
    // node_modules exactly as dist/'s chunks resolve them.
    const floorDir = join(root, 'bench', '.tmp', `floors-${process.pid}`);
    await mkdir(floorDir, { recursive: true });
    cleanups.push(() => rm(floorDir, { recursive: true, force: true }));
    for (const [variant, define] of Object.entries(VARIANTS)) {
      floors[variant] = join(floorDir, `floor-${variant}.mjs`);
      await build({
        ...bundleOptions,
        absWorkingDir: root,
        entryPoints: [join(root, 'bench', 'floor-task.mjs')],
        outfile: floors[variant],
        define,
      });
      // Warm the compile cache for each floor as the reference run warmed it for aios.
      const warm = await freshRepo(base, `warm-${variant}`);
      timeProcess(node, [floors[variant], warm, payload, inputsFile]);
    }

    const aios = [];
    const plain = [];
    const floorTimes = { git: [], parse: [], libraries: [], run: [], durable: [], indexed: [] };
    for (let i = 0; i < RUNS; i++) {
      // Interleave so drift in machine load hits every side alike.
      const a = await freshRepo(base, `a${i}`);
      aios.push(timeProcess(node, [bin, 'run', task, '--repo', a, '--scripted', script, '--json']));
      const b = await freshRepo(base, `b${i}`);
      plain.push(timeProcess('bash', [baselineScript, b]));
      for (const variant of Object.keys(VARIANTS)) {
        const f = await freshRepo(base, `${variant}${i}`);
        floorTimes[variant].push(timeProcess(node, [floors[variant], f, payload, inputsFile]));
      }
    }
    const m = median(aios);
    const bm = median(plain);
    const fm = median(floorTimes.indexed);
    const ratio = round(m / fm);
    const durableFloor = median(floorTimes.durable);
    const runFloor = median(floorTimes.run);
    const baseline = 'same files, 2 plain git commits (bash)';
    const floor = (metric, values) => ({
      metric,
      unit: 'ms',
      median: round(median(values), 1),
      baseline,
      baselineMedian: round(bm, 1),
      ratio: round(median(values) / bm),
      target: 'floor (no target)',
      runs: RUNS,
    });
    return writeResults('run-overhead', 'npm run bench -- run-overhead', [
      {
        // AIOS's own share: against a process that loads the libraries run loads, parses the
        // same inputs and makes the same commits, with no AIOS code (bench/floor-task.mjs).
        metric:
          '`aios run` blog-post task, scripted model (2 attempts + the reviewer call, 2 commits)',
        unit: 'ms',
        median: round(m, 1),
        baseline:
          'floor: the libraries run loads (the context index’s too), same inputs, same commits, each ledger file written durably once, no AIOS code',
        baselineMedian: round(fm, 1),
        ratio,
        target: '≤ 1.25× the floor',
        met: ratio <= 1.25,
        runs: RUNS,
      },
      {
        // The same against the floor before the context index's libraries joined it (issue
        // 16's index: node:sqlite and web-tree-sitter over the repository's files).
        metric: '`aios run` blog-post task, against the floor without the context index',
        unit: 'ms',
        median: round(m, 1),
        baseline:
          'floor: as the headline floor, without node:sqlite and web-tree-sitter indexing the same files',
        baselineMedian: round(durableFloor, 1),
        ratio: round(m / durableFloor),
        target: 'none (the figure before the index joined the floor)',
        runs: RUNS,
      },
      {
        // The same against the floor before durable writes joined it (issue 11's crash-safe
        // record is work the plain commits never did), so that share stays visible.
        metric: '`aios run` blog-post task, against the floor without durable ledger writes',
        unit: 'ms',
        median: round(m, 1),
        baseline: 'floor: the libraries run loads, same inputs, same commits, no AIOS code',
        baselineMedian: round(runFloor, 1),
        ratio: round(m / runFloor),
        target: 'none (the figure before the durable floor)',
        runs: RUNS,
      },
      {
        metric: '`aios run` blog-post task, against plain git (the former figure)',
        unit: 'ms',
        median: round(m, 1),
        baseline,
        baselineMedian: round(bm, 1),
        ratio: round(m / bm),
        target: 'none (Node with zod and yaml alone is ≈ 4×)',
        runs: RUNS,
      },
      floor('floor: Node running the same git commands (no AIOS code)', floorTimes.git),
      floor(
        'floor: Node + zod and yaml, the same 4 YAML inputs and the 3 answers parsed and validated, same git commands (no AIOS code)',
        floorTimes.parse,
      ),
      floor(
        "floor: as above + markdownlint and the editorial gate's checkers (unified/retext, English dictionary, the British one where the US one finds unknown words) on the same 2 attempts (no AIOS code)",
        floorTimes.libraries,
      ),
      floor(
        'floor: as above + commander, picomatch, ulid, picocolors, yocto-spinner: every library run loads (no AIOS code)',
        floorTimes.run,
      ),
      floor(
        'floor: as above + each ledger entry and copied prompt object written durably once (temp, fsync, rename, folder fsync), as a crash-safe record must (no AIOS code)',
        floorTimes.durable,
      ),
      floor(
        'floor: as above + the context index’s libraries over the same files (node:sqlite with an FTS5 table, web-tree-sitter with each code file’s grammar; every file read, code parsed and walked, one search; no AIOS code)',
        floorTimes.indexed,
      ),
    ]);
  } finally {
    for (const cleanup of cleanups) await cleanup();
    await rm(base, { recursive: true, force: true });
  }
}
