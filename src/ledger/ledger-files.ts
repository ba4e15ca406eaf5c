import { GitError } from '../core/errors.js';
import { holdOptimizingTier } from '../core/optimizing-tier.js';
import { boundYoungGeneration } from '../core/young-generation.js';
import { ChunkQueue, openArchive, type ArchivedFile } from '../git/archive-reader.js';
import { gitWithInput, spawnGitStream } from '../git/run-git.js';
import { parseTreeObject, TREE_MODE, type TreeEntry } from '../git/tree-objects.js';
import { LEDGER_ROOT } from './ledger-layout.js';
import { PROMPTS_ROOT } from './prompt-objects.js';

/**
 * What `ls-tree` shows of some paths (a folder with its slash: what sits directly below it): the
 * subtrees, everything else, and of that the submodules (gitlinks, mode 160000).
 * One git call, none for no paths.
 */
async function level(
  repoDir: string,
  commit: string,
  folders: readonly string[],
): Promise<{ trees: string[]; others: string[]; gitlinks: string[] }> {
  const trees: string[] = [];
  const others: string[] = [];
  const gitlinks: string[] = [];
  if (folders.length === 0) return { trees, others, gitlinks };
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
    const [mode, type] = rec.slice(0, tab).split(' ');
    const path = rec.slice(tab + 1);
    if (type === 'tree') {
      trees.push(path);
    } else {
      others.push(path);
      if (mode === '160000') gitlinks.push(path);
    }
  }
  return { trees, others, gitlinks };
}

/**
 * Month folders read by one git together, up to this many bytes of their tree objects (~45
 * bytes a task): about 17,000 tasks, ~115,000 entries. Git's memory grows with the objects one
 * process walks (measured: 125 MB for a month of 71,000 entries, 127 MB for 100,000 entries over
 * 14 months, 134 MB for two months of 140,000, 207 MB for a million at once), so a group stays
 * near one large month's: a month of a million-entry ledger (~465 KB of trees) is read alone.
 * Small months share a process, which costs less than the start alone suggests: each git
 * inflates again the delta bases its objects share with the months another git read (measured
 * at 100,000 entries over 14 months: one archive 1.06 s of git CPU, the same months split in two
 * 1.17 s; with a cap of 512 KB they were split in two).
 */
const GROUP_TREE_BYTES = 768 * 1024;

/**
 * One `git cat-file --batch-command` asked in rounds: each round's `contents` requests are
 * written together and their answers read back in order (the object's body, or undefined for
 * a name that resolves to none).
 */
class TreeSession {
  private readonly git;
  private readonly chunks;
  private buf: Buffer = Buffer.alloc(0);

  constructor(repoDir: string) {
    this.git = spawnGitStream(repoDir, ['cat-file', '--batch-command'], 'pipe');
    this.chunks = new ChunkQueue(this.git.stdout);
  }

  async contents(
    names: readonly string[],
  ): Promise<({ type: string; body: Buffer } | undefined)[]> {
    if (names.length === 0) return [];
    for (const n of names)
      if (/[\n\0]/.test(n)) throw new GitError(`object name holds a newline: ${JSON.stringify(n)}`);
    this.git.stdin?.write(names.map((n) => `contents ${n}\n`).join(''));
    const out: ({ type: string; body: Buffer } | undefined)[] = [];
    while (out.length < names.length) {
      const nl = this.buf.indexOf(10);
      if (nl >= 0) {
        const header = this.buf.toString('utf8', 0, nl).split(' ');
        const size = Number(header[2]);
        if (header.length === 3 && Number.isInteger(size)) {
          if (this.buf.length < nl + 2 + size) {
            if (!(await this.more())) break;
            continue;
          }
          out.push({ type: header[1] ?? '', body: this.buf.subarray(nl + 1, nl + 1 + size) });
          this.buf = this.buf.subarray(nl + 2 + size);
        } else {
          out.push(undefined); // "<name> missing" (or ambiguous): no body follows
          this.buf = this.buf.subarray(nl + 1);
        }
        continue;
      }
      if (!(await this.more())) break;
    }
    if (out.length < names.length) {
      const { stderr } = await this.close();
      throw new GitError(`cannot read the ledger's folders: ${stderr || 'git cat-file stopped'}`, {
        hint: 'Check that the ledger commit exists in this repository (git fsck).',
      });
    }
    return out;
  }

