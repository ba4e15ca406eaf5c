import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
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
  const git = simpleGit(dir);
  await git.init(['--initial-branch=main', '--quiet']);
  await git.addConfig('user.name', 'Test Person');
  await git.addConfig('user.email', 'test@example.com');
  await git.addConfig('commit.gpgsign', 'false');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  await git.add('.');
  await git.commit('initial');
  return dir;
}

/** A bare repository to serve as `origin`, and a clone of it that has the given files pushed. */
export async function repoWithOrigin(
  files?: Record<string, string>,
): Promise<{ origin: string; work: string }> {
  const work = await tempRepo(files);
  const origin = await tempDir('aios-origin-');
  await simpleGit(origin).init(true, ['--initial-branch=main', '--quiet']);
  const git = simpleGit(work);
  await git.addRemote('origin', origin);
  await git.push('origin', 'main');
  return { origin, work };
}
