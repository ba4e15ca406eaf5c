import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { mayApproveWith } from '../../src/jobs/approver-rule.js';

/** `/aios revert` asks the approver rule, with its own words for a refusal (revert-request.ts). */
const mayRevert = (
  config: Parameters<typeof mayApproveWith>[0],
  rule: string,
  login: string,
  permission: Parameters<typeof mayApproveWith>[3],
) => mayApproveWith(config, rule, login, permission, 'revert it');

describe('who may revert', () => {
  it('is who may approve: the named approvers, else anyone with write access', async () => {
    const { config } = await loadConfig();
    const rule = config.rules[0]?.id ?? '';
    const open = { ...config, signoff: { ...config.signoff, approvers: [] } };
    expect(mayRevert(open, rule, 'ann', 'write')).toEqual({ ok: true });
    expect(mayRevert(open, rule, 'ann', 'admin')).toEqual({ ok: true });
    expect(mayRevert(open, rule, 'tom', 'triage')).toMatchObject({ ok: false });
    expect(mayRevert(open, rule, 'eve', 'none')).toMatchObject({ ok: false });

    const named = { ...config, signoff: { ...config.signoff, approvers: ['Lead'] } };
    expect(mayRevert(named, 'no-such-rule', 'lead', 'read')).toEqual({ ok: true });
    expect(mayRevert(named, 'no-such-rule', 'ann', 'admin')).toEqual({
      ok: false,
      why: "only the task's approvers (lead) may revert it",
    });
    // A rule's own approvers win over the config's.
    const ruled = {
      ...named,
      rules: config.rules.map((r, i) =>
        i === 0 ? { ...r, route: { ...r.route, approvers: ['ann'] } } : r,
      ),
    };
    expect(mayRevert(ruled, rule, 'ann', 'write')).toEqual({ ok: true });
    expect(mayRevert(ruled, rule, 'lead', 'write')).toMatchObject({ ok: false });
  });
});
