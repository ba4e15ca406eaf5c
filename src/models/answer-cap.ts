/**
 * Bounds on what a streamed answer may hold, so a runaway or hostile server cannot balloon the
 * process: the answer text is capped in characters as it arrives, and the raw response body in
 * bytes (which also bounds a single enormous line the client's stream parser would buffer).
 * Both caps follow the call's output cap, so a longer allowed answer gets a proportionally
 * larger allowance and no honest answer comes near them.
 */
import { ModelError } from '../core/errors.js';

/** Characters an output token is allowed on average before the answer counts as oversize. */
const CHARS_PER_OUTPUT_TOKEN = 32;
/**
 * Wire bytes an output token may take, by protocol: an OpenAI SSE chunk per token carries about
 * 250 bytes of JSON (id, model, fingerprint, obfuscation padding), an Ollama NDJSON line about
 * 130 (model, created_at, message). Twice that, so no honest stream comes near the cap.
 */
export const WIRE_BYTES_PER_TOKEN = { openai: 512, ollama: 256 } as const;
const MIN_ANSWER_CHARS = 64 * 1024;
const MIN_BODY_BYTES = 1024 * 1024;

/** The most characters an answer capped at `maxOutputTokens` tokens may have. */
export function answerCharCap(maxOutputTokens: number | undefined): number {
  return Math.max(MIN_ANSWER_CHARS, (maxOutputTokens ?? 16_384) * CHARS_PER_OUTPUT_TOKEN);
}

/** The most bytes the response body of such a call may have. */
export function bodyByteCap(
  maxOutputTokens: number | undefined,
  protocol: keyof typeof WIRE_BYTES_PER_TOKEN,
): number {
  return Math.max(MIN_BODY_BYTES, (maxOutputTokens ?? 16_384) * WIRE_BYTES_PER_TOKEN[protocol]);
}

/** The named error for an answer past its cap. */
export function tooLargeError(where: string, what: string, cap: number): ModelError {
  return new ModelError(
    `${where}: the answer passed the size cap of ${cap.toLocaleString('en-US')} ${what} while streaming; the call was stopped`,
    { errorClass: 'too-large' },
    {
      retryable: false,
      hint: 'The server sent far more than the output cap allows; check the model and server (request.maxOutputTokens sets the cap).',
    },
  );
}

/** Thrown inside a response body stream that passed its byte cap; the provider maps it. */
export class BodyTooLarge extends Error {
  constructor(readonly cap: number) {
    super(`response body passed ${cap} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** Whether `error` (or its cause chain) is a BodyTooLarge, and its cap. */
export function bodyTooLarge(error: unknown, depth = 0): BodyTooLarge | undefined {
  if (error instanceof BodyTooLarge) return error;
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  return bodyTooLarge((error as { cause?: unknown }).cause, depth + 1);
}

/**
 * fetch whose response bodies error with BodyTooLarge past `maxBytes`; the reader stops pulling,
 * so what was received is garbage-collected as it is parsed and never accumulates.
 */
export function capResponseBody(base: typeof fetch, maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body) return response;
    let seen = 0;
    const reader = response.body.getReader();
    // Pulled one read at a time (no queue of its own): one promise hop per chunk, the cheapest
    // wrapper (a TransformStream pipe costs more per call, see the provider-overhead benchmark).
    const counted = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          seen += value.byteLength;
          if (seen > maxBytes) {
            controller.error(new BodyTooLarge(maxBytes));
            await reader.cancel().catch(() => undefined);
            return;
          }
          controller.enqueue(value);
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
