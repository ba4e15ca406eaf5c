import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Ollama
} from "./chunk-MSKR657F.js";
import {
  CallDeadline,
  stopError
} from "./chunk-XTHVT5NB.js";
import {
  MODEL_SPEC_VERSION
} from "./chunk-NV2LNVE6.js";
import {
  ModelError
} from "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/models/ollama-provider.ts
var COLD_LOAD_HINT = "A cold model load counts toward firstTokenMs; raise it for large models or slow disks.";
var DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434";
function resolveOllamaHost(host, env = process.env) {
  const fromOption = host?.trim();
  if (fromOption) return fromOption;
  const fromEnv = env["OLLAMA_HOST"]?.trim();
  if (fromEnv) return fromEnv;
  return DEFAULT_OLLAMA_HOST;
}
function createOllamaProvider(options) {
  const host = resolveOllamaHost(options.host, options.env);
  const baseFetch = options.fetch ?? globalThis.fetch;
  const where = `Ollama model ${options.model} at ${host}`;
  async function chat(request) {
    const started = performance.now();
    const deadline = new CallDeadline(request.signal);
    if (deadline.stop) throw stopError(deadline.stop, where, void 0, COLD_LOAD_HINT);
    deadline.arm("first-token", request.timeouts.firstTokenMs);
    deadline.arm("total", request.timeouts.totalMs);
    const client = new Ollama({ host, fetch: linkSignal(baseFetch, deadline.signal) });
    let text = "";
    let final;
    let chunks = 0;
    try {
      const stream = await client.chat({
        model: options.model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
        format: request.schema,
        stream: true,
        ...options.keepAlive === void 0 ? {} : { keep_alive: options.keepAlive },
        options: { temperature: 0 }
      });
      for await (const part of stream) {
        if (chunks === 0) deadline.disarm("first-token");
        chunks += 1;
        const piece = part.message?.content ?? "";
        if (piece !== "") {
          text += piece;
          reportProgress(request, text.length);
        }
        if (part.done) final = part;
      }
    } catch (error) {
      throw deadline.stop ? stopError(deadline.stop, where, error, COLD_LOAD_HINT) : mapOllamaError(error, { where, host, model: options.model, streaming: chunks > 0 });
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
      model: final.model || options.model
    };
  }
  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: "ollama",
    modelId: options.modelId,
    model: options.model,
    chat
  };
}
function reportProgress(request, chars) {
  try {
    request.onProgress?.(chars);
  } catch {
  }
}
function linkSignal(base, signal) {
  return (input, init) => base(input, {
    ...init,
    signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal
  });
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
    if (status === 503)
      return fail("overloaded", `server busy (${status}: ${said})`, true, { status });
    if (status === 429)
      return fail("rate-limited", `rate limited (${status}: ${said})`, true, { status });
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
    if (status >= 500) return fail("server", `server error (${status}: ${said})`, true, { status });
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
var TIMEOUT_CODES = /* @__PURE__ */ new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  ...TIMEOUT_CODES,
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED"
]);
function networkCode(error, depth = 0) {
  if (typeof error !== "object" || error === null || depth > 5) return void 0;
  const code = error.code;
  if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = networkCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return networkCode(error.cause, depth + 1);
}
function describeCause(error) {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}
export {
  DEFAULT_OLLAMA_HOST,
  createOllamaProvider,
  resolveOllamaHost
};
