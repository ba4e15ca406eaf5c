import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import {
  AiosError,
  describeError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/revert-job.ts
function revertBranchOf(task) {
  return `aios/revert-${taskKey(task)}`;
}
async function revertJob(reply, issueNumber, deps) {
  const { forge } = deps;
  if (!forge.openRevert) throw new Error("this forge cannot open a revert");
  const branch = revertBranchOf(reply.task);
  const message = [
    `Revert ${reply.task}`,
    "",
    `This reverts ${reply.commits.length === 1 ? "commit" : "commits"} ${reply.commits.join(", ")}, delivered by AIOS.`,
    ...reply.reason ? ["", `Why: ${reply.reason}`] : [],
    "",
    `Reverted-by: ${reply.by}`
  ].join("\n");
  let pr;
  try {
    pr = await forge.openRevert({
      commits: reply.commits,
      from: reply.from,
      branch,
      message,
      title: `Revert ${reply.task}`,
      body: `Requested by @${reply.by} with \`/aios revert\`. Undoes the work delivered in ${reply.deliveredPr}. Review and merge to roll it back; nothing is merged by AIOS.`,
      time: deps.clock.now()
    });
  } catch (error) {
    if (!(error instanceof AiosError)) throw error;
    const why = describeError(error);
    deps.log(`revert of ${reply.task} failed: ${why}`);
    await forge.upsertComment(
      issueNumber,
      "aios:revert",
      `AIOS could not open a revert of ${reply.task}: ${error.message.slice(0, 300)}${error.hint ? `

How to fix: ${error.hint}` : ""}`
    );
    return { outcome: "failed", summary: `AIOS: the revert of ${reply.task} failed.
` };
  }
  await deps.ledger.append({
    task: reply.task,
    work: reply.work,
    rule: reply.rule,
    event: "reverted",
    actor: { type: "human", login: reply.by },
    data: {
      by: reply.by,
      commits: [...reply.commits],
      branch,
      commit: pr.commit,
      pr: { number: pr.number, url: pr.url },
      ...reply.reason ? { reason: reply.reason } : {}
    }
  });
  await forge.upsertComment(
    issueNumber,
    "aios:revert",
    `AIOS opened draft PR #${pr.number} reverting ${reply.task} at the request of @${reply.by}. Merging it rolls the work back.`
  );
  return {
    outcome: "reverted",
    prUrl: pr.url,
    summary: `AIOS: revert of ${reply.task} opened as draft PR #${pr.number}.
`
  };
}
export {
  revertBranchOf,
  revertJob
};
