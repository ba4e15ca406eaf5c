// The three whole-ledger reads a client's figures rest on — `aios ledger report`, `aios ledger
// verify` and `aios ledger export --format jsonl` — over a generated ledger of 100,000 entries,
// each as a whole process (the built CLI), against `git cat-file --batch --buffer` reading the
// same blobs raw, all interleaved in one run. Wall time AND CPU time (user + system of the
// process and every child it waited for, from wait4's rusage via /usr/bin/time), and the peak
// RSS of the whole process tree (AIOS and the git processes it starts), sampled from /proc every
// 10 ms and summed over the tree. Then 1,000,000 entries once each: the tree's peak must stay
// ≤ 256 MB, and the generated ledger must verify (exit 0) at both sizes.
// BENCH_RUNS=N repetitions (default 5); BENCH_SKIP_1M=1 skips the million.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join } from 'node:path';
import { generateLedger } from './ledger-generate.mjs';
import { median, root, round, writeResults } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const node = process.execPath;
const bin = join(root, 'bin', 'aios.js');
const TIME = '/usr/bin/time';
const PAGE = 4096;

/** Every descendant of a process (through /proc/<pid>/task/<tid>/children). */
function descendants(pid, into = []) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return into;
  }
  for (const tid of tids) {
    let kids;
    try {
      kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const k of kids.split(' ')) {
      const child = Number(k);
      if (child > 0) {
        into.push(child);
        descendants(child, into);
      }
    }
  }
  return into;
}

/** Resident bytes of one process (0 once it is gone). */
function rss(pid) {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE;
  } catch {
    return 0;
  }
}

/**
 * Run a command under /usr/bin/time; wall ms, CPU ms (user + system, children included) and the
 * peak of the summed RSS of every process below /usr/bin/time, sampled every 10 ms.
 */
function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(TIME, ['-f', 'aios-time %e %U %S %M', command, ...args], {
      ...options,
      stdio: [options.stdin ?? 'ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    let peakProcs = 0;
    const sample = () => {
      const tree = descendants(child.pid);
      const sum = tree.reduce((s, p) => s + rss(p), 0);
      if (sum > peak) {
        peak = sum;
        peakProcs = tree.length;
      }
    };
    const timer = setInterval(sample, 10);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const m = /aios-time (\S+) (\S+) (\S+) (\d+)/.exec(stderr);
      if (code !== 0 || !m) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      resolve({
        ms,
        cpuMs: (Number(m[2]) + Number(m[3])) * 1000,
        treeMb: peak / 1024 / 1024,
        procs: peakProcs,
        largestMb: Number(m[4]) / 1024,
      });
    });
  });
}

const READS = {
  report: (repo) => [node, [bin, 'ledger', 'report', '--repo', repo, '--by', 'tier']],
  verify: (repo) => [node, [bin, 'ledger', 'verify', '--repo', repo]],
  export: (repo) => [node, [bin, 'ledger', 'export', '--repo', repo, '--format', 'jsonl']],
};

async function read(name, repo) {
  const [cmd, args] = READS[name](repo);
  // The anchor (last verified tip) is kept in the repository's git config: drop it so every
  // run verifies the same way (with it, a repeat also checks descent from itself: cheap).
  spawnSync('git', ['update-ref', '-d', 'refs/aios/verified/aios-ledger'], { cwd: repo });
  return measure(cmd, args, { cwd: repo });
}

/** The floor: git cat-file --batch (buffered) reading the same blobs, output thrown away. */
async function floor(repo, ids) {
  const input = openSync(ids, 'r');
  try {
    return await measure('git', ['cat-file', '--batch', '--buffer'], { cwd: repo, stdin: input });
  } finally {
    closeSync(input);
  }
}

async function ledgerOf(base, count) {
  const repo = join(base, `ledger-${count}`);
  const started = Date.now();
  const written = await generateLedger(repo, count);
  console.log(`  generated ${written} entries in ${Date.now() - started} ms`);
  const ids = join(base, `ids-${count}.txt`);
  const ls = spawnSync(
    'git',
    ['ls-tree', '-r', '--format=%(objectname)', 'aios-ledger', '--', 'ledger/'],
    { cwd: repo, maxBuffer: 1 << 30 },
  );
  if (ls.status !== 0) throw new Error(`ls-tree: ${ls.stderr}`);
  writeFileSync(ids, ls.stdout);
  return { repo, ids, written };
}

const n = (x) => x.toLocaleString('en-US');

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-read-'));
  try {
    const small = await ledgerOf(base, 100_000);
    // Warm the page cache and the compile cache; verify exits 0 or measure throws.
    for (const name of Object.keys(READS)) await read(name, small.repo);
    await floor(small.repo, small.ids);
    const runs = { report: [], verify: [], export: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      // Interleave so drift in machine load hits every side alike.
      for (const name of Object.keys(READS)) runs[name].push(await read(name, small.repo));
      runs.floor.push(await floor(small.repo, small.ids));
    }
    const fm = median(runs.floor.map((x) => x.ms));
    const fc = median(runs.floor.map((x) => x.cpuMs));
    const figures = [];
    for (const name of Object.keys(READS)) {
      const m = median(runs[name].map((x) => x.ms));
      const c = median(runs[name].map((x) => x.cpuMs));
      figures.push(
        {
          metric: `\`aios ledger ${name}\` over ${n(small.written)} entries, wall (whole process)`,
          unit: 'ms',
          median: round(m, 1),
          baseline: 'git cat-file --batch, same blobs raw',
          baselineMedian: round(fm, 1),
          ratio: round(m / fm),
          target: '≤ 2× the floor',
          met: m / fm <= 2,
          runs: RUNS,
        },
        {
          metric: `\`aios ledger ${name}\` over ${n(small.written)} entries, CPU (user + system, git children included)`,
          unit: 'ms',
          median: round(c, 1),
          baseline: 'git cat-file --batch CPU, same blobs raw',
          baselineMedian: round(fc, 1),
          ratio: round(c / fc),
          target: '≤ 2× the floor',
          met: c / fc <= 2,
          runs: RUNS,
        },
      );
    }
    if (!process.env.BENCH_SKIP_1M) {
      const big = await ledgerOf(base, 1_000_000);
      const f = await floor(big.repo, big.ids);
      for (const name of Object.keys(READS)) {
        const r = await read(name, big.repo);
        console.log(
          `  1M ${name}: ${round(r.ms)} ms wall, ${round(r.cpuMs)} ms CPU, tree peak ${round(r.treeMb, 1)} MB (${r.procs} processes), largest process ${round(r.largestMb, 1)} MB`,
        );
        figures.push({
          metric: `peak RSS of the whole process tree (aios + its git children), \`aios ledger ${name}\` over ${n(big.written)} entries`,
          unit: 'MB',
          median: round(r.treeMb, 1),
          baseline: 'git cat-file --batch of the same blobs, its peak RSS',
          baselineMedian: round(f.treeMb, 1),
          ratio: round(r.treeMb / f.treeMb),
          target: '≤ 256 MB',
          met: r.treeMb <= 256,
          wallMs: round(r.ms, 1),
          cpuMs: round(r.cpuMs, 1),
          floorWallMs: round(f.ms, 1),
          floorCpuMs: round(f.cpuMs, 1),
          runs: 1,
        });
      }
    }
    return writeResults('ledger-read', 'npm run bench -- ledger-read', figures);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
