import { readFileSync } from 'node:fs';
import { InputError, type InputIssue } from '../core/errors.js';
import { yamlLineLocator } from '../core/yaml-source.js';
import { canonicalJson } from '../core/hash.js';
import { cachedValidation } from '../core/validated-cache.js';
import { knownGateNames } from '../gates/gate-catalog.js';
import { frontMatterLine, type PersonaSource } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';
import type { AiosConfig, RuleConfig } from './config-schema.js';
import type { LoadedConfig } from './load-config.js';
import { learnProblems } from './check-learn.js';
import { cascadeProblems } from './check-cascade.js';
import { didYouMean } from '../core/did-you-mean.js';

/** What the whole-config check reads of a persona. */
export type CheckedPersona = Pick<Persona, 'name' | 'kinds' | 'file' | 'owner' | 'gates'> & {
  readonly tier?: string | undefined;
};

/**
 * Problems found by reading the config, the personas and the gate catalogue together.
 * `errors` stop every run and job; `warnings` (a kind no rule can route, a rule without an
 * owner) stop `aios config check` only, since the work that does route is still sound.
 */
export interface ConfigProblems {
  readonly errors: InputIssue[];
  readonly warnings: InputIssue[];
}

const RISK_ORDER = ['low', 'medium', 'high'] as const;

/**
 * The checks no single schema can make: every name the rules use resolves (personas, tiers,
 * gates), each rule sends its persona only kinds it accepts, no rule is unreachable behind an
 * earlier one, every kind has a route, budgets agree, and no rule puts work of a risk on a tier
 * the risk policy forbids. Pure but for reading a persona's text for its line numbers.
 */
