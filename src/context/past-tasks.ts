import { sha256 } from '../core/hash.js';
import type { LedgerEntry } from '../core/ledger-entry.js';

/** One past task as the ledger tells it: what it was, who did it, and how it went. */
export interface PastTask {
  readonly task: string;
  readonly title: string;
  readonly kind: string;
  readonly client: string | undefined;
  readonly persona: string;
  /** The model (config id) of the last work call, when one was made. */
  readonly model: string | undefined;
  /** How it ended: `accepted by ann`, `rejected by bob`, `delivered`, `failed at gate: …`. */
  readonly outcome: string;
  /** Gate findings that sent work back, one line each: `editorial: [passive-voice] … `. */
  readonly findings: readonly string[];
  /** The id of the task's last entry: what the lesson was read from. */
  readonly lastEntry: string;
  /** sha256 of the above: a task is re-indexed only when it changes. */
  readonly digest: string;
}

/** At most this many findings per past task are kept: the first ones say the most. */
const MAX_FINDINGS = 5;
const MAX_MESSAGE = 200;

/**
 * Fold ledger entries (any order, several tasks) into one summary per task that was planned.
 * Only work a person can learn from is kept: a task with no `planned` entry is skipped.
 */
export function pastTasksOf(entries: Iterable<LedgerEntry>): PastTask[] {
  interface Acc {
    task: string;
    title?: string;
    kind: string;
    client: string | undefined;
    persona?: string;
    model?: string;
    outcome?: string;
    ended?: string;
    findings: string[];
    last: string;
  }
  const byTask = new Map<string, Acc>();
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  for (const e of sorted) {
    let acc = byTask.get(e.task);
    if (!acc) {
      acc = { task: e.task, kind: e.work.kind, client: e.work.client, findings: [], last: e.id };
      byTask.set(e.task, acc);
    }
    acc.last = e.id;
    switch (e.event) {
      case 'planned':
        acc.title ??= e.data.title;
        acc.persona = e.data.persona;
        acc.kind = e.work.kind;
        acc.client = e.work.client;
        break;
      case 'attempt':
        if (e.data.purpose === 'work' && e.actor.type === 'model') acc.model = e.actor.modelId;
        break;
      case 'gate':
        if (!e.data.pass && acc.findings.length < MAX_FINDINGS) {
          for (const f of e.data.findings) {
            if (acc.findings.length >= MAX_FINDINGS) break;
            const where = f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : '';
            acc.findings.push(
              `the ${e.data.gate} gate sent back [${f.rule}]${where}: ${f.message.slice(0, MAX_MESSAGE)}`,
            );
          }
        }
        break;
      case 'delivered':
        acc.ended = `delivered after ${e.data.attempts} attempt${e.data.attempts === 1 ? '' : 's'}`;
        break;
      case 'failed':
        acc.ended = `failed at ${e.data.stage}: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case 'declined':
        acc.ended = `declined by ${e.data.persona}: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case 'asked':
        acc.ended ??= `asked a person: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case 'outcome':
        acc.outcome = `${e.data.outcome} by ${e.data.by}`;
        break;
      case 'signoff':
        break;
    }
  }
  const out: PastTask[] = [];
  for (const acc of byTask.values()) {
    if (acc.title === undefined || acc.persona === undefined) continue;
    const outcome = acc.outcome ?? acc.ended ?? 'unfinished';
    const base = {
      task: acc.task,
      title: acc.title,
      kind: acc.kind,
      client: acc.client,
      persona: acc.persona,
      model: acc.model,
      outcome,
      findings: acc.findings,
      lastEntry: acc.last,
    };
    out.push({ ...base, digest: sha256(JSON.stringify(base)) });
  }
  return out;
}

/**
 * The lesson as the persona reads it: "Last time on this client, …". Plain sentences; it goes
 * inside the data fence like everything else read from the repository or the ledger.
 */
export function lessonText(p: PastTask, sameClient: boolean): string {
  const who = `${p.persona}${p.model ? ` on ${p.model}` : ''}`;
  const where = sameClient
    ? `Last time on this client${p.client ? ` (${p.client})` : ''}`
    : `On another client's work`;
  const lines = [`${where}, task ${p.task} "${p.title}" (${p.kind}, ${who}): ${p.outcome}.`];
  if (p.findings.length) lines.push(...p.findings.map((f) => `- ${f}`));
  else lines.push('- No gate sent the work back.');
  return lines.join('\n');
}
