import { tokenCost } from '../core/cost.js';
import type { RebuiltPrompt } from './rebuild-prompts.js';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/gate-verdict.js';
import type { HiddenText } from '../core/hidden-text.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { RuleTrace } from '../core/plan.js';
import { taskKey } from '../core/task.js';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { apportion } from './apportion.js';
import { readArchivedFileBatches } from '../git/archive-reader.js';
import { LEDGER_ROOT, taskKeyOfPath } from '../ledger/ledger-layout.js';
import {
  entryFromJson,
  listTree,
  parseStoredEntry,
  parseStoredJson,
} from '../ledger/read-ledger.js';
import { approvalTally, signsOff } from '../ledger/signoff-state.js';
import { toReportEntry } from './report-entry.js';
import { reviewEffort, timeCostMicros, type ReportPricing } from './report-pricing.js';

/** One model call, as the client sees it. */
export interface ReceiptCall {
  readonly at: string;
  readonly call: number;
  readonly provider: string;
  readonly model: string;
  readonly modelId: string;
  readonly purpose: string;
  readonly outcome: string;
  readonly scripted: boolean;
  readonly billing: string;
  readonly durationMs: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly actualMicros: number;
}

/** One try at the work: its calls and what each gate found. */
export interface ReceiptAttempt {
  readonly attempt: number;
  readonly calls: ReceiptCall[];
  readonly gates: { gate: string; pass: boolean; findings: Finding[] }[];
}

/** A flat-rate seat month this task used, and its share of the fee. */
export interface ReceiptSeat {
  readonly model: string;
  readonly month: string;
  readonly feeMicros: number;
  readonly tasks: number;
  readonly shareMicros: number;
}

/** One review of a task's delivered work, as the receipt shows it. */
export interface ReceiptReview {
  at: string;
  login: string;
  approved: boolean;
  counts: boolean;
  /** With this review the task had every approval its risk level needs. */
  signedOff: boolean;
  /** Approvals of the delivered commit with this review, of those needed ("1 of 2"), when recorded. */
  tally: string | undefined;
  minutesToApproval: number | undefined;
  /** The reviewer's own minutes of review, when recorded (what review costs). */
  reviewMinutes: number | undefined;
  /** The kind's review estimate from the config, used when the reviewer gave no minutes. */
  estimatedReviewMinutes: number | undefined;
}

/**
 * The client-facing account of one task, built from its ledger entries. Internal material
 * (raw model answers, error texts, answer hashes, the rule trace, the config hash) is only in
 * `internal`, filled when asked for.
 */
export interface Receipt {
  readonly task: string;
  readonly title: string | undefined;
  readonly source: string | undefined;
  readonly requestedBy: string | undefined;
  readonly client: string | undefined;
  readonly kind: string;
  readonly size: string | undefined;
  readonly risk: string;
  readonly startedAt: string;
  readonly lastAt: string;
  /**
   * Where the task stands. `accepted` only for work a person signed off and then merged; a merge
   * nobody signed off is `merged-unsigned`, not a useful outcome. A task that ended (failed,
   * asked, declined, cancelled) never reads `in progress`: only a plan with no ending after it.
   */
  readonly status:
    | 'accepted'
    | 'merged-unsigned'
    | 'rejected'
    | 'delivered'
    | 'asked'
    | 'declined'
    | 'failed'
    | 'cancelled'
    | 'in progress';
  /** Hidden text removed from the task at intake, as its plan recorded it. */
  readonly hidden: HiddenText[];
  /** An allowed approver signed off the work delivered last. */
  readonly signedOff: boolean;
  /** Accepted after a sign-off: the one useful outcome the report divides cost by. */
  readonly accepted: boolean;
  readonly route:
    | {
        rule: string;
        reason: string;
        persona: string;
        tier: string;
        models: string[];
        gates: string[];
        overriddenBy: string | undefined;
      }
    | undefined;
  readonly attempts: ReceiptAttempt[];
  readonly questions: { at: string; stage: string; reason: string; questions: string[] }[];
  readonly declined: { at: string; reason: string } | undefined;
  readonly failed: { at: string; stage: string; reason: string } | undefined;
  readonly delivery:
    { at: string; branch: string; commit: string; files: string[]; prUrl: string } | undefined;
  readonly reviews: ReceiptReview[];
  /** The review that signed the work off (the last one that did), if any. */
  readonly signedOffBy: ReceiptReview | undefined;
  /** The last counting approval that did not yet sign off (more approvals are needed), if any. */
  readonly awaitingApprovals: ReceiptReview | undefined;
  readonly outcome: { at: string; outcome: 'accepted' | 'rejected'; by: string } | undefined;
  readonly cost: {
    readonly calls: number;
    readonly inputTokens: number;
    readonly outputTokens: number;
    readonly modelMicros: number;
    readonly seatMicros: number;
    readonly seats: ReceiptSeat[];
    readonly reviewSeconds: number;
    readonly reviewMicros: number;
    readonly reviewHourlyRateMicros: number;
    /** model + seats + review: what the task cost. */
    readonly totalMicros: number;
    readonly premium: { model: string; micros: number } | undefined;
    readonly byHandMinutes: number | undefined;
    readonly byHandMicros: number | undefined;
  };
  readonly disclosure: {
    readonly aiUsed: boolean;
    readonly scriptedOnly: boolean;
    readonly models: string[];
    readonly text: string;
  };
  readonly internal:
    | {
        configHash: string;
        trace: RuleTrace[];
        calls: {
          call: number;
          modelId: string;
          errorClass: string | undefined;
          error: string | undefined;
          answerHash: string | undefined;
          raw: string | undefined;
        }[];
        entries: { id: string; event: string; prev: string | null }[];
        /** Each call's prompt rebuilt from the ledger's git objects (reports/rebuild-prompts.ts). */
        prompts?: RebuiltPrompt[] | undefined;
      }
    | undefined;
}

