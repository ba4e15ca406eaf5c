import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configProblems, type CheckedPersona } from '../../src/config/check-config.js';
import { parseConfig } from '../../src/config/load-config.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { removeTempDirs, tempDir, tempRepo } from '../support/temp-repo.js';

afterAll(removeTempDirs);

const HEAD = `version: 1
owner: ana
models:
  a: { provider: ollama, model: x }
  p: { provider: openai, model: y, price: { input: 1, output: 2 } }
tiers:
  local: { models: [a] }
  premium: { models: [p] }
kinds:
  writing: { description: d, labels: [blog], byHandMinutes: { S: 1, M: 2, L: 3 } }
  audit: { description: d, labels: [audit], byHandMinutes: { S: 1, M: 2, L: 3 } }
`;
const persona = (name: string, kinds: string[]): CheckedPersona => ({
  name,
  kinds,
  file: `personas/${name}.md`,
  owner: 'ana',
  gates: [],
});
const PERSONAS = [persona('editor', ['writing']), persona('auditor', ['audit'])];

function problems(rest: string, personas: CheckedPersona[] = PERSONAS) {
  const text = HEAD + rest;
  return configProblems(parseConfig(text, 'aios.yml'), personas);
}

const rule = (id: string, when: string, persona: string, tier: string, risk = 'low') =>
  `  - id: ${id}\n    reason: r\n    when: ${when}\n    route: { persona: ${persona}, tier: ${tier} }\n    risk: ${risk}\n`;
const BUDGETS = 'budgets: { perTask: 1, perMonth: 10 }\n';

describe('configProblems', () => {
  it('passes a sound config', () => {
    const r = problems(
      `rules:\n${rule('w', '{ kinds: [writing] }', 'editor', 'premium')}${rule('a', '{ kinds: [audit] }', 'auditor', 'local')}${BUDGETS}`,
    );
    expect(r).toEqual({ errors: [], warnings: [] });
  });

  it('names an unknown persona at its line, with the nearest name', () => {
    const r = problems(
      `rules:\n${rule('w', '{ kinds: [writing] }', 'editr', 'premium')}${rule('a', '{ kinds: [audit] }', 'auditor', 'local')}${BUDGETS}`,
    );
    expect(r.errors).toEqual([
      {
        location: { file: 'aios.yml', line: 16 },
        field: 'rules[0].route.persona',
        message: expect.stringContaining(
          'no persona named "editr"; did you mean "editor"?',
        ) as string,
      },
    ]);
  });

  it('finds a persona sent a kind it does not accept', () => {
    const r = problems(
      `rules:\n${rule('w', '{ kinds: [writing, audit] }', 'editor', 'premium')}${rule('a', '{ kinds: [audit] }', 'auditor', 'local')}${BUDGETS}`,
    );
    expect(r.errors.map((e) => e.message)).toEqual([
      'rule w sends kind audit to editor, which accepts only writing',
    ]);
  });

  it('finds a rule shadowed by an earlier, wider one, and not one that is narrower', () => {
    const r = problems(
      `rules:\n${rule('any-writing', '{ kinds: [writing] }', 'editor', 'local')}${rule('big-writing', '{ kinds: [writing], sizes: [L] }', 'editor', 'premium')}${rule('a', '{ kinds: [audit], labels: [x] }', 'auditor', 'local')}${rule('a2', '{ kinds: [audit] }', 'auditor', 'local')}${BUDGETS}`,
    );
    expect(r.errors).toEqual([
      {
        location: { file: 'aios.yml', line: 18 },
        field: 'rules[1].id',
        message:
          'rule big-writing is unreachable: rule any-writing (rules[0]) fires on every task it would',
      },
    ]);
  });

  it('does not call a rule shadowed when the earlier persona would decline its kinds', () => {
    // The catch-all's persona takes only writing, so audit work falls through to the next rule.
    const r = problems(
      `rules:\n${rule('catch-all', '{}', 'editor', 'local')}${rule('a', '{ kinds: [audit] }', 'auditor', 'local')}${BUDGETS}`,
    );
    expect(r.errors).toEqual([]);
  });

  it('warns of a kind no rule routes, and of a rule without an owner', () => {
    const text = (
      HEAD + `rules:\n${rule('w', '{ kinds: [writing] }', 'editor', 'local')}${BUDGETS}`
    ).replace('owner: ana\n', '');
    const r = configProblems(parseConfig(text, 'aios.yml'), PERSONAS);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.location?.line, w.message])).toEqual([
      [10, 'no rule routes kind audit: such tasks always ask'],
      [12, 'rule w has no owner (set owner: on it or at the top)'],
    ]);
  });

  it('finds budgets that contradict the month cap', () => {
    const r = problems(
      `rules:\n${rule('w', '{ kinds: [writing] }', 'editor', 'local')}${rule('a', '{ kinds: [audit] }', 'auditor', 'local')}budgets:\n  perTask: 20\n  perMonth: 10\n  perTier: { premium: 11, local: 5 }\n`,
    );
    expect(r.errors.map((e) => [e.field, e.location?.line])).toEqual([
      ['budgets.perTask', 24],
      ['budgets.perTier.premium', 26],
    ]);
  });

  it('finds a rule that puts high-risk work on a tier the risk policy forbids', () => {
    const r = problems(
      `rules:\n${rule('w', '{ kinds: [writing] }', 'editor', 'local', 'high')}${rule('a', '{ kinds: [audit] }', 'auditor', 'premium', 'high')}${BUDGETS}risk:\n  levels:\n    high: { tiers: [premium], gates: [nope] }\n`,
    );
    expect(r.errors.map((e) => [e.field, e.message])).toEqual([
      [
        'rules[0].route.tier',
        'rule w is high risk, and risk.levels.high.tiers allows only premium, not local',
      ],
      ['risk.levels.high.gates[0]', expect.stringContaining('no gate named "nope"')],
    ]);
  });
});

