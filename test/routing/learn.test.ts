import { describe, expect, it } from 'vitest';
import { configProblems } from '../../src/config/check-config.js';
import type { AiosConfig } from '../../src/config/config-schema.js';
import { parseConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { LedgerEntry } from '../../src/core/ledger-entry.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { asCellEntry } from '../../src/reports/cell-entry.js';
import { buildCells } from '../../src/reports/cells.js';
import { applyLearning, cellLookup } from '../../src/routing/learn-apply.js';
import { planWithLanes } from '../../src/routing/plan-lanes.js';
import { route } from '../../src/routing/router.js';
import { outcomeEntries, type CellSpec } from '../support/outcome-ledger.js';
import { LEARN_CONFIG } from './learn-config.js';

const loaded = parseConfig(LEARN_CONFIG, 'aios.yml');

function task(labels: string[], body = 'Body', estimate: 'S' | 'M' | 'L' = 'S') {
  return buildTask({
    id: 'acme/site#7',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title: 'T',
    body,
    labels,
    estimate,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
  });
}

const cell = (model: string, tier: string, accepted: number, rejected: number): CellSpec => ({
  rule: 'easy-rule',
  persona: 'editor',
  model,
  tier,
  kind: 'easy',
  size: 'S',
  accepted,
  rejected,
});
const cellsOf = async (specs: CellSpec[]) =>
  cellLookup(await buildCells(outcomeEntries(specs).map(asCellEntry)));

function withLearn(text: string): string {
  return LEARN_CONFIG.replace(
    'learn: { mode: apply, cheaper: [local], minSamples: 20, minAcceptanceLB: 0.8, risks: [low] }',
    text,
  );
}

describe('learn: in the config', () => {
  it('refuses high risk, unknown names and dearer models, each at its line', () => {
    const bad = (learn: string) => {
      try {
        const l = parseConfig(withLearn(learn), 'aios.yml');
        return configProblems(l, undefined).errors.map(
          (e) => `${e.location?.line}: ${e.field}: ${e.message}`,
        );
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return error.issues.map((i) => `${i.location?.line}: ${i.message}`);
      }
    };
    // The learn clause is on line 21 of the config.
    expect(bad('learn: { mode: apply, cheaper: [local], risks: [low, high] }').join('\n')).toMatch(
      /^21: .*never applies to high-risk work/m,
    );
    expect(bad('learn: { mode: apply, cheaper: [locl] }').join('\n')).toMatch(
      /^21: .*no model or tier named "locl"/m,
    );
    expect(bad('learn: { mode: advise, cheaper: [premium-gpt] }').join('\n')).toMatch(
      /^21: .*the rule's own model and tier: nothing to learn/m,
    ); // same model → next check
    const dearer = LEARN_CONFIG.replace(
      'route: { persona: editor, tier: premium }',
      'route: { persona: editor, tier: local }',
    ).replace('cheaper: [local]', 'cheaper: [premium]');
    const p = configProblems(parseConfig(dearer, 'aios.yml'), undefined).errors;
    expect(p.map((e) => `${e.location?.line}: ${e.message}`).join('\n')).toMatch(
      /^21: "premium" \(premium-gpt\) costs more than the rule's own model local-llama/m,
    );
    const highRule = LEARN_CONFIG.replace(/risk: low\n {4}learn/, 'risk: high\n    learn');
    expect(
      configProblems(parseConfig(highRule, 'aios.yml'), undefined).errors.map((e) => e.message),
    ).toContainEqual(expect.stringMatching(/high risk, and a learned downgrade never applies/));
  });

  it('fills the defaults: 20 samples, bound 0.8, low risk only', () => {
    const c = parseConfig(withLearn('learn: { mode: advise, cheaper: [local-llama] }'), 'a.yml');
    expect(c.config.rules[0]?.learn).toEqual({
      mode: 'advise',
      cheaper: ['local-llama'],
      minSamples: 20,
      minAcceptanceLB: 0.8,
      risks: ['low'],
    });
  });
});

describe('learn: apply and advise', () => {
  it('apply routes to the cheaper model when its cell qualifies, with the evidence', async () => {
    const cells = await cellsOf([cell('local-llama', 'local', 45, 5)]);
    const d = applyLearning(
      route({ task: task(['easy']), config: loaded.config, configHash: loaded.hash }),
      loaded.config,
      cells,
    );
    expect(d.type).toBe('route');
    if (d.type !== 'route') return;
    expect(d.plan).toMatchObject({
      tier: 'local',
      models: ['local-llama'],
      rule: { id: 'easy-rule' },
    });
    expect(d.plan.learn).toMatchObject({
      rule: 'easy-rule',
      mode: 'apply',
      applied: true,
      from: { model: 'premium-gpt', tier: 'premium' },
      to: { model: 'local-llama', tier: 'local' },
      evidence: [{ model: 'local-llama', decided: 50, accepted: 45, meets: true }],
    });
    const line = d.plan.trace.at(-1);
    expect(line).toMatchObject({ rule: 'easy-rule.learn (apply)', matched: true });
    expect(line?.why).toMatch(/45\/50 accepted \(90\.0%, LB 80\.\d%\)/);
  });

  it('keeps the written route when the cell has too few samples or too low a bound', async () => {
    for (const specs of [
      [cell('local-llama', 'local', 15, 0)],
      [cell('local-llama', 'local', 40, 10)],
    ]) {
      const d = applyLearning(
        route({ task: task(['easy']), config: loaded.config, configHash: loaded.hash }),
        loaded.config,
        await cellsOf(specs),
      );
      if (d.type !== 'route') throw new Error('routed');
      expect(d.plan).toMatchObject({ tier: 'premium', models: ['premium-gpt'] });
      expect(d.plan.learn).toMatchObject({ applied: false });
      expect(d.plan.learn?.to).toBeUndefined();
    }
  });

  it('advise suggests in the plan and the planned entry, and changes nothing', async () => {
    const config = parseConfig(withLearn('learn: { mode: advise, cheaper: [local] }'), 'a.yml');
    const d = await planWithLanes({
      task: task(['easy']),
      config: config.config,
      configHash: config.hash,
      learning: () => cellsOf([cell('local-llama', 'local', 45, 5)]),
    });
    if (d.type !== 'route') throw new Error('routed');
    expect(d.plan).toMatchObject({ tier: 'premium', models: ['premium-gpt'] });
    expect(d.plan.learn).toMatchObject({ applied: false, to: { model: 'local-llama' } });
    expect(d.plan.trace.at(-1)?.why).toMatch(/^advise: local-llama on local qualifies/);
    // The planned entry carries it: the schema takes the record as it is.
    const entry = LedgerEntry.parse({
      ...outcomeEntries([cell('local-llama', 'local', 1, 0)])[0],
      data: {
        ...(outcomeEntries([cell('local-llama', 'local', 1, 0)])[0] as { data: object }).data,
        learn: d.plan.learn,
      },
    });
    expect(entry.event === 'planned' && entry.data.learn?.to?.model).toBe('local-llama');
  });

  it('reads no cells for a rule without learn', async () => {
    let reads = 0;
    const d = await planWithLanes({
      task: task(['hard']),
      config: loaded.config,
      configHash: loaded.hash,
      learning: async () => {
        reads++;
        return undefined;
      },
    });
    expect(reads).toBe(0);
    expect(d.type === 'route' && d.plan.learn).toBeUndefined();
  });
});

/**
 * Never for high risk: a generated table of every combination of the task's risk (from the
 * rule, or raised by `risk.paths`), the clause's mode and risks (high included, as a config
 * that slipped past the schema would have it), and cells that qualify or not. (fast-check is
 * not a dependency; the table covers the whole space.)
 */
describe('learn never moves high-risk work (generated table)', () => {
  const risks = ['low', 'medium', 'high'] as const;
  const clauseRisks = [['low'], ['medium'], ['low', 'medium'], ['low', 'medium', 'high'], ['high']];
  const rows: [(typeof risks)[number], string, string[], boolean, boolean][] = [];
  for (const ruleRisk of risks)
    for (const mode of ['apply', 'advise'])
      for (const cr of clauseRisks)
        for (const qualifies of [true, false])
          for (const raisedByPath of [false, true])
            rows.push([ruleRisk, mode, cr, qualifies, raisedByPath]);

  it.each(rows)(
    'rule risk %s, mode %s, clause risks %j, cell qualifies %s, high path %s',
    async (ruleRisk, mode, clauseRisks, qualifies, raisedByPath) => {
      const parsed = parseConfig(
        LEARN_CONFIG.concat('risk: { paths: { high: ["secrets/**"] } }\n'),
        'a.yml',
      ).config;
      // Bypass the schema on purpose: the router itself must hold the line.
      const config: AiosConfig = {
        ...parsed,
        rules: parsed.rules.map((r) =>
          r.id === 'easy-rule'
            ? {
                ...r,
                risk: ruleRisk,
                learn: {
                  ...r.learn!,
                  mode: mode as 'apply',
                  risks: clauseRisks as ('low' | 'medium')[],
                },
              }
            : r,
        ),
      };
      const cells = await cellsOf([
        qualifies ? cell('local-llama', 'local', 50, 0) : cell('local-llama', 'local', 5, 5),
      ]);
      const t = task(['easy'], raisedByPath ? 'Fix secrets/keys.php please' : 'Body');
      const written = route({ task: t, config, configHash: 'h' });
      const d = applyLearning(written, config, cells);
      if (d.type !== 'route' || written.type !== 'route') throw new Error('routed');
      const high = d.plan.risk === 'high';
      expect(high).toBe(ruleRisk === 'high' || raisedByPath);
      const moved = d.plan.tier !== written.plan.tier;
      if (high) {
        expect(moved).toBe(false);
        expect(d.plan.models).toEqual(written.plan.models);
        expect(d.plan.learn?.applied).toBe(false);
      } else {
        const eligible = clauseRisks.includes(d.plan.risk);
        expect(moved).toBe(mode === 'apply' && eligible && qualifies);
      }
    },
  );
});
