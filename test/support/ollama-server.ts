/**
 * A local stand-in for the Ollama server, speaking the wire protocol of Ollama's docs/api.md so
 * the real `ollama` npm client can be tested against it: POST /api/chat (NDJSON stream by
 * default, one JSON object with `stream: false`), GET /api/tags, POST /api/show, GET
 * /api/version. Answers come from a queue the test fills (or a handler), faults are injected per
 * call, and every request is recorded so tests can count calls and inspect what was sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface RecordedOllamaRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The raw body text. */
  readonly rawBody: string;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  readonly body: unknown;
}

/** What the server does for one /api/chat call: an answer, a fault, or both (a fault mid-answer). */
export interface OllamaReply {
  /** The answer text; split into chunks of `chunkSize` characters when streaming. */
  readonly content?: string;
  /** Explicit chunks (overrides `content` splitting). */
  readonly chunks?: readonly string[];
  /** Characters per streamed chunk when `chunks` is not given (default 4). */
  readonly chunkSize?: number;
  /** The model name to report (default: the one requested). */
  readonly model?: string;
  readonly promptTokens?: number;
  readonly evalTokens?: number;
  /** `done_reason` of the final chunk (default `stop`). */
  readonly doneReason?: string;
  /** Leave `prompt_eval_count` out of the final chunk, as Ollama does when the prompt was cached. */
  readonly omitPromptEvalCount?: boolean;

  /** Answer with this HTTP status and `{"error": error}` instead of a chat response. */
  readonly status?: number;
  readonly error?: string;
  /** Extra response headers (e.g. `retry-after` from a proxy in front of Ollama). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before sending the status line and headers. */
  readonly headersDelayMs?: number;
  /** After the headers, wait this long before the first chunk. */
  readonly firstChunkDelayMs?: number;
  /** Wait this long between chunks. */
  readonly chunkDelayMs?: number;
  /** Destroy the socket after this many content chunks (no final `done` chunk). */
  readonly cutAfterChunks?: number;
  /** End the response cleanly after this many content chunks, without a `done` chunk. */
  readonly endAfterChunks?: number;
  /** After this many content chunks, send `{"error": streamError}` and end (Ollama's mid-stream error). */
  readonly streamErrorAfterChunks?: number;
  readonly streamError?: string;
  /** Write this text as a line in place of the final `done` chunk (malformed wire JSON). */
  readonly malformedDoneLine?: string;
  /** Write this text as an extra line before the chunk with this index (malformed wire JSON). */
  readonly malformedLine?: { readonly beforeChunk: number; readonly text: string };
}

/** Decides the reply for a chat request when the queue is empty. */
export type OllamaHandler = (request: RecordedOllamaRequest) => OllamaReply | Promise<OllamaReply>;

export interface OllamaServerOptions {
  /** Models the server has pulled; chat with any other answers 404 as Ollama does. */
  readonly models?: readonly string[];
  readonly version?: string;
  /** The digest /api/tags reports for every model (default a fixed sha256). */
  readonly digest?: string;
}

/**
 * The window Ollama uses when a request sets no `options.num_ctx`: "By default, Ollama uses a
 * context window size of 4096 tokens" (Ollama docs/faq.md, "How can I specify the context
 * window size?"). A longer prompt is truncated from the start, silently to the client.
 */
export const OLLAMA_DEFAULT_NUM_CTX = 4096;

/**
 * llama.cpp's GBNF parser rejects a repetition bound at or above MAX_REPETITION_THRESHOLD (2000),
 * and JSON-Schema-to-grammar turns `maxLength: n` into `{0,n}` (ggml-org/llama.cpp PR #17381;
 * issues #25923, #26596: "failed to parse grammar"). Ollama's structured outputs go through it.
 */
export const GRAMMAR_MAX_REPETITION = 2000;

export interface OllamaTestServer {
  /** Base URL, e.g. `http://127.0.0.1:49152`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedOllamaRequest[];
  /** The /api/chat requests only. */
  readonly chatRequests: readonly RecordedOllamaRequest[];
  /** Prompts that did not fit their window (Ollama cut them silently), by estimated size. */
  readonly truncatedPrompts: readonly { promptTokens: number; numCtx: number }[];
  /** Queue replies for the next chat calls, in order. */
  enqueue(...replies: OllamaReply[]): void;
  /** Used when the queue is empty. */
  setHandler(handler: OllamaHandler | undefined): void;
  /** Save the recorded requests, the queue and the handler; the function returned puts them back. */
  snapshot(): () => void;
  close(): Promise<void>;
}

const DEFAULT_MODELS = ['llama3.1:8b'] as const;

