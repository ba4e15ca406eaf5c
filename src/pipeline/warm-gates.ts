import type { Plan } from '../core/plan.js';
import { gateSettingsOf } from '../gates/gate-catalog.js';
import type { PipelineDeps } from './run-task.js';

/**
 * Start loading the plan's gates and their checkers in the background, with the settings each
 * will run with (`Gate.prepare`), as soon as the plan is known. The first gate run otherwise
 * spends most of its time loading (markdownlint, the retext chain, the spelling dictionary)
 * while the context, the prompt objects and the first attempt before it wait on git and disk
 * with the processor idle; prepared alongside, that time overlaps those waits. Nothing is
 * awaited and a failure is left for the gate's own run to report, so a run behaves as before.
 */
export function warmGates(
  plan: Pick<Plan, 'gates'>,
  deps: Pick<PipelineDeps, 'gates' | 'config'>,
): void {
  for (const id of new Set(plan.gates)) {
    const gate = deps.gates.get(id);
    gate?.prepare?.(gateSettingsOf(deps.config.config.gates, id)).catch(() => undefined);
  }
}
