/**
 * Ledger commit messages that say what happened, so `git log aios-ledger` reads as the account
 * of the work: `ledger: acme/site#12 delivered by editor on premium-gpt · $0.4200 · 2 gates
 * pass`, one line per entry when a commit holds several (the subject then counts them). A
 * commit made only of one person's events (sign-off, answer, outcome) names that person as its
 * author; AIOS stays the committer.
 */
import type { LedgerEntry } from '../core/ledger-entry.js';
import { formatMicros } from '../core/money.js';
import { signoffWords } from './signoff-state.js';

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What the entries of one task in this commit say about its delivery: who, on what, gates. */
interface TaskContext {
  persona?: string;
  model?: string;
  /** The gates of the latest attempt: the ones the delivered work passed. */
  gateAttempt: number;
  gatesPassed: number;
  gatesRun: number;
}

function contextOf(entries: readonly LedgerEntry[]): Map<string, TaskContext> {
  const byTask = new Map<string, TaskContext>();
  // The persona the latest plan named (a decline handoff re-plans): its calls are the work; a
  // reviewer's calls (another persona) and classification calls read it, and did not write it.
  const author = new Map<string, string>();
  for (const e of entries) {
    const c = byTask.get(e.task) ?? { gateAttempt: 0, gatesPassed: 0, gatesRun: 0 };
    const planned = author.get(e.task);
    if (
      e.event === 'attempt' &&
      e.actor.type === 'model' &&
      e.data.purpose !== 'classify' &&
      e.data.purpose !== 'review' &&
      (planned === undefined || e.actor.persona === planned)
    ) {
      c.persona = e.actor.persona;
      c.model = e.actor.modelId;
    } else if (e.event === 'planned') {
      author.set(e.task, e.data.persona);
      c.persona = e.data.persona;
      delete c.model;
    } else if (e.event === 'gate') {
      if (e.data.attempt !== c.gateAttempt) {
        c.gateAttempt = e.data.attempt;
        c.gatesPassed = 0;
        c.gatesRun = 0;
      }
      c.gatesRun++;
      if (e.data.pass) c.gatesPassed++;
    }
    byTask.set(e.task, c);
  }
  return byTask;
}

/** One entry as one line (without the `ledger: ` prefix). */
export function describeEntry(e: LedgerEntry, context?: TaskContext): string {
  switch (e.event) {
    case 'planned':
      return `${e.task} planned for ${e.data.persona} on the ${e.data.tier} tier (rule ${e.rule.id}, ≈ ${e.data.estimate.minutes} min by hand)`;
    case 'asked':
      return `${e.task} asked a person at ${e.data.stage}: ${oneLine(e.data.reason)}`;
    case 'attempt': {
      const who = e.actor.type === 'model' ? ` by ${e.actor.persona} on ${e.actor.modelId}` : '';
      return `${e.task} call ${e.data.call} (attempt ${e.data.attempt})${who} · ${formatMicros(e.cost.actualMicros)} ${e.cost.billing} · ${e.data.outcome}`;
    }
    case 'gate':
      return `${e.task} gate ${e.data.gate} ${e.data.pass ? 'pass' : `sent back (${e.data.findings.length} finding(s))`}`;
    case 'declined':
      return `${e.task} declined by ${e.data.persona}: ${oneLine(e.data.reason)}`;
    case 'delivered': {
      const by = context?.persona ? ` by ${context.persona}` : '';
      const on = context?.model ? ` on ${context.model}` : '';
      const gates = context?.gatesRun
        ? ` · ${context.gatesPassed} gate${context.gatesPassed === 1 ? '' : 's'} pass`
        : '';
      return `${e.task} delivered${by}${on} · ${formatMicros(e.data.totalMicros)}${gates} · ${e.data.branch} ${e.data.commit.slice(0, 12)}`;
    }
    case 'failed':
      return `${e.task} failed at ${e.data.stage}: ${oneLine(e.data.reason)}`;
    case 'signoff':
      return `${e.task} ${signoffWords(e.data)} by ${e.data.login}${e.data.reviewMinutes !== undefined ? ` · ${e.data.reviewMinutes} min review` : ''}`;
    case 'outcome':
      return `${e.task} ${e.data.outcome} by ${e.data.by}`;
    case 'reverted':
      return `${e.task} reverted by ${e.data.by} on ${e.data.branch}`;
    case 'shadow':
      return `${e.task} shadow run on ${e.data.modelId}: ${e.data.outcome} · ${formatMicros(e.data.totalMicros)} (not delivered)`;
  }
}

/** The commit message for a batch of entries (in the order they are written). */
export function ledgerCommitMessage(entries: readonly LedgerEntry[]): string {
  const context = contextOf(entries);
  const lines = entries.map((e) => describeEntry(e, context.get(e.task)));
  if (lines.length === 1) return `ledger: ${lines[0] ?? ''}\n`;
  const tasks = [...new Set(entries.map((e) => e.task))];
  const subject = `ledger: ${entries.length} entries for ${tasks.slice(0, 3).join(', ')}${tasks.length > 3 ? `, +${tasks.length - 3} more` : ''}`;
  return `${subject}\n\n${lines.map((l) => `ledger: ${l}`).join('\n')}\n`;
}

const PERSON_EVENTS = new Set(['signoff', 'outcome', 'asked']);

/**
 * The person a commit is by, when every entry in it is that one person's act (a sign-off, an
 * outcome, an answer); undefined when AIOS is the author.
 */
export function personAuthor(
  entries: readonly LedgerEntry[],
): { name: string; email: string } | undefined {
  const logins = new Set<string>();
  for (const e of entries) {
    if (e.actor.type !== 'human' || !PERSON_EVENTS.has(e.event)) return undefined;
    logins.add(e.actor.login);
  }
  const [login] = [...logins];
  if (logins.size !== 1 || !login) return undefined;
  // GitHub's no-reply form: attributes the commit to the account without publishing an address.
  return {
    name: login.replace(/[<>\n\r]/g, ''),
    email: `${login.replace(/[^A-Za-z0-9-]/g, '-')}@users.noreply.github.com`,
  };
}
