import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sources(p)));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('git in one room', () => {
  it('only src/git starts processes or loads a git library', async () => {
    const offenders: string[] = [];
    for (const file of await sources(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (rel.startsWith('git/')) continue;
      const text = await readFile(file, 'utf8');
      // The one other process room runs a repository's own check command, never git.
      if (rel === 'process/run-command.ts') {
        expect(text, rel).not.toMatch(/['"`]git\b|simple-git/);
        continue;
      }
      if (/from ['"](node:)?child_process['"]|['"]simple-git['"]/.test(text)) offenders.push(rel);
      if (/runShellCommand\(\s*['"`]git\b/.test(text)) offenders.push(`${rel} (git via the shell)`);
    }
    expect(offenders).toEqual([]);
  });

  it('only the ledger layout module takes a ledger path apart by position', async () => {
    const offenders: string[] = [];
    for (const file of await sources(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (rel === 'ledger/ledger-layout.ts') continue;
      const text = await readFile(file, 'utf8');
      if (/split\(['"]\/['"]\)\[\d\]/.test(text)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
});