export function configProblems(
  loaded: Pick<LoadedConfig, 'config' | 'file' | 'text'>,
  personas: readonly CheckedPersona[] | undefined,
): ConfigProblems {
  const { config, file } = loaded;
  // Parsed for line numbers only when there is a problem to place.
  let locate: ((path: readonly (string | number)[]) => number) | undefined;
  const lineOf = (path: (string | number)[]) => {
    if (loaded.text === undefined) return undefined;
    locate ??= yamlLineLocator(loaded.text);
    return locate(path);
  };
  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const at = (path: (string | number)[]) => ({ file, line: lineOf(path) });
  const field = (path: (string | number)[]) =>
    path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
      '',
    );
  const problem = (list: InputIssue[], path: (string | number)[], message: string) =>
    list.push({ location: at(path), field: field(path), message });
  const byName = personas ? new Map(personas.map((p) => [p.name, p])) : undefined;
  const gates = new Set(knownGateNames());
  const allKinds = Object.keys(config.kinds);

  // Rules: names, lanes, owners, risk.
  config.rules.forEach((rule, i) => {
    const persona = byName?.get(rule.route.persona);
    if (byName && !persona)
      problem(
        errors,
        ['rules', i, 'route', 'persona'],
        `no persona named "${rule.route.persona}"${didYouMean(rule.route.persona, [...byName.keys()])} (\`aios personas list\` shows all ${byName.size})`,
      );
    if (persona)
      for (const kind of rule.when.kinds ?? [])
        if (!persona.kinds.includes(kind))
          problem(
            errors,
            ['rules', i, 'route', 'persona'],
            `rule ${rule.id} sends kind ${kind} to ${persona.name}, which accepts only ${persona.kinds.join(', ')}`,
          );
    const allowed = config.risk.levels[rule.risk].tiers;
    if (allowed && !allowed.includes(rule.route.tier))
      problem(
        errors,
        ['rules', i, 'route', 'tier'],
        `rule ${rule.id} is ${rule.risk} risk, and risk.levels.${rule.risk}.tiers allows only ${allowed.join(', ')}, not ${rule.route.tier}`,
      );
    if (!rule.owner && !config.owner)
      problem(
        warnings,
        ['rules', i, 'id'],
        `rule ${rule.id} has no owner (set owner: on it or at the top)`,
      );
  });

  // Unreachable rules: an earlier rule that fires on every task this one fires on.
  // Each rule's lists as sets, made once: the check compares every pair of rules.
  const widths = config.rules.map(widthsOf);
  config.rules.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = config.rules[i];
      const wider = widths[i];
      if (earlier && wider && covers(earlier, wider, later, config, byName)) {
        problem(
          errors,
          ['rules', j, 'id'],
          `rule ${later.id} is unreachable: rule ${earlier.id} (rules[${i}]) fires on every task it would`,
        );
        break;
      }
    }
  });

  // Every kind has some rule that can take it.
  for (const kind of allKinds) {
    const routed = config.rules.some((rule) => {
      if (rule.when.kinds && !rule.when.kinds.includes(kind)) return false;
      const persona = byName?.get(rule.route.persona);
      return !persona || persona.kinds.includes(kind);
    });
    if (!routed)
      problem(warnings, ['kinds', kind], `no rule routes kind ${kind}: such tasks always ask`);
  }

  // Budgets agree with each other.
  const { perMonth, perTask, perPersonMonth, perTier } = config.budgets;
  const dollars = (micros: number) => `$${(micros / 1e6).toFixed(2)}`;
  if (perTask > perMonth)
    problem(
      errors,
      ['budgets', 'perTask'],
      `the per-task cap ${dollars(perTask)} is above the month cap ${dollars(perMonth)}`,
    );
  if (perPersonMonth !== undefined && perPersonMonth > perMonth)
    problem(
      errors,
      ['budgets', 'perPersonMonth'],
      `the per-person cap ${dollars(perPersonMonth)} is above the month cap ${dollars(perMonth)}`,
    );
  for (const [tier, cap] of Object.entries(perTier))
    if (cap > perMonth)
      problem(
        errors,
        ['budgets', 'perTier', tier],
        `the ${tier} tier cap ${dollars(cap)} is above the month cap ${dollars(perMonth)}`,
      );

  // The risk policy names real tiers and gates.
  for (const risk of RISK_ORDER) {
    const level = config.risk.levels[risk];
    level.tiers?.forEach((t, k) => {
      if (!config.tiers[t])
        problem(errors, ['risk', 'levels', risk, 'tiers', k], `no tier named "${t}"`);
    });
    level.gates.forEach((g, k) => {
      if (!gates.has(g))
        problem(
          errors,
          ['risk', 'levels', risk, 'gates', k],
          `no gate named "${g}"; the gates are ${[...gates].join(', ')}`,
        );
    });
  }
  // Each rule's `learn` clause (config/check-learn.ts).
  for (const p of learnProblems(config)) problem(errors, p.path, p.message);
  // Cascades only where the gates' catch rate was measured to meet the bar (check-cascade.ts).
  for (const c of cascadeProblems(config)) problem(errors, c.path, c.message);
  // Every tier switched off leaves the rules nowhere to go.
  if (Object.values(config.tiers).every((t) => !t.enabled))
    problem(warnings, ['tiers'], 'every tier has enabled: false: every task asks');

  // Personas: the gates they name exist; the tier of one a rule sends work to exists (a persona's
  // tier is only a preference, used when a person picks it; the router ignores an unknown one).
  const named = new Set(config.rules.map((r) => r.route.persona));
  for (const persona of personas ?? []) {
    const personaLine = (name: string) => {
      try {
        return frontMatterLine(readFileSync(persona.file, 'utf8'), name);
      } catch {
        return undefined;
      }
    };
    if (persona.tier !== undefined && !config.tiers[persona.tier] && named.has(persona.name))
      warnings.push({
        location: { file: persona.file, line: personaLine('tier') },
        field: 'tier',
        message: `no tier named "${persona.tier}" in ${file}: a person's pick of ${persona.name} runs on the rule's tier`,
      });
    for (const g of persona.gates)
      if (!gates.has(g))
        errors.push({
          location: { file: persona.file, line: personaLine('gates') },
          field: 'gates',
          message: `no gate named "${g}"; the gates are ${[...gates].join(', ')}`,
        });
  }
  const byLine = (x: InputIssue, y: InputIssue) =>
    (x.location?.file ?? '').localeCompare(y.location?.file ?? '') ||
    (x.location?.line ?? 0) - (y.location?.line ?? 0);
  return { errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}

