import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/jobs/approval-count.ts
function approversNeeded(config, risk) {
  return Math.max(1, config.risk.levels[risk].approvers);
}
function approvalsOf(history, commit, current) {
  const latest = /* @__PURE__ */ new Map();
  for (const e of history) {
    if (e.event !== "signoff" || e.data.commit !== commit) continue;
    if (e.data.state?.toLowerCase() === "commented") continue;
    latest.set(e.data.login.toLowerCase(), e.data.approved && e.data.counts);
  }
  if (current.state.toLowerCase() !== "commented")
    latest.set(current.login.toLowerCase(), current.counts);
  let have = 0;
  for (const ok of latest.values()) if (ok) have++;
  return { have, need: current.need };
}

export {
  approversNeeded,
  approvalsOf
};
