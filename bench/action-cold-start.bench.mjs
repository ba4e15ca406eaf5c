// Cold start of the bundled action entry (dist/action.js): the intake step for a real
// `issues: labeled` payload whose label is not AIOS's, so the step loads the bundle, parses the
// inputs, validates the event, checks the checkout is the default branch (as the workflow's
// checkout leaves it: HEAD at origin/main) and reads the config, then stops before any network call;
// against a bare `node -e 0` in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root, round, timeProcess, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-action-'));
  try {
    const examples = JSON.parse(
      await readFile(
        join(root, 'node_modules', '@octokit', 'webhooks-examples', 'api.github.com', 'index.json'),
        'utf8',
      ),
    );
    const issues = examples.find((e) => e.name === 'issues');
    const labeled = structuredClone(issues.examples.find((x) => x.action === 'labeled'));
    labeled.label = { ...labeled.label, name: 'bug' };
    labeled.repository.default_branch = 'main';
    // The workspace is what actions/checkout leaves: the default branch, with origin/main.
    const workspace = join(base, 'site');
    const git = (...args) => {
      const r = spawnSync('git', args, { cwd: base, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    };
    git('init', '--quiet', '--bare', '--initial-branch=main', 'origin.git');
    git('init', '--quiet', '--initial-branch=main', workspace);
    git(
      '-C',
      workspace,
      '-c',
      'user.name=Bench',
      '-c',
      'user.email=bench@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'initial',
    );
    git('-C', workspace, 'remote', 'add', 'origin', join(base, 'origin.git'));
    git('-C', workspace, 'push', '--quiet', 'origin', 'main');
    git('-C', workspace, 'fetch', '--quiet', 'origin');
    const event = join(base, 'event.json');
    await writeFile(event, JSON.stringify(labeled));
    const env = {
      ...process.env,
      INPUT_COMMAND: 'intake',
      'INPUT_GITHUB-TOKEN': 'unused',
      'INPUT_ARTIFACT-DIR': join(base, 'artifacts'),
      GITHUB_OUTPUT: join(base, 'output'),
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
    };
    const action = join(root, 'dist', 'action.js');
    const bare = [];
    const entry = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeProcess(process.execPath, ['-e', '0']));
      entry.push(timeProcess(process.execPath, [action], { env, cwd: workspace }));
    }
    const m = median(entry);
    const bm = median(bare);
    const added = round(m - bm, 1);
    return writeResults('action-cold-start', 'npm run bench -- action-cold-start', [
      {
        metric: 'dist/action.js intake step on a real issues.labeled payload (label not ours)',
        unit: 'ms',
        median: round(m, 1),
        baseline: 'node -e 0',
        baselineMedian: round(bm, 1),
        ratio: round(m / bm),
        added,
        target: '≤ 150 ms more than bare node',
        met: added <= 150,
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
