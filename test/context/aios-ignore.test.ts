import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAiosIgnoreLine } from '../../src/app/aios-ignore.js';
import { tempDir } from '../support/temp-repo.js';

describe('the .aios/ ignore line', () => {
  it('is added once, after what the file already holds', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.gitignore'), 'node_modules/');
    expect(await addAiosIgnoreLine(dir)).toBe(true);
    expect(await addAiosIgnoreLine(dir)).toBe(false);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe(
      'node_modules/\n# AIOS: the search index cache and local drafts\n.aios/\n',
    );
  });

  it('creates the file when there is none, and leaves an existing rule alone', async () => {
    const fresh = await tempDir();
    expect(await addAiosIgnoreLine(fresh)).toBe(true);
    expect(await readFile(join(fresh, '.gitignore'), 'utf8')).toContain('.aios/\n');
    const has = await tempDir();
    await writeFile(join(has, '.gitignore'), '/.aios\n');
    expect(await addAiosIgnoreLine(has)).toBe(false);
  });
});
