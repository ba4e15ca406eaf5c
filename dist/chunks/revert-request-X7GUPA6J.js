import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  findDelivery
} from "./chunk-6BSFT6EG.js";
import {
  mayApproveWith
} from "./chunk-BCTLDQ7G.js";
import "./chunk-YDI6AOID.js";
import {
  neutralise
} from "./chunk-7DYZ5OKU.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/revert-request.ts
async function revertRequest(input) {
  const n = input.item.number;
  const reply = (note, body) => ({
    version: 1,
    decision: "reply",
    note,
    issueNumber: n,
    reply: { kind: "comment", marker: "aios:revert", body }
  });
  const who = neutralise(`@${input.login}`, { as: "code", max: 60 });
  const found = await findDelivery(input.owner, input.repo, input.item, input.ledger);
  if (!found) return reply("nothing to revert", "AIOS has delivered no work here to revert.");
  const last = found.delivered.at(-1);
  if (found.history.some((e) => e.event === "reverted" && e.id > last.id))
    return reply("already reverted", `${found.task} is already reverted since its last delivery.`);
  const allowed = mayApproveWith(
    input.config,
    last.rule.id,
    input.login,
    input.permission,
    "revert it"
  );
  if (!allowed.ok)
    return reply(
      "revert refused",
      `${who} may not revert ${found.task}: ${allowed.why}. Nothing was reverted.`
    );
  return {
    version: 1,
    decision: "reply",
    note: `revert of ${found.task} by ${input.login}`,
    issueNumber: n,
    reply: {
      kind: "revert",
      by: input.login,
      task: found.task,
      ...input.reason ? { reason: input.reason } : {},
      // Only what was delivered since the last revert: earlier deliveries are undone already.
      commits: [...new Set(sinceLastRevert(found).map((d) => d.data.commit))].reverse(),
      from: last.data.branch,
      deliveredPr: last.data.pr.url,
      work: last.work,
      rule: last.rule
    }
  };
}
function sinceLastRevert(found) {
  const reverted = found.history.filter((e) => e.event === "reverted").map((e) => e.id);
  const lastRevert = reverted.sort().at(-1);
  return lastRevert ? found.delivered.filter((d) => d.id > lastRevert) : [...found.delivered];
}
export {
  revertRequest,
  sinceLastRevert
};
