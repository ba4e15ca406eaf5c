import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  CallDeadline,
  TIMEOUT_CODES,
  answerCharCap,
  bodyByteCap,
  bodyTooLarge,
  capResponseBody,
  networkCode,
  stopError,
  tooLargeError
} from "./chunk-V2D44YCW.js";
import {
  parseRetryAfterMs
} from "./chunk-VPGG6BY4.js";
import {
  MODEL_SPEC_VERSION
} from "./chunk-MLFXKAZX.js";
import {
  requestProfile
} from "./chunk-73EJ4CLT.js";
import {
  Ollama
} from "./chunk-MSKR657F.js";
import {
  ModelError
} from "./chunk-BXJ33WYV.js";

// src/models/ollama-format.ts
var SHAPE_KEYS = /* @__PURE__ */ new Set([
  "type",
  "properties",
  "required",
  "items",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "additionalProperties",
  "$defs",
  "$ref"
]);
function grammarSchema(schema) {
  if (Array.isArray(schema)) return schema.map(grammarSchema);
  if (typeof schema !== "object" || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!SHAPE_KEYS.has(key)) continue;
    if (key === "properties" || key === "$defs") {
      const inner = {};
      for (const [name, sub] of Object.entries(value ?? {}))
        inner[name] = grammarSchema(sub);
      out[key] = inner;
    } else if (key === "enum" || key === "const" || key === "required") {
      out[key] = value;
    } else {
      out[key] = grammarSchema(value);
    }
  }
  return out;
}

