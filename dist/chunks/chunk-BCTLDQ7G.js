import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/jobs/approver-rule.ts
function namedApprovers(config, ruleId) {
  const rule = config.rules.find((r) => r.id === ruleId);
  return (rule?.route.approvers ?? config.signoff.approvers).map((a) => a.toLowerCase());
}
var WRITE_ACCESS = ["admin", "maintain", "write"];
function mayApproveWith(config, ruleId, login, permission, action = "approve it") {
  return decide(namedApprovers(config, ruleId), login, permission, action);
}
async function mayApprove(config, ruleId, login, permission, action = "approve it") {
  const named = namedApprovers(config, ruleId);
  return decide(named, login, named.length > 0 ? void 0 : await permission(), action);
}
function decide(named, login, permission, action) {
  if (named.length > 0)
    return named.includes(login.toLowerCase()) ? { ok: true } : { ok: false, why: `only the task's approvers (${named.join(", ")}) may ${action}` };
  return permission !== void 0 && WRITE_ACCESS.includes(permission) ? { ok: true } : { ok: false, why: `only a person with write access may ${action}` };
}

export {
  namedApprovers,
  mayApproveWith,
  mayApprove
};
