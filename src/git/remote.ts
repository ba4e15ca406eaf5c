import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/**
 * A push the remote refused because the branch moved (another writer pushed first): fetch,
 * rebuild on the new tip and try again. Typed, so callers test `instanceof` instead of
 * matching git's wording.
 */
export class PushRejectedError extends GitError {
  constructor(
    readonly remote: string,
    readonly ref: string,
    /** `moved`: not a fast-forward (retry on the new tip); `refused`: a hook or ruleset said no. */
    readonly reason: 'moved' | 'refused',
    detail: string,
  ) {
    super(`${remote} refused the push to ${ref}: ${detail}`, {
      retryable: reason === 'moved',
      hint:
        reason === 'moved'
          ? 'Another writer moved the branch; fetch its new tip, build on it and push again.'
          : 'The remote refuses this update (a protection rule or hook); check its rules and the token.',
    });
  }
}

/** The remote could not be reached (network, auth, no such repository): retryable later. */
export class RemoteUnreachableError extends GitError {
  constructor(
    readonly remote: string,
    detail: string,
  ) {
    super(`cannot reach ${remote}: ${detail}`, {
      retryable: true,
      hint: 'Check the network and the credentials for the remote, then run again.',
    });
  }
}

const UNREACHABLE =
  /unable to access|could not read from remote|does not appear to be a git repository|repository .* not found|authentication failed|could not resolve host/i;
/** Another git in the same clone holds the ref's lock (concurrent runs in one clone). */
const REF_LOCKED =
  /cannot lock ref|unable to update local ref|unable to create '.*\.lock'|\.lock': file exists/i;
const NO_REMOTE_REF = /couldn't find remote ref|could not find remote ref/i;

function firstLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

/**
 * Fetch `branch` from `remote` into the local ref `into` (forced: it mirrors the remote).
 * `absent` when the remote has no such branch. A ref-lock error (another run in this clone is
 * updating the same ref) is retried with a short backoff, not reported: the other run leaves
 * the ref just as fresh.
 */
export async function fetchBranch(
  repoDir: string,
  remote: string,
  branch: string,
  into: string,
  options: { tries?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<'fetched' | 'absent'> {
  const tries = options.tries ?? 6;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    const r = await gitWithInput(
      repoDir,
      ['fetch', '--quiet', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${into}`],
      undefined,
    );
    if (r.code === 0) return 'fetched';
    if (NO_REMOTE_REF.test(r.stderr)) return 'absent';
    if (REF_LOCKED.test(r.stderr) && attempt < tries) {
      await sleep(Math.min(1_000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2));
      continue;
    }
    if (UNREACHABLE.test(r.stderr)) throw new RemoteUnreachableError(remote, firstLine(r.stderr));
    throw new GitError(`cannot fetch ${branch} from ${remote}: ${r.stderr.trim()}`, {
      retryable: true,
    });
  }
}

/**
 * Fetch several branches from `remote`, each into its local ref, in one git process when the
 * remote has them all (a job that needs the ledger and the default branch fresh at once); any
 * failure (a branch the remote lacks, a held ref lock, an unreachable remote) is sorted out by
 * fetching each on its own, so every answer and error is `fetchBranch`'s.
 */
export async function fetchBranches(
  repoDir: string,
  remote: string,
  wanted: readonly { branch: string; into: string }[],
  options: { tries?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<('fetched' | 'absent')[]> {
  if (wanted.length > 1) {
    const r = await gitWithInput(
      repoDir,
      [
        'fetch',
        '--quiet',
        '--no-write-fetch-head',
        remote,
        ...wanted.map((w) => `+refs/heads/${w.branch}:${w.into}`),
      ],
      undefined,
    );
    if (r.code === 0) return wanted.map(() => 'fetched');
    // git names the first branch the remote lacks: that one is absent, the rest go in one fetch.
    const lacked = /couldn't find remote ref refs\/heads\/(\S+)/i.exec(r.stderr)?.[1];
    const gone = wanted.findIndex((w) => w.branch === lacked);
    if (gone >= 0) {
      const rest = await fetchBranches(
        repoDir,
        remote,
        wanted.filter((_, i) => i !== gone),
        options,
      );
      return [...rest.slice(0, gone), 'absent', ...rest.slice(gone)];
    }
  }
  return Promise.all(wanted.map((w) => fetchBranch(repoDir, remote, w.branch, w.into, options)));
}

/**
 * Push `commit` to `refs/heads/<branch>` on `remote`, never forced. A refused update (the
 * branch moved, or a ruleset refused it) is a `PushRejectedError`; an unreachable remote a
 * `RemoteUnreachableError`; anything else a plain `GitError`.
 */
export async function pushCommit(
  repoDir: string,
  remote: string,
  commit: string,
  branch: string,
): Promise<void> {
  const ref = `refs/heads/${branch}`;
  const r = await gitWithInput(
    repoDir,
    ['push', '--porcelain', remote, `${commit}:${ref}`],
    undefined,
  );
  if (r.code === 0) return;
  const out = `${r.stdout.toString('utf8')}\n${r.stderr}`;
  // --porcelain prints "!\t<src>:<dst>\t[rejected] (<reason>)" for a refused ref.
  const refused = /^!\t.*\t\[(rejected|remote rejected)\]\s*(.*)$/m.exec(out);
  if (refused || /non-fast-forward|fetch first|\[rejected\]/i.test(out)) {
    const detail = (refused?.[2] ?? firstLine(r.stderr)).trim();
    // Two pushes racing at the receiving end: one loses the ref's lock there. Also a move.
    const moved =
      refused?.[1] !== 'remote rejected' ||
      /lock|failed to update ref|incorrect old value|stale info/i.test(detail);
    throw new PushRejectedError(remote, ref, moved ? 'moved' : 'refused', detail);
  }
  if (UNREACHABLE.test(out)) throw new RemoteUnreachableError(remote, firstLine(r.stderr));
  throw new GitError(`cannot push ${ref} to ${remote}: ${r.stderr.trim()}`);
}
