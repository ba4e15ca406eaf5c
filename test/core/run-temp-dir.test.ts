import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRunTempDir } from '../support/run-temp-dir.js';
import { tempDir } from '../support/temp-repo.js';

describe('the temporary folder of a test run', () => {
  it('holds everything the run makes there and is removed whole, leaving what others made', async () => {
    const shared = await tempDir('aios-shared-');
    await mkdir(join(shared, 'another-run'));
    await writeFile(join(shared, 'another-run', 'theirs.txt'), 'kept');
    const env: NodeJS.ProcessEnv = { TMPDIR: shared };
    const exitListeners = process.listenerCount('exit');

    const run = useRunTempDir(env);
    expect(dirname(run.dir)).toBe(shared);
    expect(run.dir).toMatch(/\/aios-run-[^/]+$/);
    expect(env.TMPDIR).toBe(run.dir);
    expect(process.listenerCount('exit')).toBe(exitListeners + 1);
    // What a test leaves: a repository, a file beside it, a folder a stopped worker left.
    await mkdir(join(run.dir, 'aios-repo-x', '.git', 'objects'), { recursive: true });
    await writeFile(join(run.dir, 'aios-repo-x-post.md'), '# Post\n');
    await mkdir(join(run.dir, 'aios-no-attributes-y'));

    run.remove();
    expect(existsSync(run.dir)).toBe(false);
    expect(await readdir(shared)).toEqual(['another-run']);
    expect(await readdir(join(shared, 'another-run'))).toEqual(['theirs.txt']);
    expect(env.TMPDIR).toBe(shared);
    expect(process.listenerCount('exit')).toBe(exitListeners);
    run.remove(); // twice is harmless
    expect(env.TMPDIR).toBe(shared);
  });

  it('puts back an unset TMPDIR', () => {
    const env: NodeJS.ProcessEnv = {};
    const run = useRunTempDir(env);
    try {
      expect(env.TMPDIR).toBe(run.dir);
    } finally {
      run.remove();
    }
    expect('TMPDIR' in env).toBe(false);
    expect(existsSync(run.dir)).toBe(false);
  });
});
