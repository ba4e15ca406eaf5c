import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig, parseConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { tempDir } from '../support/temp-repo.js';

describe('config', () => {
  it('ships a valid default config with money in integer micro-dollars', async () => {
    const { config, hash } = await loadConfig();
    expect(config.models['premium-gpt']).toMatchObject({
      provider: 'openai',
      billing: 'api',
      price: {
        inputPerMTokMicros: 1_250_000,
        outputPerMTokMicros: 10_000_000,
        cachedInputPerMTokMicros: 125_000,
      },
    });
    expect(config.budgets.perTask).toBe(2_000_000);
    expect(config.rules.length).toBeGreaterThanOrEqual(3);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prefers the repository config over the defaults', async () => {
    const dir = await tempDir();
    const text = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'perTask: 2.00',
      'perTask: 0.50',
    );
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, '.github')));
    await writeFile(join(dir, '.github', 'aios.yml'), text);
    const loaded = await loadConfig({ repoDir: dir });
    expect(loaded.config.budgets.perTask).toBe(500_000);
    expect(loaded.file).toBe(join(dir, '.github', 'aios.yml'));
  });

  it('fails with file, line and field on a bad value and on a dangling reference', async () => {
    const text = (await readFile(defaultConfigPath(), 'utf8'))
      .replace(
        'route: { persona: content-auditor, tier: local, maxAttempts: 2 }',
        'route: { persona: content-auditor, tier: lokal, maxAttempts: 2 }',
      )
      .replace('perTask: 2.00', 'perTask: lots');
    let error: unknown;
    try {
      parseConfig(text, 'aios.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    const perTask = issues.find((i) => i.field === 'budgets.perTask');
    expect(perTask?.location?.line).toBe(
      text.split('\n').findIndex((l) => l.includes('perTask: lots')) + 1,
    );
    // A dangling tier is caught once the shape is valid; fix the money and look again.
    try {
      parseConfig(text.replace('perTask: lots', 'perTask: 2'), 'aios.yml');
      expect.unreachable();
    } catch (e) {
      const tier = (e as InputError).issues.find((i) => i.field === 'rules[1].route.tier');
      expect(tier?.message).toContain('no tier named "lokal"');
      expect(tier?.location?.line).toBe(
        text.split('\n').findIndex((l) => l.includes('tier: lokal')) + 1,
      );
    }
  });

  it('rejects unknown fields, so a typo never passes silently', () => {
    expect(() => parseConfig('version: 1\nmodles: {}\n', 'x.yml')).toThrow(/modles/);
  });

  it('names a missing config file', async () => {
    await expect(loadConfig({ file: '/nonexistent/aios.yml' })).rejects.toThrow(
      /Cannot read the config file \/nonexistent\/aios.yml/,
    );
  });
});
