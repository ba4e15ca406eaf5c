import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ModelError
} from "./chunk-BXJ33WYV.js";

// src/models/answer-cap.ts
var CHARS_PER_OUTPUT_TOKEN = 32;
var WIRE_BYTES_PER_TOKEN = { openai: 512, ollama: 256 };
var MIN_ANSWER_CHARS = 64 * 1024;
var MIN_BODY_BYTES = 1024 * 1024;
function answerCharCap(maxOutputTokens) {
  return Math.max(MIN_ANSWER_CHARS, (maxOutputTokens ?? 16384) * CHARS_PER_OUTPUT_TOKEN);
}
function bodyByteCap(maxOutputTokens, protocol) {
  return Math.max(MIN_BODY_BYTES, (maxOutputTokens ?? 16384) * WIRE_BYTES_PER_TOKEN[protocol]);
}
function tooLargeError(where, what, cap) {
  return new ModelError(
    `${where}: the answer passed the size cap of ${cap.toLocaleString("en-US")} ${what} while streaming; the call was stopped`,
    { errorClass: "too-large" },
    {
      retryable: false,
      hint: "The server sent far more than the output cap allows; check the model and server (request.maxOutputTokens sets the cap)."
    }
  );
}
var BodyTooLarge = class extends Error {
  constructor(cap) {
    super(`response body passed ${cap} bytes`);
    this.cap = cap;
    this.name = "BodyTooLarge";
  }
  cap;
};
function bodyTooLarge(error, depth = 0) {
  if (error instanceof BodyTooLarge) return error;
  if (typeof error !== "object" || error === null || depth > 5) return void 0;
  return bodyTooLarge(error.cause, depth + 1);
}
function capResponseBody(base, maxBytes) {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body) return response;
    let seen = 0;
    const reader = response.body.getReader();
    const counted = new ReadableStream(
      {
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          seen += value.byteLength;
          if (seen > maxBytes) {
            controller.error(new BodyTooLarge(maxBytes));
            await reader.cancel().catch(() => void 0);
            return;
          }
          controller.enqueue(value);
        },
        cancel(reason) {
          return reader.cancel(reason);
        }
      },
      { highWaterMark: 0 }
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    });
  };
}

// src/models/call-deadline.ts
var CallStopped = class extends Error {
  constructor(stop) {
    super(
      stop.kind === "cancelled" ? "call cancelled" : `${stop.phase} timeout after ${stop.ms} ms`
    );
    this.stop = stop;
    this.name = "CallStopped";
  }
  stop;
};
var CallDeadline = class {
  #controller = new AbortController();
  #timers = /* @__PURE__ */ new Map();
  #caller;
  #onCallerAbort = () => this.#halt({ kind: "cancelled" });
  #stop;
  constructor(caller) {
    this.#caller = caller;
    if (caller?.aborted) this.#halt({ kind: "cancelled" });
    else caller?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }
  get signal() {
    return this.#controller.signal;
  }
  get stop() {
    return this.#stop;
  }
  arm(phase, ms) {
    this.disarm(phase);
    this.#timers.set(
      phase,
      setTimeout(() => this.#halt({ kind: "timeout", phase, ms }), Math.max(0, ms))
    );
  }
  disarm(phase) {
    const timer = this.#timers.get(phase);
    if (timer !== void 0) clearTimeout(timer);
    this.#timers.delete(phase);
  }
  /**
   * Abort the request for a reason of the caller's own (an oversize answer), without recording a
   * stop: the caller throws its own error.
   */
  abandon() {
    if (!this.#controller.signal.aborted) this.#controller.abort(new Error("call abandoned"));
  }
  dispose() {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#caller?.removeEventListener("abort", this.#onCallerAbort);
  }
  #halt(stop) {
    if (this.#stop) return;
    this.#stop = stop;
    this.#controller.abort(new CallStopped(stop));
  }
};
var PHASE_WORDS = {
  connect: "no response from the server",
  "first-token": "no first token",
  total: "the answer did not finish"
};
function stopError(stop, where, cause, firstTokenHint) {
  if (stop.kind === "cancelled") {
    return new ModelError(
      `${where}: call cancelled`,
      { errorClass: "cancelled" },
      { cause, retryable: false }
    );
  }
  const knob = stop.phase === "connect" ? "connectMs" : stop.phase === "first-token" ? "firstTokenMs" : "totalMs";
  const hint = stop.phase === "first-token" && firstTokenHint || `Raise ${knob} for this tier if the model is just slow.`;
  return new ModelError(
    `${where}: ${PHASE_WORDS[stop.phase]} within ${stop.ms} ms (${stop.phase} timeout)`,
    { errorClass: "timeout" },
    { cause, retryable: true, hint }
  );
}

// src/models/network-error.ts
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

export {
  answerCharCap,
  bodyByteCap,
  tooLargeError,
  bodyTooLarge,
  capResponseBody,
  CallDeadline,
  stopError,
  TIMEOUT_CODES,
  networkCode
};