/**
 * Read one task's entries (by id such as `acme/site#12`, or by its folder key `acme.site.12`)
 * straight from git objects: the listing streams past other tasks; only this task's blobs are
 * read. Sorted by id, i.e. in the order they were written.
 */
export async function readTaskEntries(
  repoDir: string,
  ref: string,
  task: string,
): Promise<LedgerEntry[]> {
  const key = taskKey(task);
  const files: { path: string; blob: string }[] = [];
  for await (const f of listTree(repoDir, ref))
    if (f.path.endsWith('.json') && taskKeyOfPath(f.path) === key) files.push(f);
  if (files.length === 0)
    throw new InputError(`No task "${task}" in the ledger at ${ref}.`, [], {
      hint: 'Name the task as owner/repo#12 or local/<repo>#<file> (or its folder, e.g. acme.site.12); `git ls-tree -d aios-ledger ledger/*/*/` lists the task folders.',
    });
  const cat = new CatFileBatch(repoDir);
  try {
    const entries = await Promise.all(
      files.map(async (f) => {
        const bytes = await cat.read(f.blob);
        if (!bytes) throw new InputError(`blob ${f.blob} for ${f.path} is missing`);
        return parseStoredEntry({ path: f.path, bytes });
      }),
    );
    return entries.sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await cat.close();
  }
}

/**
 * A task's share of each flat-rate seat month it used: the month's fee split over every task
 * that used the seat that month, in whole micro-dollars (`apportion`, equal weights: the first
 * fee mod N tasks in id order get one micro-dollar more). Needs one pass over the ledger, so it
 * only runs when the task used a priced seat.
 */
export async function seatSharesOf(
  repoDir: string,
  ref: string,
  entries: readonly LedgerEntry[],
  pricing: ReportPricing,
): Promise<ReceiptSeat[]> {
  const months = new Map<string, { model: string; month: string; tasks: Set<string> }>();
  for (const e of entries)
    if (
      e.event === 'attempt' &&
      e.cost.billing === 'flat' &&
      e.actor.type === 'model' &&
      pricing.seats.has(e.actor.modelId)
    )
      months.set(`${e.actor.modelId} ${e.at.slice(0, 7)}`, {
        model: e.actor.modelId,
        month: e.at.slice(0, 7),
        tasks: new Set(),
      });
  if (months.size === 0) return [];
  for await (const batch of readArchivedFileBatches(repoDir, ref, LEDGER_ROOT))
    for (const f of batch) {
      if (!f.path.endsWith('.json')) continue;
      // Parsed once: what the report's check refuses goes through the full schema, whose error
      // names the file.
      const json = parseStoredJson(f.path, f.bytes);
      const e = toReportEntry(json) ?? entryFromJson(json, f.path);
      if (e.event !== 'attempt' || e.cost.billing !== 'flat' || e.actor.type !== 'model') continue;
      months.get(`${e.actor.modelId} ${e.at.slice(0, 7)}`)?.tasks.add(e.task);
    }
  const task = entries[0]?.task ?? '';
  return [...months.values()].map((m) => {
    const fee = pricing.seats.get(m.model) ?? 0;
    const share = apportion(fee, new Map([...m.tasks].map((t) => [t, 1]))).get(task) ?? 0;
    return {
      model: m.model,
      month: m.month,
      feeMicros: fee,
      tasks: m.tasks.size,
      shareMicros: share,
    };
  });
}

