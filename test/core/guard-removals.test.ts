import fs from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import {
  currentRules,
  RemovalOutsideTempError,
  removalRefused,
} from '../support/guard-removals.js';
import { tempDir } from '../support/temp-repo.js';

// These tests never ask for the removal of anything that exists outside their own temporary
// folder: a guard that failed must not cost anything. The refusals are checked on the rules
// alone, and through the patched functions only on a path that does not exist.
const nowhere = '/aios-guard-probe-that-does-not-exist/x';

describe('the test guard against removing folder trees it must not', () => {
  it('refuses what is outside the temporary folders, and what holds the project, even under /tmp', () => {
    const rules = { roots: ['/tmp'], kept: ['/tmp/ci-run/p'] };
    expect(removalRefused('/tmp/ci-run', rules)).toBe(true); // holds the checkout
    expect(removalRefused('/tmp/ci-run/p', rules)).toBe(true);
    expect(removalRefused('/tmp', rules)).toBe(true); // the root itself
    expect(removalRefused('/work', rules)).toBe(true);
    expect(removalRefused('/tmp/../work', rules)).toBe(true);
    expect(removalRefused('/tmpfoo/x', rules)).toBe(true);
    expect(removalRefused('/tmp/aios-repo-x', rules)).toBe(false);
    expect(removalRefused('/tmp/ci-run/p/test-artifacts/a', rules)).toBe(false);
    expect(removalRefused('/tmp/ci-run/other', rules)).toBe(false);
  });

  it('keeps this run’s project, its parent and the working folder', () => {
    const rules = currentRules();
    expect(removalRefused(packageRoot(), rules)).toBe(true);
    expect(removalRefused(join(packageRoot(), '..'), rules)).toBe(true);
    expect(removalRefused('..', rules)).toBe(true);
    expect(removalRefused('.', rules)).toBe(true);
  });

  it('refuses through every recursive removal API, naming the path', async () => {
    await expect(rm(nowhere, { recursive: true, force: true })).rejects.toThrow(
      RemovalOutsideTempError,
    );
    expect(() => fs.rmSync(nowhere, { recursive: true, force: true })).toThrow(
      RemovalOutsideTempError,
    );
    expect(() => fs.rm(nowhere, { recursive: true }, () => undefined)).toThrow(
      RemovalOutsideTempError,
    );
    await expect(promisify(fs.rm)(nowhere, { recursive: true })).rejects.toThrow(
      RemovalOutsideTempError,
    );
    expect(() => fs.rmdirSync(nowhere, { recursive: true } as fs.RmDirOptions)).toThrow(
      RemovalOutsideTempError,
    );
    const error = await rm(nowhere, { recursive: true }).catch((e: unknown) => e);
    expect((error as RemovalOutsideTempError).path).toBe(nowhere);
    expect((error as Error).message).toMatch(/outside the temporary folders or holds the project/);
  });

  it('lets a test remove what it made in the temporary folder, and single files', async () => {
    const dir = await tempDir('aios-guard-');
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'f.txt'), 'x');
    await rm(join(dir, 'a'), { recursive: true });
    expect(fs.existsSync(join(dir, 'a'))).toBe(false);
    await writeFile(join(dir, 'g.txt'), 'x');
    await rm(join(dir, 'g.txt'));
    expect(fs.existsSync(join(dir, 'g.txt'))).toBe(false);
    // A single file is not a tree: the guard leaves it to the file system (here: not there).
    await expect(rm(nowhere)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
