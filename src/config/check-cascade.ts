import { cascadeBarProblem, CASCADE_CATCH_RATE_BAR } from '../gates/catch-rates.js';
import type { AiosConfig } from './config-schema.js';

/**
 * Rules asking for a cascade (`fallback: escalate-on-gate-fail`) on a kind whose gates do not
 * meet the measured catch-rate bar (gates/catch-rates.ts): a cheap tier's defects would reach
 * the client through gates nobody measured catching them. Each problem names the rule's
 * `fallback` line. The gates counted are the ones a plan of that kind runs: the kind's, the
 * rule's and the rule's risk level's (persona gates are a persona's own addition, not a
 * promise the rule can lean on).
 */
export function cascadeProblems(
  config: AiosConfig,
): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  config.rules.forEach((rule, i) => {
    if (rule.route.fallback !== 'escalate-on-gate-fail') return;
    const kinds = rule.when.kinds ?? Object.keys(config.kinds);
    for (const kind of kinds) {
      const k = config.kinds[kind];
      if (!k) continue; // the schema names an unknown kind
      const gates = [
        ...k.gates,
        ...(rule.route.gates ?? []),
        ...config.risk.levels[rule.risk].gates,
      ];
      const why = cascadeBarProblem(gates, CASCADE_CATCH_RATE_BAR);
      if (why)
        out.push({
          path: ['rules', i, 'route', 'fallback'],
          message: `rule ${rule.id} cascades kind ${kind}, but ${why}`,
        });
    }
  });
  return out;
}
