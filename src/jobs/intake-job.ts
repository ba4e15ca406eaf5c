import type { LoadedConfig } from '../config/load-config.js';
import type { Clock } from '../core/clock.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { formatMicros } from '../core/money.js';
import type { Task } from '../core/task.js';
import type { IssueSnapshot, RepoForge } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { PersonaSource } from '../personas/load-personas.js';
import { buildTask } from '../pipeline/intake.js';
import { planTask, type PipelineDeps } from '../pipeline/run-task.js';
import type { LearningSource } from '../routing/plan-lanes.js';
import { isForkHead } from './delivery-target.js';
import type { AiosEvent } from './events.js';
import type { PlanArtifact } from './artifacts.js';
import { parseSlashCommand, type SlashCommand } from './slash-command.js';
import { prChangedPaths } from './pr-changed-paths.js';

export interface IntakeDeps {
  /** Read-only use: the intake job's token cannot write. */
  readonly forge: Pick<RepoForge, 'owner' | 'repo' | 'permission' | 'issue'> &
    Partial<Pick<RepoForge, 'pullRequestFiles'>>;
  readonly config: LoadedConfig;
  readonly ledger: LedgerStore;
  readonly personas: PersonaSource;
  readonly clock: Clock;
  /** The repository variable AIOS_ENABLED=false: the kill switch outside the config file. */
  readonly disabledByVariable?: boolean | undefined;
  /** A log line for the job log; never posted, never in the ledger. */
  readonly log: (line: string) => void;
  /** The ledger's outcome cells for a rule's `learn` clause (app/ledger-learning.ts); read only when one fires. */
  readonly learning?: LearningSource | undefined;
  /**
   * The classifier's model (`classify:` in the config), built when the kind is still open after
   * labels, form fields and paths: its call is an `attempt` with purpose `classify` in intake's
   * spool. Absent: no classifier call, the plan asks.
   */
  readonly provider?: PipelineDeps['provider'] | undefined;
  readonly sleep?: PipelineDeps['sleep'] | undefined;
}

const ignore = (note: string): PlanArtifact => ({ version: 1, decision: 'ignore', note });

function coAuthorOf(user: { login: string; id: number }): string {
  return `${user.login} <${user.id}+${user.login}@users.noreply.github.com>`;
}

/**
 * Intake and plan (the first job: read-only token, no model call). Checks that the person who
 * labelled or commented may start work, snapshots the issue, and routes it. Anyone else gets
 * nothing but a line in the job log: no comment echoes their text, nothing is recorded.
 */
