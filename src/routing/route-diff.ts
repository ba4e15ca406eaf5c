import type { LoadedConfig } from '../config/load-config.js';
import type { RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { PersonaSource } from '../personas/load-personas.js';
import { planWithLanes } from './plan-lanes.js';

/** What a route is, for comparing two configs: who, on what, through which gates, by which rule. */
export interface RouteSummary {
  readonly type: 'route' | 'ask';
  readonly rule: string;
  readonly persona: string;
  readonly tier: string;
  readonly gates: readonly string[];
  /** A cascade's dearer tiers, in order (`escalate-on-gate-fail`); empty without one. */
  readonly cascade: readonly string[];
  /** For a question: why routing asks. */
  readonly reason?: string | undefined;
}

/** One task whose route differs between the two configs. */
export interface RouteChange {
  readonly task: string;
  readonly source: string;
  readonly old: RouteSummary;
  readonly new: RouteSummary;
  /** Which of persona, tier, gates, rule, cascade (or `asks`) changed. */
  readonly changed: readonly ('persona' | 'tier' | 'gates' | 'rule' | 'asks' | 'cascade')[];
}

export function summarise(d: RouteDecision): RouteSummary {
  if (d.type === 'ask')
    return {
      type: 'ask',
      rule: '-',
      persona: '-',
      tier: '-',
      gates: [],
      cascade: [],
      reason: d.reason,
    };
  const p = d.plan;
  return {
    type: 'route',
    rule: p.rule.id,
    persona: p.persona,
    tier: p.tier,
    gates: p.gates,
    // Where the work may escalate is part of the route: it decides which models are paid for.
    cascade: (p.cascade ?? []).map((c) => c.tier),
  };
}

/**
 * Replay tasks through two configs (`aios route --diff`) the way a run plans them — rules,
 * personas' lanes, lane screen — and list each task whose route changed (who, on which tier,
 * where it may escalate, through which gates, by which rule). No model is called.
 */
export async function diffRoutes(
  tasks: readonly Task[],
  oldConfig: LoadedConfig,
  newConfig: LoadedConfig,
  personas?: PersonaSource | undefined,
): Promise<{ changes: RouteChange[]; tasks: number }> {
  const changes: RouteChange[] = [];
  for (const task of tasks) {
    const [a, b] = await Promise.all(
      [oldConfig, newConfig].map(async (c) =>
        summarise(await planWithLanes({ task, config: c.config, configHash: c.hash, personas })),
      ),
    );
    if (!a || !b) continue;
    const changed: RouteChange['changed'][number][] = [];
    if (a.type !== b.type) changed.push('asks');
    if (a.rule !== b.rule) changed.push('rule');
    if (a.persona !== b.persona) changed.push('persona');
    if (a.tier !== b.tier) changed.push('tier');
    if ([...a.gates].sort().join(',') !== [...b.gates].sort().join(',')) changed.push('gates');
    // Order matters for a cascade: it climbs its tiers one after another.
    if (a.cascade.join(',') !== b.cascade.join(',')) changed.push('cascade');
    if (changed.length)
      changes.push({
        task: task.id,
        source: task.source.type === 'file' ? task.source.path : task.id,
        old: a,
        new: b,
        changed,
      });
  }
  return { changes, tasks: tasks.length };
}

function cell(s: RouteSummary): string {
  return s.type === 'ask'
    ? `asks: ${s.reason ?? ''}`
    : `${s.rule} → ${s.persona} on ${[s.tier, ...s.cascade].join(' → ')}${s.cascade.length ? ' (escalates on a failed gate)' : ''}; gates ${s.gates.join(', ') || 'none'}`;
}

/** The diff as markdown, for the job summary of a pull request that changes the config. */
export function routeDiffMarkdown(result: { changes: RouteChange[]; tasks: number }): string {
  const head = `### Routing changes: ${result.changes.length} of ${result.tasks} task(s)\n`;
  if (!result.changes.length) return `${head}\nNo task's route changes.\n`;
  const esc = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    head,
    '| task | changed | before | after |',
    '| --- | --- | --- | --- |',
    ...result.changes.map(
      (c) =>
        `| ${esc(c.source)} | ${c.changed.join(', ')} | ${esc(cell(c.old))} | ${esc(cell(c.new))} |`,
    ),
    '',
  ].join('\n');
}

/** The diff as plain lines, for the terminal. */
export function routeDiffText(result: { changes: RouteChange[]; tasks: number }): string {
  const lines = [`${result.changes.length} of ${result.tasks} task(s) route differently`];
  for (const c of result.changes) {
    lines.push(`${c.source} (${c.changed.join(', ')})`);
    lines.push(`  before: ${cell(c.old)}`);
    lines.push(`  after:  ${cell(c.new)}`);
  }
  return lines.join('\n');
}
