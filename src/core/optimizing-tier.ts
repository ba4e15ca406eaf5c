import { setFlagsFromString } from 'node:v8';

/**
 * Does the command line (or NODE_OPTIONS) choose how V8 compiles (`--no-turbofan`, `--no-opt`,
 * `--jitless`, `--max-opt=…`, `--turbofan`)? Then that choice stands: a hold neither switches
 * TurboFan off nor, at its end, back on.
 */
export function tierChosenBy(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    /^--(?:no-?)?(?:turbofan|opt|jitless|max-opt)(?:=|$)/.test(arg.replaceAll('_', '-')),
  );
}

const chosen = tierChosenBy(process.execArgv, process.env.NODE_OPTIONS);
let holds = 0;

/**
 * Keep V8's optimizing compiler (TurboFan) out of a whole-ledger read until `release` is called.
 * A read runs the same few dozen functions (the archive reader, the entry schema's fast check,
 * verify's checks) a hundred thousand times or more in a process that then exits. V8 compiles
 * ~45 of them with TurboFan on its background threads, and over a read of 100,000 entries that
 * compiling costs more CPU than its faster code saves; Maglev, the tier below, still compiles
 * them (measured in one run of `bench/ledger-read.bench.mjs` with and without: docs/benchmarks.md,
 * "ledger-read"). V8 reads the flag each time it decides to optimize a function, so setting it
 * while running takes effect; the compile cache is keyed without it (checked with
 * NODE_DEBUG_NATIVE=COMPILE_CACHE: entries still accepted).
 *
 * Holds nest and overlap (a count): TurboFan comes back when the last one is released, so a
 * long-lived process (the GitHub job, a test worker) runs at full speed again after the read.
 * `release` is idempotent. A process whose command line chose the tiers itself is left alone
 * (`tierChosenBy`).
 */
export function holdOptimizingTier(): () => void {
  if (holds++ === 0 && !chosen) setFlagsFromString('--no-turbofan');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0 && !chosen) setFlagsFromString('--turbofan');
  };
}

/** How many holds are open (for tests). */
export function optimizingTierHolds(): number {
  return holds;
}
