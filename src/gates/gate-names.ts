import type { z } from 'zod';
import { knownGateNames } from './gate-catalog.js';

interface GateNameSources {
  readonly kinds: Record<string, { gates: readonly string[] }>;
  readonly rules: readonly { route: { gates?: readonly string[] | undefined } }[];
  readonly gates: Record<string, unknown>;
}

/**
 * Every gate name the config uses must be one AIOS provides: a misspelt gate would otherwise
 * fail every attempt and call the model again for nothing. Issues carry the YAML path, so the
 * loader's error names the file and line.
 */
export function checkGateNames(config: GateNameSources, ctx: z.RefinementCtx): void {
  const known = knownGateNames();
  const check = (name: string, path: (string | number)[]) => {
    if (!known.includes(name))
      ctx.addIssue({
        code: 'custom',
        path,
        message: `no gate named "${name}"; the gates are ${known.join(', ')}`,
      });
  };
  for (const [kind, k] of Object.entries(config.kinds))
    k.gates.forEach((g, j) => check(g, ['kinds', kind, 'gates', j]));
  config.rules.forEach((r, i) =>
    r.route.gates?.forEach((g, j) => check(g, ['rules', i, 'route', 'gates', j])),
  );
  for (const g of Object.keys(config.gates)) check(g, ['gates', g]);
}
