import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  readTaskMarkers
} from "./chunk-YDI6AOID.js";

// src/jobs/find-delivery.ts
async function findDeliveredTask(owner, repo, pr, ledger) {
  const found = await findDelivery(owner, repo, pullRequestItem(pr), ledger);
  const delivered = found?.delivered.at(-1);
  return found && delivered ? { task: found.task, history: found.history, delivered } : void 0;
}
function pullRequestItem(pr) {
  return {
    number: pr.number,
    body: pr.body,
    isPullRequest: true,
    byBot: pr.user.type === "Bot",
    headRef: pr.head.ref
  };
}
async function findDelivery(owner, repo, item, ledger) {
  const own = `${owner}/${repo}#${item.number}`;
  const candidates = /* @__PURE__ */ new Set();
  if (item.isPullRequest && item.byBot) {
    for (const task of readTaskMarkers(item.body)) candidates.add(task);
    const n = item.headRef ? /^aios\/issue-(\d+)$/.exec(item.headRef)?.[1] : void 0;
    if (n) candidates.add(`${owner}/${repo}#${n}`);
  }
  candidates.add(own);
  const ontoThis = (e) => !item.isPullRequest || e.data.pr.number === item.number && (item.headRef === void 0 || e.data.branch === item.headRef);
  for (const task of candidates) {
    if (!task.startsWith(`${owner}/${repo}#`)) continue;
    const history = [];
    for await (const e of ledger.entries({ task })) history.push(e);
    history.sort((a, b) => a.id.localeCompare(b.id));
    const delivered = history.filter((e) => e.event === "delivered" && ontoThis(e));
    if (delivered.length) return { task, history, delivered };
  }
  return void 0;
}

export {
  findDeliveredTask,
  findDelivery
};
