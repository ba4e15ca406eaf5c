import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/** One commit's signature as git checks it (`%G?`: G good, B bad, U good but unknown validity, X/Y expired, R revoked, E cannot check, N none). */
export interface CommitSignature {
  readonly commit: string;
  readonly status: string;
  /** The key's fingerprint (`%GF`), or empty. */
  readonly key: string;
}

/**
 * The signature of every first-parent commit up to `tip`, in one `git log`: what
 * `git verify-commit` decides per commit, with `allowedSigners` (gpg.ssh.allowedSignersFile)
 * naming who may sign when given.
 */
export async function commitSignatures(
  repoDir: string,
  tip: string,
  allowedSigners?: string | undefined,
): Promise<CommitSignature[]> {
  const r = await gitWithInput(
    repoDir,
    [
      ...(allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : []),
      'log',
      '--first-parent',
      '--format=%H %G? %GF',
      tip,
      '--',
    ],
    undefined,
  );
  if (r.code !== 0) throw new GitError(`cannot read the signatures of ${tip}: ${r.stderr.trim()}`);
  return r.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [commit = '', status = 'N', key = ''] = l.split(' ');
      return { commit, status, key };
    });
}
