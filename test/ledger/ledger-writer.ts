/**
 * A separate process that appends to the ledger through the real store and flushes, for the
 * concurrency and crash tests (and the append benchmark), bundled with esbuild before use
 * (or run with `node --import tsx`).
 *
 *   ledger-writer.ts <repo> <name> <tasks> <entries-per-task> <rounds> [--wait <file>] [--hold <file>]
 *
 * Each round appends `entries-per-task` entries to each of its `tasks` tasks (`<name>/repo#<n>`)
 * and flushes. `--wait` waits for a file before starting (so writers start together);
 * `--hold` waits for a file after appending and before flushing (so a test can kill it there);
 * `--fast-backoff` caps the wait after a lost race at 40 ms (the store's own backoff otherwise).
 * Prints one JSON line per event on stdout: {"ready":true}, {"appended":[ids]}, {"flushed":{...},"retries":n}
 * (retries so far: pushes that lost a race and were rebuilt on the new tip).
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { attempt, planned } from '../support/ledger-drafts.js';

const [repoDir, name, tasksArg, perTaskArg, roundsArg, ...rest] = process.argv.slice(2);
if (!repoDir || !name) {
  process.stderr.write('usage: ledger-writer.ts <repo> <name> <tasks> <per-task> <rounds>\n');
  process.exit(2);
}
const flag = (f: string): string | undefined => {
  const i = rest.indexOf(f);
  return i >= 0 ? rest[i + 1] : undefined;
};
const waitFor = async (file: string | undefined): Promise<void> => {
  while (file && !existsSync(file)) await sleep(5);
};
const say = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

let retries = 0;
const store = await GitLedgerStore.open({
  repoDir,
  branch: 'aios-ledger',
  remote: 'origin',
  clock: systemClock(),
  maxTries: 200,
  // Count the races lost. The store's own backoff unless --fast-backoff (tests: short sleeps).
  sleep: (ms) => {
    retries++;
    return sleep(rest.includes('--fast-backoff') ? Math.min(ms, 40) * Math.random() : ms);
  },
});
say({ ready: true });
await waitFor(flag('--wait'));
const tasks = Number(tasksArg ?? 1);
const perTask = Number(perTaskArg ?? 1);
const rounds = Number(roundsArg ?? 1);
let n = 0;
for (let round = 0; round < rounds; round++) {
  const ids: string[] = [];
  for (let t = 1; t <= tasks; t++) {
    const task = `${name}/repo#${t}`;
    for (let i = 0; i < perTask; i++) {
      n++;
      const e = await store.append(round === 0 && i === 0 ? planned(task) : attempt(task, n));
      ids.push(e.id);
    }
  }
  say({ appended: ids });
  await waitFor(flag('--hold'));
  const result = await store.flush();
  say({ flushed: result, retries });
  if (result.pending !== 0) process.exit(3);
}
