import { execFileSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContextRecord } from '../../src/core/context-record.js';
import { packageRoot } from '../../src/core/package-root.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

describe('the attempt entry', () => {
  it('records what was shown: path, blob, tokens, why, the budget and the index update', async () => {
    const dir = await tempDir();
    await cp(join(packageRoot(), 'examples', 'demo', 'repo'), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'site');
    const demo = join(packageRoot(), 'examples', 'demo');
    const r = await runCli([
      'run',
      join(demo, 'tasks', 'content-audit.md'),
      '--repo',
      dir,
      '--scripted',
      join(demo, 'script.yml'),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const files = git('ls-tree', '-r', '--name-only', 'aios-ledger')
      .split('\n')
      .filter((f) => f.endsWith('-attempt.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const entry = JSON.parse(git('show', `aios-ledger:${f}`)) as { data: { context?: unknown } };
      const record = ContextRecord.parse(entry.data.context);
      expect(record.tokens).toBeLessThanOrEqual(record.budget);
      expect(record.budget).toBe(8192 - 2048); // the local tier's window minus its output cap
      expect(record.retrieval).toBe('lexical');
      expect(record.index).toMatchObject({ files: 6 });
      expect(record.personaHash).toMatch(/^[0-9a-f]{64}$/);
      const named = record.shown.filter((s) => s.why === 'named');
      expect(named.map((s) => s.path)).toContain('content/pages/pricing.md');
      for (const s of record.shown) expect(s.blob).toBe(git('rev-parse', `main:${s.path}`).trim());
    }
    // The index cache ignores itself (the draft PR under .aios/pulls is the local forge's).
    expect(git('status', '--porcelain', '--untracked-files=all')).not.toContain('.aios/cache');
    expect(git('check-ignore', '.aios/cache/index.sqlite').trim()).toBe('.aios/cache/index.sqlite');
  });
});
