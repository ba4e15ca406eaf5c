// Shared helpers for benchmarks: timing child processes, medians, and writing results.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Wall time of one child process, in milliseconds. Fails loudly if the process fails. */
export function timeProcess(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(n, digits = 2) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Write bench/results/<name>.json and refresh the table in docs/benchmarks.md. */
export async function writeResults(name, command, figures) {
  const file = join(root, 'bench', 'results', `${name}.json`);
  await mkdir(dirname(file), { recursive: true });
  const body = {
    benchmark: name,
    command,
    measuredAt: new Date().toISOString(),
    node: process.version,
    figures,
  };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  await renderDocs();
  return body;
}

/** Rewrite the results table in docs/benchmarks.md from bench/results/*.json. */
export async function renderDocs() {
  const dir = join(root, 'bench', 'results');
  const rows = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.json')).sort()) {
    const r = JSON.parse(await readFile(join(dir, f), 'utf8'));
    for (const fig of r.figures) {
      rows.push(
        `| ${r.benchmark} | ${fig.metric} | ${fig.median} ${fig.unit} | ${fig.baseline} (${fig.baselineMedian} ${fig.unit}) | ${fig.ratio ?? '–'} | ${fig.target} | ${fig.met === undefined ? '–' : fig.met ? 'yes' : '**no**'} | ${r.measuredAt.slice(0, 10)} |`,
      );
    }
  }
  const docs = join(root, 'docs', 'benchmarks.md');
  const text = await readFile(docs, 'utf8').catch(() => '');
  const table = [
    '| benchmark | metric | median | baseline (median) | ratio | target | met | measured |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
    : `${text}\n${start}\n${table}\n${end}\n`;
  await writeFile(docs, next);
}