  /** The byte sizes of some objects (`info`: no bodies sent), in order. */
  async sizes(names: readonly string[]): Promise<number[]> {
    if (names.length === 0) return [];
    this.git.stdin?.write(names.map((n) => `info ${n}\n`).join(''));
    const out: number[] = [];
    while (out.length < names.length) {
      const nl = this.buf.indexOf(10);
      if (nl < 0) {
        if (!(await this.more())) break;
        continue;
      }
      const header = this.buf.toString('utf8', 0, nl).split(' ');
      this.buf = this.buf.subarray(nl + 1);
      out.push(header.length === 3 ? Number(header[2]) || 0 : 0);
    }
    if (out.length < names.length) {
      const { stderr } = await this.close();
      throw new GitError(
        `cannot size the ledger's month trees: ${stderr || 'git cat-file stopped'}`,
      );
    }
    return out;
  }

  private async more(): Promise<boolean> {
    const got = await this.chunks.take();
    if (!got) return false;
    this.buf = Buffer.concat([this.buf, ...got]);
    return true;
  }

  async close(): Promise<{ code: number; stderr: string }> {
    this.git.stdin?.end();
    const exited = await this.git.exited;
    return exited;
  }
}

/**
 * A piece of at least this many bytes of month trees (~45 bytes a task: ~700 tasks, ~5,000
 * entries) is read through a named pipe (see archive-reader.ts): its blocking reads save ~1 µs
 * of CPU an entry, against the ~4 ms `mkfifo` costs once per process.
 */
const PIPE_TREE_BYTES = 32 * 1024;

/** Folders read by one `git archive`, and how many bytes their trees hold (0: not known). */
export interface LedgerPiece {
  readonly folders: readonly string[];
  readonly treeBytes: number;
}

/** The ledger on a commit as its readers take it (see `ledgerLayout`). */
export interface LedgerLayout {
  readonly pieces: LedgerPiece[];
  /**
   * What the commit's root holds besides the folders `ledger/` and `prompts/`: names of files,
   * links, submodules or other folders, none of which a ledger branch should have.
   */
  readonly outside: string[];
  /** Whether the root holds a `prompts/` folder. */
  readonly prompts: boolean;
}

/**
 * How the ledger on a commit is read in pieces: the folders two levels down (months,
 * `ledger/<yyyy>/<mm>`) in path order, grouped up to `GROUP_TREE_BYTES` (a large month on its
 * own), then whatever else sits at the first two levels (files, links, in one last piece) so
 * that nothing under `ledger/` goes unread.
 */
export async function ledgerPieces(repoDir: string, commit: string): Promise<LedgerPiece[]> {
  return (await ledgerLayout(repoDir, commit)).pieces;
}

/**
 * The pieces (`ledgerPieces`) and what sits beside `ledger/` and `prompts/` at the root. One git
 * (`cat-file --batch-command`, asked three times: the root and the ledger's trees, its year
 * trees, its month trees, whose sizes group them).
 */
export async function ledgerLayout(repoDir: string, commit: string): Promise<LedgerLayout> {
  const idBytes = commit.length / 2;
  const session = new TreeSession(repoDir);
  let closed = false;
  try {
    const [rootTree, ledgerTree] = await session.contents([
      `${commit}^{tree}`,
      `${commit}:${LEDGER_ROOT.slice(0, -1)}`,
    ]);
    const rootEntries = rootTree?.type === 'tree' ? parseTreeObject(rootTree.body, idBytes) : [];
    const isFolder = (e: TreeEntry, folder: string) =>
      e.mode === TREE_MODE && `${e.name}/` === folder;
    const outside = rootEntries
      .filter((e) => !isFolder(e, LEDGER_ROOT) && !isFolder(e, PROMPTS_ROOT))
      .map((e) => e.name);
    const prompts = rootEntries.some((e) => isFolder(e, PROMPTS_ROOT));
    const pieces: LedgerPiece[] = [];
    if (ledgerTree?.type === 'tree') {
      const first = parseTreeObject(ledgerTree.body, idBytes);
      const years = first.filter((e) => e.mode === TREE_MODE);
      const rest = first.filter((e) => e.mode !== TREE_MODE).map((e) => `${LEDGER_ROOT}${e.name}`);
      const months: { path: string; id: string }[] = [];
      const yearTrees = await session.contents(years.map((y) => y.id));
      years.forEach((year, i) => {
        const answer = yearTrees[i];
        if (answer?.type !== 'tree')
          throw new GitError(`the tree of ${LEDGER_ROOT}${year.name} at ${commit} is missing`, {
            hint: 'The repository is incomplete: fetch the ledger branch again (git fetch).',
          });
        for (const e of parseTreeObject(answer.body, idBytes)) {
          const path = `${LEDGER_ROOT}${year.name}/${e.name}`;
          if (e.mode === TREE_MODE) months.push({ path, id: e.id });
          else rest.push(path);
        }
      });
      const monthBytes = await session.sizes(months.map((m) => m.id));
      let group: string[] = [];
      let bytes = 0;
      months.forEach((month, i) => {
        const size = monthBytes[i] ?? 0;
        if (group.length > 0 && bytes + size > GROUP_TREE_BYTES) {
          pieces.push({ folders: group, treeBytes: bytes });
          group = [];
          bytes = 0;
        }
        group.push(month.path);
        bytes += size;
      });
      if (group.length > 0) pieces.push({ folders: group, treeBytes: bytes });
      // Files and folders at the first two levels are not months: read last, still read.
      if (rest.length > 0) pieces.push({ folders: rest, treeBytes: 0 });
    }
    closed = true;
    const { code, stderr } = await session.close();
    if (code !== 0)
      throw new GitError(`cannot list the ledger at ${commit}: ${stderr}`, {
        hint: 'Check that the ledger commit exists in this repository (git fsck).',
      });
    return { pieces, outside, prompts };
  } finally {
    if (!closed) await session.close();
  }
}

