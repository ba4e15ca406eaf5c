import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { AiosConfigSchema } from '../../src/config/config-schema.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { checkWritePolicy } from '../../src/pipeline/check-policy.js';

const STEERING = [
  'AGENTS.md',
  'docs/AGENTS.md',
  'CLAUDE.md',
  '.github/copilot-instructions.md',
  'prompts/release.prompt.md',
  '.cursorrules',
  'CODEOWNERS',
  '.gitattributes',
  '.gitmodules',
  'package.json',
  'wp-content/plugins/x/package.json',
  '.devcontainer/devcontainer.json',
  '.vscode/settings.json',
];

describe('default protected paths', () => {
  it.each([
    [
      'the shipped config',
      async () => parseConfig(await readFile(defaultConfigPath(), 'utf8'), 'aios.yml').config,
    ],
    [
      'a config that names no policy',
      async () => {
        const raw = parse(await readFile(defaultConfigPath(), 'utf8')) as Record<string, unknown>;
        delete raw.policy;
        return AiosConfigSchema.parse(raw);
      },
    ],
  ])('%s keeps agent-instruction and supply-chain files out of every lane', async (_n, load) => {
    const config = await load().catch(() => undefined);
    if (!config) return expect.fail('config did not load');
    const persona = { writes: ['**/*'] } as never;
    for (const path of STEERING) {
      const v = checkWritePolicy([{ path, content: 'x' }], persona, config.policy);
      expect(v.pass, path).toBe(false);
      expect(
        v.findings.map((f) => f.rule),
        path,
      ).toContain('protected-path');
    }
  });

  it('shipped personas write into folders, never the whole repository', async () => {
    const all = await personaFolder(undefined).all?.();
    if (!all) return expect.fail('the persona folder cannot list its personas');
    // Every shipped persona, not a chosen few: the four the demo uses are among them.
    expect(all.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'accessibility-reviewer',
        'content-auditor',
        'editor',
        'wordpress-expert',
      ]),
    );
    const rootLevel = all.flatMap((p) =>
      p.writes.filter((glob) => !/^[\w.-]+\//.test(glob)).map((glob) => `${p.name}: ${glob}`),
    );
    expect(rootLevel).toEqual([]);
  });
});
