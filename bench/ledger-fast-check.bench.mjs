// The entry schema's fast check (src/core/schema-fast-check.ts, the built `fastCheckEntry`) on
// every entry of a generated ledger of 100,000, as the whole-ledger readers meet it: each entry
// parsed from its stored bytes and checked at once, in a fresh process (the first pass, which is
// what a CLI run is). CPU of the loop (process.cpuUsage) with the check, against the same loop
// with JSON.parse alone, interleaved in one run; the check's own cost is the difference.
// BENCH_RUNS=N repetitions (default 5); BENCH_DIST=<folder> measures another build's dist/.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLedger } from './ledger-generate.mjs';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// The child: read `git cat-file --batch` output, then parse (and check) every entry, timed.
const CHILD = `
import { readFileSync, readdirSync } from 'node:fs';
const [blobs, chunks, mode] = process.argv.slice(2);
const file = readdirSync(chunks).find((n) => n.startsWith('read-ledger-'));
const { fastCheckEntry } = await import(chunks + '/' + file);
const buf = readFileSync(blobs);
const texts = [];
for (let pos = 0; pos < buf.length; ) {
  const nl = buf.indexOf(10, pos);
  const size = Number(buf.toString('latin1', pos, nl).split(' ')[2]);
  texts.push(buf.toString('utf8', nl + 1, nl + 1 + size));
  pos = nl + 2 + size;
}
const check = mode === 'check';
const started = process.cpuUsage();
let exact = 0;
for (const t of texts) {
  const entry = JSON.parse(t);
  if (!check || fastCheckEntry(entry) === 'exact') exact++;
}
const used = process.cpuUsage(started);
process.stdout.write(JSON.stringify({ ms: (used.user + used.system) / 1000, exact }));
`;

function once(child, blobs, mode) {
  const dist = process.env.BENCH_DIST ?? join(root, 'dist');
  const r = spawnSync(process.execPath, [child, blobs, join(dist, 'chunks'), mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`fast-check child (${mode}) exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-fast-check-'));
  try {
    const repo = join(base, 'ledger');
    const written = await generateLedger(repo, 100_000);
    const ids = spawnSync(
      'git',
      ['ls-tree', '-r', '--format=%(objectname)', 'aios-ledger', '--', 'ledger/'],
      { cwd: repo, maxBuffer: 1 << 30 },
    );
    if (ids.status !== 0) throw new Error(`ls-tree: ${ids.stderr}`);
    const raw = spawnSync('git', ['cat-file', '--batch'], {
      cwd: repo,
      input: ids.stdout,
      maxBuffer: 1 << 30,
    });
    if (raw.status !== 0) throw new Error(`cat-file: ${raw.stderr}`);
    const blobs = join(base, 'blobs.bin');
    await writeFile(blobs, raw.stdout);
    const child = join(base, 'child.mjs');
    await writeFile(child, CHILD);
    once(child, blobs, 'check'); // warm the page cache and the compile cache
    const parse = [];
    const check = [];
    for (let i = 0; i < RUNS; i++) {
      parse.push(once(child, blobs, 'parse').ms);
      const c = once(child, blobs, 'check');
      if (c.exact !== written)
        throw new Error(`the fast check passed ${c.exact} of ${written} valid entries`);
      check.push(c.ms);
    }
    const p = median(parse);
    const c = median(check);
    const n = written.toLocaleString('en-US');
    return writeResults('ledger-fast-check', 'npm run bench -- ledger-fast-check', [
      {
        metric: `entry fast check, first pass over ${n} parsed entries, CPU (parse + check minus parse)`,
        unit: 'ms',
        median: round(c - p, 1),
        baseline: `JSON.parse of the same ${n} entries, CPU`,
        baselineMedian: round(p, 1),
        ratio: round((c - p) / p),
        target: 'report (no target)',
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
