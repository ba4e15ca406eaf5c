import { chmod, mkdir, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryTempDir } from '../support/memory-temp-dir.js';
import { tempDir } from '../support/temp-repo.js';

const own = `aios-test-${process.getuid?.() ?? 'user'}`;

describe('the in-memory temporary folder of a test run', () => {
  it('is a folder of the user’s own in the shared memory folder, closed to others', async () => {
    const shm = await tempDir('aios-shm-');
    const dir = memoryTempDir(shm);
    expect(dir).toBe(join(shm, own));
    expect((await stat(dir!)).mode & 0o777).toBe(0o700);
    expect(memoryTempDir(shm)).toBe(dir); // the next run finds it again
  });

  it('is not used when someone else may write in a folder by that name', async () => {
    const shm = await tempDir('aios-shm-');
    await mkdir(join(shm, own));
    await chmod(join(shm, own), 0o777);
    expect(memoryTempDir(shm)).toBeUndefined();
  });

  it('is not used when the name is a link', async () => {
    const shm = await tempDir('aios-shm-');
    const elsewhere = await tempDir('aios-elsewhere-');
    await symlink(elsewhere, join(shm, own));
    expect(memoryTempDir(shm)).toBeUndefined();
  });

  it('is none where there is no memory folder', () => {
    expect(memoryTempDir('/nonexistent-aios-shm')).toBeUndefined();
  });
});
