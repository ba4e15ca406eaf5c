import type { GateVerdict } from '../core/gate-verdict.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { gateSettingsOf } from '../gates/gate-catalog.js';
import type { WorkFile } from '../gates/gate.js';
import type { Persona } from '../personas/persona-schema.js';
import { checkWritePolicy } from './check-policy.js';
import type { PipelineDeps } from './run-task.js';
import { withCheckout } from './work-checkout.js';

/**
 * The write policy first (its failure makes the rest moot), then the plan's gates in order,
 * cheap → dear; the reviewer persona only when `review` is given (a shadow run has none) and
 * every deterministic gate has passed. A gate no code provides fails closed, named.
 */
export async function runGates(
  files: WorkFile[],
  plan: Plan,
  persona: Persona,
  deps: Pick<PipelineDeps, 'config' | 'gates' | 'checkout'>,
  task: Task,
  review?: (files: readonly WorkFile[]) => Promise<GateVerdict>,
): Promise<GateVerdict[]> {
  const policy = checkWritePolicy(files, persona, deps.config.config.policy);
  if (!policy.pass) return [policy];
  // The repository's check command runs in a tree of the work, made once for this attempt.
  return withCheckout(deps.checkout, files, (root) =>
    runEachGate(files, plan, deps, task, policy, root, review),
  );
}

async function runEachGate(
  files: WorkFile[],
  plan: Plan,
  deps: Pick<PipelineDeps, 'config' | 'gates'>,
  task: Task,
  policy: GateVerdict,
  root: (() => Promise<string>) | undefined,
  review?: (files: readonly WorkFile[]) => Promise<GateVerdict>,
): Promise<GateVerdict[]> {
  const verdicts: GateVerdict[] = [policy];
  for (const id of deps.gates.order(plan.gates)) {
    // The reviewer persona reads the work only once every deterministic gate has passed.
    if (id === 'reviewer') {
      if (review && verdicts.every((v) => v.pass)) verdicts.push(await review(files));
      continue;
    }
    const gate = deps.gates.get(id);
    if (!gate) {
      verdicts.push({
        gate: id,
        pass: false,
        findings: [
          {
            rule: 'unknown-gate',
            severity: 'error',
            message: `no gate named ${id} is installed; fix the config`,
          },
        ],
        durationMs: 0,
      });
      continue;
    }
    const settings = gateSettingsOf(deps.config.config.gates, id);
    const checkRoot = settings?.checkCommand && root ? await root() : undefined;
    verdicts.push(
      await gate.run({
        files,
        kind: plan.kind,
        taskId: task.id,
        risk: plan.risk,
        settings,
        root: checkRoot,
      }),
    );
  }
  return verdicts;
}
