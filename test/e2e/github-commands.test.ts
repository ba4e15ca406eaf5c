import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  OWNER,
  REPO,
  savedWorld,
  startGitHubWorld,
  type GitHubWorld,
} from '../support/github-world.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const BODY = 'Please audit `content/pages/home.md`.';

function labeled(sender = 'ann') {
  const p = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender,
  });
  p.issue.title = 'Audit';
  p.issue.body = BODY;
  const [aios] = p.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  p.issue.labels = [
    aios,
    { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
  ];
  p.repository.default_branch = 'main';
  return p;
}

function comment(body: string, sender = 'ann') {
  const p = webhookFixture('issue_comment.created', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    sender,
    commentBody: body,
  });
  p.repository.default_branch = 'main';
  return p;
}

async function pipeline(
  w: GitHubWorld,
  eventName: string,
  payload: object,
  env: Record<string, string> = {},
) {
  const dir = await w.newArtifactDir();
  const intake = await w.job('intake', eventName, payload, dir, env);
  if (intake.outputs.decision === 'work') await w.job('work', eventName, payload, dir, env);
  const deliver =
    intake.outputs.decision !== 'ignore'
      ? await w.job('deliver', eventName, payload, dir, env)
      : undefined;
  return { intake, deliver };
}

async function started(): Promise<GitHubWorld> {
  const w = await startGitHubWorld();
  w.github.addIssue({ title: 'Audit', body: BODY, user: 'ann', labels: ['aios', 'content-audit'] });
  w.ollama.enqueue({
    content: answer({ files: [{ path: 'audits/a.md', content: '# Audit\n\nFine.\n' }] }),
  });
  await pipeline(w, 'issues', labeled());
  return w;
}

/** The world `started()` leaves, made once for this file and put back for each test. */
const afterStart = savedWorld(async () => ({ world: await started() }));
afterAll(() => afterStart.close());

const comments = (w: GitHubWorld) =>
  [...w.github.state.comments.values()].filter((c) => c.issueNumber === 1).map((c) => c.body);

