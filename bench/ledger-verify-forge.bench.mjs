// `aios ledger verify --forge` for 1,000 tasks against the local GitHub server (one PR per
// task, approved, merged/closed/open in turn; its OpenAPI checks on, as in the tests): wall
// time of verify with the forge cross-check, against verify of the same ledger without it,
// measured alternately in the same run. Reported, no target (the issue asks for the figure).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, root, round, writeResults } from './lib.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function run() {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'bench', 'ledger-verify-forge-world.ts'), String(TASKS), String(RUNS)],
    { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`ledger-verify-forge world failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout.trim().split('\n').at(-1));
  const forge = median(m.forge);
  const plain = median(m.plain);
  return writeResults('ledger-verify-forge', 'npm run bench -- ledger-verify-forge', [
    {
      metric: `ledger verify --forge, ${TASKS} tasks (${m.entries} entries, ${m.requests} GitHub requests)`,
      unit: 'ms',
      median: round(forge, 1),
      baseline: 'ledger verify of the same ledger without --forge',
      baselineMedian: round(plain, 1),
      ratio: round(forge / plain),
      target: 'report the time (issue 11)',
      runs: RUNS,
    },
  ]);
}
