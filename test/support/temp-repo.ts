import { appendFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit } from 'simple-git';

const made: string[] = [];

/** A temporary folder, removed after the test. */
export async function tempDir(prefix = 'aios-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every folder made so far (tests do this after each test; scripts call it at the end). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

// Under vitest, test/support/clean-temp-dirs.ts (a setup file, so it runs for every test file
// even when a worker keeps this module between files) removes them after each test; the
// benchmarks reuse these helpers outside vitest and call removeTempDirs themselves.

/** A real git repository with the given files committed on `main`. */
export async function tempRepo(
  files: Record<string, string> = { 'README.md': '# Test\n' },
): Promise<string> {
  const dir = await tempDir('aios-repo-');
  await initRepo(dir, files);
  return dir;
}

/** Make `dir` a git repository with `files` committed on `main`, as tempRepo does. */
export async function initRepo(dir: string, files: Record<string, string>): Promise<void> {
  const git = simpleGit(dir);
  await git.init(['--initial-branch=main', '--quiet']);
  // What three `git config --local` runs would write, in git's own layout, without three
  // processes: a test suite makes a hundred of these repositories.
  await appendFile(
    join(dir, '.git', 'config'),
    '[user]\n\tname = Test Person\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n',
  );
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  await git.add('.');
  await git.commit('initial');
}

/** A bare repository to serve as `origin`, and a clone of it that has the given files pushed. */
export async function repoWithOrigin(
  files?: Record<string, string>,
): Promise<{ origin: string; work: string }> {
  const work = await tempRepo(files);
  const origin = await tempDir('aios-origin-');
  await simpleGit(origin).init(true, ['--initial-branch=main', '--quiet']);
  // The section `git remote add origin <origin>` writes, appended without a process.
  await appendFile(
    join(work, '.git', 'config'),
    `[remote "origin"]\n\turl = ${configValue(origin)}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
  );
  await simpleGit(work).push('origin', 'main');
  return { origin, work };
}

/** A value as git writes it in a config file: quoted, with `\\` and `"` escaped. */
function configValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
