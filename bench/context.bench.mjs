// Context: the index and selection on a generated repository of 10,000 files / 200 MB
// (markdown pages under content/, PHP and CSS beside them), each measured in its own process:
//  - first index (time, peak memory), against reading every blob raw through one cat-file batch;
//  - the update after 100 changed files (target ≤ 1 s), against the first index;
//  - context selection for one task (target ≤ 300 ms and ≤ 300 MB), against reading the
//    candidate files (every lane file) raw in the same run.
// `npm run bench -- context`. BENCH_FILES / BENCH_MB / BENCH_RUNS scale it down for a try.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root, round, writeResults } from './lib.mjs';

const FILES = Number(process.env.BENCH_FILES ?? 10_000);
const TOTAL_MB = Number(process.env.BENCH_MB ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const node = process.execPath;
const worker = join(root, 'bench', 'context-worker.mjs');

function git(cwd, args, input) {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A deterministic random source, so every run measures the same repository. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(16);
const SYL = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ze',
  'pa',
  'qu',
  'dex',
  'mor',
  'lin',
  'tar',
  'gul',
];
const VOCAB = Array.from({ length: 6000 }, () => {
  let w = '';
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) w += SYL[Math.floor(rand() * SYL.length)];
  return w;
});
/** Zipf-like: common words often, rare words rarely, as in real text. */
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 3)];
const sentence = (n) => Array.from({ length: n }, word).join(' ') + '.';

function fileText(path, bytes) {
  const parts = [];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    let block;
    if (path.endsWith('.md')) block = `## ${sentence(3)}\n\n${sentence(40)} ${sentence(30)}\n\n`;
    else if (path.endsWith('.php'))
      block = `function ${word()}_${word()}_${k++}( $${word()} ) {\n\t// ${sentence(12)}\n\treturn '${sentence(20)}';\n}\n\n`;
    else
      block = `.${word()}-${k++} {\n  color: #${Math.floor(rand() * 0xffffff).toString(16)};\n  /* ${sentence(10)} */\n}\n`;
    parts.push(block);
    size += block.length;
  }
  return (path.endsWith('.php') ? '<?php\n' : '') + parts.join('');
}

