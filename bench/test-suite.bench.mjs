// Issue 9's test step: the whole `npm test` suite (vitest run, every file) on this machine,
// wall and CPU of the whole process tree that /usr/bin/time waits for (vitest, its workers, the
// git and CLI processes they start; Chromium's page processes that outlive their parent are
// not counted, so CPU is a floor). Target: ≤ 60 s wall. Baseline: a bare `node -e 0` in the
// same run (the figure is absolute; the ratio only keeps the table's shape). BENCH_RUNS
// (default 1: each run is a whole suite).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, root, round, timeProcess, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const TIME = '/usr/bin/time';

function suite() {
  const r = spawnSync(
    TIME,
    [
      '-f',
      'aios-time %e %U %S',
      process.execPath,
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 28 },
  );
  const m = /aios-time (\S+) (\S+) (\S+)/.exec(r.stderr);
  if (r.status !== 0 || !m)
    throw new Error(`the suite failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(-3000)}`);
  return { ms: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
}

export async function run() {
  const runs = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeProcess(process.execPath, ['-e', '0']));
    runs.push(suite());
  }
  const wall = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const bm = median(bare);
  return writeResults('test-suite', 'npm run bench -- test-suite', [
    {
      metric: 'npm test (vitest run, every test file), wall',
      unit: 'ms',
      median: round(wall, 0),
      baseline: 'node -e 0',
      baselineMedian: round(bm, 1),
      ratio: round(wall / bm, 0),
      target: '≤ 60 s',
      met: wall <= 60_000,
      runs: RUNS,
    },
    {
      metric: 'npm test, CPU (user + system of the process tree waited for)',
      unit: 'ms',
      median: round(cpu, 0),
      baseline: 'node -e 0',
      baselineMedian: round(bm, 1),
      ratio: round(cpu / bm, 0),
      target: 'report (two cores: ≤ ~110 s of CPU to fit 60 s)',
      runs: RUNS,
    },
  ]);
}