/** Start a server on 127.0.0.1 with a free port. */
export async function startOllamaServer(
  options: OllamaServerOptions = {},
): Promise<OllamaTestServer> {
  const models = new Set(options.models ?? DEFAULT_MODELS);
  const digest = options.digest ?? DEFAULT_DIGEST;
  const version = options.version ?? '0.12.6';
  const requests: RecordedOllamaRequest[] = [];
  const truncatedPrompts: { promptTokens: number; numCtx: number }[] = [];
  const queue: OllamaReply[] = [];
  let handler: OllamaHandler | undefined;

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(parts).toString('utf8');
      const recorded: RecordedOllamaRequest = {
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://localhost').pathname,
        headers: req.headers,
        rawBody,
        body: parseJson(rawBody),
      };
      requests.push(recorded);
      route(recorded, res).catch((error: unknown) => {
        // A bug in the fake must fail the test loudly, not hang it.
        if (!res.headersSent) sendJson(res, 500, { error: `test server bug: ${String(error)}` });
        else res.destroy();
      });
    });
  });

  async function route(request: RecordedOllamaRequest, res: http.ServerResponse): Promise<void> {
    const key = `${request.method} ${request.path}`;
    switch (key) {
      case 'POST /api/chat':
        return chat(request, res);
      case 'GET /api/tags':
        return sendJson(res, 200, { models: [...models].map((m) => tagEntry(m, digest)) });
      case 'POST /api/show':
        return show(request, res);
      case 'POST /api/embed':
        return embed(request, res);
      case 'GET /api/version':
        return sendJson(res, 200, { version });
      case 'GET /':
      case 'HEAD /':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('Ollama is running');
      default:
        // Ollama (gin) answers unknown routes with a plain-text 404.
        res.writeHead(404, { 'content-type': 'text/plain' });
        return void res.end('404 page not found');
    }
  }

  function validate(
    request: RecordedOllamaRequest,
    res: http.ServerResponse,
  ): Record<string, unknown> | undefined {
    if (request.rawBody.trim() === '') {
      sendJson(res, 400, { error: 'missing request body' });
      return undefined;
    }
    const body = request.body;
    if (body === undefined) {
      sendJson(res, 400, { error: `invalid character looking for beginning of value` });
      return undefined;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendJson(res, 400, { error: 'json: cannot unmarshal into Go value of type api.ChatRequest' });
      return undefined;
    }
    const model = (body as Record<string, unknown>)['model'];
    if (typeof model !== 'string' || model === '') {
      sendJson(res, 400, { error: 'model is required' });
      return undefined;
    }
    return body as Record<string, unknown>;
  }

  /**
   * POST /api/embed (Ollama docs/api.md, "Generate Embeddings"): `model` (required) and `input`
   * (a string or a list of strings), optional `truncate`, `options`, `keep_alive`,
   * `dimensions`; the answer is `{ model, embeddings: [[…], …], total_duration, load_duration,
   * prompt_eval_count }`, one L2-normalised vector per input in order. An unknown model is a 404
   * `model "x" not found, try pulling it first`; an input that is neither is a 400. The vectors
   * here are a hashed bag of words (64 dimensions), so texts sharing words are near.
   */
  async function embed(request: RecordedOllamaRequest, res: http.ServerResponse): Promise<void> {
    const body = validate(request, res);
    if (!body) return;
    const model = body['model'] as string;
    if (!models.has(model))
      return sendJson(res, 404, { error: `model "${model}" not found, try pulling it first` });
    const input = body['input'];
    const inputs =
      typeof input === 'string'
        ? [input]
        : Array.isArray(input) && input.every((i) => typeof i === 'string')
          ? (input as string[])
          : undefined;
    if (!inputs)
      return sendJson(res, 400, {
        error: 'invalid input type: input must be a string or an array of strings',
      });
    const dimensions = typeof body['dimensions'] === 'number' ? body['dimensions'] : 64;
    sendJson(res, 200, {
      model,
      embeddings: inputs.map((text) => bagOfWords(text, dimensions)),
      total_duration: 1_000_000,
      load_duration: 100_000,
      prompt_eval_count: inputs.reduce((n, t) => n + Math.ceil(t.length / 4), 0),
    });
  }

  async function show(request: RecordedOllamaRequest, res: http.ServerResponse): Promise<void> {
    const body = validate(request, res);
    if (!body) return;
    const model = body['model'] as string;
    if (!models.has(model)) return sendJson(res, 404, { error: `model '${model}' not found` });
    sendJson(res, 200, {
      modelfile: `FROM ${model}`,
      parameters: 'temperature 0.8',
      template: '{{ .Prompt }}',
      details: details(),
      model_info: { 'general.architecture': 'llama', 'llama.context_length': 131072 },
      capabilities: ['completion'],
      modified_at: '2025-01-01T00:00:00Z',
    });
  }

  async function chat(request: RecordedOllamaRequest, res: http.ServerResponse): Promise<void> {
    const body = validate(request, res);
    if (!body) return;
    const messages = body['messages'];
    if (messages !== undefined && !Array.isArray(messages)) {
      return sendJson(res, 400, {
        error:
          'json: cannot unmarshal into Go struct field ChatRequest.messages of type []api.Message',
      });
    }
    const requested = body['model'] as string;
    if (models.has(requested) && (messages === undefined || messages.length === 0)) {
      // No messages just loads the model, answered as one JSON object even when streaming.
      return sendJson(res, 200, {
        model: requested,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: '' },
        done: true,
        done_reason: 'load',
      });
    }
    const reply = queue.shift() ?? (handler ? await handler(request) : undefined);
    const closed = watchClose(res);

    if (reply?.headersDelayMs) await sleep(reply.headersDelayMs, closed);
    if (closed.closed) return;

    if (reply?.status !== undefined) {
      return sendJson(
        res,
        reply.status,
        { error: reply.error ?? http.STATUS_CODES[reply.status] ?? 'error' },
        reply.headers,
      );
    }
    const bound = largeBound(body['format']);
    if (bound !== undefined) {
      return sendJson(res, 400, {
        error: `failed to parse grammar: number of repetitions exceeds sane defaults (${bound} >= ${GRAMMAR_MAX_REPETITION})`,
      });
    }
    if (!models.has(requested)) {
      return sendJson(res, 404, { error: `model "${requested}" not found, try pulling it first` });
    }
    if (!reply) {
      return sendJson(res, 500, { error: 'test server: no reply queued and no handler set' });
    }

    const model = reply.model ?? requested;
    const content = reply.content ?? '{}';
    let chunks = reply.chunks ?? split(content, reply.chunkSize ?? 4);
    const opts = (body['options'] ?? {}) as Record<string, unknown>;
    // num_predict: "Maximum number of tokens to predict" (docs/modelfile.md, Valid Parameters);
    // generation stops there with done_reason "length" (docs/api.md, chat response fields).
    let evalTokens = reply.evalTokens ?? chunks.length;
    let doneReason = reply.doneReason ?? 'stop';
    const numPredict = opts['num_predict'];
    if (typeof numPredict === 'number' && numPredict >= 0 && evalTokens > numPredict) {
      chunks = chunks.slice(0, Math.floor((chunks.length * numPredict) / evalTokens));
      evalTokens = numPredict;
      doneReason = 'length';
    }
    // num_ctx: the prompt beyond the window is cut (see OLLAMA_DEFAULT_NUM_CTX); the count the
    // server reports is what it kept. Prompt tokens here: 4 characters a token.
    const numCtx = typeof opts['num_ctx'] === 'number' ? opts['num_ctx'] : OLLAMA_DEFAULT_NUM_CTX;
    const promptChars = Array.isArray(messages)
      ? messages.reduce(
          (n: number, m: unknown) => n + String((m as { content?: unknown })?.content ?? '').length,
          0,
        )
      : 0;
    const promptTokens = reply.promptTokens ?? Math.min(26 + Math.ceil(promptChars / 4), numCtx);
    if (Math.ceil(promptChars / 4) > numCtx)
      truncatedPrompts.push({ promptTokens: Math.ceil(promptChars / 4), numCtx });
    const fullText = chunks.join('');
    const createdAt = () => new Date().toISOString();
    const final = {
      model,
      created_at: '',
      message: { role: 'assistant', content: '' },
      done: true,
      done_reason: doneReason,
      total_duration: 1_250_000_000,
      load_duration: 50_000_000,
      ...(reply.omitPromptEvalCount ? {} : { prompt_eval_count: promptTokens }),
      prompt_eval_duration: 130_000_000,
      eval_count: evalTokens,
      eval_duration: 1_000_000_000,
    };

    if (body['stream'] === false) {
      if (reply.firstChunkDelayMs) await sleep(reply.firstChunkDelayMs, closed);
      if (closed.closed) return;
      return sendJson(res, 200, {
        ...final,
        created_at: createdAt(),
        message: { role: 'assistant', content: fullText },
      });
    }

    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.flushHeaders();
    if (reply.firstChunkDelayMs) await sleep(reply.firstChunkDelayMs, closed);

    for (let i = 0; i < chunks.length; i++) {
      if (closed.closed) return;
      if (i > 0 && reply.chunkDelayMs) await sleep(reply.chunkDelayMs, closed);
      if (closed.closed) return;
      if (reply.cutAfterChunks === i) return void res.destroy();
      if (reply.endAfterChunks === i) return void res.end();
      if (reply.streamErrorAfterChunks === i) {
        return void res.end(
          `${JSON.stringify({ error: reply.streamError ?? 'an error was encountered while running the model' })}\n`,
        );
      }
      if (reply.malformedLine?.beforeChunk === i) await write(res, `${reply.malformedLine.text}\n`);
      // Awaiting each write lets a later cut land after these bytes reached the client.
      await write(
        res,
        `${JSON.stringify({ model, created_at: createdAt(), message: { role: 'assistant', content: chunks[i] }, done: false })}\n`,
      );
    }
    if (closed.closed) return;
    const n = chunks.length;
    if (reply.cutAfterChunks === n) return void res.destroy();
    if (reply.endAfterChunks === n) return void res.end();
    if (reply.streamErrorAfterChunks === n) {
      return void res.end(
        `${JSON.stringify({ error: reply.streamError ?? 'an error was encountered while running the model' })}\n`,
      );
    }
    if (reply.malformedDoneLine !== undefined) return void res.end(`${reply.malformedDoneLine}\n`);
    res.end(`${JSON.stringify({ ...final, created_at: createdAt() })}\n`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get chatRequests() {
      return requests.filter((r) => r.path === '/api/chat');
    },
    get truncatedPrompts() {
      return truncatedPrompts;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    setHandler(next) {
      handler = next;
    },
    snapshot() {
      const saved = {
        requests: [...requests],
        truncatedPrompts: [...truncatedPrompts],
        queue: [...queue],
        handler,
      };
      return () => {
        // Recorded requests are never edited in place, so the saved objects can be shared.
        requests.splice(0, requests.length, ...saved.requests);
        truncatedPrompts.splice(0, truncatedPrompts.length, ...saved.truncatedPrompts);
        queue.splice(0, queue.length, ...saved.queue);
        handler = saved.handler;
      };
    },
    close: () => closeServer(server),
  };
}

