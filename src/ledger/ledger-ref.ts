import { LedgerError } from '../core/errors.js';
import { resolveCommits } from '../git/refs.js';

/**
 * The ref a ledger store reads from (and `aios run` plans with): the remote-tracking ref when
 * the store pushes to a remote, else the local branch.
 */
export function ledgerReadRef(ledger: {
  readonly branch: string;
  readonly remote?: string | undefined;
}): string {
  return ledger.remote
    ? `refs/remotes/${ledger.remote}/${ledger.branch}`
    : `refs/heads/${ledger.branch}`;
}

/** The ledger's ref in this clone and the commit it names when it was looked up. */
export interface LedgerTip {
  readonly ref: string;
  readonly commit: string;
}

/**
 * Which ref holds the ledger in this clone, and its commit. An explicit ref wins. Otherwise the
 * branch as the store last saw it: the remote-tracking ref when the config pushes to a remote
 * (what a fresh clone has), then the local branch (or the other way round without a remote).
 * Every candidate is looked up in one git process (`resolveCommits`), and the commit is handed
 * on so that a reader need not ask git again (`aios ledger export`, `verify`, `report`).
 */
export async function resolveLedgerTip(
  repoDir: string,
  ledger: { branch: string; remote?: string | undefined },
  explicit?: string,
): Promise<LedgerTip> {
  if (explicit) {
    const [commit] = await resolveCommits(repoDir, [explicit]);
    if (!commit)
      throw new LedgerError(`there is no ledger at ${explicit} in ${repoDir}`, {
        hint: 'Check the name with `git branch -a`, or fetch it: git fetch origin aios-ledger.',
      });
    return { ref: explicit, commit };
  }
  const local = `refs/heads/${ledger.branch}`;
  const tracking = `refs/remotes/${ledger.remote ?? 'origin'}/${ledger.branch}`;
  const candidates = ledger.remote ? [tracking, local] : [local, tracking];
  const commits = await resolveCommits(repoDir, candidates);
  for (const [i, ref] of candidates.entries()) {
    const commit = commits[i];
    if (commit) return { ref, commit };
  }
  throw new LedgerError(`there is no ledger branch ${ledger.branch} in ${repoDir} yet`, {
    hint: `Run a task first, or fetch the ledger: git fetch ${ledger.remote ?? 'origin'} ${ledger.branch}.`,
  });
}

/** The same, the ref alone (see `resolveLedgerTip`). */
export async function resolveLedgerRef(
  repoDir: string,
  ledger: { branch: string; remote?: string | undefined },
  explicit?: string,
): Promise<string> {
  return (await resolveLedgerTip(repoDir, ledger, explicit)).ref;
}
