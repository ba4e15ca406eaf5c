/**
 * Ending cleanly on SIGINT and SIGTERM (a person's Ctrl-C; GitHub sends SIGINT, then SIGTERM,
 * when a run is cancelled). The first signal aborts the run's signal: the model call in flight
 * is cancelled through the provider's abort path, its `attempt` entry is written with outcome
 * `cancelled`, the task is closed `failed`, and the ledger is flushed as on any other ending.
 * A second signal exits at once, for a person who will not wait.
 */

export interface StopSignals {
  /** Aborted on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** Remove the handlers (after the run, so a later signal behaves as Node's default). */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Install the handlers; `say` reports the stop (stderr by default). */
export function stopOnSignals(
  say: (text: string) => void = (text) => void process.stderr.write(`${text}\n`),
): StopSignals {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      say(`aios: ${name} again; exiting without waiting.`);
      process.exit(name === 'SIGINT' ? 130 : 143);
    }
    say(`aios: ${name} received; stopping the model call and recording it in the ledger.`);
    controller.abort(new Error(`stopped by ${name}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose() {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
