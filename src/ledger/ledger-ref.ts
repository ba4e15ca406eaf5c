import { LedgerError } from '../core/errors.js';
import { refExists } from './read-ledger.js';

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

/**
 * Which ref holds the ledger in this clone. An explicit ref wins. Otherwise the branch as the
 * store last saw it: the remote-tracking ref when the config pushes to a remote (what a fresh
 * clone has), then the local branch (or the other way round without a remote).
 */
export async function resolveLedgerRef(
  repoDir: string,
  ledger: { branch: string; remote?: string | undefined },
  explicit?: string,
): Promise<string> {
  if (explicit) {
    if (!(await refExists(repoDir, explicit)))
      throw new LedgerError(`there is no ledger at ${explicit} in ${repoDir}`, {
        hint: 'Check the name with `git branch -a`, or fetch it: git fetch origin aios-ledger.',
      });
    return explicit;
  }
  const local = `refs/heads/${ledger.branch}`;
  const tracking = `refs/remotes/${ledger.remote ?? 'origin'}/${ledger.branch}`;
  const candidates = ledger.remote ? [tracking, local] : [local, tracking];
  for (const ref of candidates) if (await refExists(repoDir, ref)) return ref;
  throw new LedgerError(`there is no ledger branch ${ledger.branch} in ${repoDir} yet`, {
    hint: `Run a task first, or fetch the ledger: git fetch ${ledger.remote ?? 'origin'} ${ledger.branch}.`,
  });
}
