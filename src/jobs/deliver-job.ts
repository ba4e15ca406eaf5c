import type { LoadedConfig } from '../config/load-config.js';
import { flushNotes } from '../ledger/flush-notes.js';
import type { Clock } from '../core/clock.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { formatMicros } from '../core/money.js';
import { BOUNDS, neutralise } from '../core/neutralise.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { LineComment, RepoForge } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { PersonaSource } from '../personas/load-personas.js';
import { checkWritePolicy } from '../pipeline/check-policy.js';
import { questionForPerson } from '../pipeline/question-for-person.js';
import { deliverTask } from '../pipeline/run-task.js';
import { TaskRecord } from '../pipeline/task-record.js';
import type { PlanArtifact, WorkArtifact } from './artifacts.js';
import { deliveryTarget } from './delivery-target.js';
import type { WorkPlan } from './plan-artifact.js';

export interface DeliverDeps {
  readonly forge: RepoForge;
  readonly ledger: LedgerStore;
  readonly config: LoadedConfig;
  readonly personas: PersonaSource;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  /** Right before the push: why the work is no longer wanted (kill switch, label, stop), if so. */
  readonly whyNotWanted?: ((plan: WorkPlan) => Promise<string | undefined>) | undefined;
  /** False when deliver pushes with the workflow's job token: GitHub then runs no checks on the PR. */
  readonly checksRun?: boolean | undefined;
  /** Why the work job's ledger entries were refused (accept-spool); refused work is not delivered. */
  readonly refused?: readonly string[] | undefined;
}

export interface DeliverResult {
  /** delivered, asked, replied, ignored or failed. */
  readonly outcome: string;
  readonly prUrl?: string | undefined;
  /** Markdown for the job summary. */
  readonly summary: string;
}

type Accepted = Extract<WorkArtifact['outcome'], { status: 'accepted' }>;

