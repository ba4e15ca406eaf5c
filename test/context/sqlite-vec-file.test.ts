import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { sqliteVecFile, sqliteVecTarget } from '../../src/context/sqlite-vec-file.js';

describe('sqlite-vec shipped beside dist/', () => {
  it('loads the extension from dist/sqlite-vec/<os>-<arch>, the same bytes as its platform package', async () => {
    const target = sqliteVecTarget();
    expect(target).toBeDefined();
    const file = sqliteVecFile();
    expect(file).toBe(join(packageRoot(), 'dist', 'sqlite-vec', target!.dir, target!.file));
    const shipped = await readFile(file);
    const installed = await readFile(
      join(packageRoot(), 'node_modules', target!.pkg, target!.file),
    );
    expect(shipped.equals(installed)).toBe(true);
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    try {
      db.loadExtension(file);
      const row = db
        .prepare("SELECT vec_distance_cosine(vec_f32('[1,0]'), vec_f32('[0,1]')) AS d")
        .get() as { d: number };
      expect(row.d).toBeCloseTo(1, 6);
    } finally {
      db.close();
    }
  });

  it('falls back to node_modules when no dist/ is built, and names every place looked when neither is there', async () => {
    const target = sqliteVecTarget()!;
    // A package root without dist/: running from the sources.
    const root = await mkdtemp(join(tmpdir(), 'aios-vec-'));
    const dev = join(root, 'node_modules', target.pkg, target.file);
    await mkdir(dirname(dev), { recursive: true });
    await copyFile(join(packageRoot(), 'node_modules', target.pkg, target.file), dev);
    expect(sqliteVecFile(root)).toBe(dev);
    await rm(root, { recursive: true, force: true });
    expect(() => sqliteVecFile('/nonexistent-aios-root')).toThrow(
      /vec0\.\w+ is missing \(looked in \/nonexistent-aios-root\/dist\/sqlite-vec\/.*, \/nonexistent-aios-root\/node_modules\/sqlite-vec-/,
    );
    expect(sqliteVecTarget('aix', 'ppc64')).toBeUndefined();
  });
});
