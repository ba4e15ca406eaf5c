// Runs the whole GitHub path for one task against the local GitHub and Ollama servers with a
// zero-latency model, each job as the runner runs it (`node dist/action.js` in a fresh
// checkout), and prints the per-job wall times as JSON. Used by github-path.bench.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { answer, OWNER, REPO, startGitHubWorld } from '../test/support/github-world.js';
import { removeTempDirs } from '../test/support/temp-repo.js';
import { webhookFixture, writeWebhookEvent } from '../test/support/webhook-fixtures.js';

const runs = Number(process.argv[2] ?? 5);

/** Run a child without blocking this process: the local servers answering it live here. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const root = new URL('..', import.meta.url).pathname;
const results: Record<string, number>[] = [];

/** One run of the path in its own temporary runner directory, which it removes. */
async function measureOnce(): Promise<Record<string, number>> {
  const w = await startGitHubWorld();
  const runner = await mkdtemp(join(tmpdir(), 'aios-bench-gh-'));
  try {
    return await measure(w, runner);
  } finally {
    // Every repository of the run goes, also when a job failed: the world's origin and
    // workspaces (removeTempDirs) and the runner's checkouts, artifacts and plain-git clone.
    await w.close();
    await removeTempDirs();
    await rm(runner, { recursive: true, force: true });
  }
}

async function measure(
  w: Awaited<ReturnType<typeof startGitHubWorld>>,
  runner: string,
): Promise<Record<string, number>> {
  w.github.checkSpec = false; // the spec check is test scaffolding, not part of what is measured
  w.github.addIssue({
    title: 'Audit',
    body: 'Audit `content/pages/home.md`.',
    user: 'ann',
    labels: ['aios', 'content-audit'],
  });
  w.ollama.enqueue({
    content: answer({ files: [{ path: 'audits/home.md', content: '# Audit\n\nFine.\n' }] }),
  });
  const payload = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender: 'ann',
  });
  payload.issue.title = 'Audit';
  payload.issue.body = 'Audit `content/pages/home.md`.';
  const [aios] = payload.issue.labels ?? [];
  if (aios)
    payload.issue.labels = [
      aios,
      { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
    ];
  payload.repository.default_branch = 'main';
  const eventPath = await writeWebhookEvent(runner, payload);
  const artifacts = join(runner, 'artifacts');
  const times: Record<string, number> = {};
  // intake's output plan-sha256, which the workflow passes to work and deliver.
  let planSha = '';
  for (const command of ['intake', 'work', 'deliver'] as const) {
    const workspace = join(runner, `ws-${command}`);
    await simpleGit().clone(w.origin, workspace); // actions/checkout's part, not timed
    const out = join(runner, `out-${command}`);
    await writeFile(out, '');
    const env = {
      ...process.env,
      GITHUB_API_URL: w.github.url,
      AIOS_GITHUB_RETRIES: '0',
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: out,
      RUNNER_TEMP: runner,
      INPUT_COMMAND: command,
      'INPUT_GITHUB-TOKEN': 'job-token',
      'INPUT_ARTIFACT-DIR': artifacts,
      'INPUT_PLAN-SHA256': planSha,
    };
    const started = process.hrtime.bigint();
    const r = await run(process.execPath, [join(root, 'dist', 'action.js')], env);
    times[command] = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stdout}\n${r.stderr}`);
    if (command === 'intake')
      planSha = /plan-sha256<<(\S+)\n([0-9a-f]{64})\n/.exec(await readFile(out, 'utf8'))?.[2] ?? '';
    if (command === 'deliver' && !(await readFile(out, 'utf8')).includes('delivered'))
      throw new Error(`deliver did not deliver: ${r.stdout}`);
  }

  // Baseline: the same two pushes with plain git (the work commit to the task branch, the
  // ledger entries to the ledger branch), from a fresh clone, in one bash process.
  const plain = join(runner, 'plain');
  await simpleGit().clone(w.origin, plain);
  const ledgerFiles = spawnSync('git', ['ls-tree', '-r', '--name-only', 'aios-ledger'], {
    cwd: w.origin,
    encoding: 'utf8',
  })
    .stdout.trim()
    .split('\n');
  const script = [
    'set -e',
    `cd ${plain}`,
    'git -c user.name=b -c user.email=b@b switch -q -c plain/issue-1',
    'mkdir -p audits && printf "# Audit\\n\\nFine.\\n" > audits/home.md',
    'git add -A && git -c user.name=b -c user.email=b@b commit -qm work && git push -q origin plain/issue-1',
    'git switch -q --orphan plain-ledger',
    ...ledgerFiles.map(
      (f) => `mkdir -p $(dirname ${f}) && git --git-dir=${w.origin} show aios-ledger:${f} > ${f}`,
    ),
    'git add ledger && git -c user.name=b -c user.email=b@b commit -qm ledger && git push -q origin plain-ledger',
  ].join('\n');
  const started = process.hrtime.bigint();
  const b = await run('bash', ['-c', script], process.env);
  times.baseline = Number(process.hrtime.bigint() - started) / 1e6;
  if (b.status !== 0) throw new Error(`baseline failed: ${b.stderr}`);
  return times;
}

for (let i = 0; i < runs; i++) results.push(await measureOnce());
process.stdout.write(`${JSON.stringify(results)}\n`);
