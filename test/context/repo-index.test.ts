import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RepoIndex } from '../../src/context/repo-index.js';
import { rankFiles, retrievalQuality } from '../../src/context/retrieval-quality.js';
import { openGitWorkspace, type Workspace } from '../../src/context/workspace.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'context');

async function update(dir: string, index: RepoIndex) {
  const ws: Workspace = await openGitWorkspace(dir);
  try {
    const entries = await ws.listEntries!();
    return await index.update(entries, (b) => ws.readBlobs!(b), {
      ignored: (p) => ws.ignoredPaths!(p),
    });
  } finally {
    await ws.close();
  }
}

function commitAll(dir: string, message: string): void {
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['commit', '-qm', message], { cwd: dir });
}

describe('the repository index', () => {
  it('finds the known file for at least 90% of 50+ known-item queries in its first ten (lexical)', async () => {
    const snapshot = JSON.parse(await readFile(join(fixtures, 'aios-snapshot.json'), 'utf8')) as {
      files: Record<string, string>;
    };
    const { queries } = JSON.parse(await readFile(join(fixtures, 'known-items.json'), 'utf8')) as {
      queries: { q: string; want: string }[];
    };
    expect(queries.length).toBeGreaterThanOrEqual(50);
    const dir = await tempRepo(snapshot.files);
    const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
    try {
      const first = await update(dir, index);
      expect(first.added).toBe(Object.keys(snapshot.files).length);
      const quality = retrievalQuality(index, queries);
      expect(quality.misses).toEqual(quality.misses); // listed on failure below
      expect(quality.recallAt10, JSON.stringify(quality.misses, null, 1)).toBeGreaterThanOrEqual(
        0.9,
      );
    } finally {
      index.close();
    }
  });

  it('re-indexes only changed blobs, and follows edits, renames and deletions', async () => {
    const dir = await tempRepo({
      'docs/alpha.md': '# Alpha\nThe zebra crossing policy.\n',
      'docs/beta.md': '# Beta\nThe giraffe feeding schedule.\n',
      'src/gamma.ts': 'export function computeOstrichSpeed() {\n  return 70;\n}\n',
    });
    const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
    try {
      expect(await update(dir, index)).toMatchObject({ added: 3, changed: 0, removed: 0 });
      expect(await update(dir, index)).toMatchObject({
        added: 0,
        changed: 0,
        removed: 0,
        chunks: 0,
      });
      expect(rankFiles(index, 'ostrich speed')).toEqual(['src/gamma.ts']);
      expect(index.search(['ostrich'])[0]).toMatchObject({
        symbols: ['computeOstrichSpeed'],
        start: 1,
        end: 3,
      });

      await writeFile(join(dir, 'docs/alpha.md'), '# Alpha\nThe penguin parade.\n');
      execFileSync('git', ['mv', 'docs/beta.md', 'docs/renamed.md'], { cwd: dir });
      await rm(join(dir, 'src/gamma.ts'));
      commitAll(dir, 'edit, rename, delete');
      expect(await update(dir, index)).toMatchObject({ added: 1, changed: 1, removed: 2 });
      expect(rankFiles(index, 'zebra')).toEqual([]);
      expect(rankFiles(index, 'penguin')).toEqual(['docs/alpha.md']);
      expect(rankFiles(index, 'giraffe')).toEqual(['docs/renamed.md']);
      expect(rankFiles(index, 'ostrich')).toEqual([]);
      expect(index.stats()).toMatchObject({ files: 2 });

      // A new ignore rule hides a file that did not change: it leaves the index.
      await writeFile(join(dir, '.gitignore'), 'docs/renamed.md\n');
      commitAll(dir, 'ignore a file');
      await update(dir, index);
      expect(rankFiles(index, 'giraffe')).toEqual([]);
      expect(rankFiles(index, 'penguin')).toEqual(['docs/alpha.md']);
    } finally {
      index.close();
    }
  });

  it('purges the text rows of replaced chunks once they are many, and still finds only the new text', async () => {
    const lines = (word: string) =>
      Array.from({ length: 110_000 }, (_, i) => `${word} ${i}`).join('\n') + '\n';
    const dir = await tempRepo({ 'big.txt': lines('kookaburra') });
    const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
    try {
      await update(dir, index);
      expect(index.stats().chunks).toBeGreaterThan(2_000);
      await writeFile(join(dir, 'big.txt'), lines('platypus'));
      commitAll(dir, 'replace');
      await update(dir, index);
      expect(rankFiles(index, 'kookaburra')).toEqual([]);
      expect(rankFiles(index, 'platypus')).toEqual(['big.txt']);
      expect(index.staleRows()).toBe(0); // purged: more than 2,000 and a quarter of the index
    } finally {
      index.close();
    }
  });

  it('never indexes secrets, lock files, binaries or files the ignore rules match', async () => {
    const dir = await tempRepo({
      '.gitignore': 'private/\n',
      'docs/ok.md': '# Ok\nwombat\n',
      '.env.production': 'WOMBAT_KEY=abc\n',
      'certs/site.pem': 'wombat\n',
      'composer.lock': '{"wombat": 1}\n',
      'vendor/lib/wombat.php': '<?php // wombat\n',
      'assets/wombat.bin.txt': 'wombat\0\0',
    });
    await mkdir(dirname(join(dir, 'private/wombat.md')), { recursive: true });
    await writeFile(join(dir, 'private/wombat.md'), 'wombat\n');
    execFileSync('git', ['add', '-f', 'private/wombat.md'], { cwd: dir });
    commitAll(dir, 'force-add an ignored file');
    const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
    try {
      await update(dir, index);
      expect(rankFiles(index, 'wombat')).toEqual(['docs/ok.md']);
      expect(index.stats().excluded).toBe(6);
    } finally {
      index.close();
    }
  });
});

describe('the workspace ignore rules', () => {
  it('asks git about each path once per workspace, for overlapping and repeated questions alike', async () => {
    const dir = await tempRepo({
      '.gitignore': 'build/\n*.log\n',
      'src/a.ts': 'export const a = 1;\n',
    });
    const ws = await openGitWorkspace(dir);
    try {
      const first = await ws.ignoredPaths!(['build/x.js', 'src/a.ts', 'debug.log']);
      expect([...first].sort()).toEqual(['build/x.js', 'debug.log']);
      // git reads the rules from the work tree each time it is asked: with other rules in place
      // now, a path git was asked about keeps its first answer only if git is not asked again.
      await writeFile(join(dir, '.gitignore'), 'src/\n');
      // Asked again with known and new paths, concurrently: known paths keep their answers,
      // new ones are asked (under the new rules), no path lost.
      const [again, more] = await Promise.all([
        ws.ignoredPaths!(['src/a.ts', 'debug.log', 'debug.log']),
        ws.ignoredPaths!(['other.log', 'src/b.ts', 'build/x.js']),
      ]);
      expect([...again]).toEqual(['debug.log']);
      expect([...more].sort()).toEqual(['build/x.js', 'src/b.ts']);
      expect(await ws.ignoredPaths!([])).toEqual(new Set());
    } finally {
      await ws.close();
    }
  });
});
