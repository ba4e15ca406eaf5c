import type { LoadedConfig } from '../config/load-config.js';
import type { RepoForge } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { WorkPlan } from './plan-artifact.js';

/**
 * Right before deliver pushes, whether the work is still wanted: the kill switch (the
 * repository variable and the default branch's config, read again now), the intake label still
 * on the issue, and no `/aios stop` recorded since the task was taken on. Work can run for an
 * hour; any of these may have changed meanwhile. Returns why not, or undefined.
 */
export async function whyNotWanted(
  plan: WorkPlan,
  deps: {
    readonly forge: Pick<RepoForge, 'issue'>;
    readonly ledger: LedgerStore;
    readonly config: LoadedConfig;
    readonly disabledByVariable: boolean;
    readonly switchedOff: () => Promise<boolean>;
  },
): Promise<string | undefined> {
  if (deps.disabledByVariable) return 'the repository variable AIOS_ENABLED is false';
  if (await deps.switchedOff()) return '`enabled: false` in the default branch’s AIOS config';
  const label = deps.config.config.intake.label;
  const issue = await deps.forge.issue(plan.issueNumber);
  if (!issue.labels.includes(label)) return `the \`${label}\` label was removed`;
  for await (const e of deps.ledger.entries({ task: plan.task.id })) {
    if (
      e.event === 'failed' &&
      e.data.reason.startsWith('stopped by ') &&
      e.at >= plan.task.receivedAt
    )
      return `${e.data.reason} (/aios stop)`;
  }
  return undefined;
}
