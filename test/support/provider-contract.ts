/**
 * The ModelProvider contract, one suite run against every implementation (Ollama, the
 * OpenAI-compatible adapter, scripted): what the gateway relies on from any provider.
 */
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import {
  MODEL_SPEC_VERSION,
  type ChatRequest,
  type ModelProvider,
} from '../../src/models/model-provider.js';

export interface ProviderFixture {
  /** The provider under test, answering what was last scripted. */
  provider(): ModelProvider;
  /** Script the next call's answer. */
  answer(text: string): void;
  /** Script the next call to fail (a server error, a missing script entry). */
  fail(): void;
  /** Requests that reached the backend so far (0 for in-process providers). */
  requests(): number;
}

export function contractRequest(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    messages: [
      { role: 'system', content: 'You are the contract persona.' },
      { role: 'user', content: 'Answer.' },
    ],
    schema: {
      type: 'object',
      properties: { ok: { type: 'boolean' } },
      required: ['ok'],
      additionalProperties: false,
    },
    schemaName: 'contract',
    timeouts: { connectMs: 2_000, firstTokenMs: 5_000, totalMs: 10_000 },
    persona: 'contract',
    attempt: 1,
    purpose: 'work',
    ...overrides,
  };
}

/** Define the contract's tests for one implementation. */
export function describeProviderContract(
  name: string,
  kind: ModelProvider['provider'],
  setup: () => ProviderFixture,
): void {
  describe(`ModelProvider contract: ${name}`, () => {
    it('declares the spec version, its kind, its model id and an endpoint', () => {
      const p = setup().provider();
      expect(p.specificationVersion).toBe(MODEL_SPEC_VERSION);
      expect(p.provider).toBe(kind);
      expect(p.modelId).toMatch(/\S/);
      expect(p.endpoint).toMatch(/\S/);
    });

    it('returns the answer text, whole-number usage, a duration and the model that answered', async () => {
      const f = setup();
      f.answer('{"ok":true}');
      const result = await f.provider().chat(contractRequest());
      expect(result.text).toBe('{"ok":true}');
      for (const n of Object.values(result.usage)) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      }
      expect(result.durationMs).toBeGreaterThanOrEqual(0);
      expect(result.model).toMatch(/\S/);
      expect(result.truncated ?? false).toBe(false);
    });

    it('reports progress in characters, ending at the answer length; a failing display is ignored', async () => {
      const f = setup();
      f.answer('{"ok":false}');
      const seen: number[] = [];
      const result = await f.provider().chat(
        contractRequest({
          onProgress: (chars) => {
            seen.push(chars);
            throw new Error('display broke');
          },
        }),
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen.at(-1)).toBe(result.text.length);
    });

    it('refuses a call whose signal is already aborted, without reaching the backend', async () => {
      const f = setup();
      const before = f.requests();
      const controller = new AbortController();
      controller.abort();
      const error = await f
        .provider()
        .chat(contractRequest({ signal: controller.signal }))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).errorClass).toBe('cancelled');
      expect((error as ModelError).retryable).toBe(false);
      expect(f.requests()).toBe(before);
    });

    it('fails with a ModelError that says whether a retry could help, never anything else', async () => {
      const f = setup();
      f.fail();
      const error = await f
        .provider()
        .chat(contractRequest())
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ModelError);
      expect(typeof (error as ModelError).retryable).toBe('boolean');
      expect((error as ModelError).errorClass).toMatch(/\S/);
    });
  });
}