/** A rule's `when` lists as sets (labels lower-cased, as routing compares them); absent: any. */
interface RuleWidths {
  readonly kinds?: ReadonlySet<string>;
  readonly labels?: ReadonlySet<string>;
  readonly clients?: ReadonlySet<string>;
  readonly sizes?: ReadonlySet<string>;
  readonly paths?: ReadonlySet<string>;
}

function widthsOf(rule: RuleConfig): RuleWidths {
  const w = rule.when;
  const set = (values: readonly string[] | undefined) => (values ? new Set(values) : undefined);
  return {
    kinds: set(w.kinds),
    labels: set(w.labels?.map((l) => l.toLowerCase())),
    clients: set(w.clients),
    sizes: set(w.sizes),
    paths: set(w.paths),
  };
}

/** Is `values` (a rule's list; absent = anything) within the set `wider` (absent = anything)? */
function within(
  values: readonly string[] | undefined,
  wider: ReadonlySet<string> | undefined,
  fold = false,
): boolean {
  if (!wider) return true;
  if (!values) return false;
  return values.every((v) => wider.has(fold ? v.toLowerCase() : v));
}

/**
 * Does `earlier` (whose lists are `e`) fire on every task `later` fires on? Each condition of
 * `earlier` must be absent or at least as wide as `later`'s (lists are "any of", so a subset is
 * narrower), and `earlier`'s persona must accept every kind `later` can see, else the lane check
 * skips it. Conservative: globs count as wider only when `later`'s are among `earlier`'s.
 */
function covers(
  earlier: RuleConfig,
  e: RuleWidths,
  later: RuleConfig,
  config: AiosConfig,
  personas: ReadonlyMap<string, CheckedPersona> | undefined,
): boolean {
  const l = later.when;
  if (!within(l.kinds, e.kinds)) return false;
  if (!within(l.labels, e.labels, true)) return false;
  if (!within(l.clients, e.clients)) return false;
  if (!within(l.sizes, e.sizes)) return false;
  if (!within(l.paths, e.paths)) return false;
  if (personas) {
    const persona = personas.get(earlier.route.persona);
    if (!persona) return false;
    const kinds = l.kinds ?? Object.keys(config.kinds);
    if (!kinds.every((k) => persona.kinds.includes(k))) return false;
  }
  return true;
}

/**
 * Check a loaded config against its personas, for `aios run` and every job: throws one input
 * error listing every problem with file:line, before anything is planned or recorded.
 * Returns the warnings (which only `aios config check` treats as failures).
 */
export async function assertConfigSound(
  loaded: LoadedConfig,
  personas: PersonaSource | undefined,
): Promise<InputIssue[]> {
  const all = personas?.all ? await personas.all() : undefined;
  const check = (): InputIssue[] => {
    const { errors, warnings } = configProblems(loaded, all);
    if (errors.length)
      throw new InputError(
        `The config ${loaded.file} has ${errors.length} problem(s) with the personas, tiers, gates or budgets it names.`,
        errors,
        {
          hint: 'Fix each line shown; `aios config check` lists every problem without running anything.',
        },
      );
    return warnings;
  };
  // Pure in the config text and what it reads of each persona (the reachability check alone
  // compares ~1,700 rule pairs for the shipped config, most of a run's config cost), so a
  // sound result is kept by the validated cache under exactly those inputs. A config with
  // errors throws and is never kept. A warning placed in a persona file takes its line from
  // that file's text, which the key does not hold: such a result is not kept either.
  const inputs = [
    loaded.file,
    loaded.text ?? canonicalJson(loaded.config),
    ...(all ?? []).map((p) =>
      JSON.stringify([p.name, p.kinds, p.file, p.owner, p.gates, p.tier ?? null]),
    ),
  ];
  try {
    return cachedValidation(all ? 'config-sound' : 'config-sound-alone', inputs, () => {
      const warnings = check();
      if (warnings.some((w) => w.location?.file !== loaded.file)) throw new NotKept(warnings);
      return warnings;
    });
  } catch (error) {
    if (error instanceof NotKept) return error.warnings;
    throw error;
  }
}

/** A sound result that must not be kept (see `assertConfigSound`). */
class NotKept {
  constructor(readonly warnings: InputIssue[]) {}
}
