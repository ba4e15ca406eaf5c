/**
 * A local stand-in for an OpenAI-compatible chat completions endpoint, so the real `openai` npm
 * client can be tested against it. It answers POST `<basePath>/chat/completions` (basePath `/v1`
 * for OpenAI, `/inference` for GitHub Models, or whatever the test picks), non-streaming
 * (`chat.completion`) and streaming as server-sent events (`chat.completion.chunk`, a usage chunk
 * when `stream_options.include_usage`, then `data: [DONE]`). Error bodies use OpenAI's shape
 * `{"error": {"message", "type", "param", "code"}}`. Answers come from a queue (or a handler),
 * faults are injected per call, and every request is recorded, Authorization header included.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, sleep, watchClose, write } from './ollama-server.js';

export interface RecordedOpenAiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly authorization: string | undefined;
  readonly rawBody: string;
  readonly body: unknown;
}

/** OpenAI's error object. */
export interface OpenAiErrorBody {
  readonly message: string;
  readonly type?: string;
  readonly param?: string | null;
  readonly code?: string | null;
}

/** What the server does for one chat completions call. */
export interface OpenAiReply {
  /** The answer text; split into chunks of `chunkSize` characters when streaming. */
  readonly content?: string;
  readonly chunks?: readonly string[];
  readonly chunkSize?: number;
  /** Answer with a refusal instead of content (structured outputs). */
  readonly refusal?: string;
  /** The model to report (default: the one requested; OpenAI reports a dated snapshot). */
  readonly model?: string;
  readonly finishReason?: 'stop' | 'length' | 'content_filter' | 'tool_calls';
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly cachedTokens?: number;
  /** Leave the usage chunk out even when asked (some compatible servers do). */
  readonly omitUsage?: boolean;

  /** Answer with this status and an OpenAI error body. */
  readonly status?: number;
  readonly error?: OpenAiErrorBody;
  /** Extra response headers (e.g. `retry-after`, `retry-after-ms`, `x-should-retry`). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly headersDelayMs?: number;
  /** After the headers (and the initial role chunk), wait this long before the first content. */
  readonly firstChunkDelayMs?: number;
  readonly chunkDelayMs?: number;
  /** Send the initial `{"role": "assistant", "content": ""}` chunk right after the headers (default true). */
  readonly roleChunk?: boolean;
  /** Destroy the socket after this many content chunks. */
  readonly cutAfterChunks?: number;
  /** End the response cleanly after this many content chunks, with no finish chunk and no [DONE]. */
  readonly endAfterChunks?: number;
  /** After this many content chunks, send `data: {"error": ...}` and end. */
  readonly streamErrorAfterChunks?: number;
  readonly streamError?: OpenAiErrorBody;
  /** Send this text as an SSE data line before the content chunk with this index. */
  readonly malformedChunk?: { readonly beforeChunk: number; readonly data: string };
}

export type OpenAiHandler = (request: RecordedOpenAiRequest) => OpenAiReply | Promise<OpenAiReply>;

export interface OpenAiServerOptions {
  /** Path prefix before `/chat/completions` (default `/v1`). */
  readonly basePath?: string;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`, else 401 as OpenAI answers. */
  readonly apiKey?: string;
  /** When set, other models answer 404 `model_not_found`. */
  readonly models?: readonly string[];
  /** Reject strict json_schema response formats that OpenAI rejects (default true). */
  readonly checkStrictSchemas?: boolean;
  /**
   * Refuse the parameters OpenAI refuses by model family (default true): temperature other than
   * 1 and `max_tokens` for reasoning models, `reasoning_effort` for older chat models.
   */
  readonly checkModelParameters?: boolean;
}

/**
 * Reasoning models by name (the last path segment, so GitHub Models' `openai/gpt-5` counts):
 * the o-series and gpt-5 except its `-chat` snapshots. Source: the `openai` package's
 * `ChatCompletionCreateParamsBase` doc comments, generated from the OpenAI OpenAPI description
 * (`max_tokens` "is not compatible with o-series models"; `reasoning_effort` "for reasoning
 * models"), and the reasoning guide it links (reasoning models take only the default sampling).
 */
export function isReasoningModelName(model: string): boolean {
  const name = (model.split('/').pop() ?? model).toLowerCase();
  return /^o\d/.test(name) || (/^gpt-5/.test(name) && !/-chat/.test(name));
}

export interface OpenAiTestServer {
  /** The base URL to give the client, e.g. `http://127.0.0.1:49152/v1`. */
  readonly baseUrl: string;
  /** Origin only, e.g. `http://127.0.0.1:49152`. */
  readonly origin: string;
  readonly requests: readonly RecordedOpenAiRequest[];
  readonly chatRequests: readonly RecordedOpenAiRequest[];
  enqueue(...replies: OpenAiReply[]): void;
  setHandler(handler: OpenAiHandler | undefined): void;
  close(): Promise<void>;
}

