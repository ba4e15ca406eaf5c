// `aios ledger report` over a generated ledger of 100,000 entries in a git repository, timed
// as a whole process (the built CLI) against `git cat-file --batch` reading the same blobs raw
// in the same run (the I/O floor). Then 1,000,000 entries once, for time and memory: the
// report streams, so its memory must not grow with the entry count.
// BENCH_RUNS=N repetitions (default 5); BENCH_SKIP_1M=1 skips the million.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLedger } from './ledger-generate.mjs';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const node = process.execPath;
const bin = join(root, 'bin', 'aios.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Run a command; return wall ms and the peak RSS (MB) of the largest process in it. */
function measure(command, args, options = {}) {
  const wrapped = TIME ? [TIME, ['-f', '%M', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const r = spawnSync(wrapped[0], wrapped[1], { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = TIME ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, treeMb: kb / 1024, stderr: r.stderr };
}

/** The report as a whole process; the aios process reports its own peak RSS as it exits. */
function report(repo, hook) {
  const m = measure(
    node,
    ['--import', hook, bin, 'ledger', 'report', '--repo', repo, '--by', 'tier'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const own = /aios-maxrss (\d+)/.exec(m.stderr);
  return { ...m, ownMb: own ? Number(own[1]) / 1024 : NaN };
}

/** The floor: git cat-file --batch (buffered) reading the same blobs, output thrown away. */
function floor(repo, ids) {
  const input = openSync(ids, 'r');
  try {
    return measure('git', ['cat-file', '--batch', '--buffer'], {
      cwd: repo,
      stdio: [input, 'ignore', 'pipe'],
    });
  } finally {
    closeSync(input);
  }
}

async function ledgerOf(base, count) {
  const repo = join(base, `ledger-${count}`);
  const started = Date.now();
  const written = await generateLedger(repo, count);
  console.log(`  generated ${written} entries in ${Date.now() - started} ms`);
  const ids = join(base, `ids-${count}.txt`);
  const ls = spawnSync(
    'git',
    ['ls-tree', '-r', '--format=%(objectname)', 'aios-ledger', '--', 'ledger/'],
    { cwd: repo, maxBuffer: 1 << 30 },
  );
  if (ls.status !== 0) throw new Error(`ls-tree: ${ls.stderr}`);
  writeFileSync(ids, ls.stdout);
  return { repo, ids, written };
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-report-'));
  const hook = join(base, 'maxrss.mjs');
  writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write(`aios-maxrss ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  try {
    const small = await ledgerOf(base, 100_000);
    report(small.repo, hook); // warm the page cache and the compile cache
    floor(small.repo, small.ids);
    const aios = [];
    const raw = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleave so drift in machine load hits both sides alike.
      aios.push(report(small.repo, hook));
      raw.push(floor(small.repo, small.ids));
    }
    const m = median(aios.map((x) => x.ms));
    const bm = median(raw.map((x) => x.ms));
    const rss = median(aios.map((x) => x.ownMb));
    const tree = median(aios.map((x) => x.treeMb));
    const rawRss = median(raw.map((x) => x.treeMb));
    const figures = [
      {
        metric: `\`aios ledger report\` over ${small.written.toLocaleString('en-US')} entries (whole process)`,
        unit: 'ms',
        median: round(m, 1),
        baseline: 'git cat-file --batch, same blobs raw',
        baselineMedian: round(bm, 1),
        ratio: round(m / bm),
        target: '≤ 2 s and ≤ 2× the floor',
        met: m <= 2000 && m / bm <= 2,
        runs: RUNS,
      },
      {
        metric: `peak RSS of the aios process, ${small.written.toLocaleString('en-US')} entries`,
        unit: 'MB',
        median: round(rss, 1),
        baseline: 'git cat-file --batch peak RSS',
        baselineMedian: round(rawRss, 1),
        ratio: round(rss / rawRss),
        target: '≤ 256 MB',
        met: rss <= 256,
        largestGitChildMb: round(tree, 1),
        runs: RUNS,
      },
    ];
    if (!process.env.BENCH_SKIP_1M) {
      const big = await ledgerOf(base, 1_000_000);
      const r = report(big.repo, hook);
      const f = floor(big.repo, big.ids);
      figures.push(
        {
          metric: `\`aios ledger report\` over ${big.written.toLocaleString('en-US')} entries (whole process)`,
          unit: 'ms',
          median: round(r.ms, 1),
          baseline: 'git cat-file --batch, same blobs raw',
          baselineMedian: round(f.ms, 1),
          ratio: round(r.ms / f.ms),
          target: 'report the time (no target)',
          runs: 1,
        },
        {
          metric: `peak RSS of the aios process, ${big.written.toLocaleString('en-US')} entries`,
          unit: 'MB',
          median: round(r.ownMb, 1),
          baseline: `the same at ${small.written.toLocaleString('en-US')} entries`,
          baselineMedian: round(rss, 1),
          ratio: round(r.ownMb / rss),
          target: '≤ 256 MB and flat (≤ 1.25× the 100k figure)',
          met: r.ownMb <= 256 && r.ownMb / rss <= 1.25,
          largestGitChildMb: round(r.treeMb, 1),
          runs: 1,
        },
      );
    }
    return writeResults('ledger-report', 'npm run bench -- ledger-report', figures);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