export async function intakeJob(event: AiosEvent, deps: IntakeDeps): Promise<PlanArtifact> {
  const { config } = deps.config;
  if (event.kind === 'ignored') return ignore(event.reason);
  if (event.kind === 'pr-review' || event.kind === 'pr-closed')
    return ignore('reviews and closes are handled by the signoff job');

  const sender = event.payload.sender;
  const owner = deps.forge.owner;
  const repo = deps.forge.repo;

  if (event.kind === 'issue-labeled' || event.kind === 'pr-labeled') {
    if (event.payload.label?.name !== config.intake.label)
      return ignore(`label "${event.payload.label?.name ?? ''}" is not the intake label`);
  }
  const command =
    event.kind === 'issue-comment' ? parseSlashCommand(event.payload.comment.body) : undefined;
  if (event.kind === 'issue-comment' && !command) return ignore('comment without an /aios command');

  const permission = await deps.forge.permission(sender.login);
  // `/aios revert` is for the task's approvers, checked here against the forge; anyone else
  // is told so (jobs/revert-request.ts). Undoing work is allowed with the kill switch on.
  if (event.kind === 'issue-comment' && command?.ok && command.command.type === 'revert') {
    const issue = event.payload.issue;
    const { revertRequest } = await import('./revert-request.js');
    return revertRequest({
      owner,
      repo,
      item: {
        number: issue.number,
        body: issue.body,
        isPullRequest: issue.pull_request !== undefined,
        byBot: issue.user.type === 'Bot',
      },
      login: sender.login,
      permission,
      reason: command.command.reason,
      config,
      ledger: deps.ledger,
    });
  }
  if (
    !config.intake.allowedRoles.includes(permission as (typeof config.intake.allowedRoles)[number])
  ) {
    deps.log(
      `ignored: ${sender.login} has ${permission} access; starting AIOS needs one of ${config.intake.allowedRoles.join(', ')}`,
    );
    return ignore(`${sender.login} may not start AIOS work`);
  }

  const number =
    event.kind === 'pr-labeled' ? event.payload.pull_request.number : event.payload.issue.number;
  if (!config.enabled || deps.disabledByVariable) {
    const why = !config.enabled
      ? '`enabled: false` in the AIOS config'
      : 'the repository variable AIOS_ENABLED is false';
    return {
      version: 1,
      decision: 'reply',
      note: 'kill switch on',
      issueNumber: number,
      reply: {
        kind: 'comment',
        marker: 'aios:off',
        body: `AIOS is switched off in this repository (${why}). No work was started.`,
      },
    };
  }
  if (command && !command.ok) {
    return {
      version: 1,
      decision: 'reply',
      note: 'unreadable command',
      issueNumber: number,
      reply: { kind: 'comment', marker: 'aios:command', body: command.error },
    };
  }

  const taskId = `${owner}/${repo}#${number}`;
  const coAuthor = coAuthorOf(sender);
  /** The Task for this issue as the text stands now, started by the sender. */
  const snapshot = (item: Omit<IssueSnapshot, 'number'>): Task =>
    buildTask({
      id: taskId,
      source: {
        type: 'issue',
        owner,
        repo,
        number,
        url: item.url,
        isPullRequest: item.isPullRequest,
      },
      title: item.title,
      body: item.body,
      labels: item.labels,
      author: item.author,
      requestedBy: sender.login,
      receivedAt: deps.clock.now(),
    });

  if (event.kind === 'pr-labeled' && isForkHead(event.payload)) {
    // A fork's head is code and text from outside the repository: AIOS never works on it.
    deps.log(`ignored: the head of #${number} is in a fork`);
    return ignore(`the head of #${number} is in a fork`);
  }
  if (event.kind === 'issue-labeled' || event.kind === 'pr-labeled') {
    const item = event.kind === 'pr-labeled' ? event.payload.pull_request : event.payload.issue;
    // The snapshot is the text at label time, hashed; later edits are not picked up silently.
    const task = snapshot({
      title: item.title,
      body: item.body ?? '',
      labels: (item.labels ?? []).map((l) => l.name),
      author: item.user.login,
      url: item.html_url,
      isPullRequest: event.kind === 'pr-labeled',
    });
    const branch =
      event.kind === 'pr-labeled' ? event.payload.pull_request.head.ref : `aios/issue-${number}`;
    return plan(task, deps, { branch, coAuthor });
  }

  // A slash command, given on the issue (or PR) where the label was applied: the task's number.
  const cmd = (command as { ok: true; command: SlashCommand }).command;
  const history = await taskHistory(deps.ledger, taskId);
  const lastPlanned = [...history]
    .reverse()
    .find((e): e is Extract<LedgerEntry, { event: 'planned' }> => e.event === 'planned');

  switch (cmd.type) {
    case 'cost': {
      const attempts = history.filter(
        (e): e is Extract<LedgerEntry, { event: 'attempt' }> => e.event === 'attempt',
      );
      const actual = attempts.reduce((a, e) => a + e.cost.actualMicros, 0);
      const shadow = attempts.reduce((a, e) => a + e.cost.shadowMicros, 0);
      const body = history.length
        ? `AIOS cost so far for ${taskId}: ${attempts.length} model call(s), ${formatMicros(actual)} actual, ${formatMicros(shadow)} at API rates${lastPlanned ? `; by hand ≈ ${lastPlanned.data.estimate.minutes} min` : ''}.`
        : `AIOS has no record of work on ${taskId}.`;
      return {
        version: 1,
        decision: 'reply',
        note: 'cost',
        issueNumber: number,
        reply: { kind: 'comment', marker: 'aios:cost', body },
      };
    }
    case 'signoff':
      // A sign-off is a review on the PR, which the forge keeps; a comment is not one.
      return {
        version: 1,
        decision: 'reply',
        note: 'signoff in a comment',
        issueNumber: number,
        reply: {
          kind: 'comment',
          marker: 'aios:command',
          body: `A sign-off is an approving review of the pull request: approve it with \`/aios signoff ${cmd.minutes}m\` as the review's text to record your ${cmd.minutes} minutes of review.`,
        },
      };
    case 'stop':
      return {
        version: 1,
        decision: 'reply',
        note: 'stop',
        issueNumber: number,
        reply: {
          kind: 'stop',
          by: sender.login,
          label: config.intake.label,
          // Recorded even when the running task's plan is not on the ledger yet (it travels in
          // that run's artifact): deliver looks for this stop before it pushes.
          work: lastPlanned?.work ?? { kind: 'stop', risk: 'low' },
          rule: lastPlanned?.rule ?? { id: 'stop', configHash: deps.config.hash },
        },
      };
    case 'revert':
      throw new Error('`/aios revert` is answered above, before the role check');
    case 'retry':
    case 'answer':
    case 'route': {
      if (!lastPlanned) {
        return {
          version: 1,
          decision: 'reply',
          note: 'nothing to resume',
          issueNumber: number,
          reply: {
            kind: 'comment',
            marker: 'aios:command',
            body: `AIOS has not started work on this issue. Add the \`${config.intake.label}\` label to start.`,
          },
        };
      }
      const task = snapshot(await deps.forge.issue(number));
      if (task.textHash !== lastPlanned.data.textHash) {
        return {
          version: 1,
          decision: 'reply',
          note: 'issue edited since labelling',
          issueNumber: number,
          reply: {
            kind: 'comment',
            marker: 'aios:command',
            body: `The issue text changed since AIOS took it on, so \`/aios ${cmd.type}\` would work from text nobody approved. Remove and re-apply the \`${config.intake.label}\` label to start from the new text.`,
          },
        };
      }
      if (cmd.type === 'route') {
        try {
          await deps.personas.load(cmd.persona);
        } catch {
          return {
            version: 1,
            decision: 'reply',
            note: 'unknown persona',
            issueNumber: number,
            reply: {
              kind: 'comment',
              marker: 'aios:command',
              body: `There is no persona \`${cmd.persona}\`.`,
            },
          };
        }
      }
      return plan(task, deps, {
        branch: `aios/issue-${number}`,
        coAuthor,
        humanAnswer: cmd.type === 'answer' ? cmd.text : undefined,
        personaOverride:
          cmd.type === 'route' ? { persona: cmd.persona, by: sender.login } : undefined,
      });
    }
  }
}

