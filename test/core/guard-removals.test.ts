import fs from 'node:fs';
import { mkdir, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { insideTempFolders, RemovalOutsideTempError } from '../support/guard-removals.js';
import { tempDir } from '../support/temp-repo.js';

// A probe folder outside the temporary folders (in the ignored test-artifacts/), so that a
// guard that failed would remove only the probe, never the project.
const probeRoot = join(packageRoot(), 'test-artifacts');
let probe: string | undefined;

async function makeProbe(): Promise<string> {
  probe = join(probeRoot, `guard-probe-${process.pid}-${Date.now()}`);
  await mkdir(probe, { recursive: true });
  await writeFile(join(probe, 'kept.txt'), 'kept');
  return probe;
}

afterEach(async () => {
  if (!probe) return;
  // Taken apart without a recursive removal, which the guard would refuse.
  await unlink(join(probe, 'kept.txt')).catch(() => undefined);
  await rmdir(probe).catch(() => undefined);
  probe = undefined;
});

describe('the test guard against removing trees outside the temporary folders', () => {
  it('refuses every recursive removal API for a folder outside them, removing nothing', async () => {
    const dir = await makeProbe();
    const kept = join(dir, 'kept.txt');
    await expect(rm(dir, { recursive: true, force: true })).rejects.toThrow(
      RemovalOutsideTempError,
    );
    expect(() => fs.rmSync(dir, { recursive: true, force: true })).toThrow(RemovalOutsideTempError);
    expect(() => fs.rm(dir, { recursive: true }, () => undefined)).toThrow(RemovalOutsideTempError);
    await expect(promisify(fs.rm)(dir, { recursive: true })).rejects.toThrow(
      RemovalOutsideTempError,
    );
    expect(() => fs.rmdirSync(dir, { recursive: true } as fs.RmDirOptions)).toThrow(
      RemovalOutsideTempError,
    );
    expect(fs.readFileSync(kept, 'utf8')).toBe('kept');
  });

  it('names the path, resolved, as `..` of an unset folder would be', async () => {
    const error = await rm('..', { recursive: true, force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemovalOutsideTempError);
    expect((error as RemovalOutsideTempError).path).toBe(join(process.cwd(), '..'));
    expect((error as Error).message).toMatch(/outside the temporary folders/);
  });

  it('lets a test remove what it made in the temporary folder, and single files anywhere', async () => {
    const dir = await tempDir('aios-guard-');
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'f.txt'), 'x');
    await rm(join(dir, 'a'), { recursive: true });
    expect(fs.existsSync(join(dir, 'a'))).toBe(false);
    const outside = await makeProbe();
    await rm(join(outside, 'kept.txt'));
    expect(fs.existsSync(join(outside, 'kept.txt'))).toBe(false);
  });

  it('counts only paths strictly inside a temporary folder', () => {
    expect(insideTempFolders(join(tmpdir(), 'x'))).toBe(true);
    expect(insideTempFolders('/dev/shm')).toBe(false);
    expect(insideTempFolders('/tmp/aios-x/y')).toBe(true);
    expect(insideTempFolders('/tmp')).toBe(false);
    expect(insideTempFolders('/tmp/../work')).toBe(false);
    expect(insideTempFolders('/tmpfoo/x')).toBe(false);
    expect(insideTempFolders(packageRoot())).toBe(false);
  });
});
