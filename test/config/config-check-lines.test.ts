import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { packageRoot } from '../../src/core/package-root.js';
import { runCli } from '../support/run-cli.js';
import { removeTempDirs, tempDir } from '../support/temp-repo.js';

afterAll(removeTempDirs);

/** The 1-based line of the first line of `text` matching `re`. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split('\n').findIndex((l) => re.test(l));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

// The quick parse (core/yaml-fast.ts) keeps no positions: these check, through the built CLI with
// the validated cache off, that every kind of problem still names its file and line.
describe('aios config check names file:line after the quick parse', () => {
  const env = { AIOS_CACHE: 'off' };

  it('a YAML syntax error, a duplicate key and a wrong type in the config, each at its line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    const shipped = await readFile(defaultConfigPath(), 'utf8');

    const syntax = shipped.replace(/^budgets:\n/m, 'budgets:\n  perTask: [1, 2\n');
    await writeFile(file, syntax);
    const a = await runCli(['config', 'check', '--config', file], { env });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(new RegExp(`${file}:\\d+: `));
    expect(a.stderr).toContain('is not valid YAML');

    const duplicate = shipped.replace(/^budgets:\n/m, 'budgets:\n  perTask: 1.00\n');
    await writeFile(file, duplicate);
    const b = await runCli(['config', 'check', '--config', file], { env });
    expect(b.code).toBe(2);
    const second = lineOf(duplicate, /^ {2}perTask: 2\.00/);
    expect(b.stderr).toContain(`${file}:${second}: `);

    const wrongType = shipped.replace(/^( {2}maxCallsPerTask:) .*$/m, '$1 many');
    expect(wrongType).not.toBe(shipped);
    await writeFile(file, wrongType);
    const c = await runCli(['config', 'check', '--config', file], { env });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(
      `${file}:${lineOf(wrongType, /^ {2}maxCallsPerTask: many/)}: budgets.maxCallsPerTask: `,
    );
  });

  it('a persona with an unknown field and a wrong type, each at its line in the persona file', async () => {
    const dir = await tempDir();
    const personas = join(dir, 'personas');
    await cp(join(packageRoot(), 'personas'), personas, { recursive: true });
    await cp(join(packageRoot(), 'standards'), join(dir, 'standards'), { recursive: true });
    const file = join(personas, 'editor.md');
    const text = (await readFile(file, 'utf8'))
      .replace(/^kinds:/m, 'colour: blue\nkinds:')
      .replace(/^owner: .*$/m, 'owner: [a, b]');
    await writeFile(file, text);
    const r = await runCli(['config', 'check', '--personas', personas], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:${lineOf(text, /^colour: blue/)}: colour: unknown field`);
    expect(r.stderr).toContain(`${file}:${lineOf(text, /^owner: \[a, b\]/)}: owner: `);
  });
});
