import { describe, expect, it } from 'vitest';
import type { AiosConfig } from '../../src/config/config-schema.js';
import type { Permission } from '../../src/forge/forge.js';
import { revertRequest } from '../../src/jobs/revert-request.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { answerJson } from '../support/fake-provider.js';
import { issueTask, pipelineOverFakes } from '../support/pipeline-fakes.js';

const POST = '# Launch\n\nWe launched a new site today.\n';

describe('who may revert', () => {
  it('is who may approve: the named approvers, else anyone with write access', async () => {
    // A delivered task in the ledger: `/aios revert` on its issue asks the rule that routed it.
    const w = await pipelineOverFakes([
      { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      { text: answerJson({ files: [] }) },
    ]);
    const outcome = await runTask(issueTask(['aios', 'blog']), w.deps);
    if (outcome.status !== 'delivered') throw new Error(`not delivered: ${outcome.status}`);
    await w.ledger.flush();
    const { config } = w.config;
    const mayRevert = async (
      c: Pick<AiosConfig, 'rules' | 'signoff'>,
      login: string,
      permission: Permission,
    ): Promise<{ ok: true } | { ok: false; why: string }> => {
      const answer = await revertRequest({
        owner: 'acme',
        repo: 'site',
        item: { number: 7, body: 'Draft a post', isPullRequest: false, byBot: false },
        login,
        permission,
        config: c,
        ledger: w.ledger,
      });
      if (answer.decision !== 'reply') throw new Error(`no reply: ${answer.note}`);
      const { reply } = answer;
      if (reply.kind === 'revert') return { ok: true };
      const body = reply.kind === 'comment' ? reply.body : '';
      const why = /: (.*)\. Nothing was reverted\.$/.exec(body)?.[1];
      if (!why) throw new Error(`not an answer to a revert: ${JSON.stringify(reply)}`);
      return { ok: false, why };
    };

    const open = { ...config, signoff: { ...config.signoff, approvers: [] } };
    expect(await mayRevert(open, 'ann', 'write')).toEqual({ ok: true });
    expect(await mayRevert(open, 'ann', 'admin')).toEqual({ ok: true });
    expect(await mayRevert(open, 'tom', 'triage')).toMatchObject({ ok: false });
    expect(await mayRevert(open, 'eve', 'none')).toMatchObject({ ok: false });

    const named = { ...config, signoff: { ...config.signoff, approvers: ['Lead'] } };
    expect(await mayRevert(named, 'lead', 'read')).toEqual({ ok: true });
    expect(await mayRevert(named, 'ann', 'admin')).toEqual({
      ok: false,
      why: "only the task's approvers (lead) may revert it",
    });
    // A rule's own approvers win over the config's: those of the rule the task was routed by.
    const ruled = {
      ...named,
      rules: config.rules.map((r) =>
        r.id === outcome.plan.rule.id ? { ...r, route: { ...r.route, approvers: ['ann'] } } : r,
      ),
    };
    expect(await mayRevert(ruled, 'ann', 'write')).toEqual({ ok: true });
    expect(await mayRevert(ruled, 'lead', 'write')).toMatchObject({ ok: false });
  });
});