function describeModel(c: ReceiptCall): string {
  if (c.scripted) return 'scripted answers (no model)';
  return c.provider === 'ollama'
    ? `${c.model} (run locally with Ollama)`
    : `${c.model} (${c.provider})`;
}

/** Build the receipt of one task from its entries (in written order). */
export function buildReceipt(
  entries: readonly LedgerEntry[],
  options: { pricing: ReportPricing; seats?: ReceiptSeat[]; internal?: boolean },
): Receipt {
  const first = entries[0];
  if (!first) throw new InputError('A receipt needs at least one ledger entry.');
  const planned = entries.find(
    (e): e is Extract<LedgerEntry, { event: 'planned' }> => e.event === 'planned',
  );
  const attempts = new Map<number, ReceiptAttempt>();
  const attemptOf = (n: number): ReceiptAttempt => {
    let a = attempts.get(n);
    if (!a) attempts.set(n, (a = { attempt: n, calls: [], gates: [] }));
    return a;
  };
  const questions: Receipt['questions'] = [];
  const reviews: Receipt['reviews'] = [];
  const internalCalls: NonNullable<Receipt['internal']>['calls'] = [];
  let declined: Receipt['declined'];
  let failed: Receipt['failed'];
  let delivery: Receipt['delivery'];
  let outcome: Receipt['outcome'];
  let byHand: number | undefined = planned?.data.estimate.minutes;
  let modelMicros = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let premiumMicros = 0;
  let reviewSeconds = 0;
  let reviewMicros = 0;
  let status: Receipt['status'] = 'in progress';
  // Sign-offs of the delivery made last: a re-delivered task needs a new one.
  let signedOff = false;
  const rate = options.pricing.reviewHourlyRateMicros;

  for (const e of entries) {
    switch (e.event) {
      case 'attempt': {
        if (e.actor.type !== 'model') break;
        const call: ReceiptCall = {
          at: e.at,
          call: e.data.call,
          provider: e.actor.provider,
          model: e.actor.model,
          modelId: e.actor.modelId,
          purpose: e.data.purpose,
          outcome: e.data.outcome,
          scripted: e.actor.scripted,
          billing: e.cost.billing,
          durationMs: e.usage.durationMs,
          inputTokens: e.usage.inputTokens,
          outputTokens: e.usage.outputTokens,
          actualMicros: e.cost.actualMicros,
        };
        attemptOf(e.data.attempt).calls.push(call);
        modelMicros += e.cost.actualMicros;
        inputTokens += e.usage.inputTokens;
        outputTokens += e.usage.outputTokens;
        if (!e.actor.scripted && options.pricing.premium)
          premiumMicros += tokenCost(e.usage, options.pricing.premium.price);
        // A call stopped by Ctrl-C / SIGTERM ends the task even before its `failed` is written.
        if (e.data.outcome === 'cancelled') status = 'cancelled';
        internalCalls.push({
          call: e.data.call,
          modelId: e.actor.modelId,
          errorClass: e.data.errorClass,
          error: e.data.error,
          answerHash: e.data.answerHash,
          raw: e.data.raw,
        });
        break;
      }
      case 'gate':
        attemptOf(e.data.attempt).gates.push({
          gate: e.data.gate,
          pass: e.data.pass,
          findings: e.data.findings,
        });
        break;
      case 'asked':
        questions.push({
          at: e.at,
          stage: e.data.stage,
          reason: e.data.reason,
          questions: e.data.questions,
        });
        status = 'asked';
        break;
      case 'declined':
        declined = { at: e.at, reason: e.data.reason };
        status = 'declined';
        break;
      case 'failed':
        failed = { at: e.at, stage: e.data.stage, reason: e.data.reason };
        status =
          e.data.errorClass === 'cancelled' || (status as Receipt['status']) === 'cancelled'
            ? 'cancelled'
            : 'failed';
        break;
      case 'delivered':
        delivery = {
          at: e.at,
          branch: e.data.branch,
          commit: e.data.commit,
          files: e.data.files,
          prUrl: e.data.pr.url,
        };
        byHand = e.estimate.minutes;
        status = 'delivered';
        signedOff = false;
        break;
      case 'signoff': {
        // Review effort, not waiting time: the reviewer's minutes, else the kind's estimate.
        const effort = reviewEffort(
          e.data.reviewMinutes,
          e.work.kind,
          options.pricing.reviewMinutesByKind,
        );
        reviews.push({
          at: e.at,
          login: e.data.login,
          approved: e.data.approved,
          counts: e.data.counts,
          signedOff: signsOff(e.data),
          tally: approvalTally(e.data),
          minutesToApproval: e.data.minutesToApproval,
          reviewMinutes: e.data.reviewMinutes,
          estimatedReviewMinutes: effort.source === 'estimated' ? effort.minutes : undefined,
        });
        // One counting approval of several needed is not a sign-off: the entry says when it is.
        if (signsOff(e.data) && delivery) signedOff = true;
        const { seconds } = effort;
        reviewSeconds += seconds;
        reviewMicros += timeCostMicros(seconds, rate);
        break;
      }
      case 'outcome':
        outcome = { at: e.at, outcome: e.data.outcome, by: e.data.by };
        status =
          e.data.outcome === 'rejected' ? 'rejected' : signedOff ? 'accepted' : 'merged-unsigned';
        break;
      case 'planned':
        // A re-run (an answer, a retry, a hand-off) starts again: until it ends, it is running.
        status = 'in progress';
        break;
    }
  }

  const seats = options.seats ?? [];
  const seatMicros = seats.reduce((s, x) => s + x.shareMicros, 0);
  const calls = [...attempts.values()].flatMap((a) => a.calls);
  const models = [...new Set(calls.map(describeModel))];
  const aiCalls = calls.filter((c) => !c.scripted);
  const scriptedOnly = calls.length > 0 && aiCalls.length === 0;
  const approval = [...reviews].reverse().find((r) => r.signedOff);
  const partial = [...reviews].reverse().find((r) => r.approved && r.counts && !r.signedOff);
  const persona =
    planned?.data.persona ?? (first.actor.type === 'model' ? first.actor.persona : undefined);
  const gates = planned?.data.gates ?? [];
  const reviewed = approval
    ? `${approval.login} reviewed and approved it on ${approval.at.slice(0, 10)}${approval.tally ? ` (${approval.tally}: signed off)` : ''}.`
    : partial
      ? `${partial.login} approved it${partial.tally ? ` (${partial.tally})` : ''}; it is not signed off until every approval its risk level needs is given.`
      : reviews.length
        ? `It was reviewed by ${[...new Set(reviews.map((r) => r.login))].join(', ')}; no allowed approver has signed it off yet.`
        : 'No person has signed it off yet.';
  const text = scriptedOnly
    ? `No AI model produced this work: its answers were scripted for a demonstration. ${reviewed}`
    : aiCalls.length === 0
      ? `No AI model was used for this task. ${reviewed}`
      : `This work was drafted with AI: ${[...new Set(aiCalls.map(describeModel))].join(', ')}${persona ? `, working as the ${persona} persona` : ''}${planned ? ` under the rule ${planned.rule.id}` : ''}. ${gates.length ? `Automated checks (${gates.join(', ')}) ran on every attempt. ` : ''}${reviewed}`;

  const ordered = [...attempts.values()].sort((a, b) => a.attempt - b.attempt);
  const byHandMinutes = byHand;
  return {
    task: first.task,
    title: planned?.data.title,
    source: planned?.data.source,
    requestedBy: planned?.data.requestedBy,
    client: first.work.client,
    kind: first.work.kind,
    size: first.work.size,
    risk: first.work.risk,
    startedAt: first.at,
    lastAt: entries[entries.length - 1]?.at ?? first.at,
    status,
    hidden: [...entries]
      .reverse()
      .flatMap((e) => (e.event === 'planned' ? [e.data.hidden ?? []] : []))
      .slice(0, 1)
      .flat(),
    signedOff,
    signedOffBy: approval,
    awaitingApprovals: partial,
    accepted: status === 'accepted',
    route: planned
      ? {
          rule: planned.rule.id,
          reason: planned.data.reason,
          persona: planned.data.persona,
          tier: planned.data.tier,
          models: planned.data.models,
          gates: planned.data.gates,
          overriddenBy: planned.data.overriddenBy,
        }
      : undefined,
    attempts: ordered,
    questions,
    declined,
    failed,
    delivery,
    reviews,
    outcome,
    cost: {
      calls: calls.length,
      inputTokens,
      outputTokens,
      modelMicros,
      seatMicros,
      seats,
      reviewSeconds,
      reviewMicros,
      reviewHourlyRateMicros: rate,
      totalMicros: modelMicros + seatMicros + reviewMicros,
      premium:
        options.pricing.premium && aiCalls.length
          ? { model: options.pricing.premium.modelId, micros: premiumMicros }
          : undefined,
      byHandMinutes,
      byHandMicros:
        byHandMinutes === undefined ? undefined : timeCostMicros(byHandMinutes * 60, rate),
    },
    disclosure: { aiUsed: aiCalls.length > 0, scriptedOnly, models, text },
    internal: options.internal
      ? {
          configHash: first.rule.configHash,
          trace: planned?.data.trace ?? [],
          calls: internalCalls,
          entries: entries.map((e) => ({ id: e.id, event: e.event, prev: e.prev })),
        }
      : undefined,
  };
}
