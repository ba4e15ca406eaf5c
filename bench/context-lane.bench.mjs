// `aios run` (blog-post demo task, scripted model) on the demo repository with 20,000 extra
// markdown files in the editor persona's lane (content/archive/), against the same run on the
// plain demo repository, both on fresh copies, timed as whole processes and interleaved.
// Two cases: cold (no index yet: the run builds it) and warm (the index already exists, as on
// every run after the first). Target: warm ≤ 1.5× the demo run (it was 17× before the index).
// `npm run bench -- context-lane`; BENCH_LANE_FILES / BENCH_RUNS scale it.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root, round, timeProcess, writeResults } from './lib.mjs';

const LANE = Number(process.env.BENCH_LANE_FILES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const node = process.execPath;
const bin = join(root, 'bin', 'aios.js');
const script = join(root, 'examples', 'demo', 'script.yml');

function git(cwd, args, input) {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function freshRepo(base, name, lane) {
  const dir = join(base, name);
  await cp(join(root, 'examples', 'demo', 'repo'), dir, { recursive: true });
  git(dir, ['init', '-q', '--initial-branch=main']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'user.email', 'bench@example.com']);
  git(dir, ['add', '.']);
  git(dir, ['commit', '-qm', 'site']);
  if (lane) {
    // The lane files in one fast-import commit on top (the work tree is not needed).
    const parts = [
      'commit refs/heads/main\ncommitter B <b@e> 1700000000 +0000\ndata 5\nlane\nfrom refs/heads/main^0\n',
    ];
    for (let i = 0; i < LANE; i++) {
      const text = `# Archive note ${i}\n\nOld announcement number ${i} about topic ${i % 97} and event ${i % 389}.\n${'Filler sentence for a page of ordinary length. '.repeat(8 + (i % 30))}\n`;
      parts.push(
        `M 100644 inline content/archive/${i % 100}/note-${i}.md\ndata ${Buffer.byteLength(text)}\n${text}\n`,
      );
    }
    git(dir, ['fast-import', '--quiet'], parts.join(''));
    git(dir, ['reset', '-q', '--hard', 'main']);
  }
  return dir;
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-lane-'));
  try {
    const task = join(root, 'examples', 'demo', 'tasks', 'blog-post.md');
    const args = (repo) => [bin, 'run', task, '--repo', repo, '--scripted', script, '--json'];
    // Warm the compile cache once.
    timeProcess(node, args(await freshRepo(base, 'warm', false)));
    const demo = [];
    const cold = [];
    const warm = [];
    const laneTemplate = await freshRepo(base, 'lane-template', true);
    for (let i = 0; i < RUNS; i++) {
      demo.push(timeProcess(node, args(await freshRepo(base, `demo-${i}`, false))));
      const c = join(base, `cold-${i}`);
      await cp(laneTemplate, c, { recursive: true });
      cold.push(timeProcess(node, args(c)));
      const w = join(base, `warm-${i}`);
      await cp(laneTemplate, w, { recursive: true });
      timeProcess(node, [bin, 'context', task, '--repo', w, '--json']); // builds the index
      warm.push(timeProcess(node, args(w)));
    }
    const d = median(demo);
    const fig = (metric, values, target, met) => ({
      metric,
      unit: 'ms',
      median: round(median(values), 1),
      baseline: '`aios run` on the demo repository',
      baselineMedian: round(d, 1),
      ratio: round(median(values) / d),
      target,
      ...(met === undefined ? {} : { met }),
      runs: RUNS,
    });
    return writeResults('context-lane', 'npm run bench -- context-lane', [
      fig(
        `\`aios run\` with ${LANE} files in the persona's lane, index already built`,
        warm,
        '≤ 1.5×',
        median(warm) / d <= 1.5,
      ),
      fig(
        `\`aios run\` with ${LANE} files in the persona's lane, first run (builds the index)`,
        cold,
        'report (no target)',
      ),
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
