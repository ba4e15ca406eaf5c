/**
 * The classifier call on the GitHub path, end to end: the intake job (app/github-job.ts, real
 * adapters) asks the `classify:` model, here the local Ollama-protocol server, when the labels
 * leave the kind open; the call is an `attempt` with purpose `classify` on the ledger, and the
 * work runs under the kind it named. Driven by the published `issues.labeled` example.
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

const BODY = 'Please go through the copy of the home page and list what reads badly.';

function labeledAiosOnly() {
  const p = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender: 'ann',
  });
  p.issue.title = 'Home page copy';
  p.issue.body = BODY;
  const [aios] = p.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  p.issue.labels = [aios];
  p.repository.default_branch = 'main';
  return p;
}

describe('the classifier on GitHub runs', () => {
  it('intake asks the classify model, records the call, and the work runs under its kind', async () => {
    world = await startGitHubWorld({
      configEdit: (text) => `${text}\nclassify: { model: local-llama, minConfidence: 0.7 }\n`,
    });
    const w = world;
    w.github.addIssue({ title: 'Home page copy', body: BODY, user: 'ann', labels: ['aios'] });
    // The classifier's answer, then the content auditor's work.
    w.ollama.enqueue({
      content: answer({ summary: 'content-audit', confidence: 0.92, files: [] }),
    });
    w.ollama.enqueue({
      content: answer({ files: [{ path: 'audits/home.md', content: '# Audit\n\nFine.\n' }] }),
    });
    const dir = await w.newArtifactDir();
    const intake = await w.job('intake', 'issues', labeledAiosOnly(), dir);
    expect(intake.code).toBe(0);
    expect(intake.outputs.decision).toBe('work');
    await w.job('work', 'issues', labeledAiosOnly(), dir);
    const deliver = await w.job('deliver', 'issues', labeledAiosOnly(), dir);
    expect(deliver.outputs.outcome).toBe('delivered');

    const entries = (await w.ledger()).filter((e) => e.task === 'acme/site#1');
    const [first, planned] = entries;
    expect(first).toMatchObject({
      event: 'attempt',
      rule: { id: 'classify' },
      actor: { modelId: 'local-llama' },
      data: { purpose: 'classify', outcome: 'ok' },
    });
    expect(planned).toMatchObject({
      event: 'planned',
      work: { kind: 'content-audit' },
      data: { classified: { kind: 'classifier', confidence: 0.92 } },
    });
    // The classifier's prompt carried the issue text as data.
    expect(JSON.stringify(w.ollama.chatRequests[0])).toContain('list what reads badly');
  });
});