// src/models/ollama-provider.ts
var COLD_LOAD_HINT = "A cold model load counts toward firstTokenMs; raise it for large models or slow disks.";
var DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434";
var PROMPT_OVERHEAD_TOKENS = 4096;
var CHARS_PER_TOKEN = 3;
function ollamaWindow(profile, contextTokens, promptTokens) {
  if (profile.contextWindow !== void 0) return profile.contextWindow;
  const input = contextTokens === void 0 ? promptTokens : Math.ceil(contextTokens * 4 / CHARS_PER_TOKEN) + PROMPT_OVERHEAD_TOKENS;
  return Math.ceil((input + profile.maxOutputTokens) / 1024) * 1024;
}
function resolveOllamaHost(host, env = process.env) {
  const fromOption = host?.trim();
  if (fromOption) return fromOption;
  const fromEnv = env["OLLAMA_HOST"]?.trim();
  if (fromEnv) return fromEnv;
  return DEFAULT_OLLAMA_HOST;
}
function createOllamaProvider(options) {
  const host = resolveOllamaHost(options.host, options.env);
  const profile = options.profile ?? requestProfile({ provider: "ollama", model: options.model });
  const maxOutputTokens = profile.maxOutputTokens;
  const charCap = answerCharCap(maxOutputTokens);
  const baseFetch = capResponseBody(
    options.fetch ?? globalThis.fetch,
    bodyByteCap(maxOutputTokens, "ollama")
  );
  const where = `Ollama model ${options.model} at ${host}`;
  async function chat(request) {
    const started = performance.now();
    const promptChars = request.messages.reduce((n, m) => n + m.content.length, 0);
    const promptTokens = Math.ceil(promptChars / CHARS_PER_TOKEN);
    const numCtx = ollamaWindow(profile, request.contextTokens, promptTokens);
    if (promptTokens + maxOutputTokens > numCtx) {
      throw new ModelError(
        `${where}: the prompt (about ${promptTokens} tokens) and the output cap (${maxOutputTokens}) do not fit the window of ${numCtx} tokens (num_ctx)`,
        { errorClass: "context-overflow" },
        {
          retryable: false,
          hint: `Raise models.${options.modelId}.request.contextWindow, or lower context.maxTokens or request.maxOutputTokens.`
        }
      );
    }
    const deadline = new CallDeadline(request.signal);
    if (deadline.stop) throw stopError(deadline.stop, where, void 0, COLD_LOAD_HINT);
    deadline.arm("first-token", request.timeouts.firstTokenMs);
    deadline.arm("total", request.timeouts.totalMs);
    const seen = {};
    const client = new Ollama({ host, fetch: linkSignal(baseFetch, deadline.signal, seen) });
    let text = "";
    let oversize = false;
    let final;
    let chunks = 0;
    try {
      const stream = await client.chat({
        model: options.model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
        // The shape only: grammar conversion chokes on large bounds; parse-answer checks them.
        format: grammarSchema(request.schema),
        stream: true,
        ...options.keepAlive === void 0 ? {} : { keep_alive: options.keepAlive },
        options: {
          ...profile.temperature === void 0 ? {} : { temperature: profile.temperature },
          num_predict: maxOutputTokens,
          num_ctx: numCtx
        }
      });
      for await (const part of stream) {
        if (chunks === 0) deadline.disarm("first-token");
        chunks += 1;
        const piece = part.message?.content ?? "";
        if (piece !== "") {
          if (text.length + piece.length > charCap) {
            oversize = true;
            deadline.abandon();
            throw tooLargeError(where, "characters", charCap);
          }
          text += piece;
          reportProgress(request, text.length);
        }
        if (part.done) final = part;
      }
    } catch (error) {
      if (oversize && error instanceof ModelError) throw error;
      const tooBig = bodyTooLarge(error);
      if (tooBig) throw tooLargeError(where, "bytes of response", tooBig.cap);
      throw deadline.stop ? stopError(deadline.stop, where, error, COLD_LOAD_HINT) : mapOllamaError(error, {
        where,
        host,
        model: options.model,
        streaming: chunks > 0,
        headers: seen.headers
      });
    } finally {
      deadline.dispose();
    }
    if (deadline.stop) throw stopError(deadline.stop, where, void 0, COLD_LOAD_HINT);
    if (!final) {
      throw new ModelError(
        `${where}: the answer stream ended before Ollama said it was done`,
        { errorClass: "connection" },
        { retryable: true }
      );
    }
    return {
      text,
      usage: {
        // Ollama leaves prompt_eval_count out when the whole prompt came from its cache.
        inputTokens: final.prompt_eval_count ?? 0,
        outputTokens: final.eval_count ?? 0,
        cachedInputTokens: 0
      },
      durationMs: Math.round(performance.now() - started),
      model: final.model || options.model,
      truncated: final.done_reason === "length"
    };
  }
  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: "ollama",
    modelId: options.modelId,
    model: options.model,
    endpoint: host,
    maxOutputTokens,
    chat
  };
}
function reportProgress(request, chars) {
  try {
    request.onProgress?.(chars);
  } catch {
  }
}
function linkSignal(base, signal, seen) {
  return async (input, init) => {
    const response = await base(input, {
      ...init,
      signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal
    });
    seen.headers = response.headers;
    return response;
  };
}
function isResponseError(error) {
  return error instanceof Error && error.name === "ResponseError" && typeof error.status_code === "number";
}
var STREAM_UNFINISHED = "Did not receive done or success response in stream.";
function mapOllamaError(error, ctx) {
  const { where } = ctx;
  const fail = (errorClass, message, retryable, extra = {}) => new ModelError(
    `${where}: ${message}`,
    { errorClass, status: extra.status, retryAfterMs: extra.retryAfterMs },
    { cause: error, retryable, hint: extra.hint }
  );
  if (isResponseError(error)) {
    const status = error.status_code;
    const said = error.error;
    if (status === 404 && !/model/i.test(said)) {
      return fail("not-found", `no Ollama API here (${status}: ${said})`, false, {
        status,
        hint: `The server at ${ctx.host} does not answer /api/chat; check the model's host (or OLLAMA_HOST).`
      });
    }
    if (status === 404) {
      return fail("not-found", `model not found (${status}: ${said})`, false, {
        status,
        hint: `Run \`ollama pull ${ctx.model}\` on the machine at ${ctx.host}, or fix the model name in the config.`
      });
    }
    const retryAfterMs = parseRetryAfterMs(ctx.headers, Date.now());
    if (status === 503)
      return fail("overloaded", `server busy (${status}: ${said})`, true, {
        status,
        retryAfterMs
      });
    if (status === 429)
      return fail("rate-limited", `rate limited (${status}: ${said})`, true, {
        status,
        retryAfterMs
      });
    if (status === 401 || status === 403) {
      return fail("auth", `not authorised (${status}: ${said})`, false, {
        status,
        hint: "For ollama.com models, sign in with `ollama signin` or set OLLAMA_API_KEY."
      });
    }
    if (status === 408)
      return fail("timeout", `server timed out (${status}: ${said})`, true, { status });
    if (status === 499)
      return fail("cancelled", `request cancelled (${status}: ${said})`, false, { status });
    if (status >= 500)
      return fail("server", `server error (${status}: ${said})`, true, { status, retryAfterMs });
    return fail("bad-request", `request refused (${status}: ${said})`, false, {
      status,
      hint: "Ollama rejected the request itself; check the model supports chat and structured output."
    });
  }
  const code = networkCode(error);
  if (code !== void 0 && TIMEOUT_CODES.has(code)) {
    return fail("timeout", `transport timed out (${code})`, true, {
      hint: "Node fetch has its own header and body timeouts (5 min); keep firstTokenMs below them."
    });
  }
  const connectionHint = `Is Ollama running at ${ctx.host}? Start it with \`ollama serve\`, or set the model's host (or OLLAMA_HOST) to where it listens.`;
  if (error instanceof Error && error.message === STREAM_UNFINISHED) {
    return fail("connection", "the answer stream ended before Ollama said it was done", true);
  }
  if (error instanceof TypeError && error.message === "terminated") {
    return fail("connection", `the connection dropped mid-answer${code ? ` (${code})` : ""}`, true);
  }
  if (code !== void 0) {
    return ctx.streaming ? fail("connection", `the connection dropped mid-answer (${code})`, true) : fail("connection", `cannot connect (${code})`, true, { hint: connectionHint });
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    return fail("connection", `cannot connect (${describeCause(error)})`, true, {
      hint: connectionHint
    });
  }
  if (error instanceof Error && error.constructor === Error && ctx.streaming) {
    return fail("server", `error during the answer: ${error.message}`, true);
  }
  if (error instanceof Error && error.message === "Missing body") {
    return fail("server", "the server sent no response body", true);
  }
  return fail(
    "server",
    `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    false
  );
}
function describeCause(error) {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

export {
  DEFAULT_OLLAMA_HOST,
  PROMPT_OVERHEAD_TOKENS,
  ollamaWindow,
  resolveOllamaHost,
  createOllamaProvider
};
