// `aios route replay` over a generated ledger of 100,000 entries (half of each rule's tasks on
// another model, so the cells have alternatives to replay), timed as a whole process (the
// built CLI, --json) against `git cat-file --batch` reading the same blobs raw in the same run
// (the I/O floor), interleaved. Target: ≤ 3 s (issue 15). BENCH_RUNS=N repetitions (default 5).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLedger } from './ledger-generate.mjs';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(root, 'bin', 'aios.js');

function timed(command, args, options) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const replay = (repo) =>
  timed(process.execPath, [bin, 'route', 'replay', '--repo', repo, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function floor(repo, ids) {
  const input = openSync(ids, 'r');
  try {
    return timed('git', ['cat-file', '--batch', '--buffer'], {
      cwd: repo,
      stdio: [input, 'ignore', 'pipe'],
    });
  } finally {
    closeSync(input);
  }
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-replay-'));
  try {
    const repo = join(base, 'ledger');
    const written = await generateLedger(repo, 100_000, { mixModels: true });
    const ids = join(base, 'ids.txt');
    const ls = spawnSync(
      'git',
      ['ls-tree', '-r', '--format=%(objectname)', 'aios-ledger', '--', 'ledger/'],
      { cwd: repo, maxBuffer: 1 << 30 },
    );
    if (ls.status !== 0) throw new Error(`ls-tree: ${ls.stderr}`);
    writeFileSync(ids, ls.stdout);
    // Warm the page cache and the compile cache; check the replay did replay.
    const first = JSON.parse(replay(repo).stdout);
    if (first.replayedTasks === 0) throw new Error('the replay replayed no task');
    floor(repo, ids);
    const aios = [];
    const raw = [];
    // The machine's load, said beside the figure: on a shared machine it moves both sides.
    const loadBefore = loadavg()[0];
    for (let i = 0; i < RUNS; i++) {
      aios.push(replay(repo).ms);
      raw.push(floor(repo, ids).ms);
    }
    const m = median(aios);
    const bm = median(raw);
    return writeResults('route-replay', 'npm run bench -- route-replay', [
      {
        metric: `\`aios route replay\` over ${written.toLocaleString('en-US')} entries (whole process; ${first.replayedTasks.toLocaleString('en-US')} tasks replayed)`,
        unit: 'ms',
        median: round(m, 1),
        baseline: 'git cat-file --batch, same blobs raw',
        baselineMedian: round(bm, 1),
        ratio: round(m / bm),
        target: '≤ 3 s',
        met: m <= 3000,
        runs: RUNS,
        loadAverage1m: [round(loadBefore, 1), round(loadavg()[0], 1)],
        cores: availableParallelism(),
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
