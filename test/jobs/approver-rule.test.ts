/**
 * One approver rule (jobs/approver-rule.ts) for the signoff job and `/aios revert`: the rule's
 * approvers, else the config's, else anyone with write access; the forge is asked for a
 * permission only when no one is named.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { Permission } from '../../src/forge/forge.js';
import { mayApprove, mayApproveWith, namedApprovers } from '../../src/jobs/approver-rule.js';

describe('who may approve', () => {
  it('is the same rule for a sign-off and a revert, and asks the forge only when no one is named', async () => {
    const { config } = await loadConfig();
    const rule = config.rules[0]?.id ?? '';
    const open = { ...config, signoff: { ...config.signoff, approvers: [] } };
    const named = { ...config, signoff: { ...config.signoff, approvers: ['Lead'] } };
    const ruled = {
      ...named,
      rules: config.rules.map((r, i) =>
        i === 0 ? { ...r, route: { ...r.route, approvers: ['Ann'] } } : r,
      ),
    };
    expect(namedApprovers(open, rule)).toEqual([]);
    expect(namedApprovers(named, rule)).toEqual(['lead']);
    expect(namedApprovers(ruled, rule)).toEqual(['ann']);

    const permissions: Permission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
    for (const c of [open, named, ruled])
      for (const login of ['ann', 'LEAD', 'eve'])
        for (const p of permissions) {
          let asked = 0;
          const ask = async () => {
            asked++;
            return p;
          };
          const signoff = await mayApprove(c, rule, login, ask);
          expect(signoff.ok).toBe(mayApproveWith(c, rule, login, p).ok);
          // `/aios revert` asks the same rule, only its refusal worded differently.
          expect(mayApproveWith(c, rule, login, p, 'revert it').ok).toBe(signoff.ok);
          expect(asked).toBe(namedApprovers(c, rule).length > 0 ? 0 : 1);
        }
    expect(mayApproveWith(named, rule, 'eve', 'admin', 'sign it off')).toEqual({
      ok: false,
      why: "only the task's approvers (lead) may sign it off",
    });
  });
});
