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
  /** The model id and provider-side name the provider was built with. */
  readonly identity: { readonly modelId: string; readonly model: string };
  /** Faults on the wire, for providers that have one (HTTP adapters). */
  readonly wire?: WireFaults | undefined;
}

/** How an HTTP adapter's fixture scripts faults on the wire. */
export interface WireFaults {
  /** The next answer's connection is destroyed after a few chunks. */
  cutMidAnswer(): void;
  /** The next answer ends cleanly without its finishing chunk; the error message says so with this. */
  endEarly(): void;
  readonly endEarlyMessage: string;
  /** The next answer carries the server's error line/event with this message after a few chunks. */
  streamError(message: string): void;
  /** The next answer trickles for longer than any test waits. */
  slow(): void;
  /** A provider whose server has gone away, and that server's URL. */
  deadProvider(): Promise<{ provider: ModelProvider; url: string }>;
}

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
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
    it('declares the spec version, its kind, its model id and name, and an endpoint', () => {
      const f = setup();
      const p = f.provider();
      expect(p.specificationVersion).toBe(MODEL_SPEC_VERSION);
      expect(p.specificationVersion).toBe('aios-model-v1');
      expect(p.provider).toBe(kind);
      expect(p.modelId).toBe(f.identity.modelId);
      expect(p.model).toBe(f.identity.model);
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

    // Only the HTTP adapters have a wire; the scripted provider has none to fault.
    if (setup().wire !== undefined)
      describe('on the wire', () => {
        const margin = 1_000;

        it('maps a stream cut mid-answer to connection, retryable', async () => {
          const f = setup();
          f.wire!.cutMidAnswer();
          const seen: number[] = [];
          const error = await failure(
            f.provider().chat(contractRequest({ onProgress: (n) => seen.push(n) })),
          );
          expect(error.errorClass).toBe('connection');
          expect(error.retryable).toBe(true);
          expect(seen.length).toBeGreaterThan(0);
        });

        it('maps a stream that ends without finishing to connection, retryable', async () => {
          const f = setup();
          f.wire!.endEarly();
          const error = await failure(f.provider().chat(contractRequest()));
          expect(error.errorClass).toBe('connection');
          expect(error.retryable).toBe(true);
          expect(error.message).toContain(f.wire!.endEarlyMessage);
        });

        it('maps an error inside the stream to server, retryable, with the server’s words', async () => {
          const f = setup();
          f.wire!.streamError('CUDA error: out of memory');
          const error = await failure(f.provider().chat(contractRequest()));
          expect(error.errorClass).toBe('server');
          expect(error.retryable).toBe(true);
          expect(error.message).toContain('CUDA error: out of memory');
        });

        it('maps the caller aborting mid-call to cancelled, not retryable, promptly', async () => {
          const f = setup();
          f.wire!.slow();
          const controller = new AbortController();
          setTimeout(() => controller.abort(), 200);
          const started = performance.now();
          const error = await failure(
            f.provider().chat(contractRequest({ signal: controller.signal })),
          );
          expect(error.errorClass).toBe('cancelled');
          expect(error.retryable).toBe(false);
          expect(performance.now() - started).toBeLessThan(200 + margin);
        });

        it('maps a refused connection to connection, retryable, with a hint naming the URL', async () => {
          const { provider, url } = await setup().wire!.deadProvider();
          const error = await failure(provider.chat(contractRequest()));
          expect(error.errorClass).toBe('connection');
          expect(error.retryable).toBe(true);
          expect(error.message).toContain('ECONNREFUSED');
          expect(error.hint).toContain(url);
        });
      });
  });
}
