import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  approvalsOf,
  approversNeeded
} from "./chunk-Z3RF3NEM.js";
import {
  namedApprovers
} from "./chunk-BCTLDQ7G.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";

// src/app/local-finish.ts
async function historyOf(ledger, task) {
  const entries = [];
  for await (const e of ledger.entries({ task })) entries.push(e);
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}
function lastDelivered(task, history, what) {
  const d = [...history].reverse().find((e) => e.event === "delivered");
  if (!d)
    throw new InputError(
      history.length === 0 ? `There is no task "${task}" in the ledger.` : `Task ${task} has no delivered work to ${what}.`,
      [],
      {
        hint: "Name the task as the ledger does (e.g. local/<repo>#<file name>); `aios ledger report --by kind` and `git log aios-ledger` list them."
      }
    );
  return d;
}
async function signoffLocal(deps, task, options = {}) {
  if (options.minutes !== void 0 && !(Number.isFinite(options.minutes) && options.minutes >= 0))
    throw new InputError(`--minutes ${options.minutes} is not a number of minutes.`, [], {
      hint: "Give the minutes the review took, e.g. --minutes 20."
    });
  const history = await historyOf(deps.ledger, task);
  const delivered = lastDelivered(task, history, "sign off");
  if (history.some(
    (e) => e.event === "signoff" && e.data.counts && e.data.login === deps.login && e.id > delivered.id
  ))
    throw new InputError(`${deps.login} has already signed off ${task}.`);
  const approvers = namedApprovers(deps.config, delivered.rule.id);
  const counts = approvers.length === 0 || approvers.includes(deps.login.toLowerCase());
  const approvals = approvalsOf(history, delivered.data.commit, {
    login: deps.login,
    state: "approved",
    counts,
    need: approversNeeded(deps.config, delivered.work.risk)
  });
  const entry = await deps.ledger.append({
    task,
    work: delivered.work,
    rule: delivered.rule,
    event: "signoff",
    actor: { type: "human", login: deps.login },
    data: {
      login: deps.login,
      approved: true,
      counts,
      pr: delivered.data.pr.url,
      state: "approved",
      commit: delivered.data.commit,
      ...options.minutes !== void 0 ? { reviewMinutes: options.minutes } : {},
      approvals,
      signedOff: approvals.have >= approvals.need
    }
  });
  return entry;
}
async function outcomeLocal(deps, task, outcome) {
  if (outcome !== "accepted" && outcome !== "rejected")
    throw new InputError(`The outcome "${outcome}" is not accepted or rejected.`, [], {
      hint: "Use `aios outcome <task> accepted` or `aios outcome <task> rejected`."
    });
  const history = await historyOf(deps.ledger, task);
  const delivered = lastDelivered(task, history, "decide on");
  const decided = history.find((e) => e.event === "outcome" && e.id > delivered.id);
  if (decided?.event === "outcome")
    throw new InputError(`The outcome of ${task} is already on record: ${decided.data.outcome}.`);
  const entry = await deps.ledger.append({
    task,
    work: delivered.work,
    rule: delivered.rule,
    event: "outcome",
    actor: { type: "human", login: deps.login },
    data: { outcome, by: deps.login, pr: delivered.data.pr.url }
  });
  return entry;
}

export {
  signoffLocal,
  outcomeLocal
};
