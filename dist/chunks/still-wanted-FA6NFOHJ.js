import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import "./chunk-OWSLLXUM.js";

// src/jobs/still-wanted.ts
async function whyNotWanted(plan, deps) {
  if (deps.disabledByVariable) return "the repository variable AIOS_ENABLED is false";
  if (await deps.switchedOff()) return "`enabled: false` in the default branch\u2019s AIOS config";
  const label = deps.config.config.intake.label;
  const issue = await deps.forge.issue(plan.issueNumber);
  if (!issue.labels.includes(label)) return `the \`${label}\` label was removed`;
  for await (const e of deps.ledger.entries({ task: plan.task.id })) {
    if (e.event === "failed" && e.data.reason.startsWith("stopped by ") && e.at >= plan.task.receivedAt)
      return `${e.data.reason} (/aios stop)`;
  }
  return void 0;
}
export {
  whyNotWanted
};
