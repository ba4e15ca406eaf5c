/**
 * The classifier call on the GitHub path: intake (read-only) asks the `classify:` model when
 * labels, form fields and paths leave the kind open, records the call as an `attempt` with
 * purpose `classify`, and plans by its answer; a failed call leaves the kind open and asks.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { ModelError } from '../../src/core/errors.js';
import { parseEvent } from '../../src/jobs/events.js';
import { intakeJob } from '../../src/jobs/intake-job.js';
import { FakeProvider, answerJson, type FakeStep } from '../support/fake-provider.js';
import { expectChained, pipelineOverFakes } from '../support/pipeline-fakes.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

/** `issues.labeled` for #7 carrying only the intake label: the kind is left to the text. */
function labeledAiosOnly() {
  const payload = webhookFixture('issues.labeled', {
    owner: 'acme',
    repo: 'site',
    number: 7,
    label: 'aios',
    sender: 'ann',
  });
  payload.issue.title = 'Write the launch post';
  payload.issue.body = 'Draft a short blog post about the launch for the news page.';
  const [template] = payload.issue.labels ?? [];
  if (!template) throw new Error('the fixture has no label to copy');
  payload.issue.labels = [{ ...template, name: 'aios' }];
  return parseEvent('issues', payload);
}

async function intakeWith(steps: FakeStep[]) {
  const w = await pipelineOverFakes([]);
  w.forge.permissions.set('ann', 'write');
  const text = await readFile(defaultConfigPath(), 'utf8');
  const config = parseConfig(
    `${text}\nclassify: { model: copilot-gpt, minConfidence: 0.7 }\n`,
    'aios.yml',
  );
  const provider = new FakeProvider('copilot-gpt', steps);
  const artifact = await intakeJob(labeledAiosOnly(), {
    forge: w.forge,
    config,
    ledger: w.ledger,
    personas: w.deps.personas,
    clock: w.clock,
    log: () => undefined,
    provider: async () => provider,
    sleep: async () => undefined,
  });
  return { artifact, entries: w.ledger.all(), provider };
}

describe('the classifier on GitHub runs (intake)', () => {
  it('asks the classifier when the labels name no kind, records the call, and plans by it', async () => {
    const { artifact, entries, provider } = await intakeWith([
      { text: answerJson({ summary: 'writing', confidence: 0.9, files: [] }) },
    ]);
    expect(artifact.decision).toBe('work');
    if (artifact.decision !== 'work') return;
    expect(artifact.plan).toMatchObject({
      kind: 'writing',
      classified: { kind: 'classifier', confidence: 0.9 },
    });
    expect(provider.requests).toHaveLength(1);
    expect(entries.map((e) => e.event)).toEqual(['attempt', 'planned']);
    expect(entries[0]).toMatchObject({
      event: 'attempt',
      rule: { id: 'classify' },
      actor: { modelId: 'copilot-gpt' },
      data: { purpose: 'classify', outcome: 'ok' },
    });
    expectChained(entries);
  });

  it('asks a person, with the call on record, when the classifier fails', async () => {
    const { artifact, entries } = await intakeWith([
      {
        error: new ModelError('model unreachable', { errorClass: 'server' }, { retryable: false }),
      },
    ]);
    expect(artifact).toMatchObject({ decision: 'reply', reply: { kind: 'ask', stage: 'plan' } });
    expect(artifact.decision === 'reply' && artifact.note).toMatch(/the classifier call failed/);
    expect(entries.map((e) => e.event)).toEqual(['attempt', 'asked']);
    expect(entries[0]).toMatchObject({ data: { purpose: 'classify', outcome: 'error' } });
  });
});
