// Overhead of `aios run` on one demo task (the blog post: two attempts, one sent back by the
// markdown gate) with a zero-latency model (the scripted provider), against the same files
// written and committed with plain git in two commits (the work on a branch, the ledger
// entries on the ledger branch), both timed as whole processes on fresh copies of the demo repo.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  try {
    const task = join(base, 'blog-post.md');
    await cp(join(root, 'examples', 'demo', 'tasks', 'blog-post.md'), task);

    // One reference run gives the exact files the baseline must write and commit.
    const ref = await freshRepo(base, 'ref');
    timeProcess(node, [bin, 'run', task, '--repo', ref, '--scripted', script, '--json']);
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

    const aios = [];
    const plain = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleave so drift in machine load hits both sides alike.
      const a = await freshRepo(base, `a${i}`);
      aios.push(timeProcess(node, [bin, 'run', task, '--repo', a, '--scripted', script, '--json']));
      const b = await freshRepo(base, `b${i}`);
      plain.push(timeProcess('bash', [baselineScript, b]));
    }
    const m = median(aios);
    const bm = median(plain);
    const ratio = round(m / bm);
    return writeResults('run-overhead', 'npm run bench -- run-overhead', [
      {
        metric: '`aios run` blog-post task, scripted model (2 attempts, 2 commits)',
        unit: 'ms',
        median: round(m, 1),
        baseline: 'same files, 2 plain git commits (bash)',
        baselineMedian: round(bm, 1),
        ratio,
        target: '≤ 3×',
        met: ratio <= 3,
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
