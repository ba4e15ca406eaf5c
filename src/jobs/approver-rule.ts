import type { AiosConfig } from '../config/config-schema.js';
import type { Permission } from '../forge/forge.js';

type ApproverConfig = Pick<AiosConfig, 'rules' | 'signoff'>;
type Verdict = { ok: true } | { ok: false; why: string };

/**
 * The people the config names as approvers of a rule's work, lower-cased: the rule's own
 * `approvers`, else `signoff.approvers`. Empty when none are named.
 */
export function namedApprovers(config: ApproverConfig, ruleId: string): string[] {
  const rule = config.rules.find((r) => r.id === ruleId);
  return (rule?.route.approvers ?? config.signoff.approvers).map((a) => a.toLowerCase());
}

/** Repository permissions that may approve when the config names no one. */
const WRITE_ACCESS: readonly Permission[] = ['admin', 'maintain', 'write'];

/**
 * May `login` approve a rule's work on GitHub (sign it off, or roll it back)? The named
 * approvers when the config names any; else anyone with write access. The one rule the signoff
 * job and `/aios revert` share; `action` only words the refusal.
 */
export function mayApproveWith(
  config: ApproverConfig,
  ruleId: string,
  login: string,
  permission: Permission,
  action = 'approve it',
): Verdict {
  return decide(namedApprovers(config, ruleId), login, permission, action);
}

/**
 * `mayApproveWith`, asking the forge for the person's permission only when the config names no
 * approvers (a named approver costs no API call).
 */
export async function mayApprove(
  config: ApproverConfig,
  ruleId: string,
  login: string,
  permission: () => Promise<Permission>,
  action = 'approve it',
): Promise<Verdict> {
  const named = namedApprovers(config, ruleId);
  return decide(named, login, named.length > 0 ? undefined : await permission(), action);
}

function decide(
  named: readonly string[],
  login: string,
  permission: Permission | undefined,
  action: string,
): Verdict {
  if (named.length > 0)
    return named.includes(login.toLowerCase())
      ? { ok: true }
      : { ok: false, why: `only the task's approvers (${named.join(', ')}) may ${action}` };
  return permission !== undefined && WRITE_ACCESS.includes(permission)
    ? { ok: true }
    : { ok: false, why: `only a person with write access may ${action}` };
}
