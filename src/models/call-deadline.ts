import { ModelError } from '../core/errors.js';

/** Why our own deadline or the caller stopped a call. */
export type Stop =
  | { readonly kind: 'timeout'; readonly phase: DeadlinePhase; readonly ms: number }
  | { readonly kind: 'cancelled' };

export type DeadlinePhase = 'connect' | 'first-token' | 'total';

/** The reason our AbortController aborts with, so fetch and the client reject with something readable. */
class CallStopped extends Error {
  constructor(readonly stop: Stop) {
    super(
      stop.kind === 'cancelled' ? 'call cancelled' : `${stop.phase} timeout after ${stop.ms} ms`,
    );
    this.name = 'CallStopped';
  }
}

/**
 * One call's timers and abort signal. Each phase's timer aborts the signal when it fires; the
 * caller's signal aborts it too. The first reason wins and is kept in `stop`.
 */
export class CallDeadline {
  readonly #controller = new AbortController();
  readonly #timers = new Map<DeadlinePhase, ReturnType<typeof setTimeout>>();
  readonly #caller: AbortSignal | undefined;
  readonly #onCallerAbort = () => this.#halt({ kind: 'cancelled' });
  #stop: Stop | undefined;

  constructor(caller: AbortSignal | undefined) {
    this.#caller = caller;
    if (caller?.aborted) this.#halt({ kind: 'cancelled' });
    else caller?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get stop(): Stop | undefined {
    return this.#stop;
  }

  arm(phase: DeadlinePhase, ms: number): void {
    this.disarm(phase);
    this.#timers.set(
      phase,
      setTimeout(() => this.#halt({ kind: 'timeout', phase, ms }), Math.max(0, ms)),
    );
  }

  disarm(phase: DeadlinePhase): void {
    const timer = this.#timers.get(phase);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(phase);
  }

  /**
   * Abort the request for a reason of the caller's own (an oversize answer), without recording a
   * stop: the caller throws its own error.
   */
  abandon(): void {
    if (!this.#controller.signal.aborted) this.#controller.abort(new Error('call abandoned'));
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  #halt(stop: Stop): void {
    if (this.#stop) return;
    this.#stop = stop;
    this.#controller.abort(new CallStopped(stop));
  }
}

const PHASE_WORDS: Record<DeadlinePhase, string> = {
  connect: 'no response from the server',
  'first-token': 'no first token',
  total: 'the answer did not finish',
};

/**
 * The ModelError for a stopped call: `cancelled` (not retryable) or `timeout` (retryable),
 * naming the phase and the tier setting to raise. `firstTokenHint` lets a provider say more
 * about its first-token phase (Ollama: a cold model load counts there).
 */
export function stopError(
  stop: Stop,
  where: string,
  cause?: unknown,
  firstTokenHint?: string,
): ModelError {
  if (stop.kind === 'cancelled') {
    return new ModelError(
      `${where}: call cancelled`,
      { errorClass: 'cancelled' },
      { cause, retryable: false },
    );
  }
  const knob =
    stop.phase === 'connect'
      ? 'connectMs'
      : stop.phase === 'first-token'
        ? 'firstTokenMs'
        : 'totalMs';
  const hint =
    (stop.phase === 'first-token' && firstTokenHint) ||
    `Raise ${knob} for this tier if the model is just slow.`;
  return new ModelError(
    `${where}: ${PHASE_WORDS[stop.phase]} within ${stop.ms} ms (${stop.phase} timeout)`,
    { errorClass: 'timeout' },
    { cause, retryable: true, hint },
  );
}
