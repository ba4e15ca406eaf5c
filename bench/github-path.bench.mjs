// Wall time of the whole GitHub path for one task (intake, work, deliver, each as the runner
// runs `node dist/action.js`) against the local GitHub and Ollama servers with a zero-latency
// model, split per job, against the same two git pushes done with plain git in the same run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

export async function run() {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'bench', 'github-path-world.ts'), String(RUNS)],
    { encoding: 'utf8', cwd: root },
  );
  if (r.status !== 0) throw new Error(`github-path world failed: ${r.stderr}`);
  const runs = JSON.parse(r.stdout.trim().split('\n').at(-1));
  const col = (k) => runs.map((x) => x[k]);
  const total = runs.map((x) => x.intake + x.work + x.deliver);
  const base = median(col('baseline'));
  const m = median(total);
  const figure = (metric, values, target, met) => ({
    metric,
    unit: 'ms',
    median: round(median(values), 1),
    baseline: 'the same 2 pushes with plain git',
    baselineMedian: round(base, 1),
    ratio: round(median(values) / base),
    target,
    ...(met === undefined ? {} : { met }),
    runs: RUNS,
  });
  return writeResults('github-path', 'npm run bench -- github-path', [
    figure(
      'GitHub path, one task: intake + work + deliver (AIOS part)',
      total,
      '≤ 2000 ms',
      m <= 2000,
    ),
    figure('  intake job (authorise, snapshot, plan)', col('intake'), '–'),
    figure('  work job (persona on a zero-latency model, gates)', col('work'), '–'),
    figure('  deliver job (push, draft PR, comment, ledger push)', col('deliver'), '–'),
  ]);
}
