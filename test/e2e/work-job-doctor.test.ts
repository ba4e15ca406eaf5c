/**
 * The work job runs `aios doctor` for the plan's models before its first model call, without
 * the doctor's own test call: the log shows each model's checks up front (a missing key, an
 * unreachable endpoint, an unpulled model), and the model server sees the doctor's read-only
 * requests before the first chat request and no chat request of the doctor's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  OWNER,
  REPO,
  startGitHubWorld,
  type GitHubWorld,
} from '../support/github-world.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const AUDIT_PATH = 'audits/2026-11-home.md';

/** A real issues.labeled payload for issue 1, carrying `aios` and the content-audit kind label. */
function labeled() {
  const payload = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender: 'ann',
  });
  payload.issue.title = 'Content audit of the home page';
  payload.issue.body = 'Please audit `content/pages/home.md` for small-business owners.';
  const [aios] = payload.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  payload.issue.labels = [
    aios,
    { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
  ];
  payload.repository.default_branch = 'main';
  return payload;
}

/** Intake, then work, as the workflow runs them; returns the work job's log lines. */
async function intakeAndWork(w: GitHubWorld) {
  w.github.addIssue({
    title: 'Content audit of the home page',
    body: 'Please audit `content/pages/home.md` for small-business owners.',
    user: 'ann',
    labels: ['aios', 'content-audit'],
  });
  const dir = await w.newArtifactDir();
  const intake = await w.job('intake', 'issues', labeled(), dir);
  expect(intake.code, intake.log).toBe(0);
  expect(intake.outputs.decision).toBe('work');
  const before = w.ollama.requests.length;
  const work = await w.job('work', 'issues', labeled(), dir);
  return { work, lines: work.log.split('\n'), requests: w.ollama.requests.slice(before) };
}

describe('the work job checks its models with `aios doctor` before the first call', () => {
  it('logs each plan model’s checks, reads the server first, and makes no call of its own', async () => {
    world = await startGitHubWorld();
    world.ollama.enqueue({
      content: answer({ files: [{ path: AUDIT_PATH, content: '# Audit\n\nJargon.\n' }] }),
      promptTokens: 700,
      evalTokens: 80,
    });
    const { work, lines, requests } = await intakeAndWork(world);
    expect(work.code, work.log).toBe(0);
    expect(work.outputs.status).toBe('accepted');

    // The doctor's report for the plan's one model, every check, before anyone starts working.
    const head = lines.findIndex((l) => l.includes('local-llama (ollama llama3.1:8b)'));
    const firstCall = lines.findIndex((l) => /working on local-llama \(attempt 1\)/.test(l));
    expect(head, work.log).toBeGreaterThanOrEqual(0);
    expect(firstCall, work.log).toBeGreaterThan(head);
    expect(lines[head]).toMatch(/^✔ /);
    const checks = lines.slice(head + 1, firstCall).join('\n');
    expect(checks).toMatch(/· key: Ollama needs no key/);
    expect(checks).toMatch(/✔ endpoint: http:\/\/127\.0\.0\.1:\d+\/api\/version answers \(200\)/);
    // Pulled, and unpinned (the world's config names no digest): a warning, not a failure.
    expect(checks).toMatch(/! pulled: llama3\.1:8b is pulled \(digest [0-9a-f]{64}\)/);
    expect(checks).toMatch(/✔ limits: window \d+ tokens/);
    expect(checks).toMatch(/· call: not asked for/);
    // Only the plan's models: the flat and premium seats are not checked (no key is needed).
    expect(work.log).not.toMatch(/copilot-gpt \(openai|premium-gpt \(openai/);

    // On the wire: the doctor's reads come first; then exactly the one chat call the ledger records.
    const firstChat = requests.findIndex((r) => r.path === '/api/chat');
    expect(firstChat).toBeGreaterThan(0);
    expect(requests.slice(0, firstChat).map((r) => r.path)).toContain('/api/tags');
    expect(
      requests.slice(0, firstChat).every((r) => r.method === 'GET' || r.path === '/api/show'),
    ).toBe(true);
    expect(requests.filter((r) => r.path === '/api/chat')).toHaveLength(1);
  });

  it('names a model that is not pulled before the first call, and the call then fails on it', async () => {
    // The config's local model is one the runner's Ollama does not have.
    world = await startGitHubWorld({
      configEdit: (yaml) => yaml.replace('model: llama3.1:8b', 'model: qwen2.5:7b'),
    });
    const { work, lines, requests } = await intakeAndWork(world);
    const head = lines.findIndex((l) => l.includes('local-llama (ollama qwen2.5:7b)'));
    const firstCall = lines.findIndex((l) => /working on local-llama/.test(l));
    expect(head, work.log).toBeGreaterThanOrEqual(0);
    expect(lines[head]).toMatch(/^✘ /);
    expect(firstCall, work.log).toBeGreaterThan(head);
    expect(lines.slice(head + 1, firstCall).join('\n')).toMatch(
      /✘ pulled: qwen2\.5:7b is not pulled on http:\/\/127\.0\.0\.1:\d+: run `ollama pull qwen2\.5:7b` there/,
    );
    // The doctor itself sent no chat request: every chat request is the pipeline's.
    const firstChat = requests.findIndex((r) => r.path === '/api/chat');
    expect(firstChat, 'the pipeline made its call').toBeGreaterThan(0);
    expect(requests.slice(0, firstChat).map((r) => r.path)).toContain('/api/tags');
    expect(work.outputs.status, work.log).toBe('failed');
  });
});
