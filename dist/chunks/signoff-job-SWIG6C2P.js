import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  findDeliveredTask
} from "./chunk-6BSFT6EG.js";
import {
  parseSlashCommand
} from "./chunk-EYZ4TUUK.js";
import {
  TaskRecord
} from "./chunk-QPVFDYXY.js";
import {
  approvalsOf,
  approversNeeded
} from "./chunk-Z3RF3NEM.js";
import {
  mayApprove
} from "./chunk-BCTLDQ7G.js";
import "./chunk-YDI6AOID.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-DW3TUGME.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-JSOWHKFK.js";
import {
  flushNotes
} from "./chunk-O3Z3LRCO.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/signoff-job.ts
function reviewMinutesIn(body) {
  const cmd = body ? parseSlashCommand(body) : void 0;
  return cmd?.ok && cmd.command.type === "signoff" ? cmd.command.minutes : void 0;
}
async function signoffJob(event, deps) {
  try {
    return await record(event, deps);
  } finally {
    for (const n of flushNotes(await deps.ledger.flush())) deps.log(n.text);
  }
}
async function record(event, deps) {
  if (event.kind !== "pr-review" && event.kind !== "pr-closed")
    return { recorded: void 0, summary: "AIOS: not a review or close event.\n" };
  const pr = event.payload.pull_request;
  const found = await findDeliveredTask(deps.forge.owner, deps.forge.repo, pr, deps.ledger);
  if (!found)
    return { recorded: void 0, summary: `AIOS: PR #${pr.number} is not an AIOS delivery.
` };
  const { task, history, delivered } = found;
  const planned = [...history].reverse().find((e) => e.event === "planned");
  if (!planned)
    return {
      recorded: void 0,
      summary: `AIOS: no plan on record for ${task}; nothing to sign off.
`
    };
  const record2 = TaskRecord.continuing(deps.ledger, { ...planned, task });
  const prRef = `${deps.forge.owner}/${deps.forge.repo}#${pr.number}`;
  if (event.kind === "pr-review") {
    const review = event.payload.review;
    if (history.some((e) => e.event === "signoff" && e.data.reviewId === review.id)) {
      return { recorded: void 0, summary: `AIOS: review ${review.id} is already on record.
` };
    }
    const login = review.user.login;
    const state = review.state.toLowerCase();
    const approved = state === "approved";
    const allowed = (await mayApprove(
      deps.config.config,
      planned.rule.id,
      login,
      () => deps.forge.permission(login)
    )).ok;
    const stale = review.commit_id !== delivered.data.commit;
    const requester = planned.data.requestedBy.toLowerCase() === login.toLowerCase();
    const requesterMay = deps.config.config.signoff.requesterMayApprove[planned.work.risk];
    const counts = approved && allowed && !stale && (!requester || requesterMay);
    const approvals = approvalsOf(history, delivered.data.commit, {
      login,
      state,
      counts,
      need: approversNeeded(deps.config.config, planned.work.risk)
    });
    const signedOff = approvals.have >= approvals.need;
    const submitted = review.submitted_at ? Date.parse(review.submitted_at) : Date.now();
    const minutes = Math.max(0, Math.round((submitted - Date.parse(pr.created_at)) / 6e4));
    const reviewMinutes = reviewMinutesIn(review.body);
    await record2.signoff(new Date(submitted), {
      login,
      approved,
      counts,
      minutesToApproval: approved ? minutes : void 0,
      pr: prRef,
      reviewId: review.id,
      state,
      byRequester: requester,
      commit: review.commit_id,
      ...reviewMinutes !== void 0 ? { reviewMinutes } : {},
      approvals,
      signedOff
    });
    const tally = `${approvals.have} of ${approvals.need} approvals`;
    const what = counts ? signedOff ? `signed off by ${login}${requester ? " (who also started the work)" : ""} (${tally})` : `approved by ${login}: ${tally} at ${planned.work.risk} risk, not yet signed off` : !approved ? `${state} review by ${login} recorded` : !allowed ? `approved by ${login}, who is not an allowed approver: recorded, not a sign-off` : stale ? `approved by ${login} on ${review.commit_id.slice(0, 12)}, not the delivered commit ${delivered.data.commit.slice(0, 12)}: recorded, not a sign-off` : `approved by ${login}, who started the work; at ${planned.work.risk} risk a second person must approve: recorded, not a sign-off`;
    const effort = reviewMinutes !== void 0 ? ` (${reviewMinutes} min of review)` : "";
    deps.log(`${task}: ${what}${effort}`);
    return { recorded: "signoff", summary: `AIOS: ${task} ${what}${effort}.
` };
  }
  if (history.some((e) => e.event === "outcome"))
    return { recorded: void 0, summary: `AIOS: the outcome of ${task} is already on record.
` };
  const merged = event.payload.pull_request.merged === true;
  await record2.outcome(merged, event.payload.sender.login, prRef);
  return {
    recorded: "outcome",
    summary: `AIOS: ${task} ${merged ? "accepted (merged)" : "rejected (closed without merging)"}.
`
  };
}
export {
  signoffJob
};