function summaryOf(
  plan: PlanArtifact,
  work: WorkArtifact | undefined,
  outcome: string,
  prUrl?: string,
): string {
  const lines = [
    `## AIOS: ${plan.decision === 'ignore' ? '?' : (plan.task?.id ?? `#${plan.issueNumber}`)}`,
    '',
    `Outcome: **${outcome}**${prUrl ? ` — ${prUrl}` : ''}`,
    '',
  ];
  if (plan.decision === 'work') {
    const p = plan.plan;
    lines.push(
      '### Plan',
      '',
      `Rule \`${p.rule.id}\`: ${p.rule.reason}`,
      '',
      `Persona \`${p.persona}\` on tier \`${p.tier}\` (${p.models.join(' → ')}); gates: ${p.gates.join(', ') || 'none'}; by hand ≈ ${p.byHand.minutes} min.`,
      '',
    );
  }
  const o = work?.outcome;
  if (o?.status === 'accepted') {
    lines.push('### Gates', '', '| attempt | gate | result | findings |', '|---|---|---|---|');
    for (const a of o.attempts)
      for (const v of a.verdicts)
        lines.push(
          `| ${a.attempt} | ${v.gate} | ${v.pass ? 'pass' : 'sent back'} | ${v.findings.length} |`,
        );
    lines.push('');
  }
  if (o) {
    lines.push(
      '### Cost',
      '',
      '| calls | tokens in | tokens out | actual | shadow (API rates) |',
      '|---|---|---|---|---|',
    );
    lines.push(
      `| ${o.cost.calls} | ${o.cost.inputTokens} | ${o.cost.outputTokens} | ${formatMicros(o.cost.actualMicros)} | ${formatMicros(o.cost.shadowMicros)} |`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The deliver job, the only one with write permission. It trusts nothing it is handed: it
 * re-validates the artifacts (by schema, when read) and re-checks the write policy against its
 * own copy of the persona before it pushes anything. Then it delivers, or asks, or replies, and
 * pushes the run's ledger entries.
 */
export async function deliverJob(
  plan: PlanArtifact,
  work: WorkArtifact | undefined,
  deps: DeliverDeps,
): Promise<DeliverResult> {
  try {
    return await deliverInner(plan, work, deps);
  } finally {
    const flushed = await deps.ledger.flush();
    deps.log(
      `ledger: ${flushed.committed} entr${flushed.committed === 1 ? 'y' : 'ies'} pushed${flushed.pending ? `, ${flushed.pending} kept for the next run` : ''}`,
    );
    // Recovered and quarantined spool files of a crashed earlier run (issue 11).
    for (const n of flushNotes(flushed)) if (n.level !== 'error') deps.log(n.text);
  }
}

async function deliverInner(
  plan: PlanArtifact,
  work: WorkArtifact | undefined,
  deps: DeliverDeps,
): Promise<DeliverResult> {
  const { forge } = deps;
  if (plan.decision === 'ignore')
    return { outcome: 'ignored', summary: `AIOS: nothing to do (${plan.note}).\n` };

  if (plan.decision === 'reply') {
    const reply = plan.reply;
    const n = plan.issueNumber;
    switch (reply.kind) {
      case 'ask': {
        if (!plan.task) throw new Error('an ask reply needs the task');
        const r = await forge.ask(questionForPerson(plan.task, '', { status: 'asked', ...reply }));
        return {
          outcome: 'asked',
          prUrl: r.url,
          summary: summaryOf(plan, undefined, `asked a human: ${reply.reason}`),
        };
      }
      case 'comment':
        await forge.upsertComment(n, reply.marker, reply.body);
        return { outcome: 'replied', summary: `AIOS replied on #${n}.\n` };
      case 'stop': {
        await forge.removeLabel(n, reply.label);
        // The task's own draft PR is closed too; a person's labelled PR is left to them.
        const draft = await forge.pullRequestForBranch(`aios/issue-${n}`);
        if (draft?.draft) await forge.closePullRequest(draft.number);
        await forge.upsertComment(
          n,
          'aios:stop',
          `AIOS stopped work on this issue at the request of @${reply.by}. Re-apply the \`${reply.label}\` label to start again.`,
        );
        if (reply.work && reply.rule) {
          const task = `${forge.owner}/${forge.repo}#${n}`;
          await new TaskRecord(deps.ledger, { task, work: reply.work, rule: reply.rule }).failed(
            'plan',
            `stopped by ${reply.by}`,
            {},
            { login: reply.by },
          );
        }
        return { outcome: 'stopped', summary: `AIOS stopped work on #${n}.\n` };
      }
      case 'revert': {
        // `/aios revert` by an approver (jobs/revert-request.ts, revert-job.ts).
        const { revertJob } = await import('./revert-job.js');
        return revertJob(reply, n, deps);
      }
    }
  }

  const task = plan.task;
  const p = plan.plan;
  if (!task || !p) throw new Error('a work decision needs the task and the plan');
  const record = TaskRecord.of(deps.ledger, task, p);
  if (deps.refused?.length) {
    // The work job's ledger entries did not pass the checks: its result is not believed either.
    const reason = `The work job's ledger entries were refused, so its work is not delivered: ${deps.refused.slice(0, 5).join('; ')}${deps.refused.length > 5 ? '; …' : ''}.`;
    await record.failed('deliver', reason, {}, { component: 'deliver' });
    await forge.ask({
      task,
      stage: 'work',
      reason,
      questions: ['Nothing was pushed. Check the work runner, then `/aios retry`.'],
    });
    return { outcome: 'failed', summary: summaryOf(plan, work, 'failed: work spool refused') };
  }
  if (!work) {
    const reason =
      'The work job did not finish (it failed, timed out or was cancelled); nothing was delivered.';
    await record.failed('work', reason, {}, { component: 'deliver' });
    const r = await forge.ask({
      task,
      stage: 'work',
      reason,
      questions: ['Check the work job log, then `/aios retry`.'],
    });
    return {
      outcome: 'failed',
      prUrl: r.url,
      summary: summaryOf(plan, undefined, 'failed: the work job did not finish'),
    };
  }

  const o = work.outcome;
  switch (o.status) {
    case 'asked': {
      const r = await forge.ask(questionForPerson(task, p.persona, o));
      return {
        outcome: 'asked',
        prUrl: r.url,
        summary: summaryOf(
          plan,
          work,
          `asked a human: ${neutralise(o.reason, { max: BOUNDS.question })}`,
        ),
      };
    }
    case 'declined': {
      await forge.ask(questionForPerson(task, p.persona, o));
      return { outcome: 'declined', summary: summaryOf(plan, work, 'declined') };
    }
    case 'failed': {
      await forge.ask(questionForPerson(task, p.persona, o));
      return {
        outcome: 'failed',
        summary: summaryOf(plan, work, `failed: ${neutralise(o.reason, { max: BOUNDS.question })}`),
      };
    }
    case 'accepted':
      return deliverAccepted(plan, task, p, work, o, deps);
  }
}

async function deliverAccepted(
  plan: WorkPlan,
  task: Task,
  p: Plan,
  work: WorkArtifact,
  o: Accepted,
  deps: DeliverDeps,
): Promise<DeliverResult> {
  // Policy again, with this job's own persona file: the artifact came from a job that read
  // untrusted text and talked to models.
  const persona = await deps.personas.load(p.persona);
  const policy = checkWritePolicy(o.files, persona, deps.config.config.policy);
  if (!policy.pass) {
    const reason = `The delivered files break the write policy: ${policy.findings.map((f) => `${f.path ?? ''} ${f.rule}`).join('; ')}.`;
    await TaskRecord.of(deps.ledger, task, p).failed(
      'deliver',
      reason,
      {},
      { component: 'deliver' },
    );
    await deps.forge.ask({
      task,
      stage: 'gate',
      reason,
      questions: ['Nothing was pushed. Check the persona lane and protected paths.'],
    });
    return { outcome: 'failed', summary: summaryOf(plan, work, 'failed: write policy') };
  }
  const target = await deliveryTarget(plan, deps.forge);
  if (!target.ok) {
    const reason = `Refused to deliver: ${target.reason}.`;
    await TaskRecord.of(deps.ledger, task, p).failed(
      'deliver',
      reason,
      {},
      { component: 'deliver' },
    );
    return { outcome: 'failed', summary: summaryOf(plan, work, `failed: ${target.reason}`) };
  }
  const notWanted = await deps.whyNotWanted?.(plan);
  if (notWanted) {
    await TaskRecord.of(deps.ledger, task, p).failed(
      'deliver',
      `Not delivered: ${notWanted}.`,
      {},
      { component: 'deliver' },
    );
    deps.log(`not delivered: ${notWanted}`);
    return { outcome: 'stopped', summary: summaryOf(plan, work, `stopped: ${notWanted}`) };
  }

  const result = await deliverTask(
    task,
    p,
    o,
    { forge: deps.forge, ledger: deps.ledger, clock: deps.clock },
    {
      branch: target.branch,
      coAuthor: plan.coAuthor,
      prNote:
        deps.checksRun === false
          ? 'No CI checks ran on this PR: AIOS opened it with the workflow’s job token, and GitHub starts no workflows for pushes made with that token. Run the checks yourself before approving, or give the deliver job a GitHub App token (see docs/security.md).'
          : undefined,
      alreadyRecorded: async (delivery) => {
        for await (const e of deps.ledger.entries({ task: task.id })) {
          if (
            e.event === 'delivered' &&
            (e as Extract<LedgerEntry, { event: 'delivered' }>).data.commit === delivery.commit
          )
            return true;
        }
        return false;
      },
    },
  );
  if (result.status === 'failed')
    return { outcome: 'failed', summary: summaryOf(plan, work, `failed: ${result.reason}`) };

  // Findings that did not block (warnings, advice) on the final files go on the lines concerned.
  const last = o.attempts.at(-1);
  const comments: LineComment[] = (last?.verdicts ?? []).flatMap((v) =>
    v.findings
      .filter((f) => f.path && f.line && o.files.some((x) => x.path === f.path))
      .map((f) => ({
        path: f.path ?? '',
        line: f.line ?? 1,
        body: `**${v.gate}** ${neutralise(f.rule, { as: 'code', max: BOUNDS.title })} (${f.severity}): ${neutralise(f.message, { max: BOUNDS.finding })}`,
      })),
  );
  if (result.delivery.committed && result.delivery.pr.number !== undefined && comments.length) {
    await deps.forge.reviewComments(result.delivery.pr.number, result.delivery.commit, comments);
  }
  return {
    outcome: 'delivered',
    prUrl: result.delivery.pr.url,
    summary: summaryOf(plan, work, 'delivered as a draft PR', result.delivery.pr.url),
  };
}
