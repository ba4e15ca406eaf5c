// `npm run bench` runs every benchmark; `npm run bench -- <name>` runs one alone.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './lib.mjs';

const all = (await readdir(join(root, 'bench')))
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace('.bench.mjs', ''))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${all.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : all) {
  console.log(`# ${name}`);
  const mod = await import(join(root, 'bench', `${name}.bench.mjs`));
  const result = await mod.run();
  for (const f of result.figures) {
    console.log(
      `  ${f.metric}: median ${f.median} ${f.unit} vs ${f.baseline} ${f.baselineMedian} ${f.unit}; ratio ${f.ratio ?? '–'}; target ${f.target}${f.met === undefined ? '' : f.met ? ': met' : ': NOT met'}`,
    );
  }
}
