import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

let frozen = false;

/**
 * Keep V8's young generation from growing past `capMb` (the space new objects are made in,
 * semi-spaces included) while a long stream is read. V8 grows it whenever the bytes that
 * survive its collections add up to its size, and over a read of a million entries that
 * always happens: the process held ~90 MB more than with a 4 MB semi-space
 * (`--max-semi-space-size=4`), for the same CPU (docs/benchmarks.md, `ledger-read`). A flag
 * given on the command line is not ours to give (`aios` is run as `node bin/aios.js`), and V8
 * reads the maximum only at start-up; the growth factor it reads each time it grows, so once
 * the space has reached the cap, growth is switched off for the rest of the process. Cheap
 * enough to call every few thousand entries.
 */
export function boundYoungGeneration(capMb = 6): void {
  if (frozen) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < capMb * 1024 * 1024) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  frozen = true;
}
