import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

async function git(dir: string, args: readonly string[]): Promise<string> {
  const r = await gitWithInput(dir, args, undefined);
  if (r.code !== 0)
    throw new GitError(`git ${args[0] ?? ''} failed in ${dir}: ${r.stderr.trim()}`, {
      hint: 'Install git 2.36 or newer and put it on PATH.',
    });
  return r.stdout.toString('utf8');
}

/**
 * Make `dir` a new repository whose one commit on `branch` holds every file in it, by `who`
 * (also set as the repository's user, so later commits there have an author).
 */
export async function initRepoWithFiles(
  dir: string,
  options: { branch: string; who: { name: string; email: string }; message: string },
): Promise<void> {
  await git(dir, ['init', `--initial-branch=${options.branch}`, '--quiet']);
  await git(dir, ['config', 'user.name', options.who.name]);
  await git(dir, ['config', 'user.email', options.who.email]);
  await git(dir, ['add', '--all', '.']);
  await git(dir, ['commit', '--quiet', '--no-verify', '-m', options.message]);
}
