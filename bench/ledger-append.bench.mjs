// Append throughput: 8 writer processes, each with its own clone, appending and flushing to
// one local bare origin at once (each flush: commit, push, and on rejection fetch, rebuild,
// retry). Entries per second from release to the last writer's exit, and a count of entries
// lost or duplicated on origin (must be zero), checked by `aios ledger verify` as well.
// Baseline: one writer sending the same entries alone (its ROUNDS flushes, no contention).
// BENCH_RUNS=N repetitions (default 3).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WRITERS = 8;
const TASKS = 5;
const PER_TASK = 5;
const ROUNDS = 4;

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function startWriter(script, clone, name, args) {
  const child = spawn(process.execPath, [script, clone, name, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = [];
  let buf = '';
  child.stdout.on('data', (d) => {
    buf += d.toString('utf8');
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      lines.push(JSON.parse(buf.slice(0, nl)));
      buf = buf.slice(nl + 1);
    }
  });
  const done = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  return { lines, done };
}

/** One trial: `writers` processes × TASKS tasks × PER_TASK entries × ROUNDS flushes. */
async function trial(base, script, writers, tag) {
  const origin = join(base, `origin-${tag}`);
  git(base, 'init', '-q', '--bare', '--initial-branch=main', origin);
  const per = (TASKS * WRITERS) / writers;
  const clones = [];
  for (let i = 0; i < writers; i++) {
    const dir = join(base, `clone-${tag}-${i}`);
    git(base, 'clone', '-q', origin, dir);
    git(dir, 'config', 'user.name', `w${i}`);
    git(dir, 'config', 'user.email', `w${i}@example.com`);
    clones.push(dir);
  }
  const go = join(base, `go-${tag}`);
  const procs = clones.map((c, i) =>
    startWriter(script, c, `${tag}w${i}`, [
      String(per),
      String(PER_TASK),
      String(ROUNDS),
      '--wait',
      go,
    ]),
  );
  while (procs.some((p) => p.lines.length === 0)) await sleep(5);
  const started = process.hrtime.bigint();
  await writeFile(go, '');
  const codes = await Promise.all(procs.map((p) => p.done));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (codes.some((c) => c !== 0)) throw new Error(`a writer failed: ${codes.join(', ')}`);
  const sent = procs.flatMap((p) => p.lines.flatMap((l) => l.appended ?? []));
  const stored = git(origin, 'ls-tree', '-r', '--name-only', 'aios-ledger', 'ledger/')
    .trim()
    .split('\n')
    .map((p) => p.split('/')[4].slice(0, 26));
  const storedSet = new Set(stored);
  const sentSet = new Set(sent);
  const lost = sent.filter((id) => !storedSet.has(id)).length;
  const duplicated =
    stored.length - storedSet.size + stored.filter((id) => !sentSet.has(id)).length;
  const verify = spawnSync(
    process.execPath,
    [join(root, 'bin', 'aios.js'), 'ledger', 'verify', '--repo', origin],
    {
      encoding: 'utf8',
    },
  );
  const retries = procs.reduce((s, p) => s + (p.lines.at(-1)?.retries ?? 0), 0);
  const commits = Number(git(origin, 'rev-list', '--count', 'aios-ledger').trim());
  return {
    ms,
    entries: sent.length,
    lost,
    duplicated,
    verified: verify.status === 0,
    retries,
    commits,
  };
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-append-'));
  try {
    const script = join(base, 'ledger-writer.mjs');
    await build({
      entryPoints: [join(root, 'test', 'ledger', 'ledger-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    if (!existsSync(script)) throw new Error('writer bundle missing');
    const many = [];
    const one = [];
    for (let i = 0; i < RUNS; i++) {
      many.push(await trial(base, script, WRITERS, `m${i}`));
      one.push(await trial(base, script, 1, `s${i}`));
    }
    const rate = (t) => (t.entries / t.ms) * 1000;
    const m = median(many.map(rate));
    const b = median(one.map(rate));
    const lost = many.reduce((s, t) => s + t.lost + t.duplicated, 0);
    const verified = many.every((t) => t.verified);
    return writeResults('ledger-append', 'npm run bench -- ledger-append', [
      {
        metric: `append + flush, ${WRITERS} writer processes to one bare origin (${many[0].entries} entries, ${WRITERS * ROUNDS} pushes)`,
        unit: 'entries/s',
        median: round(m, 1),
        baseline: `1 writer, the same entries in ${ROUNDS} pushes`,
        baselineMedian: round(b, 1),
        ratio: round(m / b),
        target: 'zero lost or duplicated; verify passes',
        met: lost === 0 && verified,
        lostOrDuplicated: lost,
        racesLostAndRetried: median(many.map((t) => t.retries)),
        commitsOnOrigin: median(many.map((t) => t.commits)),
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
