/**
 * A tier's timeouts go from the config through runTask and the gateway to every provider call
 * (fallback models included: the timeouts belong to the tier, not the model), and no call,
 * however the server stalls, runs past totalMs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  callsOf,
  expectLedgerMatchesServers,
  modelsReceived,
  startHarness,
  type Harness,
} from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Timeouts = { connectMs: number; firstTokenMs: number; totalMs: number };
const tierLine = (t: Timeouts) =>
  `timeouts: { connectMs: ${t.connectMs}, firstTokenMs: ${t.firstTokenMs}, totalMs: ${t.totalMs} }`;

/** Give the flat tier (the second tier in the harness config) its own timeouts. */
function flatTimeouts(t: Timeouts) {
  return (yaml: string): string => {
    const line = tierLine(h.timeouts);
    const flat = yaml.indexOf('  flat:\n');
    const at = yaml.indexOf(line, flat);
    if (flat < 0 || at < 0) throw new Error('no flat tier timeouts in the harness config');
    return `${yaml.slice(0, at)}${tierLine(t)}${yaml.slice(at + line.length)}`;
  };
}

describe('tier timeouts', () => {
  it('reach every provider call of the tier, the fallback model’s included', async () => {
    // Each unlike the harness's own (TIMEOUTS at the same scale: 200, 300, 600).
    const flat = { connectMs: h.ms(250), firstTokenMs: h.ms(350), totalMs: h.ms(700) };
    h.script({
      openai: [
        { status: 500, error: { message: 'boom' } },
        { status: 500, error: { message: 'boom' } },
        { status: 500, error: { message: 'boom' } },
      ],
      ollama: [{ content: answer() }],
    });
    const run = await h.run('timeouts-reach', ['flat'], { edit: flatTimeouts(flat) });
    expect(run.outcome.status).toBe('delivered');
    expect(run.config.config.tiers['flat']?.timeouts).toEqual(flat);
    expect(run.providerCalls.map((c) => c.modelId)).toEqual([
      'copilot-gpt',
      'copilot-gpt',
      'copilot-gpt',
      'local-llama',
    ]);
    // local-llama runs under the flat tier's timeouts here, not the local tier's.
    for (const c of run.providerCalls) expect(c.timeouts).toEqual(flat);
  });

  it('end every call at totalMs when both servers stall mid-answer: the task fails cleanly, on time', async () => {
    const totalMs = h.ms(400);
    const edit = flatTimeouts({ connectMs: h.ms(200), firstTokenMs: h.ms(300), totalMs });
    // The pipeline's own work for the same six failed calls, each failing at once: the stalled
    // run may take six totalMs longer than this, and not more (on a loaded machine the git
    // work around the calls takes seconds, which a fixed slack cannot know).
    const refused = { status: 500, error: { message: 'boom' } };
    const ollamaDown = { status: 500, error: 'llama runner process has terminated' };
    h.script({ openai: [refused, refused, refused], ollama: [ollamaDown, ollamaDown, ollamaDown] });
    const quick = await h.run('timeouts-quick', ['flat'], { edit });
    expect(quick.attempts).toHaveLength(6);
    const stallOpenAi = { content: answer(), chunkSize: 4, chunkDelayMs: 10_000 };
    const stallOllama = { content: answer(), chunkSize: 4, chunkDelayMs: 10_000 };
    h.script({
      openai: [stallOpenAi, stallOpenAi, stallOpenAi],
      ollama: [stallOllama, stallOllama, stallOllama],
    });
    const before = h.counts();
    const run = await h.run('timeouts-stall', ['flat'], { edit });
    expectLedgerMatchesServers(run, {
      openai: modelsReceived(h.openai, before.openai),
      ollama: modelsReceived(h.ollama, before.ollama),
    });
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(callsOf(run)).toEqual([
      ...Array(3).fill(['copilot-gpt', 'error', 'timeout']),
      ...Array(3).fill(['local-llama', 'error', 'timeout']),
    ]);
    for (const a of run.attempts) {
      expect(a.data.error).toMatch(/total timeout/);
      expect(a.usage.durationMs).toBeGreaterThanOrEqual(totalMs - 20);
      expect(a.usage.durationMs).toBeLessThan(totalMs + h.ms(300));
    }
    // Six calls of at most totalMs each, plus the pipeline's own work: nothing waited longer.
    expect(run.ms).toBeLessThan(6 * totalMs + 2 * quick.ms + h.ms(1_500));
    expect(run.entries.at(-1)).toMatchObject({ event: 'failed', data: { errorClass: 'timeout' } });
  });

  it('holds each call to its own tier’s totalMs, not the longest tier’s', async () => {
    // The flat tier's totalMs is half the other tiers' (TIMEOUTS.totalMs, 600 at scale 1).
    const flatTotal = h.ms(300);
    const edit = flatTimeouts({
      connectMs: h.ms(200),
      firstTokenMs: h.ms(250),
      totalMs: flatTotal,
    });
    h.script({ openai: [{ content: answer() }] });
    const before = h.counts();
    const run = await h.run('timeouts-own-tier', ['flat'], { edit });
    const received = {
      openai: modelsReceived(h.openai, before.openai),
      ollama: modelsReceived(h.ollama, before.ollama),
    };
    expectLedgerMatchesServers(run, received);
    expect(run.attempts.map((a) => (a.actor.type === 'model' ? a.actor.tier : '?'))).toEqual([
      'flat',
    ]);
    // A flat call recorded as longer than the flat tier allows, yet within the longest tier's
    // totalMs: the check must catch it (checked against the longest tier, it passed).
    const slack = 400 * run.scale;
    const tooLong = flatTotal + slack + 1;
    expect(tooLong).toBeLessThanOrEqual(h.timeouts.totalMs + slack);
    const tampered = {
      ...run,
      attempts: run.attempts.map((a) => ({ ...a, usage: { ...a.usage, durationMs: tooLong } })),
    };
    expect(() => expectLedgerMatchesServers(tampered, received)).toThrow(/on tier flat/);
  });
});
