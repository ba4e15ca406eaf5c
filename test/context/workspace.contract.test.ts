/**
 * The Workspace contract, run against both implementations: the git workspace (the repository
 * as committed at a ref, read from git objects) and the in-memory one the unit tests use. What
 * context gathering relies on: every committed file is listed by its path from the root, a file
 * reads as its committed text, a missing one reads as undefined, and what lies uncommitted in the
 * work tree is not seen.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGitWorkspace, type Workspace } from '../../src/context/workspace.js';
import { memoryWorkspace } from '../support/memory-workspace.js';
import { tempRepo } from '../support/temp-repo.js';

const FILES = {
  'README.md': '# Site\n',
  'content/pages/home.md': '# Home\n\nWelcome — café.\n',
  'content/pages/about.md': '# About\n',
  '.github/aios.yml': 'version: 1\n',
};

const implementations: [string, () => Promise<Workspace>][] = [
  [
    'git workspace',
    async () => {
      const dir = await tempRepo(FILES);
      // Work-tree changes that were never committed: not part of the repository.
      await writeFile(join(dir, 'content', 'pages', 'home.md'), '# Edited, not committed\n');
      await writeFile(join(dir, 'scratch.md'), 'not committed\n');
      return openGitWorkspace(dir);
    },
  ],
  ['memory workspace', async () => memoryWorkspace(FILES)],
];

describe.each(implementations)('Workspace contract: %s', (_name, open) => {
  it('lists every committed file by its path from the root, and nothing uncommitted', async () => {
    const ws = await open();
    try {
      expect([...(await ws.listFiles())].sort()).toEqual(Object.keys(FILES).sort());
    } finally {
      await ws.close();
    }
  });

  it('reads a file as committed (UTF-8), and a missing one as undefined', async () => {
    const ws = await open();
    try {
      expect(await ws.readFile('content/pages/home.md')).toBe(FILES['content/pages/home.md']);
      expect(await ws.readFile('.github/aios.yml')).toBe('version: 1\n');
      expect(await ws.readFile('content/pages/missing.md')).toBeUndefined();
      expect(await ws.readFile('scratch.md')).toBeUndefined();
    } finally {
      await ws.close();
    }
  });
});
