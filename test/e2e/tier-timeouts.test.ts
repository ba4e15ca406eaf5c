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
  TIMEOUTS,
  type Harness,
} from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const TIER_LINE = `timeouts: { connectMs: ${TIMEOUTS.connectMs}, firstTokenMs: ${TIMEOUTS.firstTokenMs}, totalMs: ${TIMEOUTS.totalMs} }`;

/** Give the flat tier (the second tier in the harness config) its own timeouts. */
function flatTimeouts(t: { connectMs: number; firstTokenMs: number; totalMs: number }) {
  return (yaml: string): string => {
    const flat = yaml.indexOf('  flat:\n');
    const at = yaml.indexOf(TIER_LINE, flat);
    return `${yaml.slice(0, at)}timeouts: { connectMs: ${t.connectMs}, firstTokenMs: ${t.firstTokenMs}, totalMs: ${t.totalMs} }${yaml.slice(at + TIER_LINE.length)}`;
  };
}

describe('tier timeouts', () => {
  it('reach every provider call of the tier, the fallback model’s included', async () => {
    const flat = { connectMs: 250, firstTokenMs: 350, totalMs: 700 };
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
    const totalMs = 400;
    const stallOpenAi = { content: answer(), chunkSize: 4, chunkDelayMs: 10_000 };
    const stallOllama = { content: answer(), chunkSize: 4, chunkDelayMs: 10_000 };
    h.script({
      openai: [stallOpenAi, stallOpenAi, stallOpenAi],
      ollama: [stallOllama, stallOllama, stallOllama],
    });
    const before = h.counts();
    const run = await h.run('timeouts-stall', ['flat'], {
      edit: flatTimeouts({ connectMs: 200, firstTokenMs: 300, totalMs }),
    });
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
      expect(a.usage.durationMs).toBeLessThan(totalMs + 300);
    }
    // Six calls of at most totalMs each, plus the pipeline's own work: nothing waited longer.
    expect(run.ms).toBeLessThan(6 * totalMs + 1_500);
    expect(run.entries.at(-1)).toMatchObject({ event: 'failed', data: { errorClass: 'timeout' } });
  });
});
