import type { GateVerdict } from '../core/gate-verdict.js';
import { formatMicros } from '../core/money.js';
import type { Plan } from '../core/plan.js';
import { boundText, BOUNDS, neutralise } from '../core/neutralise.js';
import { neutralizeForGitHub } from '../core/sanitize.js';
import { describeHidden } from '../core/hidden-text.js';
import type { Task } from '../core/task.js';
import { writeTaskMarker } from '../core/hidden-marker.js';
import { LEDGER_HEAD_TRAILER } from '../ledger/verify-deliveries.js';

/** Who did the work, for trailers and the disclosure. */
export interface WorkedBy {
  readonly provider: string;
  readonly model: string;
  readonly modelId: string;
  readonly scripted: boolean;
}

export interface AttemptSummary {
  readonly attempt: number;
  readonly verdicts: GateVerdict[];
}

export interface CostSummary {
  readonly actualMicros: number;
  readonly shadowMicros: number;
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

function modelLabel(by: WorkedBy): string {
  return by.scripted
    ? 'scripted (NOT AI: answers from a script file)'
    : `${by.model} (${by.provider}, ${by.modelId})`;
}

/** The commit message: a subject, the persona's summary, and trailers naming model, persona, rule and task. */
export function commitMessage(options: {
  task: Task;
  plan: Plan;
  by: WorkedBy;
  summary: string;
  coAuthor?: string | undefined;
  /** The sha256 of the task's last ledger entry before delivery (LedgerStore.head). */
  ledgerHead?: string | undefined;
}): string {
  const { task, plan, by } = options;
  // Issue and model text, neutralised as for the PR body: it can close nothing and mention no one.
  const subject =
    `aios(${plan.kind}): ${neutralise(task.title, { as: 'plain', max: BOUNDS.title }).replace(/\s+/g, ' ')}`.slice(
      0,
      72,
    );
  const trailers = [
    `AI-Model: ${by.scripted ? 'scripted' : `${by.provider}/${by.model}`}`,
    `AI-Persona: ${plan.persona}`,
    `AIOS-Rule: ${plan.rule.id}`,
    `AIOS-Task: ${task.id}`,
    `AIOS-Config: ${plan.configHash.slice(0, 12)}`,
  ];
  // The ledger history the work was delivered on: verify finds this hash in the task's chain.
  if (options.ledgerHead) trailers.push(`${LEDGER_HEAD_TRAILER}: ${options.ledgerHead}`);
  if (options.coAuthor) trailers.push(`Co-authored-by: ${options.coAuthor}`);
  const body = neutralise(options.summary, { as: 'plain', max: BOUNDS.summary }).trim();
  return `${subject}\n\n${body}\n\n${trailers.join('\n')}\n`;
}

function verdictLine(v: GateVerdict): string {
  return `${v.pass ? 'pass' : 'sent back'} · ${v.gate} · ${v.findings.length} finding(s)`;
}

/**
 * The draft PR body: summary, the AI-use disclosure, the routing explanation, gate results per
 * attempt, cost (actual and shadow) and the by-hand estimate. Model text is neutralised.
 */
export function prBody(options: {
  task: Task;
  plan: Plan;
  by: WorkedBy;
  summary: string;
  attempts: readonly AttemptSummary[];
  cost: CostSummary;
  files: readonly string[];
  /** A note from the delivering job, shown above the cost (trusted text, not model output). */
  note?: string | undefined;
  /** The sha256 of the task's last ledger entry before delivery, as in the commit's trailer. */
  ledgerHead?: string | undefined;
}): string {
  const { task, plan, by, cost } = options;
  const lines: string[] = [];
  lines.push(`> [!IMPORTANT]`);
  lines.push(
    by.scripted
      ? `> **Disclosure:** this draft was produced by AIOS in demo mode with **scripted answers, not an AI model**. It needs human review before it goes anywhere.`
      : `> **AI use disclosure:** this draft was written by an AI model (${modelLabel(by)}) acting as the \`${plan.persona}\` persona, under AIOS rule \`${plan.rule.id}\`. A human must review and approve it; nothing merges by itself.`,
  );
  lines.push('');
  lines.push(`Task: ${task.id} — ${neutralizeForGitHub(task.title, undefined, BOUNDS.title)}`);
  lines.push('');
  // Text hidden in the issue was removed before any model saw it: the reviewer should know.
  if (task.hidden?.length)
    lines.push(
      `> [!WARNING]`,
      `> Hidden text was removed from the task before any model saw it: ${task.hidden.map(describeHidden).join(', ')}. Read the issue's source to see what it said.`,
      '',
    );
  lines.push(
    '## Summary',
    '',
    neutralizeForGitHub(options.summary.trim(), undefined, BOUNDS.summary),
    '',
  );
  lines.push(
    '## Files',
    '',
    ...options.files.map((f) => `- ${neutralise(f, { as: 'code', max: BOUNDS.path })}`),
    '',
  );
  lines.push('## Routing', '');
  lines.push(
    `- Rule **${plan.rule.id}**: ${plan.rule.reason}${plan.owner ? ` (owner: ${plan.owner})` : ''}`,
  );
  lines.push(
    `- Kind \`${plan.kind}\`, risk ${plan.risk}, size ${plan.size}; persona \`${plan.persona}\` on tier \`${plan.tier}\` (models: ${plan.models.join(' → ')})`,
  );
  if (plan.overriddenBy)
    lines.push(`- Persona chosen by @${plan.overriddenBy}, overriding the router`);
  for (const t of plan.trace.filter((x) => !x.matched)) lines.push(`- Not \`${t.rule}\`: ${t.why}`);
  lines.push('', '## Quality gates', '');
  for (const a of options.attempts) {
    lines.push(`Attempt ${a.attempt}:`);
    for (const v of a.verdicts) {
      lines.push(`- ${verdictLine(v)}`);
      for (const f of v.findings.slice(0, 10))
        lines.push(
          `  - ${neutralise(f.rule, { as: 'code', max: BOUNDS.title })} ${f.path ? neutralise(f.path, { as: 'code', max: BOUNDS.path }) : ''}${f.line ? `:${f.line}` : ''} ${neutralizeForGitHub(f.message, undefined, BOUNDS.finding)}`,
        );
      if (v.notChecked?.length)
        lines.push(
          `  - Not checked: ${v.notChecked.map((n) => `\`${n.rule}\` (${n.reason})`).join(', ')}`,
        );
    }
  }
  if (options.note) lines.push('', `> [!NOTE]\n> ${options.note}`);
  lines.push('', '## Cost', '');
  lines.push('| | |', '|---|---|');
  lines.push(`| Model calls | ${cost.calls} |`);
  lines.push(`| Tokens in / out | ${cost.inputTokens} / ${cost.outputTokens} |`);
  lines.push(`| Actual cost | ${formatMicros(cost.actualMicros)} |`);
  lines.push(`| Shadow cost (at API rates) | ${formatMicros(cost.shadowMicros)} |`);
  lines.push(`| By hand (estimate) | ${plan.byHand.minutes} min (${plan.byHand.source}) |`);
  lines.push('');
  lines.push(
    `<sub>Recorded in the AIOS ledger under ${task.id}. Approving this PR is the sign-off.</sub>`,
  );
  if (options.ledgerHead) lines.push(`<sub>${LEDGER_HEAD_TRAILER}: ${options.ledgerHead}</sub>`);
  // Bounded below GitHub's 65 536 characters, so a long answer never fails after the push.
  const body = boundText(lines.join('\n'), BOUNDS.comment);
  // Lets the signoff job find the task again, whatever the branch is called.
  return `${body}\n${writeTaskMarker(task.id)}\n`;
}