async function plan(
  task: Task,
  deps: IntakeDeps,
  extra: {
    branch: string;
    coAuthor: string;
    humanAnswer?: string | undefined;
    personaOverride?: { persona: string; by: string } | undefined;
  },
): Promise<PlanArtifact> {
  if (task.source.type !== 'issue') throw new Error('the GitHub path plans issues and PRs only');
  const source = task.source.number;
  const decided = await planTask(
    task,
    {
      config: deps.config,
      ledger: deps.ledger,
      personas: deps.personas,
      provider: deps.provider,
      sleep: deps.sleep,
      learning: deps.learning,
    },
    { personaOverride: extra.personaOverride },
  );
  if (decided.type === 'ask') {
    return {
      version: 1,
      decision: 'reply',
      note: decided.reason,
      issueNumber: source,
      task,
      reply: { kind: 'ask', stage: 'plan', reason: decided.reason, questions: decided.questions },
    };
  }
  return {
    version: 1,
    decision: 'work',
    note: `rule ${decided.plan.rule.id}: ${decided.plan.persona} on ${decided.plan.tier}`,
    issueNumber: source,
    task,
    plan: decided.plan,
    branch: extra.branch,
    coAuthor: extra.coAuthor,
    humanAnswer: extra.humanAnswer,
    ...(await prChangedPaths(task, deps.forge)),
  };
}

/** A task's entries in order: the last spooled and committed ones. */
async function taskHistory(ledger: LedgerStore, task: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const e of ledger.entries({ task })) out.push(e);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
