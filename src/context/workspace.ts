import { join } from 'node:path';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { gitWithInput } from '../git/run-git.js';

/** One file of the tree: its path, blob id and size, known before anything is read. */
export interface TreeEntry {
  readonly path: string;
  readonly blob: string;
  readonly size: number;
}

/** Read access to the repository the work is about: the context port. */
export interface Workspace {
  listFiles(): Promise<string[]>;
  readFile(path: string): Promise<string | undefined>;
  close(): Promise<void>;
  /** Every file with its blob id and size (`ls-tree -l`), so selection needs no reads. */
  listEntries?(): Promise<readonly TreeEntry[]>;
  /** Many blobs at once through one reader; ids not found are absent from the map. */
  readBlobs?(blobs: readonly string[]): Promise<Map<string, Buffer>>;
  /** Which of these paths the repository's ignore rules match. */
  ignoredPaths?(paths: readonly string[]): Promise<Set<string>>;
  /** Where the repository's search index lives (`.aios/cache/index.sqlite`). */
  readonly indexFile?: string;
  /**
   * The repository whose object database `readBlobs` reads: a blob it returned is held there
   * (the ledger store then keeps it by id without asking git again). Absent: not known.
   */
  readonly objectsOf?: string;
}

/**
 * The repository as committed at a ref (HEAD by default), read from git objects: the work is
 * done against what is in the repository, not whatever is lying in someone's work tree.
 */
export async function openGitWorkspace(repoDir: string, ref = 'HEAD'): Promise<Workspace> {
  let cat: CatFileBatch | undefined;
  let entries: Promise<TreeEntry[]> | undefined;
  const listEntries = (): Promise<TreeEntry[]> => {
    // Whoever lists the tree reads from it next: the reader process starts alongside.
    cat ??= new CatFileBatch(repoDir);
    entries ??= gitWithInput(
      repoDir,
      ['ls-tree', '-r', '-l', '-z', '--full-tree', ref],
      undefined,
    ).then((r) => (r.code === 0 ? parseLsTree(r.stdout.toString('utf8')) : []));
    return entries;
  };
  const ignored = new Map<string, Promise<boolean>>();
  const askIgnored = async (paths: readonly string[]): Promise<Set<string>> => {
    const r = await gitWithInput(
      repoDir,
      ['check-ignore', '--no-index', '-z', '--stdin'],
      `${paths.join('\0')}\0`,
    );
    // Exit 1 means none is ignored; 128 (no work tree) means the rules cannot be read.
    if (r.code !== 0) return new Set();
    return new Set(r.stdout.toString('utf8').split('\0').filter(Boolean));
  };
  return {
    indexFile: join(repoDir, '.aios', 'cache', 'index.sqlite'),
    objectsOf: repoDir,
    async listFiles() {
      return (await listEntries()).map((e) => e.path);
    },
    listEntries,
    async readFile(path) {
      cat ??= new CatFileBatch(repoDir);
      const bytes = await cat.read(`${ref}:${path}`);
      return bytes?.toString('utf8');
    },
    async readBlobs(blobs) {
      cat ??= new CatFileBatch(repoDir);
      const reader = cat;
      // All requests are written before any answer is awaited: one pipelined batch.
      const read = await Promise.all(blobs.map((b) => reader.read(b)));
      const out = new Map<string, Buffer>();
      read.forEach((bytes, i) => {
        const id = blobs[i];
        if (bytes && id) out.set(id, bytes);
      });
      return out;
    },
    async ignoredPaths(paths) {
      // The index and each attempt's context ask about the same paths: git is asked once per
      // path for the workspace's life (one process, not one per caller).
      const unknown = [...new Set(paths)].filter((p) => !p.includes('\0') && !ignored.has(p));
      if (unknown.length) {
        const asked = askIgnored(unknown);
        for (const p of unknown)
          ignored.set(
            p,
            asked.then((set) => set.has(p)),
          );
      }
      const answers = await Promise.all(paths.map((p) => ignored.get(p) ?? false));
      return new Set(paths.filter((_, i) => answers[i]));
    },
    async close() {
      await cat?.close();
    },
  };
}

/** `ls-tree -r -l -z` output: `<mode> <type> <id> <size>\t<path>\0`; blobs only. */
export function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    // `100644 blob <id> <padded size>`: fixed fields, read by position (no regex per line).
    const sp1 = record.indexOf(' ');
    const sp2 = record.indexOf(' ', sp1 + 1);
    const sp3 = record.indexOf(' ', sp2 + 1);
    if (record.slice(sp1 + 1, sp2) !== 'blob' || sp3 < 0) continue;
    entries.push({
      path: record.slice(tab + 1),
      blob: record.slice(sp2 + 1, sp3),
      size: Number(record.slice(sp3 + 1, tab)),
    });
  }
  return entries;
}
