// The world for bench/ledger-verify-forge.bench.mjs: N tasks on the local GitHub server (one
// PR each, approved, merged/closed/open in turn) and their ledger; times `verifyLedger` with
// the forge cross-check and without it (the baseline), alternating, and prints one JSON line.
import { verifyLedger } from '../src/ledger/verify-ledger.js';
import { openForgeCheck } from '../src/app/forge-check.js';
import { LEDGER_REF, startForgeLedger } from '../test/support/forge-ledger.js';
import { removeTempDirs } from '../test/support/temp-repo.js';

const tasks = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const world = await startForgeLedger(tasks);
world.github.checkSpec = process.env.BENCH_CHECK_SPEC !== '0';
const forge = openForgeCheck('acme/site', { ...process.env, ...world.env });
const time = async (withForge: boolean) => {
  const started = process.hrtime.bigint();
  const r = await verifyLedger(world.dir, LEDGER_REF, {
    anchor: false,
    forge: withForge ? forge : undefined,
  });
  if (r.violations.length) throw new Error(JSON.stringify(r.violations.slice(0, 3)));
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const out: { forge: number[]; plain: number[]; requests: number; entries: number } = {
  forge: [],
  plain: [],
  requests: 0,
  entries: 0,
};
for (let i = 0; i < runs; i++) {
  out.plain.push(await time(false));
  const before = world.github.requests.length;
  out.forge.push(await time(true));
  out.requests = world.github.requests.length - before;
}
out.entries = (await verifyLedger(world.dir, LEDGER_REF, { anchor: false })).entries;
await world.close();
await removeTempDirs();
console.log(JSON.stringify(out));