const DEFAULT_DIGEST = '46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e';

/** The first repetition bound in a `format` schema that grammar conversion refuses, if any. */
function largeBound(schema: unknown, depth = 0): number | undefined {
  if (typeof schema !== 'object' || schema === null || depth > 32) return undefined;
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (
      (key === 'maxLength' || key === 'minLength' || key === 'maxItems' || key === 'minItems') &&
      typeof value === 'number' &&
      value >= GRAMMAR_MAX_REPETITION
    )
      return value;
    const inner = largeBound(value, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function tagEntry(name: string, digest: string) {
  return {
    name,
    model: name,
    modified_at: '2025-01-01T00:00:00Z',
    size: 4_920_753_328,
    digest,
    details: details(),
  };
}

function details() {
  return {
    parent_model: '',
    format: 'gguf',
    family: 'llama',
    families: ['llama'],
    parameter_size: '8.0B',
    quantization_level: 'Q4_K_M',
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function split(text: string, size: number): string[] {
  if (text === '') return [''];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Write and wait until the bytes are handed to the socket (never rejects: a gone client is fine). */
export function write(res: http.ServerResponse, text: string): Promise<void> {
  return new Promise<void>((resolve) => {
    if (res.destroyed) return resolve();
    res.write(text, () => resolve());
  });
}

/** Gin's c.JSON: status, JSON body, `application/json; charset=utf-8`. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Tracks whether the client went away, so delays end early and nothing is written after. */
export interface CloseWatch {
  readonly closed: boolean;
  readonly promise: Promise<void>;
}

export function watchClose(res: http.ServerResponse): CloseWatch {
  let closed = false;
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const mark = () => {
    closed = true;
    resolve();
  };
  // 'close' fires when the response finished or the connection died; either way, stop writing.
  res.on('close', mark);
  return {
    get closed() {
      return closed || res.destroyed;
    },
    promise,
  };
}

/** Sleep that ends early when the client disconnects (so close() and aborts never wait on it). */
export function sleep(ms: number, watch?: CloseWatch): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void watch?.promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Close the server without waiting for clients: open sockets are destroyed. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A deterministic embedding: words hashed into `dims` buckets, L2-normalised. */
function bagOfWords(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w.length < 3) continue;
    let h = 2166136261;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619) >>> 0;
    v[h % dims] = (v[h % dims] ?? 0) + 1;
  }
  const norm = Math.sqrt(v.reduce((n, x) => n + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}
