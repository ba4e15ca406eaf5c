import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { InputError } from '../core/errors.js';
import { buildTask } from '../pipeline/intake.js';
import { route } from '../routing/router.js';

/** The fields of an `issues` event AIOS reads; validated, never reached into untyped. */
const IssuesLabeled = z.object({
  action: z.literal('labeled'),
  label: z.object({ name: z.string() }),
  issue: z.object({
    number: z.number().int().positive(),
    title: z.string(),
    body: z.string().nullable(),
    html_url: z.url(),
    user: z.object({ login: z.string() }),
    labels: z.array(z.object({ name: z.string() })),
    pull_request: z.unknown().optional(),
  }),
  repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
  sender: z.object({ login: z.string() }),
});

export interface EventPlan {
  readonly decision: 'route' | 'ask' | 'ignore';
  readonly summary: string;
  readonly plan?: unknown;
}

/**
 * Intake and plan for the `issues: labeled` event: snapshot the issue as a Task and route it.
 * Read-only: it calls no model and writes nothing to GitHub.
 */
export async function planFromEvent(options: {
  eventName: string;
  payload: unknown;
  workspace: string;
  configFile?: string | undefined;
}): Promise<EventPlan> {
  if (options.eventName !== 'issues') {
    return {
      decision: 'ignore',
      summary: `AIOS: the ${options.eventName || 'unknown'} event starts no planning.`,
    };
  }
  const parsed = IssuesLabeled.safeParse(options.payload);
  if (!parsed.success) {
    throw new InputError(
      'The issues event payload is not an issues.labeled event AIOS can read.',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  const e = parsed.data;
  const loaded = await loadConfig({ file: options.configFile, repoDir: options.workspace });
  if (e.label.name !== loaded.config.intake.label) {
    return {
      decision: 'ignore',
      summary: `AIOS: label "${e.label.name}" is not the intake label "${loaded.config.intake.label}".`,
    };
  }
  const owner = e.repository.owner.login;
  const task = buildTask({
    id: `${owner}/${e.repository.name}#${e.issue.number}`,
    source: {
      type: 'issue',
      owner,
      repo: e.repository.name,
      number: e.issue.number,
      url: e.issue.html_url,
      isPullRequest: e.issue.pull_request !== undefined,
    },
    title: e.issue.title,
    body: e.issue.body ?? '',
    labels: e.issue.labels.map((l) => l.name),
    author: e.issue.user.login,
    requestedBy: e.sender.login,
    receivedAt: new Date(),
  });
  const decision = route({ task, config: loaded.config, configHash: loaded.hash });
  if (decision.type === 'ask') {
    return {
      decision: 'ask',
      summary: `## AIOS plan for ${task.id}\n\nAsks a human: ${decision.reason}\n`,
      plan: decision,
    };
  }
  const p = decision.plan;
  const summary = [
    `## AIOS plan for ${task.id}`,
    '',
    `Rule **${p.rule.id}**: ${p.rule.reason}`,
    '',
    `Persona \`${p.persona}\` on tier \`${p.tier}\` (${p.models.join(' → ')}); gates ${p.gates.join(', ') || 'none'}; risk ${p.risk}; by hand ≈ ${p.byHand.minutes} min.`,
    '',
  ].join('\n');
  return { decision: 'route', summary, plan: { task, plan: p } };
}
