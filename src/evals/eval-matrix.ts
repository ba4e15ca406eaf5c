import { isAbsolute, join } from 'node:path';
import type { AiosConfig } from '../config/config-schema.js';
import { InputError, type InputIssue } from '../core/errors.js';
import type { Persona } from '../personas/persona-schema.js';
import { loadEvalFile, type EvalCase } from './eval-file.js';

/** One row of the cross-persona matrix: a case put to one persona, with what it must do. */
export interface MatrixCase {
  /** `<persona>/<lane>:<description>` (out-of-lane rows name the persona they came from). */
  readonly id: string;
  readonly persona: string;
  /** The persona whose eval file the case came from. */
  readonly origin: string;
  readonly lane: 'in' | 'near-miss' | 'out';
  readonly kind: string | undefined;
  readonly expect: 'done' | 'decline' | 'ask';
  readonly handoff?: string | undefined;
  readonly writesWithin: boolean;
  readonly case: EvalCase;
}

/** The kind a case's labels classify as (exactly one), else the owning persona's first kind. */
export function kindOfCase(
  c: EvalCase,
  owner: Pick<Persona, 'kinds'>,
  config: Pick<AiosConfig, 'kinds'>,
): string | undefined {
  const labels = new Set(c.vars.labels.map((l) => l.toLowerCase()));
  const hits = Object.entries(config.kinds)
    .filter(([, k]) => k.labels.some((l) => labels.has(l.toLowerCase())))
    .map(([id]) => id);
  return hits.length === 1 ? hits[0] : owner.kinds[0];
}

/** Each persona's eval cases, by persona id; a persona without an eval file has none. */
export async function loadSuites(
  personas: readonly Persona[],
  root: string,
): Promise<Map<string, EvalCase[]>> {
  const suites = new Map<string, EvalCase[]>();
  const issues: InputIssue[] = [];
  for (const p of personas) {
    if (!p.evals) continue;
    const file = isAbsolute(p.evals) ? p.evals : join(root, p.evals);
    try {
      suites.set(p.name, await loadEvalFile(file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...(e.issues.length ? e.issues : [{ location: { file }, message: e.message }]));
    }
  }
  if (issues.length) throw new InputError(`${issues.length} problem(s) in the eval files.`, issues);
  return suites;
}

/**
 * The cross-persona matrix: every persona's own cases, plus every other persona's in-lane
 * cases whose kind it does not accept, as out-of-lane cases it must decline (with the handoff
 * its own declines name for that kind, if any).
 */
export function buildMatrix(
  personas: readonly Persona[],
  suites: ReadonlyMap<string, readonly EvalCase[]>,
  config: Pick<AiosConfig, 'kinds'>,
): MatrixCase[] {
  const rows: MatrixCase[] = [];
  for (const p of personas) {
    for (const c of suites.get(p.name) ?? []) {
      rows.push({
        id: `${p.name}/${c.metadata.lane}:${c.description}`,
        persona: p.name,
        origin: p.name,
        lane: c.metadata.lane,
        kind: kindOfCase(c, p, config),
        expect: c.metadata.expect,
        handoff: c.metadata.handoff,
        writesWithin: c.metadata.writesWithin ?? false,
        case: c,
      });
    }
    for (const q of personas) {
      if (q === p) continue;
      for (const c of suites.get(q.name) ?? []) {
        if (c.metadata.lane !== 'in') continue;
        const kind = kindOfCase(c, q, config);
        if (kind === undefined || p.kinds.includes(kind)) continue;
        const handoff = p.declines.find((d) => d.handoff && d.kinds?.includes(kind))?.handoff;
        rows.push({
          id: `${p.name}/out:${q.name}:${c.description}`,
          persona: p.name,
          origin: q.name,
          lane: 'out',
          kind,
          expect: 'decline',
          handoff,
          writesWithin: false,
          case: { ...c, assert: [] },
        });
      }
    }
  }
  return rows;
}
