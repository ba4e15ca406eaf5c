import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskRecord
} from "./chunk-GQYSDAMK.js";
import {
  readTaskMarker
} from "./chunk-SB4RYAYI.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/signoff-job.ts
function taskOfPullRequest(owner, repo, pr) {
  const marked = readTaskMarker(pr.body);
  if (marked) return marked;
  const n = /^aios\/issue-(\d+)$/.exec(pr.head.ref)?.[1];
  return n ? `${owner}/${repo}#${n}` : void 0;
}
async function findTask(owner, repo, pr, ledger) {
  const found = taskOfPullRequest(owner, repo, pr);
  if (found) return found;
  const own = `${owner}/${repo}#${pr.number}`;
  for await (const e of ledger.entries({ task: own })) if (e.event === "planned") return own;
  return void 0;
}
async function signoffJob(event, deps) {
  try {
    return await record(event, deps);
  } finally {
    await deps.ledger.flush();
  }
}
async function record(event, deps) {
  if (event.kind !== "pr-review" && event.kind !== "pr-closed")
    return { recorded: void 0, summary: "AIOS: not a review or close event.\n" };
  const pr = event.payload.pull_request;
  const task = await findTask(deps.forge.owner, deps.forge.repo, pr, deps.ledger);
  if (!task)
    return { recorded: void 0, summary: `AIOS: PR #${pr.number} is not an AIOS delivery.
` };
  const history = [];
  for await (const e of deps.ledger.entries({ task })) history.push(e);
  history.sort((a, b) => a.id.localeCompare(b.id));
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
    const rule = deps.config.config.rules.find((r) => r.id === planned.rule.id);
    const approvers = (rule?.route.approvers ?? deps.config.config.signoff.approvers).map(
      (a) => a.toLowerCase()
    );
    const allowed = approvers.length > 0 ? approvers.includes(login.toLowerCase()) : ["admin", "maintain", "write"].includes(await deps.forge.permission(login));
    const counts = approved && allowed;
    const submitted = review.submitted_at ? Date.parse(review.submitted_at) : Date.now();
    const minutes = Math.max(0, Math.round((submitted - Date.parse(pr.created_at)) / 6e4));
    await record2.signoff(new Date(submitted), {
      login,
      approved,
      counts,
      minutesToApproval: approved ? minutes : void 0,
      pr: prRef,
      reviewId: review.id,
      state
    });
    const what = counts ? `signed off by ${login}` : approved ? `approved by ${login}, who is not an allowed approver: recorded, not a sign-off` : `${state} review by ${login} recorded`;
    deps.log(`${task}: ${what}`);
    return { recorded: "signoff", summary: `AIOS: ${task} ${what}.
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
  signoffJob,
  taskOfPullRequest
};