/** Build an OpenAI-shaped error reply. */
export function openAiError(
  status: number,
  message: string,
  extra: Partial<Omit<OpenAiErrorBody, 'message'>> & { headers?: Record<string, string> } = {},
): OpenAiReply {
  const { headers, ...rest } = extra;
  return {
    status,
    error: {
      message,
      type: rest.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error'),
      param: rest.param ?? null,
      code: rest.code ?? null,
    },
    ...(headers ? { headers } : {}),
  };
}

const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

export async function startOpenAiServer(
  options: OpenAiServerOptions = {},
): Promise<OpenAiTestServer> {
  const basePath = (options.basePath ?? '/v1').replace(/\/+$/, '');
  const models = options.models ? new Set(options.models) : undefined;
  const checkStrict = options.checkStrictSchemas ?? true;
  const requests: RecordedOpenAiRequest[] = [];
  const queue: OpenAiReply[] = [];
  let handler: OpenAiHandler | undefined;
  let counter = 0;

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(parts).toString('utf8');
      const auth = req.headers.authorization;
      const recorded: RecordedOpenAiRequest = {
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://localhost').pathname,
        headers: req.headers,
        authorization: typeof auth === 'string' ? auth : undefined,
        rawBody,
        body: parseJson(rawBody),
      };
      requests.push(recorded);
      route(recorded, res).catch((error: unknown) => {
        if (!res.headersSent) sendError(res, 500, { message: `test server bug: ${String(error)}` });
        else res.destroy();
      });
    });
  });

  async function route(request: RecordedOpenAiRequest, res: http.ServerResponse): Promise<void> {
    if (request.method === 'POST' && request.path === `${basePath}/chat/completions`) {
      return chat(request, res);
    }
    if (request.method === 'GET' && request.path === `${basePath}/models`) {
      if (!authorized(request, res)) return;
      return sendJsonBody(res, 200, {
        object: 'list',
        data: [...(models ?? [])].map((id) => ({
          id,
          object: 'model',
          created: 1_700_000_000,
          owned_by: 'system',
        })),
      });
    }
    sendError(res, 404, {
      message: `Invalid URL (${request.method} ${request.path})`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  }

  function authorized(request: RecordedOpenAiRequest, res: http.ServerResponse): boolean {
    if (options.apiKey === undefined) return true;
    const auth = request.authorization;
    if (!auth || !auth.startsWith('Bearer ')) {
      sendError(res, 401, {
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      return false;
    }
    const key = auth.slice('Bearer '.length);
    if (key !== options.apiKey) {
      // OpenAI masks all but the ends of the key it was given.
      const masked =
        key.length > 8 ? `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}` : '***';
      sendError(res, 401, {
        message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      });
      return false;
    }
    return true;
  }

  /** The request checks OpenAI makes before any model runs. Returns the body, or undefined after answering. */
  function validate(
    request: RecordedOpenAiRequest,
    res: http.ServerResponse,
  ): Record<string, unknown> | undefined {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendError(res, 400, {
        message:
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      return undefined;
    }
    const b = body as Record<string, unknown>;
    if (typeof b['model'] !== 'string' || b['model'] === '') {
      sendError(res, 400, {
        message: 'you must provide a model parameter',
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      return undefined;
    }
    if (b['messages'] === undefined) {
      sendError(res, 400, {
        message: "Missing required parameter: 'messages'.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'missing_required_parameter',
      });
      return undefined;
    }
    if (!Array.isArray(b['messages']) || b['messages'].length === 0) {
      sendError(res, 400, {
        message:
          "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'empty_array',
      });
      return undefined;
    }
    if (b['stream_options'] !== undefined && b['stream_options'] !== null && b['stream'] !== true) {
      sendError(res, 400, {
        message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        type: 'invalid_request_error',
        param: 'stream_options',
        code: null,
      });
      return undefined;
    }
    if (options.checkModelParameters ?? true) {
      const problem = parameterProblem(b);
      if (problem) {
        sendError(res, 400, problem);
        return undefined;
      }
    }
    const format = b['response_format'] as Record<string, unknown> | undefined;
    if (format && format['type'] === 'json_schema') {
      const js = format['json_schema'] as Record<string, unknown> | undefined;
      const name = js?.['name'];
      if (typeof name !== 'string') {
        sendError(res, 400, {
          message: "Missing required parameter: 'response_format.json_schema.name'.",
          type: 'invalid_request_error',
          param: 'response_format.json_schema.name',
          code: 'missing_required_parameter',
        });
        return undefined;
      }
      if (!NAME_PATTERN.test(name) || name.length > 64) {
        sendError(res, 400, {
          message:
            "Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
          type: 'invalid_request_error',
          param: 'response_format.json_schema.name',
          code: 'invalid_value',
        });
        return undefined;
      }
      const problem =
        checkStrict && js?.['strict'] === true ? strictSchemaProblem(js['schema'], '') : undefined;
      if (problem) {
        sendError(res, 400, {
          message: `Invalid schema for response_format '${name}': ${problem}`,
          type: 'invalid_request_error',
          param: 'response_format',
          code: 'invalid_json_schema',
        });
        return undefined;
      }
    }
    return b;
  }

  async function chat(request: RecordedOpenAiRequest, res: http.ServerResponse): Promise<void> {
    if (!authorized(request, res)) return;
    const body = validate(request, res);
    if (!body) return;
    const requested = body['model'] as string;
    const reply = queue.shift() ?? (handler ? await handler(request) : undefined);
    const closed = watchClose(res);
    const extraHeaders = reply?.headers ?? {};

    if (reply?.headersDelayMs) await sleep(reply.headersDelayMs, closed);
    if (closed.closed) return;

    if (reply?.status !== undefined) {
      return sendError(
        res,
        reply.status,
        reply.error ?? { message: http.STATUS_CODES[reply.status] ?? 'error' },
        extraHeaders,
      );
    }
    if (models && !models.has(requested)) {
      return sendError(res, 404, {
        message: `The model \`${requested}\` does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      });
    }
    if (!reply) {
      return sendError(res, 500, {
        message: 'test server: no reply queued and no handler set',
        type: 'server_error',
      });
    }

    counter += 1;
    const id = `chatcmpl-test${String(counter).padStart(6, '0')}`;
    const created = Math.floor(Date.now() / 1000);
    const model = reply.model ?? requested;
    const content = reply.content ?? '{}';
    let chunks = reply.chunks ?? split(content, reply.chunkSize ?? 4);
    const promptTokens = reply.promptTokens ?? 20;
    let completionTokens = reply.completionTokens ?? chunks.length;
    // The output cap: generation stops at max_completion_tokens (or max_tokens) with
    // finish_reason `length` (OpenAPI description, `ChatCompletion.choices.finish_reason`:
    // "length if the maximum number of tokens specified in the request was reached").
    const cap = body['max_completion_tokens'] ?? body['max_tokens'];
    let capped = false;
    if (typeof cap === 'number' && completionTokens > cap) {
      chunks = chunks.slice(0, Math.floor((chunks.length * cap) / completionTokens));
      completionTokens = cap;
      capped = true;
    }
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: reply.cachedTokens ?? 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    };
    const finishReason = capped ? 'length' : (reply.finishReason ?? 'stop');
    const headers = {
      'x-request-id': `req_test${counter}`,
      'openai-processing-ms': '42',
      ...extraHeaders,
    };

    if (body['stream'] !== true) {
      if (reply.firstChunkDelayMs) await sleep(reply.firstChunkDelayMs, closed);
      if (closed.closed) return;
      return sendJsonBody(
        res,
        200,
        {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: reply.refusal === undefined ? chunks.join('') : null,
                refusal: reply.refusal ?? null,
                annotations: [],
              },
              logprobs: null,
              finish_reason: finishReason,
            },
          ],
          usage,
          service_tier: 'default',
          system_fingerprint: 'fp_test',
        },
        headers,
      );
    }

    const includeUsage =
      !reply.omitUsage &&
      (body['stream_options'] as Record<string, unknown> | undefined)?.['include_usage'] === true;
    const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      service_tier: 'default',
      system_fingerprint: 'fp_test',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...(includeUsage ? { usage: null } : {}),
    });
    const send = (data: unknown) =>
      write(res, `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    const streamError = () =>
      res.end(
        `data: ${JSON.stringify({ error: reply.streamError ?? { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } })}\n\n`,
      );

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      ...headers,
    });
    res.flushHeaders();
    if (reply.roleChunk ?? true)
      await send(chunk({ role: 'assistant', content: '', refusal: null }, null));
    if (reply.firstChunkDelayMs) await sleep(reply.firstChunkDelayMs, closed);

    const pieces =
      reply.refusal === undefined ? chunks : split(reply.refusal, reply.chunkSize ?? 4);
    for (let i = 0; i < pieces.length; i++) {
      if (closed.closed) return;
      if (i > 0 && reply.chunkDelayMs) await sleep(reply.chunkDelayMs, closed);
      if (closed.closed) return;
      if (reply.cutAfterChunks === i) return void res.destroy();
      if (reply.endAfterChunks === i) return void res.end();
      if (reply.streamErrorAfterChunks === i) return void streamError();
      if (reply.malformedChunk?.beforeChunk === i) await send(reply.malformedChunk.data);
      await send(
        chunk(reply.refusal === undefined ? { content: pieces[i] } : { refusal: pieces[i] }, null),
      );
    }
    if (closed.closed) return;
    const n = pieces.length;
    if (reply.cutAfterChunks === n) return void res.destroy();
    if (reply.endAfterChunks === n) return void res.end();
    if (reply.streamErrorAfterChunks === n) return void streamError();
    await send(chunk({}, finishReason));
    if (includeUsage) {
      await send({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        service_tier: 'default',
        system_fingerprint: 'fp_test',
        choices: [],
        usage,
      });
    }
    await send('[DONE]');
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}${basePath}`,
    origin,
    get requests() {
      return requests;
    },
    get chatRequests() {
      return requests.filter((r) => r.path === `${basePath}/chat/completions`);
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    setHandler(next) {
      handler = next;
    },
    close: () => closeServer(server),
  };
}

/**
 * The 400s OpenAI answers for a parameter the model does not take, worded as the API words them
 * (`unsupported_value` / `unsupported_parameter`, with `param`). Sources: see
 * isReasoningModelName.
 */
function parameterProblem(body: Record<string, unknown>): OpenAiErrorBody | undefined {
  const model = String(body['model']);
  const reasoning = isReasoningModelName(model);
  const temperature = body['temperature'];
  if (reasoning && temperature !== undefined && temperature !== null && temperature !== 1) {
    return {
      message: `Unsupported value: 'temperature' does not support ${String(temperature)} with this model. Only the default (1) value is supported.`,
      type: 'invalid_request_error',
      param: 'temperature',
      code: 'unsupported_value',
    };
  }
  if (reasoning && body['max_tokens'] !== undefined && body['max_tokens'] !== null) {
    return {
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      type: 'invalid_request_error',
      param: 'max_tokens',
      code: 'unsupported_parameter',
    };
  }
  const name = (model.split('/').pop() ?? model).toLowerCase();
  if (!reasoning && /^gpt-[34]/.test(name) && body['reasoning_effort'] != null) {
    return {
      message: "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
      type: 'invalid_request_error',
      param: 'reasoning_effort',
      code: 'unsupported_parameter',
    };
  }
  return undefined;
}

/**
 * What OpenAI's strict mode rejects: every object must set `additionalProperties: false` and
 * list every property in `required`. Checked through properties, items, anyOf and $defs.
 */
function strictSchemaProblem(schema: unknown, context: string): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as Record<string, unknown>;
  const where = `In context=(${context})`;
  const properties = s['properties'] as Record<string, unknown> | undefined;
  if (s['type'] === 'object' || properties !== undefined) {
    if (s['additionalProperties'] !== false) {
      return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
    }
    const keys = Object.keys(properties ?? {});
    const required = Array.isArray(s['required']) ? (s['required'] as unknown[]) : [];
    const missing = keys.find((k) => !required.includes(k));
    if (missing !== undefined) {
      return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    }
    for (const key of keys) {
      const problem = strictSchemaProblem(
        properties?.[key],
        joinContext(context, `'properties', '${key}'`),
      );
      if (problem) return problem;
    }
  }
  const nested: [string, unknown][] = [['items', s['items']]];
  for (const [i, v] of (Array.isArray(s['anyOf']) ? (s['anyOf'] as unknown[]) : []).entries())
    nested.push([`anyOf', '${i}`, v]);
  for (const [k, v] of Object.entries((s['$defs'] as Record<string, unknown> | undefined) ?? {}))
    nested.push([`$defs', '${k}`, v]);
  for (const [label, value] of nested) {
    const problem = strictSchemaProblem(value, joinContext(context, `'${label}'`));
    if (problem) return problem;
  }
  return undefined;
}

function joinContext(context: string, part: string): string {
  return context === '' ? part : `${context}, ${part}`;
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

function sendJsonBody(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(
  res: http.ServerResponse,
  status: number,
  error: OpenAiErrorBody,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJsonBody(
    res,
    status,
    {
      error: {
        message: error.message,
        type: error.type ?? 'invalid_request_error',
        param: error.param ?? null,
        code: error.code ?? null,
      },
    },
    headers,
  );
}