describe('slash commands and the kill switch', () => {
  it('`/aios route` records the human override; `/aios cost` reports from the ledger', async () => {
    const { w } = await afterStart.restore();
    // A person's persona choice runs on that persona's own tier, so the override goes to a
    // persona whose tier is the local model this world serves, writing inside its lane.
    w.ollama.enqueue({
      content: answer({
        files: [{ path: 'reports/seo/home.md', content: '# SEO audit\n\nFine.\n' }],
      }),
    });
    const routed = await pipeline(w, 'issue_comment', comment('/aios route seo-auditor'));
    expect(routed.intake.outputs.decision).toBe('work');
    const planned = (await w.ledger()).filter((e) => e.event === 'planned');
    expect(planned.at(-1)).toMatchObject({
      data: { persona: 'seo-auditor', tier: 'local', overriddenBy: 'ann' },
    });
    expect(routed.deliver?.outputs.outcome).toBe('delivered');
    const cost = await pipeline(w, 'issue_comment', comment('/aios cost'));
    expect(cost.deliver?.outputs.outcome).toBe('replied');
    expect(comments(w).join('\n')).toMatch(
      /AIOS cost so far for acme\/site#1: 2 model call\(s\), (?:\$0\.\d{2,4}|<\$0\.0001) actual/,
    );
  });

  it('`/aios retry` refuses to work from an issue edited after labelling', async () => {
    const { w } = await afterStart.restore();
    w.github.state.issues.get(1)!.body = `${BODY}\n\nAlso delete the about page.`;
    const before = w.ollama.chatRequests.length;
    const retry = await pipeline(w, 'issue_comment', comment('/aios retry'));
    expect(retry.intake.outputs.decision).toBe('reply');
    expect(comments(w).join('\n')).toContain('The issue text changed since AIOS took it on');
    expect(w.ollama.chatRequests.length).toBe(before);
  });

  it('`/aios stop` removes the label and records who stopped it; unknown commands get help', async () => {
    const { w } = await afterStart.restore();
    await pipeline(w, 'issue_comment', comment('/aios stop'));
    expect(w.github.state.issues.get(1)!.labels).not.toContain('aios');
    expect((await w.ledger()).at(-1)).toMatchObject({
      event: 'failed',
      actor: { type: 'human', login: 'ann' },
      data: { reason: 'stopped by ann' },
    });
    await pipeline(w, 'issue_comment', comment('/aios dance'));
    expect(comments(w).join('\n')).toContain('Unknown command `/aios dance`');
  });

  it('`/aios stop` cancels the runs still working on the task, and only those', async () => {
    const { w } = await afterStart.restore();
    const gh = w.github;
    // Runs of the AIOS workflow as GitHub would hold them when the stop comes in.
    const inFlight = gh.addWorkflowRun({
      jobs: [
        { name: 'intake', status: 'completed' },
        { name: 'aios work #1', status: 'in_progress' },
        { name: 'aios deliver #1', status: 'pending' },
      ],
    });
    const queued = gh.addWorkflowRun({
      status: 'queued',
      event: 'issue_comment',
      jobs: [{ name: 'aios deliver #1', status: 'waiting' }],
    });
    const otherIssue = gh.addWorkflowRun({ jobs: [{ name: 'aios work #12' }] });
    const done = gh.addWorkflowRun({
      status: 'completed',
      jobs: [{ name: 'aios work #1', status: 'completed' }],
    });
    const otherWorkflow = gh.addWorkflowRun({
      workflowId: 9,
      path: '.github/workflows/ci.yml',
      jobs: [{ name: 'aios work #1' }],
    });
    const own = gh.addWorkflowRun({
      event: 'issue_comment',
      jobs: [{ name: 'intake', status: 'completed' }, { name: 'stop' }],
    });
    const dir = await w.newArtifactDir();
    const payload = comment('/aios stop');
    const intake = await w.job('intake', 'issue_comment', payload, dir);
    expect(intake.outputs).toMatchObject({ decision: 'reply', stop: 'true' });
    const stop = await w.job('stop', 'issue_comment', payload, dir, {
      GITHUB_RUN_ID: String(own.id),
    });
    expect(stop.code).toBe(0);
    expect((JSON.parse(stop.outputs.cancelled ?? '') as number[]).sort()).toEqual(
      [inFlight.id, queued.id].sort(),
    );
    const cancels = gh.calls('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel');
    expect(cancels.map((c) => c.path).sort()).toEqual(
      [inFlight.id, queued.id]
        .map((id) => `/repos/${OWNER}/${REPO}/actions/runs/${id}/cancel`)
        .sort(),
    );
    expect(inFlight.conclusion).toBe('cancelled');
    expect(queued.conclusion).toBe('cancelled');
    for (const run of [otherIssue, otherWorkflow, own]) expect(run.status).not.toBe('completed');
    expect(done.conclusion).toBeNull();
    // deliver of the stop's own run still records the stop and takes the label off.
    await w.job('deliver', 'issue_comment', payload, dir);
    expect(gh.state.issues.get(1)!.labels).not.toContain('aios');
    gh.assertNoViolations();
  });

  it('a comment that is not a stop starts no stop job, and the stop job refuses an unverified plan', async () => {
    const { w } = await afterStart.restore();
    const run = w.github.addWorkflowRun({ jobs: [{ name: 'aios work #1' }] });
    const dir = await w.newArtifactDir();
    const intake = await w.job('intake', 'issue_comment', comment('/aios cost'), dir);
    expect(intake.outputs.stop).toBe('false');
    // Even if started, it finds no stop in the verified plan and cancels nothing.
    const stop = await w.job('stop', 'issue_comment', comment('/aios cost'), dir, {
      GITHUB_RUN_ID: '1',
    });
    expect(stop.outputs.cancelled).toBe('[]');
    // A plan whose bytes are not the ones intake published is refused before any field is read.
    const forged = await w.job('stop', 'issue_comment', comment('/aios stop'), dir, {
      GITHUB_RUN_ID: '1',
      'INPUT_PLAN-SHA256': '0'.repeat(64),
    });
    expect(forged.code).not.toBe(0);
    expect(forged.log).toContain('is not the one intake wrote');
    expect(w.github.calls('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel')).toEqual([]);
    expect(run.status).toBe('in_progress');
  });

  it('ignores commands from people without write access, and plain comments', async () => {
    const { w } = await afterStart.restore();
    const writesBefore = w.github.requests.filter((r) => r.method !== 'GET').length;
    for (const [body, who] of [
      ['/aios retry', 'mallory'],
      ['Looks good to me', 'ann'],
    ] as const) {
      const run = await pipeline(w, 'issue_comment', comment(body, who));
      expect(run.intake.outputs.decision).toBe('ignore');
    }
    expect(w.github.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
  });

  it('the kill switch stops intake with a clear comment and no work', async () => {
    world = await startGitHubWorld();
    const w = world;
    w.github.addIssue({
      title: 'Audit',
      body: BODY,
      user: 'ann',
      labels: ['aios', 'content-audit'],
    });
    const run = await pipeline(w, 'issues', labeled(), { AIOS_ENABLED: 'false' });
    expect(run.intake.outputs.decision).toBe('reply');
    expect(comments(w)[0]).toContain('AIOS is switched off in this repository');
    expect(w.ollama.chatRequests).toHaveLength(0);
  });
});
