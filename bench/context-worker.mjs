// One measured operation of the context benchmark, in its own process so its peak memory is
// its own: `node bench/context-worker.mjs <op> <repo> <index-file> [task-file]`. Prints JSON.
// Imports the TypeScript sources through tsx's loader, like the other benchmarks.
import { readFile } from 'node:fs/promises';
import { register } from 'tsx/esm/api';

register();
const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);
const [op, repo, indexFile, taskFile] = process.argv.slice(2);
const { openGitWorkspace } = await src('context/workspace.ts');
const { RepoIndex } = await src('context/repo-index.ts');
const { gatherContext } = await src('context/gather-context.ts');
const { CatFileBatch } = await src('git/cat-file-batch.ts');

const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const before = rssMB();
const t0 = performance.now();
let extra;
const ws = await openGitWorkspace(repo);
if (op === 'index') {
  // First build or an update: list, check ignore rules, read changed blobs, chunk, write.
  const index = RepoIndex.open(indexFile);
  const entries = await ws.listEntries();
  extra = await index.update(entries, (b) => ws.readBlobs(b), {
    ignored: (p) => ws.ignoredPaths(p),
  });
  index.close();
} else if (op === 'select') {
  // What `aios run` does for context: bring the index up to date (nothing changed), search,
  // choose within a 10,000-token budget, read only what is sent.
  const task = JSON.parse(await readFile(taskFile, 'utf8'));
  const index = RepoIndex.open(indexFile);
  const entries = await ws.listEntries();
  await index.update(entries, (b) => ws.readBlobs(b), {
    ignored: (p) => ws.ignoredPaths(p),
  });
  const c = await gatherContext({
    workspace: ws,
    task,
    laneGlobs: ['content/**/*.md'],
    maxTokens: 10_000,
    retrieve: (terms) => index.search(terms, 60),
  });
  index.close();
  extra = { shown: c.files.length, tokens: c.tokens, first: c.files[0]?.path, want: task.want };
} else if (op === 'raw') {
  // The baseline: the candidate files (every text file in the lane) read raw, in one
  // pipelined cat-file batch, which is what choosing without sizes and an index needs.
  const entries = (await ws.listEntries()).filter((e) => /^content\/.*\.md$/.test(e.path));
  const cat = new CatFileBatch(repo);
  let bytes = 0;
  for (const b of await Promise.all(entries.map((e) => cat.read(e.blob)))) bytes += b?.length ?? 0;
  await cat.close();
  extra = { files: entries.length, bytes };
} else throw new Error(`unknown op ${op}`);
await ws.close();
console.log(
  JSON.stringify({ ms: performance.now() - t0, rssMB: rssMB(), startRssMB: before, ...extra }),
);
