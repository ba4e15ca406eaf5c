import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { initRepo, tempDir } from './temp-repo.js';

/**
 * A prepared repository many tests of one file start from and then change, made once and
 * copied: the first call makes a repository as `tempRepo(files)` does (`files` may be read when
 * it is first needed) and runs `prepare` on it,
 * and every call returns a fresh copy of it (removed after the test, as tempRepo's are). A git
 * repository copied whole is the same repository; `prepare` must leave no absolute path of its
 * folder in it. Call at the top of a test file: the prepared one is removed after its tests.
 */
export function preparedRepo(
  prepare: (dir: string) => Promise<void>,
  files: Record<string, string> | (() => Promise<Record<string, string>>) = {
    'README.md': '# Test\n',
  },
): () => Promise<string> {
  let prepared: Promise<string> | undefined;
  let made: string | undefined;
  afterAll(async () => {
    if (made) await rm(made, { recursive: true, force: true });
  });
  return async () => {
    prepared ??= (async () => {
      made = await mkdtemp(join(tmpdir(), 'aios-prepared-'));
      await initRepo(made, typeof files === 'function' ? await files() : files);
      await prepare(made);
      return made;
    })();
    const from = await prepared;
    const dir = await tempDir('aios-repo-');
    await cp(from, dir, { recursive: true, verbatimSymlinks: true });
    return dir;
  };
}
