/**
 * runTask over the port fakes (memory ledger, forge and workspace, scripted providers) with the
 * shipped config, personas and gates: what each path records, asks and delivers. The
 * end-to-end tests run the same paths over git, the local servers and the real adapters.
 */
import { describe, expect, it } from 'vitest';
import { readTaskMarker } from '../../src/core/hidden-marker.js';
import { ModelError } from '../../src/core/errors.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { answerJson } from '../support/fake-provider.js';
import {
  expectChained,
  issueTask,
  pipelineOverFakes,
  shippedWritingGates,
} from '../support/pipeline-fakes.js';

const POST = '# Launch\n\nWe launched a new site today.\n';
const blog = () => issueTask(['aios', 'blog']);

describe('runTask over the port fakes', () => {
  it('plans, works, gates and delivers, recording each step in one chain', async () => {
    const w = await pipelineOverFakes([
      { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      // The writing kind's reviewer persona reads the work once the deterministic gates pass.
      { text: answerJson({ files: [] }) },
    ]);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;

    const entries = w.ledger.all();
    const gateIds = await shippedWritingGates(w.config);
    expect(gateIds.slice(0, 2)).toEqual(['write-policy', 'markdown-lint']);
    // The author's call, the reviewer's call when the shipped gates name it (it runs while the
    // gates run, so its attempt comes before the verdicts), then one verdict per gate.
    const reviewerCalls = gateIds.includes('reviewer') ? ['attempt'] : [];
    expect(entries.map((e) => e.event)).toEqual([
      'planned',
      'attempt',
      ...reviewerCalls,
      ...gateIds.map(() => 'gate'),
      'delivered',
    ]);
    expectChained(entries);
    expect(entries.every((e) => e.task === 'acme/site#7' && e.rule.id === 'writing-in-voice')).toBe(
      true,
    );
    const [, attempt] = entries;
    const [policy, lint] = entries.filter((e) => e.event === 'gate');
    if (reviewerCalls.length > 0) {
      // A second persona reviews: never the author reading its own work.
      const review = entries[2];
      expect(review?.event).toBe('attempt');
      expect(review?.actor).toMatchObject({ type: 'model' });
      expect(review?.actor.type === 'model' && review.actor.persona).not.toBe('editor');
    }
    const delivered = entries.at(-1);
    expect(entries.filter((e) => e.event === 'gate').map((e) => e.data.gate)).toEqual(gateIds);
    expect(entries.every((e) => e.event !== 'gate' || e.data.pass)).toBe(true);
    expect(attempt).toMatchObject({
      event: 'attempt',
      actor: { type: 'model', persona: 'editor', tier: 'premium', scripted: false },
      usage: { inputTokens: 100, outputTokens: 50 },
      data: { attempt: 1, call: 1, purpose: 'work', outcome: 'ok', decision: 'done' },
    });
    expect(policy).toMatchObject({ data: { gate: 'write-policy', pass: true, attempt: 1 } });
    expect(lint).toMatchObject({ data: { gate: 'markdown-lint', pass: true, attempt: 1 } });
    expect(delivered).toMatchObject({
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      data: {
        branch: 'aios/acme.site.7',
        commit: outcome.delivery.commit,
        files: ['posts/launch.md'],
        attempts: 1,
        totalMicros: outcome.cost.actualMicros,
      },
    });
    expect(outcome.cost.calls).toBe(1 + reviewerCalls.length);
    expect(outcome.cost.actualMicros).toBeGreaterThan(0); // premium tokens at API prices

    expect(w.forge.filesOn('aios/acme.site.7')?.get('posts/launch.md')).toBe(POST);
    const [pr] = [...w.forge.pulls.values()];
    expect(readTaskMarker(pr?.body)).toBe('acme/site#7');
    expect(w.forge.questions).toEqual([]);
  });

  it('asks at plan when no rule fits, and records the question without a plan', async () => {
    const w = await pipelineOverFakes([]);
    const outcome = await runTask(issueTask(['aios']), w.deps);
    expect(outcome).toMatchObject({ status: 'asked', stage: 'plan' });
    const entries = w.ledger.all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      event: 'asked',
      actor: { type: 'system', component: 'router' },
      rule: { id: 'none' },
      work: { kind: 'unclassified' },
      data: { stage: 'plan' },
    });
    expect(w.forge.questions).toHaveLength(1);
    expect(w.forge.questions[0]).toMatchObject({ stage: 'plan' });
    expect(w.forge.branches.has('aios/acme.site.7')).toBe(false);
  });

  it('sends work back with the gate’s findings and delivers the attempt that passes', async () => {
    const w = await pipelineOverFakes([
      // markdown-lint: no top-level heading first
      {
        text: answerJson({ files: [{ path: 'posts/launch.md', content: 'Launch\n\n\n\nText\n' }] }),
      },
      { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      // The reviewer reads only the attempt that passed the deterministic gates.
      { text: answerJson({ files: [] }) },
    ]);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    const gates = w.ledger.all().filter((e) => e.event === 'gate');
    const gateIds = await shippedWritingGates(w.config);
    expect(gates.map((g) => [g.data.attempt, g.data.gate, g.data.pass])).toEqual([
      // The reviewer reads only work that passed every deterministic gate: no verdict for 1.
      ...gateIds.filter((id) => id !== 'reviewer').map((id) => [1, id, id !== 'markdown-lint']),
      ...gateIds.map((id) => [2, id, true]),
    ]);
    // The second prompt carries the first attempt's error findings.
    const provider = [...w.providers.values()][0];
    const second = JSON.stringify(provider?.requests[1]?.messages);
    const lintGate = gates[gateIds.indexOf('markdown-lint')];
    const finding = lintGate?.event === 'gate' ? lintGate.data.findings[0] : undefined;
    expect(finding).toBeDefined();
    expect(second).toContain(finding?.rule ?? '?');
    expectChained(w.ledger.all());
  });

  it('asks a person instead of shipping when the gates still fail after the last attempt', async () => {
    const bad = {
      text: answerJson({ files: [{ path: 'posts/launch.md', content: 'x\n\n\n\ny\n' }] }),
    };
    const w = await pipelineOverFakes([bad, bad]);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome).toMatchObject({ status: 'asked', stage: 'gate' });
    const last = w.ledger.all().at(-1);
    expect(last).toMatchObject({
      event: 'asked',
      actor: { type: 'system', component: 'pipeline' },
      data: { stage: 'gate' },
    });
    expect(w.forge.questions[0]).toMatchObject({ stage: 'gate' });
    expect(w.forge.questions[0]?.reason).toContain('after 2 attempt(s)');
    expect(w.forge.branches.has('aios/acme.site.7')).toBe(false);
  });

  it('records a decline and asks how to route it', async () => {
    const w = await pipelineOverFakes([
      {
        text: answerJson({
          decision: 'decline',
          files: [],
          declineReason: 'This is code work, not writing.',
        }),
      },
    ]);
    const outcome = await runTask(blog(), w.deps);
    // The reason matches none of the editor's written declines, so no handoff: a person routes it.
    expect(outcome).toMatchObject({
      status: 'asked',
      stage: 'work',
      reason: 'The editor persona declined: This is code work, not writing.',
    });
    expect(w.ledger.all().map((e) => e.event)).toEqual(['planned', 'attempt', 'declined', 'asked']);
    expect(w.ledger.all()[2]).toMatchObject({
      event: 'declined',
      data: { persona: 'editor', reason: 'This is code work, not writing.' },
    });
    expect(w.ledger.all().at(-1)).toMatchObject({
      event: 'asked',
      actor: { type: 'system', component: 'handoff' },
      data: {
        stage: 'work',
        reason: 'The editor persona declined: This is code work, not writing.',
      },
    });
    expect([...w.providers.values()].map((p) => p.requests.length)).toEqual([1]);
    expect(w.forge.questions[0]).toMatchObject({
      stage: 'work',
      reason: 'The editor persona declined: This is code work, not writing.',
    });
  });

  it('asks when the persona is not confident enough, with the persona’s questions', async () => {
    const w = await pipelineOverFakes([
      { text: answerJson({ confidence: 0.2, questions: ['Which launch?'] }) },
    ]);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome).toMatchObject({ status: 'asked', stage: 'work', questions: ['Which launch?'] });
    expect(w.ledger.all().at(-1)).toMatchObject({
      event: 'asked',
      data: { stage: 'work', confidence: 0.2, questions: ['Which launch?'] },
    });
  });

  it('records a model failure as failed at work, with its error class, and delivers nothing', async () => {
    const error = new ModelError('the model is not there', { errorClass: 'not-found' });
    const w = await pipelineOverFakes([{ error }, { error }, { error }, { error }]);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(w.ledger.all().at(-1)).toMatchObject({
      event: 'failed',
      actor: { type: 'system', component: 'pipeline' },
      data: { stage: 'work', errorClass: 'not-found' },
    });
    expect(w.forge.branches.has('aios/acme.site.7')).toBe(false);
    expectChained(w.ledger.all());
  });
});