type Pieces = readonly LedgerPiece[];

/**
 * Files read with V8's optimizing tier held off (optimizing-tier.ts) before it may compile: its
 * compiling is a fixed cost (~100 ms of CPU over ~45 functions) and its faster code saves a
 * little per entry, so it pays only on long reads. Measured (`aios ledger verify`, CPU, old and
 * new builds interleaved): at 100,000 entries holding it off saved ~90 ms of ~2.2 s; at
 * 1,000,000 it cost ~0.4 s of ~20 s. The two meet near 200,000.
 */
const OPTIMIZE_AFTER_FILES = 200_000;

/**
 * The loop behind both piece readers: one `git archive` per piece (`openArchive`, no generator
 * of its own), each exiting before the next starts, while this process keeps its young
 * generation bounded (young-generation.ts) and V8's optimizing tier out (optimizing-tier.ts).
 * One generator between git and the reader.
 */
async function* piecesRead(
  repoDir: string,
  commit: string,
  pieces: () => Promise<Pieces>,
  options: { others?: boolean },
): AsyncGenerator<ArchivedFile[]> {
  let batches = 0;
  let read = 0;
  const release = holdOptimizingTier();
  try {
    for (const piece of await pieces()) {
      const archive = openArchive(repoDir, commit, piece.folders, {
        ...options,
        pipe: piece.treeBytes >= PIPE_TREE_BYTES,
      });
      let finished = false;
      try {
        for (let files = await archive.next(); files; files = await archive.next()) {
          if (batches++ % 64 === 0) boundYoungGeneration();
          read += files.length;
          if (read >= OPTIMIZE_AFTER_FILES) release();
          yield files;
        }
        finished = true;
      } finally {
        if (!finished) archive.close();
      }
    }
  } finally {
    release();
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
  options: {
    others?: boolean;
    /** Told the layout once it is read (verify asks what sits beside the ledger). */
    onLayout?: (layout: LedgerLayout) => void;
  } = {},
): AsyncGenerator<ArchivedFile[]> {
  return piecesRead(
    repoDir,
    commit,
    async () => {
      const layout = await ledgerLayout(repoDir, commit);
      options.onLayout?.(layout);
      return layout.pieces;
    },
    { others: options.others },
  );
}

/**
 * Every file under `prompts/` on a commit, with links, other non-files and empty folders named
 * (`others`), read as the entries are (one `git archive`, attributes off): nothing when the
 * commit has no `prompts/` folder. Two git calls, one when the caller says whether it is there
 * (`ledgerLayout` read the root already).
 */
export async function* readPromptFileBatches(
  repoDir: string,
  commit: string,
  /** Whether the commit's root holds a `prompts/` folder, when the caller knows (no git call). */
  present?: boolean,
): AsyncGenerator<ArchivedFile[]> {
  if (present === false) return;
  if (present === undefined) {
    const top = await level(repoDir, commit, [PROMPTS_ROOT]);
    if (top.trees.length === 0 && top.others.length === 0) return;
  }
  yield* piecesRead(
    repoDir,
    commit,
    () => Promise.resolve([{ folders: [PROMPTS_ROOT], treeBytes: 0 }]),
    { others: true },
  );
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
  return new Set((await level(repoDir, commit, paths)).gitlinks);
}
