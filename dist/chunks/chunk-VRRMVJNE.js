import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ModelError
} from "./chunk-ZFFYD355.js";

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

export {
  CallDeadline,
  stopError
};
