import { GitError } from '../core/errors.js';
import type { CatFileBatch } from './cat-file-batch.js';

/** One entry of a git tree object. */
export interface TreeEntry {
  /** The octal mode as git stores it (`40000` a tree, `160000` a submodule, else a file). */
  readonly mode: string;
  readonly name: string;
  readonly id: string;
}

/** A tree entry's mode for a folder. */
export const TREE_MODE = '40000';

/**
 * The entries of a raw tree object (`<mode> <name>\0<id bytes>` each), in the order git stores
 * them, which is the order `git ls-tree` lists them in. `idBytes` is the hash's length in bytes
 * (20 for SHA-1, 32 for SHA-256): half the length of any object id the repository gives out.
 */
export function parseTreeObject(bytes: Buffer, idBytes: number): TreeEntry[] {
  const out: TreeEntry[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const space = bytes.indexOf(0x20, pos);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > bytes.length)
      throw new GitError(`a git tree object is malformed at byte ${pos}`);
    out.push({
      mode: bytes.toString('latin1', pos, space),
      name: bytes.toString('utf8', space + 1, nul),
      id: bytes.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    pos = nul + 1 + idBytes;
  }
  return out;
}

/** A file below a folder: its path from the root, its object id and mode. */
export interface FolderFile {
  readonly path: string;
  readonly id: string;
  readonly mode: string;
}

/**
 * Every non-folder entry below the tree `treeId` (whose path is `path`), recursively, in the
 * order `git ls-tree -r` lists them, read through one running `cat-file --batch`.
 */
export async function filesBelow(
  cat: CatFileBatch,
  treeId: string,
  path: string,
): Promise<FolderFile[]> {
  const tree = await cat.lookup(treeId);
  if (tree?.type !== 'tree') throw new GitError(`git tree ${treeId} (${path}) is missing`);
  const out: FolderFile[] = [];
  for (const e of parseTreeObject(tree.bytes, treeId.length / 2)) {
    const p = `${path}/${e.name}`;
    if (e.mode === TREE_MODE) out.push(...(await filesBelow(cat, e.id, p)));
    else out.push({ path: p, id: e.id, mode: e.mode });
  }
  return out;
}

/**
 * The folders (trees) directly inside the tree `spec` names (an id or `rev:path`), in git's
 * order; empty when it names no tree.
 */
export async function foldersIn(cat: CatFileBatch, spec: string): Promise<TreeEntry[]> {
  const tree = await cat.lookup(spec);
  if (tree?.type !== 'tree') return [];
  return parseTreeObject(tree.bytes, tree.id.length / 2).filter((e) => e.mode === TREE_MODE);
}
