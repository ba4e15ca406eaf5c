import { boundYoungGeneration } from '../core/young-generation.js';
import { readArchiveBatches, type ArchivedFile } from '../git/archive-reader.js';
import { gitWithInput } from '../git/run-git.js';
import { LEDGER_ROOT } from './ledger-layout.js';

/** What `ls-tree` shows directly below some folders: the subtrees, and everything else. */
async function level(
  repoDir: string,
  commit: string,
  folders: readonly string[],
): Promise<{ trees: string[]; others: string[] }> {
  const trees: string[] = [];
  const others: string[] = [];
  if (folders.length === 0) return { trees, others };
  const r = await gitWithInput(
    repoDir,
    ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...folders],
    undefined,
  );
  if (r.code !== 0) return { trees, others };
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const type = rec.slice(0, tab).split(' ')[1];
    (type === 'tree' ? trees : others).push(rec.slice(tab + 1));
  }
  return { trees, others };
}

/**
 * How the ledger on a commit is read in pieces: each folder two levels down (a month,
 * `ledger/<yyyy>/<mm>`) on its own, then whatever else sits at the first two levels (files,
 * links, in one last piece) so that nothing under `ledger/` goes unread. Two `ls-tree` calls.
 */
export async function ledgerPieces(repoDir: string, commit: string): Promise<string[][]> {
  const top = await level(repoDir, commit, [LEDGER_ROOT]);
  const second = await level(
    repoDir,
    commit,
    top.trees.map((t) => `${t}/`),
  );
  const pieces = second.trees.map((month) => [month]);
  const rest = [...top.others, ...second.others];
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Every file under `ledger/` on a commit (links and other non-files too with `others`), one
 * month folder at a time: one `git archive` per month, each exiting before the next starts, so
 * the whole process tree holds one git's working set for one month's objects (its delta cache,
 * pack windows and the objects it has seen), however many months the ledger holds, and this
 * process keeps its young generation bounded (young-generation.ts). Files come in path order
 * within a month folder; a task keeps one folder, so its entries come together.
 */
export async function* readLedgerFileBatches(
  repoDir: string,
  commit: string,
  options: { others?: boolean } = {},
): AsyncGenerator<ArchivedFile[]> {
  let batches = 0;
  for (const piece of await ledgerPieces(repoDir, commit))
    for await (const batch of readArchiveBatches(repoDir, commit, piece, options)) {
      if (batches++ % 64 === 0) boundYoungGeneration();
      yield batch;
    }
}
