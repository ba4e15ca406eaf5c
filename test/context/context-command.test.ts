import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

describe('aios context', () => {
  it('shows what a task would send and why, within the tier budget, and leaves the work tree clean', async () => {
    const dir = await tempDir();
    await cp(join(packageRoot(), 'examples', 'demo', 'repo'), dir, { recursive: true });
    await writeFile(join(dir, '.env'), 'SECRET=1\n');
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).toString();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'site');
    const task = join(await tempDir(), 'task.md');
    await writeFile(
      task,
      '---\ntitle: Audit the pricing page\nlabels: [content-audit]\n---\nCheck content/pages/pricing.md; the keys are in .env.\n',
    );
    const r = await runCli(['context', task, '--repo', dir, '--tier', 'local', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      tier: string;
      index: { files: number; added: number };
      context: {
        budget: number;
        tokens: number;
        retrieval: string;
        shown: { path: string; why: string }[];
        notes: string[];
      };
    };
    expect(out.tier).toBe('local');
    expect(out.context.budget).toBe(8192 - 2048);
    expect(out.context.tokens).toBeLessThanOrEqual(out.context.budget);
    expect(out.context.retrieval).toBe('lexical');
    expect(out.context.shown[0]).toEqual(
      expect.objectContaining({ path: 'content/pages/pricing.md', why: 'named' }),
    );
    expect(out.context.shown.map((s) => s.path)).not.toContain('.env');
    expect(out.context.notes).toEqual([
      '.env is named in the task but is not shown: it may hold secrets.',
    ]);
    expect(out.index.added).toBe(out.index.files);
    expect(git('status', '--porcelain')).toBe('');

    const bad = await runBin(['context', task, '--repo', dir, '--tier', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No tier named "nope"');
  });
});