describe('aios config owners', () => {
  it('names the owner of every rule (its own, else the config owner) and of every persona', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    const text = (
      HEAD +
      `rules:\n${rule('w', '{ kinds: [writing] }', 'editor', 'local')}    owner: bo\n${rule('a', '{ kinds: [audit] }', 'content-auditor', 'local')}${BUDGETS}`
    )
      .replace(
        'audit: { description: d, labels: [audit]',
        'content-audit: { description: d, labels: [audit]',
      )
      .replace('kinds: [audit]', 'kinds: [content-audit]');
    await writeFile(file, text);
    const r = await runCli(['config', 'owners', '--config', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rules: { rule: string; owner: string | null; source: string }[];
      personas: { persona: string; owner: string }[];
    };
    expect(out.rules).toEqual([
      { rule: 'w', owner: 'bo', source: 'rule' },
      { rule: 'a', owner: 'ana', source: 'config owner' },
    ]);
    expect(out.personas.find((p) => p.persona === 'editor')?.owner).toBe('consultant');
  });
});

describe('aios config check', () => {
  it('passes the shipped config and personas', async () => {
    const r = await runBin(['config', 'check']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/no problems/);
    expect(r.code).toBe(0);
  });

  it('lists every problem with file:line and exits 2; aios run refuses the same config before any entry', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    await writeFile(
      file,
      HEAD.replace('version: 1\n', 'version: 1\nbogus: 1\n') +
        `rules:\n${rule('w', '{ kinds: [writing] }', 'editr', 'local')}${BUDGETS}`,
    );
    const bad = await runCli(['config', 'check', '--config', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:2: bogus: unknown field "bogus"`);

    await writeFile(
      file,
      HEAD + `rules:\n${rule('w', '{ kinds: [writing] }', 'editr', 'local')}${BUDGETS}`,
    );
    const check = await runCli(['config', 'check', '--config', file]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`${file}:16: rules[0].route.persona: no persona named "editr"`);

    const repo = await tempRepo();
    await mkdir(join(repo, 'tasks'), { recursive: true });
    await writeFile(
      join(repo, 'tasks', 't.md'),
      '---\ntitle: A post\nlabels: [blog]\n---\nWrite it.\n',
    );
    const run = await runCli(['run', 'tasks/t.md', '--config', file, '--scripted', file], {
      cwd: repo,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:16: rules[0].route.persona: no persona named "editr"`);
    // Nothing planned, nothing spooled: the check runs before the ledger is touched.
    expect(existsSync(join(repo, '.git', 'aios'))).toBe(false);
  });
});
