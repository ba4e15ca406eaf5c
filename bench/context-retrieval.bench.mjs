// Retrieval quality of the lexical index (FTS5 BM25 with column weights) on 57 known-item
// queries over a snapshot of AIOS's own sources and docs (test/fixtures/context/): recall@10
// and mean reciprocal rank, against ranking files by how their paths match the query (what
// selection does without an index). Target: recall@10 ≥ 0.9. `npm run bench -- context-retrieval`.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { register } from 'tsx/esm/api';
import { root, round, writeResults } from './lib.mjs';

register();
const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);

export async function run() {
  const [{ RepoIndex }, { retrievalQuality }, { openGitWorkspace }, { pathScore, queryTerms }] =
    await Promise.all([
      src('context/repo-index.ts'),
      src('context/retrieval-quality.ts'),
      src('context/workspace.ts'),
      src('context/query-terms.ts'),
    ]);
  const fixtures = join(root, 'test', 'fixtures', 'context');
  const { files } = JSON.parse(await readFile(join(fixtures, 'aios-snapshot.json'), 'utf8'));
  const { queries } = JSON.parse(await readFile(join(fixtures, 'known-items.json'), 'utf8'));
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-retrieval-'));
  try {
    const repo = join(base, 'repo');
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(repo, path)), { recursive: true });
      await writeFile(join(repo, path), text);
    }
    const git = (...args) => execFileSync('git', args, { cwd: repo });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=b', '-c', 'user.email=b@e', 'commit', '-qm', 'snapshot');
    const ws = await openGitWorkspace(repo);
    const index = RepoIndex.open(join(base, 'index.sqlite'));
    const entries = await ws.listEntries();
    await index.update(entries, (b) => ws.readBlobs(b), { ignored: (p) => ws.ignoredPaths(p) });
    const q = retrievalQuality(index, queries);
    index.close();
    await ws.close();
    // The baseline: files ranked by path words alone.
    let hits = 0;
    let rr = 0;
    for (const { q: text, want } of queries) {
      const terms = new Set(queryTerms(text));
      const ranked = entries
        .map((e) => ({ path: e.path, s: pathScore(e.path, terms) }))
        .filter((r) => r.s > 0)
        .sort((a, b) => b.s - a.s || a.path.localeCompare(b.path))
        .map((r) => r.path);
      const at = ranked.indexOf(want);
      if (at >= 0 && at < 10) hits++;
      if (at >= 0) rr += 1 / (at + 1);
    }
    const baseRecall = round(hits / queries.length, 3);
    return writeResults('context-retrieval', 'npm run bench -- context-retrieval', [
      {
        metric: `recall@10, ${queries.length} known-item queries, lexical index (${entries.length} files)`,
        unit: '',
        median: round(q.recallAt10, 3),
        baseline: 'files ranked by path words',
        baselineMedian: baseRecall,
        ratio: round(q.recallAt10 / baseRecall),
        target: '≥ 0.9',
        met: q.recallAt10 >= 0.9,
        misses: q.misses,
      },
      {
        metric: `MRR, the same queries`,
        unit: '',
        median: round(q.mrr, 3),
        baseline: 'files ranked by path words',
        baselineMedian: round(rr / queries.length, 3),
        ratio: round(q.mrr / (rr / queries.length)),
        target: 'report',
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
