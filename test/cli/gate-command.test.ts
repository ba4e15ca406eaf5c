import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';

const HEAVY = [
  'axe-core',
  'jsdom',
  'html-validate',
  'playwright-core',
  'eslint',
  'php-parser',
  'stylelint',
  'retext-spell',
  'unified',
];

/**
 * The built CLI (`bin/aios.js` → dist/) with a module hook that writes every package it loads
 * (resolving a package's version for `gate list` is not loading it),
 * so a test can see which checkers a command paid for.
 */
async function aios(args: string[], dir: string) {
  const log = join(dir, `loaded-${args[1] ?? 'x'}.txt`);
  const hook = join(dir, 'hook.mjs');
  await writeFile(
    hook,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) {
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(url);
  if (m) appendFileSync(${JSON.stringify(log)}, m[1] + '\\n');
  return next(url, context);
} });
`,
  );
  await writeFile(log, '');
  const r = spawnSync(
    process.execPath,
    ['--import', hook, join(packageRoot(), 'bin/aios.js'), ...args],
    {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const loaded = new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}

describe('aios gate', () => {
  it('loads only the checkers of the gate it runs, and exits 0, 1 or 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aios-gate-cli-'));
    await writeFile(join(dir, 'ok.md'), '# Title\n\nText.\n');
    await writeFile(join(dir, 'bad.html'), '<img src="a.png">\n');
    const md = await aios(['gate', 'run', 'markdown-lint', 'ok.md'], dir);
    expect(md.status, md.stderr).toBe(0);
    expect(
      [...md.loaded].filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`))),
    ).toEqual([]);
    const page = await aios(['gate', 'run', 'accessibility', 'bad.html', '--json'], dir);
    expect(page.status, page.stderr).toBe(1);
    expect(JSON.parse(page.stdout)).toMatchObject({ gate: 'accessibility', pass: false });
    expect(page.loaded.has('jsdom') && page.loaded.has('html-validate')).toBe(true);
    expect(page.loaded.has('eslint')).toBe(false);
    const bad = await aios(['gate', 'run', 'no-such-gate', 'ok.md'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('No gate named "no-such-gate"');
    const list = await aios(['gate', 'list', '--json'], dir);
    const rows = JSON.parse(list.stdout) as {
      id: string;
      checkers: { name: string; version: string }[];
    }[];
    expect(rows.map((r) => r.id)).toEqual([
      'markdown-lint',
      'wordpress-security',
      'editorial',
      'code-readability',
      'accessibility',
    ]);
    expect(
      rows.find((r) => r.id === 'accessibility')?.checkers.find((c) => c.name === 'axe-core')
        ?.version,
    ).toMatch(/^\d+\.\d+\.\d+$/);
    expect([...list.loaded].filter((p) => HEAVY.includes(p))).toEqual([]);
  }, 60_000);
});
