import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblems } from '../../src/config/check-config.js';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';
import { InputError } from '../../src/core/errors.js';
import {
  cascadeBarProblem,
  CASCADE_CATCH_RATE_BAR,
  MEASURED_CATCH_RATES,
} from '../../src/gates/catch-rates.js';

// Kinds with and without measured gates: editorial and wordpress-security are measured on the
// corpus (test/gates/corpus.test.ts); markdown-lint is not.
const HEAD = `version: 1
owner: ana
models:
  a: { provider: ollama, model: x }
  p: { provider: openai, model: y, price: { input: 1, output: 2 } }
tiers:
  local: { models: [a] }
  premium: { models: [p] }
kinds:
  writing: { description: d, labels: [blog], gates: [markdown-lint, editorial, reviewer], byHandMinutes: { S: 1, M: 2, L: 3 } }
  audit: { description: d, labels: [audit], gates: [markdown-lint], byHandMinutes: { S: 1, M: 2, L: 3 } }
budgets: { perTask: 1, perMonth: 10 }
`;
const PERSONAS = [
  { name: 'editor', kinds: ['writing'], file: 'personas/editor.md', owner: 'ana', gates: [] },
  { name: 'auditor', kinds: ['audit'], file: 'personas/auditor.md', owner: 'ana', gates: [] },
];

const cascadeRule = (id: string, kind: string, persona: string, extra = '') =>
  `  - id: ${id}
    reason: r
    when: { kinds: [${kind}] }
    route:
      persona: ${persona}
      tier: local
      fallback: escalate-on-gate-fail
      escalateTo: [premium]${extra}
    risk: low
`;
const plainRule = (id: string, kind: string, persona: string) =>
  `  - id: ${id}\n    reason: r\n    when: { kinds: [${kind}] }\n    route: { persona: ${persona}, tier: premium }\n    risk: low\n`;

describe('cascade config', () => {
  it('allows a cascade for a kind whose gates meet the measured catch-rate bar', () => {
    const text = `${HEAD}rules:\n${cascadeRule('w', 'writing', 'editor')}${plainRule('a', 'audit', 'auditor')}`;
    expect(configProblems(parseConfig(text, 'aios.yml'), PERSONAS).errors).toEqual([]);
  });

  it('refuses a cascade for a kind whose gates were never measured, at the fallback line', () => {
    const text = `${HEAD}rules:\n${plainRule('w', 'writing', 'editor')}${cascadeRule('a', 'audit', 'auditor')}`;
    const lines = text.split('\n');
    const line = lines.findLastIndex((l) => l.includes('fallback: escalate-on-gate-fail')) + 1;
    const { errors } = configProblems(parseConfig(text, 'aios.yml'), PERSONAS);
    expect(errors).toEqual([
      {
        location: { file: 'aios.yml', line },
        field: 'rules[1].route.fallback',
        message: expect.stringMatching(
          /rule a cascades kind audit, but none of its deterministic gates \(markdown-lint\) has a measured catch rate/,
        ) as string,
      },
    ]);
  });

  it('names a cascade without escalateTo, and an unknown escalation tier, at their lines', () => {
    const noTo = `${HEAD}rules:\n  - id: w\n    reason: r\n    when: { kinds: [writing] }\n    route: { persona: editor, tier: local, fallback: escalate-on-gate-fail }\n    risk: low\n`;
    expect(() => parseConfig(noTo, 'aios.yml')).toThrow(/escalate-on-gate-fail needs `escalateTo/);
    const badTier = `${HEAD}rules:\n${cascadeRule('w', 'writing', 'editor').replace('[premium]', '[premum]')}`;
    try {
      parseConfig(badTier, 'aios.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]).toMatchObject({
        field: 'rules[0].route.escalateTo[0]',
        message: expect.stringContaining('no tier named "premum"') as string,
        location: { line: badTier.split('\n').findIndex((l) => l.includes('escalateTo')) + 1 },
      });
    }
  });

  it('judges gates by the measured rates and the bar named in one place', () => {
    expect(CASCADE_CATCH_RATE_BAR).toBe(0.95);
    expect(cascadeBarProblem(['markdown-lint', 'editorial', 'reviewer'])).toBeUndefined();
    expect(cascadeBarProblem(['reviewer'])).toMatch(/none of its deterministic gates/);
    expect(cascadeBarProblem(['wp-plugin-security'])).toBeUndefined(); // an alias of a measured gate
    // A measured gate under the bar disqualifies the kind, whatever else it has.
    expect(cascadeBarProblem(['editorial'], 1.01)).toMatch(
      /editorial catches 100% .* under the 101% bar/,
    );
    for (const m of Object.values(MEASURED_CATCH_RATES))
      expect(m.caught).toBeLessThanOrEqual(m.defects);
  });
});

describe('shadow config', () => {
  const rules = `rules:\n${plainRule('w', 'writing', 'editor')}${plainRule('a', 'audit', 'auditor')}`;
  it('takes a share, a model or a tier, and low or medium risks (low by default)', () => {
    const loaded = parseConfig(`${HEAD}${rules}shadow: { share: 0.25, model: a }\n`, 'aios.yml');
    expect(loaded.config.shadow).toEqual({ share: 0.25, model: 'a', risks: ['low'] });
    expect(
      parseConfig(
        `${HEAD}${rules}shadow: { share: 1, tier: local, risks: [low, medium] }\n`,
        'aios.yml',
      ).config.shadow?.tier,
    ).toBe('local');
  });

  it.each([
    ['shadow: { share: 0.2, model: nope }', /shadow\.model.*no model named "nope"/s],
    ['shadow: { share: 0.2, tier: nope }', /shadow\.tier.*no tier named "nope"/s],
    ['shadow: { share: 1.5, model: a }', /shadow\.share/],
    ['shadow: { share: 0.2, model: a, risks: [high] }', /shadow\.risks\[0\]/],
    ['shadow: { share: 0.2 }', /either `model` or `tier`/],
    ['shadow: { share: 0.2, model: a, tier: local }', /either `model` or `tier`/],
  ])('refuses %s with the field and line', (block, message) => {
    const text = `${HEAD}${rules}${block}\n`;
    try {
      parseConfig(text, 'aios.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const e = error as InputError;
      expect(`${e.message}\n${e.issues.map((i) => `${i.field}: ${i.message}`).join('\n')}`).toMatch(
        message,
      );
      expect(e.issues[0]?.location?.line).toBe(text.split('\n').length - 1);
    }
  });
});

describe('aios config check on a cascade', () => {
  it('names a cascade for a kind whose gates are unmeasured at its file:line, exit 2', async () => {
    const route = '    route: { persona: content-auditor, tier: local, maxAttempts: 2 }';
    const text = await readFile(defaultConfigPath(), 'utf8');
    expect(text).toContain(route);
    const file = join(await tempDir(), 'aios.yml');
    const edited = text.replace(
      route,
      '    route: { persona: content-auditor, tier: local, maxAttempts: 2, fallback: escalate-on-gate-fail, escalateTo: [flat] }',
    );
    await writeFile(file, edited);
    const line = edited.split('\n').findIndex((l) => l.includes('escalate-on-gate-fail')) + 1;
    const r = await runCli(['config', 'check', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `${file}:${line}: rules[1].route.fallback: rule content-audit-local cascades kind content-audit, but none of its deterministic gates (markdown-lint) has a measured catch rate`,
    );
  });
});
