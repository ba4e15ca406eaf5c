import type { AiosConfig } from '../config/config-schema.js';
import type { Permission } from '../forge/forge.js';

/**
 * The people the config names as approvers of a rule's work, lower-cased: the rule's own
 * `approvers`, else `signoff.approvers`. Empty when none are named.
 */
export function namedApprovers(
  config: Pick<AiosConfig, 'rules' | 'signoff'>,
  ruleId: string,
): string[] {
  const rule = config.rules.find((r) => r.id === ruleId);
  return (rule?.route.approvers ?? config.signoff.approvers).map((a) => a.toLowerCase());
}

/** Repository permissions that may approve when the config names no one. */
const WRITE_ACCESS: readonly Permission[] = ['admin', 'maintain', 'write'];

/**
 * May `login` approve a rule's work on GitHub (sign it off, or roll it back)? The named
 * approvers when the config names any; else anyone with write access. The one rule the signoff
 * job and `/aios revert` share. `permission` is asked only when no one is named, so a named
 * approver costs no API call.
 */
export async function mayApprove(
  config: Pick<AiosConfig, 'rules' | 'signoff'>,
  ruleId: string,
  login: string,
  permission: () => Permission | Promise<Permission>,
  action = 'approve it',
): Promise<{ ok: true } | { ok: false; why: string }> {
  const named = namedApprovers(config, ruleId);
  if (named.length > 0)
    return named.includes(login.toLowerCase())
      ? { ok: true }
      : { ok: false, why: `only the task's approvers (${named.join(', ')}) may ${action}` };
  return WRITE_ACCESS.includes(await permission())
    ? { ok: true }
    : { ok: false, why: `only a person with write access may ${action}` };
}
