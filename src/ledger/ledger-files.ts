import { GitError } from '../core/errors.js';
import { boundYoungGeneration } from '../core/young-generation.js';
import { openArchive, type ArchivedFile } from '../git/archive-reader.js';
import { gitWithInput } from '../git/run-git.js';
import { LEDGER_ROOT } from './ledger-layout.js';
import { PROMPTS_ROOT } from './prompt-objects.js';

/** What `ls-tree` shows directly below some folders: the subtrees, and everything else. */
async function level(
  repoDir: string,
  commit: string,
  folders: readonly string[],
): Promise<{ trees: string[]; ids: string[]; others: string[] }> {
  const trees: string[] = [];
  const ids: string[] = [];
  const others: string[] = [];
  if (folders.length === 0) return { trees, ids, others };
  const r = await gitWithInput(
    repoDir,
    ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...folders],
    undefined,
  );
  // A failed listing is an error, never an empty ledger (a report of nothing, a verify of nothing).
  if (r.code !== 0)
    throw new GitError(
      `cannot list ${folders.join(', ')} at ${commit}: ${r.stderr.toString().trim()}`,
      {
        hint: 'Check that the ledger commit exists in this repository (git fsck).',
      },
    );
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [, type, id] = rec.slice(0, tab).split(' ');
    if (type === 'tree') {
      trees.push(rec.slice(tab + 1));
      ids.push(id ?? '');
    } else others.push(rec.slice(tab + 1));
  }
  return { trees, ids, others };
}

/** The byte sizes of some objects, in one `cat-file --batch-check`. */
async function sizes(repoDir: string, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const r = await gitWithInput(
    repoDir,
    ['cat-file', '--batch-check=%(objectsize)'],
    `${ids.join('\n')}\n`,
  );
  if (r.code !== 0)
    throw new GitError(`cannot size the ledger's month trees: ${r.stderr.toString().trim()}`);
  return r.stdout
    .toString('utf8')
    .split('\n')
    .slice(0, ids.length)
    .map((n) => Number(n) || 0);
}

/**
 * Month folders read by one git together, up to this many bytes of their tree objects (~45
 * bytes a task): about 11,000 tasks, ~75,000 entries. Git's memory grows with the objects one
 * process walks (measured: 125 MB for a month of 71,000 entries, 207 MB for a million at once),
 * so a group stays near one large month's; small months share a process instead of paying a
 * git start each (a ledger of 100,000 entries over 14 months is read by two archives, not 14).
 */
const GROUP_TREE_BYTES = 512 * 1024;

/**
 * How the ledger on a commit is read in pieces: the folders two levels down (months,
 * `ledger/<yyyy>/<mm>`) in path order, grouped up to `GROUP_TREE_BYTES` (a large month on its
 * own), then whatever else sits at the first two levels (files, links, in one last piece) so
 * that nothing under `ledger/` goes unread. Three git calls.
 */
export async function ledgerPieces(repoDir: string, commit: string): Promise<string[][]> {
  const top = await level(repoDir, commit, [LEDGER_ROOT]);
  const second = await level(
    repoDir,
    commit,
    top.trees.map((t) => `${t}/`),
  );
  const pieces: string[][] = [];
  let group: string[] = [];
  let bytes = 0;
  const treeBytes = await sizes(repoDir, second.ids);
  second.trees.forEach((month, i) => {
    const size = treeBytes[i] ?? 0;
    if (group.length > 0 && bytes + size > GROUP_TREE_BYTES) {
      pieces.push(group);
      group = [];
      bytes = 0;
    }
    group.push(month);
    bytes += size;
  });
  if (group.length > 0) pieces.push(group);
  const rest = [...top.others, ...second.others];
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

type Pieces = readonly (readonly string[])[];

/**
 * The loop behind both piece readers: one `git archive` per piece (`openArchive`, no generator
 * of its own), each exiting before the next starts, while this process keeps its young
 * generation bounded (young-generation.ts). One generator between git and the reader.
 */
async function* piecesRead(
  repoDir: string,
  commit: string,
  pieces: () => Promise<Pieces>,
  options: { others?: boolean },
): AsyncGenerator<ArchivedFile[]> {
  let batches = 0;
  for (const piece of await pieces()) {
    const archive = openArchive(repoDir, commit, piece, options);
    let finished = false;
    try {
      for (let files = await archive.next(); files; files = await archive.next()) {
        if (batches++ % 64 === 0) boundYoungGeneration();
        yield files;
      }
      finished = true;
    } finally {
      if (!finished) archive.close();
    }
  }
}

/**
 * Some pieces of the ledger on a commit (see `ledgerPieces`), one `git archive` per piece, each
 * exiting before the next starts, while this process keeps its young generation bounded
 * (young-generation.ts): the one reader every whole-ledger pass goes through (verify, export,
 * the report's and the cells' folds).
 */
export function readPieceBatches(
  repoDir: string,
  commit: string,
  pieces: Pieces,
  options: { others?: boolean } = {},
): AsyncGenerator<ArchivedFile[]> {
  return piecesRead(repoDir, commit, () => Promise.resolve(pieces), options);
}

/**
 * Every file under `ledger/` on a commit (links, other non-files and empty folders too with
 * `others`), a month (or a few small months) at a time (`readPieceBatches`), so the whole
 * process tree holds one git's working set for one piece's objects (its delta cache, pack
 * windows and the objects it has seen), however many months the ledger holds. Files come in
 * path order within a month folder; a task keeps one folder, so its entries come together.
 */
export function readLedgerFileBatches(
  repoDir: string,
  commit: string,
  options: { others?: boolean } = {},
): AsyncGenerator<ArchivedFile[]> {
  return piecesRead(repoDir, commit, () => ledgerPieces(repoDir, commit), options);
}

/**
 * Every file under `prompts/` on a commit, with links, other non-files and empty folders named
 * (`others`), read as the entries are (one `git archive`, attributes off): nothing when the
 * commit has no `prompts/` folder. Two git calls.
 */
export async function* readPromptFileBatches(
  repoDir: string,
  commit: string,
): AsyncGenerator<ArchivedFile[]> {
  const top = await level(repoDir, commit, [PROMPTS_ROOT]);
  if (top.trees.length === 0 && top.others.length === 0) return;
  yield* piecesRead(repoDir, commit, () => Promise.resolve([[PROMPTS_ROOT]]), { others: true });
}

/**
 * Which of some paths on a commit are submodules (gitlinks, mode 160000): the folders an
 * archive shows empty are either those or empty trees. One `ls-tree`, only when there are any.
 */
export async function gitlinksAmong(
  repoDir: string,
  commit: string,
  paths: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  if (paths.length === 0) return out;
  const r = await gitWithInput(
    repoDir,
    ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...paths],
    undefined,
  );
  if (r.code !== 0)
    throw new GitError(
      `cannot list ${paths.join(', ')} at ${commit}: ${r.stderr.toString().trim()}`,
    );
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab > 0 && rec.startsWith('160000 ')) out.add(rec.slice(tab + 1));
  }
  return out;
}
