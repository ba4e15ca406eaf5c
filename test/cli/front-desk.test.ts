import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { runCli } from '../support/run-cli.js';
import { removeTempDirs, tempDir, tempRepo } from '../support/temp-repo.js';

afterAll(removeTempDirs);

const SCRIPT = 'answers:\n  - decision: done\n    confidence: 0.9\n    summary: s\n    files: []\n';

describe('exit codes follow the README', () => {
  it('route on an unmatched task exits 1 with and without --json, and --explain lists every rule', async () => {
    const dir = await tempDir();
    const task = join(dir, 't.md');
    await writeFile(task, '---\ntitle: Both\nlabels: [blog, audit]\n---\nBody\n');
    const plain = await runCli(['route', task, '--explain', '--repo', dir]);
    const json = await runCli(['route', task, '--json', '--repo', dir]);
    expect(plain.code).toBe(1);
    expect(json.code).toBe(plain.code);
    expect((JSON.parse(json.stdout) as { type: string }).type).toBe('ask');
    expect(plain.stdout).toMatch(
      /· writing-in-voice: not tried: the kind is ambiguous \(content-audit or writing\)/,
    );
    expect(plain.stdout).toMatch(/· wordpress-plugin-hardening: not tried/);
  });

  it('a --repo that is not a git repository is bad input, without telling the user to pass --repo', async () => {
    const dir = await tempDir();
    const task = join(dir, 't.md');
    await writeFile(task, '---\ntitle: T\nlabels: [blog]\n---\nBody\n');
    const r = await runCli(['run', task, '--repo', dir, '--scripted', task]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir} is not a git repository.`);
    expect(r.stderr).not.toContain('pass --repo');
    const missing = await runCli(['route', task, '--repo', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
  });
});

describe('the kill switch stops aios run as it stops intake', () => {
  it('AIOS_ENABLED=false and enabled: false each stop the run before anything is recorded', async () => {
    const repo = await tempRepo({
      'README.md': '# R\n',
      'tasks/t.md': '---\ntitle: T\nlabels: [blog]\n---\nBody\n',
      'script.yml': SCRIPT,
    });
    const byEnv = await runCli(['run', 'tasks/t.md', '--scripted', 'script.yml'], {
      cwd: repo,
      env: { AIOS_ENABLED: 'false' },
    });
    expect(byEnv.code).toBe(1);
    expect(byEnv.stderr).toContain('AIOS is switched off: AIOS_ENABLED=false in the environment');

    const config = join(repo, 'off.yml');
    await writeFile(
      config,
      (await readFile(defaultConfigPath(), 'utf8')).replace('enabled: true', 'enabled: false'),
    );
    const byConfig = await runCli(
      ['run', 'tasks/t.md', '--scripted', 'script.yml', '--config', config],
      { cwd: repo },
    );
    expect(byConfig.code).toBe(1);
    expect(byConfig.stderr).toContain(`AIOS is switched off: \`enabled: false\` in ${config}`);
    // Nothing planned, nothing spooled.
    expect(existsSync(join(repo, '.git', 'aios'))).toBe(false);
  });
});
