import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  OWNER,
  REPO,
  savedWorld,
  startGitHubWorld,
  type GitHubWorld,
} from '../support/github-world.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

/**
 * Decline handoffs on the GitHub path (issue 14): the work job follows a decline to the persona
 * the handoff rules allow, and the deliver job re-derives each hop with its own config and
 * persona files before it delivers under the derived plan, refusing a hop the work job forged.
 */

let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const SEO = 'reports/seo/home.md';

function labeled() {
  const payload = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender: 'ann',
  });
  payload.repository.default_branch = 'main';
  payload.issue.title = 'Content audit of the home page';
  payload.issue.body = 'Audit `content/pages/home.md`.';
  const [aios] = payload.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  payload.issue.labels = [
    aios,
    { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
  ];
  return payload;
}

function reply(fields: Record<string, unknown>): string {
  return JSON.stringify({
    decision: 'done',
    confidence: 0.9,
    summary: 'Done.',
    files: [],
    questions: [],
    declineReason: null,
    suggestedPersona: null,
    ...fields,
  });
}

/** The content auditor declines and names the SEO auditor, who does the work. */
async function declinedThenDone(): Promise<{ w: GitHubWorld; dir: string }> {
  world = await startGitHubWorld();
  const w = world;
  w.github.addIssue({
    title: 'Content audit of the home page',
    body: 'Audit `content/pages/home.md`.',
    user: 'ann',
    labels: ['aios', 'content-audit'],
  });
  w.ollama.enqueue({
    content: reply({
      decision: 'decline',
      summary: 'Not mine.',
      declineReason: 'This is technical SEO: metadata and redirects.',
      suggestedPersona: 'seo-auditor',
    }),
  });
  w.ollama.enqueue({
    content: reply({
      summary: 'Checked the metadata.',
      files: [{ path: SEO, content: '# SEO\n\nTitles are fine.\n' }],
    }),
  });
  const dir = await w.newArtifactDir();
  expect((await w.job('intake', 'issues', labeled(), dir)).outputs.decision).toBe('work');
  const work = await w.job('work', 'issues', labeled(), dir);
  expect(work.outputs.status, work.log).toBe('accepted');
  return { w, dir };
}

/** `declinedThenDone()`'s world and artifacts, made once for this file and put back per test. */
const declined = savedWorld(async () => {
  const { w, dir } = await declinedThenDone();
  // Kept past the test that made it (afterEach closes `world`); closed after the file.
  world = undefined;
  return { world: w, artifactDir: dir };
});
afterAll(() => declined.close());

const workFile = (dir: string) => join(dir, 'work', 'work.json');

describe('decline handoffs on the GitHub path', () => {
  it('follows the decline to the suggested persona and delivers under the plan deliver derives', async () => {
    const { w, dir } = await declined.restore();
    const artifact = JSON.parse(await readFile(workFile(dir), 'utf8')) as {
      handoffs: unknown[];
      plan: { persona: string };
    };
    expect(artifact.handoffs).toEqual([
      {
        from: 'content-auditor',
        reason: 'This is technical SEO: metadata and redirects.',
        suggestedPersona: 'seo-auditor',
        to: 'seo-auditor',
      },
    ]);
    expect(artifact.plan.persona).toBe('seo-auditor');
    const deliver = await w.job('deliver', 'issues', labeled(), dir);
    expect(deliver.outputs.outcome, deliver.log).toBe('delivered');
    const tree = await simpleGit(w.origin).raw(['ls-tree', '-r', '--name-only', 'aios/issue-1']);
    expect(tree.split('\n')).toContain(SEO);
    const ledger = (await w.ledger()).filter((e) => e.task === `${OWNER}/${REPO}#1`);
    const events = ledger.map((e) => e.event);
    expect(events.filter((e) => e === 'planned')).toHaveLength(2);
    expect(events).toContain('declined');
    const hop = ledger.find((e) => e.event === 'planned' && e.data.hop);
    expect(hop).toMatchObject({
      actor: { type: 'system', component: 'handoff' },
      data: { persona: 'seo-auditor', hop: { n: 1, from: 'content-auditor' } },
    });
    expect(ledger.find((e) => e.event === 'delivered')?.data).toMatchObject({ files: [SEO] });
    w.github.assertNoViolations();
  });

  it('refuses a hop the handoff rules do not allow, though the work job names it', async () => {
    const { w, dir } = await declined.restore();
    const artifact = JSON.parse(await readFile(workFile(dir), 'utf8')) as {
      handoffs: { to: string; suggestedPersona?: string }[];
      plan: { persona: string; tier: string };
      outcome: { files: { path: string; content: string }[] };
    };
    // The work job moves the task to a persona no written handoff of the content auditor names
    // (one that may write plugin code), as if the model had suggested it, and writes there.
    artifact.handoffs[0]!.to = 'wp-plugin-developer';
    artifact.handoffs[0]!.suggestedPersona = 'wp-plugin-developer';
    artifact.plan.persona = 'wp-plugin-developer';
    artifact.outcome.files = [{ path: 'wp-content/plugins/x/x.php', content: '<?php\n' }];
    await writeFile(workFile(dir), JSON.stringify(artifact));
    const deliver = await w.job('deliver', 'issues', labeled(), dir);
    expect(deliver.outputs.outcome).toBe('failed');
    expect(deliver.log).toMatch(
      /handoff refused: handoff 1 \(content-auditor → wp-plugin-developer\): the handoff rules send it to seo-auditor/,
    );
    const heads = await simpleGit(w.origin).raw(['branch', '--list']);
    expect(heads).not.toContain('aios/issue-1');
    expect((await w.ledger()).some((e) => e.event === 'delivered')).toBe(false);
  });

  it('refuses a final plan that is not the one the hops lead to', async () => {
    const { w, dir } = await declined.restore();
    const artifact = JSON.parse(await readFile(workFile(dir), 'utf8')) as {
      plan: { persona: string };
    };
    artifact.plan.persona = 'editor';
    await writeFile(workFile(dir), JSON.stringify(artifact));
    const deliver = await w.job('deliver', 'issues', labeled(), dir);
    expect(deliver.outputs.outcome).toBe('failed');
    expect(deliver.log).toContain('the handoff rules give seo-auditor');
    expect((await w.ledger()).some((e) => e.event === 'delivered')).toBe(false);
  });

  it('refuses a handoff entry the work job wrote without reporting the hop', async () => {
    const { w, dir } = await declined.restore();
    const artifact = JSON.parse(await readFile(workFile(dir), 'utf8')) as Record<string, unknown>;
    delete artifact.handoffs;
    delete artifact.plan;
    await writeFile(workFile(dir), JSON.stringify(artifact));
    const deliver = await w.job('deliver', 'issues', labeled(), dir);
    expect(deliver.outputs.outcome).toBe('failed');
    expect(deliver.log).toContain('"planned" entry, which the work job may not write');
  });
});
