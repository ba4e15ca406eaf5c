/**
 * The tip `aios ledger verify` last found whole, so the next verify can require the ledger to
 * have grown from it: an amended, rebased or filtered ledger branch no longer descends from the
 * anchor, and that is a named failure however consistent the rewritten history looks. Kept as
 * a ref in the repository (`refs/aios/verified/<branch>`, which also keeps the old commit from
 * being garbage-collected) and, for CI, optionally as a small JSON file kept as an artifact.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { descends, resolveCommit, updateRef } from '../git/refs.js';

const ANCHOR_SCHEMA = 'aios-ledger-anchor/1';

const AnchorFile = z.object({
  schema: z.literal(ANCHOR_SCHEMA),
  ref: z.string(),
  tip: z.string().regex(/^[0-9a-f]{40,64}$/),
  verifiedAt: z.string(),
});

/** Where the last verified tip is kept. */
export interface AnchorPlaces {
  /** The ref that holds it; by default `refs/aios/verified/<branch of the ledger ref>`. */
  readonly ref?: string | undefined;
  /** A JSON file that also holds it (CI keeps it as an artifact between runs). */
  readonly file?: string | undefined;
}

/** A break in the line from the last verified tip to the current one. */
export interface AnchorBreak {
  readonly anchor: string;
  readonly where: string;
  readonly message: string;
}

/** `refs/aios/verified/aios-ledger` for `refs/heads/aios-ledger` or `refs/remotes/origin/aios-ledger`. */
export function defaultAnchorRef(ledgerRef: string): string {
  const branch = ledgerRef.replace(/^refs\/heads\//, '').replace(/^refs\/remotes\/[^/]+\//, '');
  return `refs/aios/verified/${branch}`;
}

/** The ref the last verified tip is kept in: the one asked for, else the default. */
export function anchorRefOf(ledgerRef: string, places: AnchorPlaces = {}): string {
  return places.ref ?? defaultAnchorRef(ledgerRef);
}

async function fileTip(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new InputError(`${file} is not valid JSON`, [], { cause });
  }
  const parsed = AnchorFile.safeParse(json);
  if (!parsed.success)
    throw new InputError(`${file} is not a ledger anchor (${ANCHOR_SCHEMA})`, [
      { location: { file }, message: parsed.error.issues[0]?.message ?? 'invalid' },
    ]);
  return parsed.data.tip;
}

/** A recorded anchor the tip descends from, and where it was recorded. */
export interface HeldAnchor {
  readonly anchor: string;
  readonly where: string;
}

/** What `checkAnchors` found. */
export interface AnchorCheck {
  /** Anchors the tip does not descend from at all (or that are gone). */
  readonly breaks: AnchorBreak[];
  /**
   * Anchors the tip descends from. Descent alone is not growth: a rewritten branch merged with
   * the old tip (`git merge -s ours`) descends from it through the merge's second parent, while
   * the first-parent history, which verify reads and whose tree every reader sees, replaced it.
   * The caller's first-parent walk must pass through each of these (`offFirstParentLine`).
   */
  readonly held: HeldAnchor[];
}

/**
 * Check that `tip` descends from every recorded anchor. The breaks are empty when the ledger
 * only grew since it was last verified, or was never verified here; see `held` for the rest of
 * the check.
 */
export async function checkAnchors(
  repoDir: string,
  ledgerRef: string,
  tip: string,
  places: AnchorPlaces = {},
  /** The commit the anchor ref names, when the caller listed it already (null: no such ref). */
  listed?: string | null,
): Promise<AnchorCheck> {
  const anchors: { anchor: string; where: string; known: boolean }[] = [];
  const ref = anchorRefOf(ledgerRef, places);
  const fromRef = listed === undefined ? await resolveCommit(repoDir, ref) : listed;
  if (fromRef) anchors.push({ anchor: fromRef, where: ref, known: true });
  if (places.file) {
    const fromFile = await fileTip(places.file);
    if (fromFile) anchors.push({ anchor: fromFile, where: places.file, known: false });
  }
  const breaks: AnchorBreak[] = [];
  const held: HeldAnchor[] = [];
  for (const { anchor, where, known } of anchors) {
    const r = await descends(repoDir, anchor, tip, known);
    if (r === 'yes') {
      held.push({ anchor, where });
      continue;
    }
    breaks.push({
      anchor,
      where,
      message:
        r === 'missing'
          ? `the last verified tip ${anchor.slice(0, 12)} (${where}) is not in this repository: the ledger's history was rewritten and the old commits are gone, or this clone never fetched them`
          : `the ledger was rewritten: ${tip.slice(0, 12)} does not descend from the last verified tip ${anchor.slice(0, 12)} (${where}), so entries verified before were edited, dropped or reordered`,
    });
  }
  return { breaks, held };
}

/**
 * What is wrong with an anchor the tip descends from only off its first-parent line (one the
 * first-parent walk from the tip never reached).
 */
export function offFirstParentLine(held: HeldAnchor, tip: string): string {
  return `the ledger was rewritten: the last verified tip ${held.anchor.slice(0, 12)} (${held.where}) is not on the first-parent history of ${tip.slice(0, 12)}, only behind a merge's other parent: the history verify reads, and the tree at the tip, replaced what was verified`;
}

/** Record `tip` as verified (after a verify that found the ledger whole). */
export async function recordAnchor(
  repoDir: string,
  ledgerRef: string,
  tip: string,
  places: AnchorPlaces = {},
  now: Date = new Date(),
): Promise<void> {
  await updateRef(repoDir, anchorRefOf(ledgerRef, places), tip);
  if (places.file) {
    await mkdir(dirname(places.file), { recursive: true });
    const body = `${JSON.stringify(
      { schema: ANCHOR_SCHEMA, ref: ledgerRef, tip, verifiedAt: now.toISOString() },
      null,
      2,
    )}\n`;
    const tmp = `${places.file}.${process.pid}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, places.file);
  }
}
