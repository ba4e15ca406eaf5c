import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/jobs/approver-rule.ts
function namedApprovers(config, ruleId) {
  const rule = config.rules.find((r) => r.id === ruleId);
  return (rule?.route.approvers ?? config.signoff.approvers).map((a) => a.toLowerCase());
}
var WRITE_ACCESS = ["admin", "maintain", "write"];
async function mayApprove(config, ruleId, login, permission, action = "approve it") {
  const named = namedApprovers(config, ruleId);
  if (named.length > 0)
    return named.includes(login.toLowerCase()) ? { ok: true } : { ok: false, why: `only the task's approvers (${named.join(", ")}) may ${action}` };
  return WRITE_ACCESS.includes(await permission()) ? { ok: true } : { ok: false, why: `only a person with write access may ${action}` };
}

export {
  namedApprovers,
  mayApprove
};