/** Write the repository with one fast-import stream; return the paths. */
export function generate(dir) {
  git(dir, ['init', '-q', '-b', 'main']);
  const avg = (TOTAL_MB * 1024 * 1024) / FILES;
  const paths = [];
  const chunks = ['commit refs/heads/main\ncommitter B <b@e> 1700000000 +0000\ndata 4\nsite\n'];
  for (let i = 0; i < FILES; i++) {
    const kind = i % 10 < 7 ? 'md' : i % 10 < 9 ? 'php' : 'css';
    const folder =
      kind === 'md'
        ? `content/section-${i % 50}`
        : kind === 'php'
          ? `wp-content/plugins/p-${i % 40}`
          : `assets/css`;
    const path = `${folder}/${word()}-${i}.${kind}`;
    const text = fileText(path, Math.floor(avg * (0.3 + rand() * 1.4)));
    paths.push(path);
    chunks.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  git(dir, ['reset', '-q', '--hard', 'main']);
  return paths;
}

function measure(op, repo, index, task) {
  const r = spawnSync(node, [worker, op, repo, index, ...(task ? [task] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${op} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-context-'));
  try {
    const repo = join(base, 'repo');
    await import('node:fs/promises').then((fs) => fs.mkdir(repo));
    const genStart = performance.now();
    const paths = generate(repo);
    const bytes = Number(git(repo, ['count-objects', '-v']).match(/size-pack: (\d+)/)?.[1] ?? 0);
    console.log(
      `  generated ${paths.length} files in ${round(performance.now() - genStart, 0)} ms`,
    );
    const indexFile = (i) => join(base, `index-${i}.sqlite`);

    // First index, against every blob read raw.
    const first = [];
    const raw = [];
    for (let i = 0; i < Math.max(1, Math.min(RUNS, 2)); i++) {
      first.push(measure('index', repo, indexFile(i)));
      raw.push(measure('raw', repo, indexFile(i)));
    }
    const totalBytes = Number(
      git(repo, ['ls-tree', '-r', '-l', 'main'])
        .split('\n')
        .reduce((n, l) => n + (Number(l.split(/\s+/)[3]) || 0), 0),
    );

    // The update after 100 changed files, on the first index.
    const updates = [];
    for (let i = 0; i < RUNS; i++) {
      const changed = [];
      for (let k = 0; k < 100; k++) {
        const p = paths[Math.floor(rand() * paths.length)];
        changed.push(`M 100644 inline ${p}\ndata :\n`);
        const text = fileText(p, 20_000);
        changed[changed.length - 1] =
          `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
      }
      git(
        repo,
        ['fast-import', '--quiet'],
        `commit refs/heads/main\ncommitter B <b@e> ${1700000001 + i} +0000\ndata 7\nchange\nfrom refs/heads/main^0\n${changed.join('')}`,
      );
      git(repo, ['reset', '-q', '--hard', 'main']);
      updates.push(measure('index', repo, indexFile(0)));
    }

    // Selection for one task: a known page, described by words from its text.
    const target = paths.find((p) => p.startsWith('content/') && p.endsWith('.md'));
    const targetText = git(repo, ['show', `main:${target}`]);
    const rare = [...new Set(targetText.split(/[^a-z]+/))].filter((w) => w.length > 9).slice(0, 6);
    const taskFile = join(base, 'task.json');
    await writeFile(
      taskFile,
      JSON.stringify({
        id: 'local/bench#1',
        key: 'local.bench.1',
        source: { type: 'file', path: 't.md', repo: 'bench' },
        title: `Revise the section about ${rare.slice(0, 2).join(' and ')}`,
        body: `The copy on ${rare.slice(2).join(', ')} is out of date; tighten it.`,
        labels: [],
        requestedBy: 'bench',
        textHash: '0'.repeat(64),
        removed: [],
        receivedAt: '2026-01-01T00:00:00.000Z',
        want: target,
      }),
    );
    const select = [];
    const rawCandidates = [];
    for (let i = 0; i < RUNS; i++) {
      select.push(measure('select', repo, indexFile(0), taskFile));
      rawCandidates.push(measure('raw', repo, indexFile(0)));
    }
    const med = (xs, k) => round(median(xs.map((x) => x[k])), 1);
    const firstMs = med(first, 'ms');
    const figures = [
      {
        metric: `first index, ${paths.length} files / ${round(totalBytes / 1048576, 0)} MB generated repository`,
        unit: 'ms',
        median: firstMs,
        baseline: 'every blob read raw, one cat-file batch',
        baselineMedian: med(raw, 'ms'),
        ratio: round(firstMs / med(raw, 'ms')),
        target: 'report the time (no target)',
        detail: { chunks: first[0].chunks, packMB: round(bytes / 1024, 0) },
      },
      {
        metric: 'peak RSS of the first index',
        unit: 'MB',
        median: med(first, 'rssMB'),
        baseline: 'the raw read',
        baselineMedian: med(raw, 'rssMB'),
        ratio: round(med(first, 'rssMB') / med(raw, 'rssMB')),
        target: 'report the memory (no target)',
      },
      {
        metric: 'index update after 100 changed files',
        unit: 'ms',
        median: med(updates, 'ms'),
        baseline: 'first index',
        baselineMedian: firstMs,
        ratio: round(med(updates, 'ms') / firstMs, 3),
        target: '≤ 1,000 ms',
        met: med(updates, 'ms') <= 1000,
      },
      {
        metric:
          'context selection for one task (index up to date, search, choose, read what is sent)',
        unit: 'ms',
        median: med(select, 'ms'),
        baseline: 'the lane files read raw, one cat-file batch',
        baselineMedian: med(rawCandidates, 'ms'),
        ratio: round(med(select, 'ms') / med(rawCandidates, 'ms')),
        target: '≤ 300 ms',
        met: med(select, 'ms') <= 300,
        detail: {
          shown: select[0].shown,
          tokens: select[0].tokens,
          firstShown: select[0].first,
          want: target,
        },
      },
      {
        metric: 'peak RSS of context selection',
        unit: 'MB',
        median: med(select, 'rssMB'),
        baseline: 'the lane files read raw',
        baselineMedian: med(rawCandidates, 'rssMB'),
        ratio: round(med(select, 'rssMB') / med(rawCandidates, 'rssMB')),
        target: '≤ 300 MB',
        met: med(select, 'rssMB') <= 300,
      },
    ];
    return writeResults('context', 'npm run bench -- context', figures);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
