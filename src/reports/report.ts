import { tokenCost } from '../core/cost.js';
import { signsOff } from '../ledger/signoff-state.js';
import { apportion, divideHalfUp } from './apportion.js';
import type { ReportEntry } from './report-entry.js';
import { NO_PRICING, reviewEffort, timeCostMicros, type ReportPricing } from './report-pricing.js';

export const REPORT_DIMENSIONS = [
  'persona',
  'model',
  'tier',
  'kind',
  'client',
  'month',
  'rule',
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/**
 * Sums for one group (or the whole ledger). Money is integer micro-dollars; every figure is a
 * sum over entries (or an exact split of a seat fee), so groups add up to the total exactly.
 * The formulas are in docs/ledger-reports.md.
 */
export interface ReportRow {
  key: string;
  /** Tasks with at least one entry in this group (a task can be in several groups). */
  tasks: number;
  /** Model calls: every attempt entry, retries, repairs, fallbacks and reviews included. */
  calls: number;
  failedCalls: number;
  /** Calls answered by the scripted provider: no model was used. */
  scriptedCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** What the calls cost as recorded (tokens at API prices, runner time for local models). */
  actualMicros: number;
  /** The same calls at each model's shadow (API) price, as recorded. */
  shadowMicros: number;
  /** Of `actualMicros`, what shadow runs' calls cost (`shadow:` in the config): spend, never delivered. */
  shadowRunMicros: number;
  /** Shadow runs recorded, and those whose answer passed every deterministic gate. */
  shadowRuns: number;
  shadowPassed: number;
  /** Flat-rate seat fees, amortised over the tasks that used the seat that month. */
  seatMicros: number;
  /** Human review time (sign-off entries), in seconds, and its cost at the review rate. */
  reviewSeconds: number;
  reviewMicros: number;
  /** Sign-offs whose review minutes are the kind's estimate from the config (the reviewer gave none). */
  reviewEstimated: number;
  /** Sign-offs with no review minutes at all (none given, no estimate for the kind): counted as 0. */
  reviewUnmeasured: number;
  /** Everything spent: actual + seats + review. */
  spendMicros: number;
  /** Counterfactual: the same (non-scripted) calls priced at the premium model. */
  premiumMicros: number;
  /** premium − (actual + seats); null when the config names no API-billed model. */
  savingsMicros: number | null;
  /** Tasks delivered (a re-run's second delivery is the same task: counted once). */
  delivered: number;
  /** Tasks signed off by an allowed approver. */
  signedOff: number;
  /** Accepted outcomes of signed-off work: the useful outcomes cost is divided by. */
  accepted: number;
  /** Merged (accepted) without a sign-off: not a useful outcome, shown so it is not hidden. */
  acceptedUnsigned: number;
  rejected: number;
  /** Tasks whose delivered work was reverted (`aios revert`): never a useful outcome. */
  reverted: number;
  asked: number;
  /** Tasks that asked a person at least once. */
  askedTasks: number;
  declined: number;
  failed: number;
  /** Attempts that went through the gates, and those the gates sent back. */
  gatedAttempts: number;
  sentBack: number;
  /** By-hand estimate of the delivered work, and its value at the review rate. */
  byHandMinutes: number;
  byHandMicros: number;
  /** spend ÷ accepted outcomes, rounded half up; null until something is accepted. */
  costPerAcceptedMicros: number | null;
}

/** One flat-rate seat in one month: its fee and what this report charged of it. */
export interface SeatMonth {
  readonly model: string;
  readonly month: string;
  readonly feeMicros: number;
  /** The whole fee, or the client's share of it under `--client`. */
  readonly chargedMicros: number;
  /** Tasks (of every client) that used the seat that month. */
  readonly tasks: number;
}

/** Rates for one month, with their numerators and denominators. */
export interface DriftPoint {
  readonly month: string;
  readonly accepted: number;
  /** Outcomes decided (accepted + rejected). */
  readonly decided: number;
  readonly acceptanceRate: number | null;
  readonly gatedAttempts: number;
  readonly sentBack: number;
  readonly sendBackRate: number | null;
  readonly tasks: number;
  readonly askedTasks: number;
  readonly askRate: number | null;
}

export interface ReportFilter {
  readonly since?: Date | undefined;
  readonly until?: Date | undefined;
  readonly client?: string | undefined;
}

export interface LedgerReport {
  readonly by: ReportDimension | undefined;
  readonly filter: { since?: string; until?: string; client?: string };
  readonly pricing: {
    readonly reviewHourlyRateMicros: number;
    readonly premium: { readonly modelId: string; readonly outputPerMTokMicros: number } | null;
    readonly seats: { readonly model: string; readonly monthlyFeeMicros: number }[];
  };
  /** Entries inside the window (and of the client, if one was asked for). */
  readonly entries: number;
  readonly total: ReportRow;
  /** The rows of `by`, most spent first; empty without `by`. */
  readonly rows: ReportRow[];
  /** Every dimension, most spent first (months in calendar order). */
  readonly breakdowns: Record<ReportDimension, ReportRow[]>;
  readonly seats: SeatMonth[];
  readonly drift: DriftPoint[];
  /** Same as total.costPerAcceptedMicros (kept for callers of the first report). */
  readonly costPerAcceptedMicros: number | undefined;
}

export interface ReportOptions {
  readonly by?: ReportDimension | undefined;
  readonly filter?: ReportFilter | undefined;
  readonly pricing?: ReportPricing | undefined;
}

function emptyRow(key: string): ReportRow {
  return {
    key,
    tasks: 0,
    calls: 0,
    failedCalls: 0,
    scriptedCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    actualMicros: 0,
    shadowMicros: 0,
    shadowRunMicros: 0,
    shadowRuns: 0,
    shadowPassed: 0,
    seatMicros: 0,
    reviewSeconds: 0,
    reviewMicros: 0,
    reviewEstimated: 0,
    reviewUnmeasured: 0,
    spendMicros: 0,
    premiumMicros: 0,
    savingsMicros: null,
    delivered: 0,
    signedOff: 0,
    accepted: 0,
    acceptedUnsigned: 0,
    rejected: 0,
    reverted: 0,
    asked: 0,
    askedTasks: 0,
    declined: 0,
    failed: 0,
    gatedAttempts: 0,
    sentBack: 0,
    byHandMinutes: 0,
    byHandMicros: 0,
    costPerAcceptedMicros: null,
  };
}

const UNROUTED = '(unrouted)';
const NO_CLIENT = '(no client)';
const NO_MODEL = '(no model)';

/** Facts about a task that entries other than model calls are grouped by. */
interface TaskKeys {
  persona: string;
  tier: string;
  model: string;
}

interface SeatUse {
  readonly model: string;
  readonly month: string;
  /** Tasks per client that used the seat that month (every client: the basis of a client's share). */
  readonly byClient: Map<string, number>;
  /** Tasks per group, per dimension, of the tasks this report covers. */
  readonly byDim: Map<ReportDimension, Map<string, number>>;
}

/**
 * Aggregates a ledger in one pass. Feed it entries grouped by task, as the ledger stores them
 * (one folder per task, in path order): it keeps the current task's entries only, folds them
 * into the groups when the next task starts, and so holds one row per group, never the ledger.
 */
export class ReportBuilder {
  private readonly total = emptyRow('total');
  private readonly rows = new Map<ReportDimension, Map<string, ReportRow>>(
    REPORT_DIMENSIONS.map((d) => [d, new Map()]),
  );
  private readonly seatUse = new Map<string, SeatUse>();
  private readonly pricing: ReportPricing;
  private readonly since: number;
  private readonly until: number;
  private readonly client: string | undefined;
  private current: ReportEntry[] = [];
  private count = 0;

  constructor(private readonly options: ReportOptions = {}) {
    this.pricing = options.pricing ?? NO_PRICING;
    this.since = options.filter?.since?.getTime() ?? -Infinity;
    this.until = options.filter?.until?.getTime() ?? Infinity;
    this.client = options.filter?.client;
  }

  /** Add the next entry (entries of a task must come together). */
  add(entry: ReportEntry): void {
    const head = this.current[0];
    if (head && head.task !== entry.task) this.flushTask();
    this.current.push(entry);
  }

  private inWindow(e: ReportEntry): boolean {
    if (this.since === -Infinity && this.until === Infinity) return true; // no parse per entry
    const t = Date.parse(e.at);
    return t >= this.since && t < this.until;
  }

  private row(dim: ReportDimension, key: string): ReportRow {
    const rows = this.rows.get(dim) as Map<string, ReportRow>;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = emptyRow(key)));
    return r;
  }

  private keysOf(e: ReportEntry, task: TaskKeys): Record<ReportDimension, string> {
    return {
      persona: e.actor.type === 'model' ? e.actor.persona : task.persona,
      model: e.actor.type === 'model' ? e.actor.modelId : task.model,
      tier: e.actor.type === 'model' ? e.actor.tier : task.tier,
      kind: e.work.kind,
      client: e.work.client ?? NO_CLIENT,
      month: e.at.slice(0, 7),
      rule: e.rule.id,
    };
  }

  private flushTask(): void {
    const entries = this.current;
    this.current = [];
    if (entries.length === 0) return;

    let planned: Extract<ReportEntry, { event: 'planned' }> | undefined;
    let lastModel: string | undefined;
    let doneModel: string | undefined;
    let firstCall: Extract<ReportEntry, { event: 'attempt' }> | undefined;
    for (const e of entries) {
      if (e.event === 'planned') planned ??= e;
      // A shadow run's calls are not the task's work: they never name its model.
      else if (e.event === 'attempt' && e.actor.type === 'model' && e.data.purpose !== 'shadow') {
        firstCall ??= e;
        lastModel = e.actor.modelId;
        if (e.data.outcome === 'ok' && e.data.decision === 'done') doneModel = e.actor.modelId;
      }
    }
    // One task is one outcome however often it ran: its last delivery and its last outcome
    // count (and the by-hand minutes once); every call of every run still counts its cost.
    let lastDelivered: ReportEntry | undefined;
    let lastOutcome: ReportEntry | undefined;
    let firstSignoff: ReportEntry | undefined;
    let lastReverted: ReportEntry | undefined;
    for (const e of entries) {
      if (e.event === 'reverted') lastReverted = e;
      if (e.event === 'delivered') lastDelivered = e;
      else if (e.event === 'outcome') lastOutcome = e;
      else if (e.event === 'signoff' && signsOff(e.data)) firstSignoff ??= e;
    }
    const firstActor = firstCall?.actor.type === 'model' ? firstCall.actor : undefined;
    const task: TaskKeys = {
      persona: planned?.data.persona ?? firstActor?.persona ?? UNROUTED,
      tier: planned?.data.tier ?? firstActor?.tier ?? UNROUTED,
      model: doneModel ?? lastModel ?? NO_MODEL,
    };

    const touched = new Map<ReportDimension, Set<string>>();
    const askedIn = new Map<ReportDimension, Set<string>>();
    const gated = new Map<number, { rows: ReportRow[]; sentBack: boolean }>();
    const seatsSeen = new Set<string>();
    let any = false;
    let asked = false;
    for (const e of entries) {
      if (!this.inWindow(e)) continue;
      const ours = this.client === undefined || e.work.client === this.client;
      const keys = ours || e.event === 'attempt' ? this.keysOf(e, task) : undefined;
      // Seats count every client's tasks: a client's share is its part of the whole month.
      if (
        keys &&
        e.event === 'attempt' &&
        e.cost.billing === 'flat' &&
        e.actor.type === 'model' &&
        this.pricing.seats.has(e.actor.modelId)
      ) {
        const id = `${e.actor.modelId}\u0000${keys.month}`;
        if (!seatsSeen.has(id)) {
          seatsSeen.add(id);
          let use = this.seatUse.get(id);
          if (!use)
            this.seatUse.set(
              id,
              (use = {
                model: e.actor.modelId,
                month: keys.month,
                byClient: new Map(),
                byDim: new Map(REPORT_DIMENSIONS.map((d) => [d, new Map()])),
              }),
            );
          use.byClient.set(keys.client, (use.byClient.get(keys.client) ?? 0) + 1);
          if (ours)
            for (const d of REPORT_DIMENSIONS) {
              const m = use.byDim.get(d) as Map<string, number>;
              m.set(keys[d], (m.get(keys[d]) ?? 0) + 1);
            }
        }
      }
      if (!ours || !keys) continue;
      this.count++;
      any = true;
      const targets: ReportRow[] = [this.total];
      for (const d of REPORT_DIMENSIONS) {
        targets.push(this.row(d, keys[d]));
        let set = touched.get(d);
        if (!set) touched.set(d, (set = new Set()));
        set.add(keys[d]);
      }
      const counted =
        (e.event !== 'delivered' || e === lastDelivered) &&
        (e.event !== 'outcome' || e === lastOutcome) &&
        (e.event !== 'reverted' || e === lastReverted);
      if (counted)
        for (const r of targets)
          this.addEntry(r, e, firstSignoff !== undefined, lastReverted !== undefined);
      if (e === firstSignoff) for (const r of targets) r.signedOff++;
      if (e.event === 'asked') {
        asked = true;
        for (const d of REPORT_DIMENSIONS) {
          let set = askedIn.get(d);
          if (!set) askedIn.set(d, (set = new Set()));
          set.add(keys[d]);
        }
      } else if (e.event === 'gate') {
        let g = gated.get(e.data.attempt);
        if (!g) gated.set(e.data.attempt, (g = { rows: targets, sentBack: false }));
        if (!e.data.pass) g.sentBack = true;
      }
    }
    if (!any) return;
    this.total.tasks++;
    if (asked) this.total.askedTasks++;
    for (const [d, keys] of touched) for (const k of keys) this.row(d, k).tasks++;
    for (const [d, keys] of askedIn) for (const k of keys) this.row(d, k).askedTasks++;
    for (const g of gated.values())
      for (const r of g.rows) {
        r.gatedAttempts++;
        if (g.sentBack) r.sentBack++;
      }
  }

  private addEntry(r: ReportRow, e: ReportEntry, signedOff: boolean, reverted = false): void {
    switch (e.event) {
      case 'attempt': {
        // A skipped model (no key) made no call: nothing was sent, nothing spent.
        if (e.data.outcome === 'skipped') break;
        r.calls++;
        if (e.data.outcome !== 'ok') r.failedCalls++;
        const scripted = e.actor.type === 'model' && e.actor.scripted;
        if (scripted) r.scriptedCalls++;
        r.inputTokens += e.usage.inputTokens;
        r.outputTokens += e.usage.outputTokens;
        r.actualMicros += e.cost.actualMicros;
        r.shadowMicros += e.cost.shadowMicros;
        if (e.data.purpose === 'shadow') r.shadowRunMicros += e.cost.actualMicros;
        if (!scripted && this.pricing.premium)
          r.premiumMicros += tokenCost(e.usage, this.pricing.premium.price);
        break;
      }
      case 'delivered':
        r.delivered++;
        r.byHandMinutes += e.estimate.minutes;
        r.byHandMicros += timeCostMicros(
          e.estimate.minutes * 60,
          this.pricing.reviewHourlyRateMicros,
        );
        break;
      case 'outcome':
        // A merge nobody signed off is not a useful outcome, nor is work later reverted.
        if (e.data.outcome === 'accepted') {
          if (reverted) break;
          if (signedOff) r.accepted++;
          else r.acceptedUnsigned++;
        } else r.rejected++;
        break;
      case 'signoff': {
        const { seconds, source } = reviewEffort(
          e.data.reviewMinutes,
          e.work.kind,
          this.pricing.reviewMinutesByKind,
        );
        r.reviewSeconds += seconds;
        if (source === 'estimated') r.reviewEstimated++;
        else if (source === 'none') r.reviewUnmeasured++;
        r.reviewMicros += timeCostMicros(seconds, this.pricing.reviewHourlyRateMicros);
        break;
      }
      case 'asked':
        r.asked++;
        break;
      case 'declined':
        r.declined++;
        break;
      case 'failed':
        r.failed++;
        break;
      case 'reverted':
        r.reverted++;
        break;
      case 'shadow':
        r.shadowRuns++;
        if (e.data.outcome === 'passed') r.shadowPassed++;
        break;
      case 'planned':
      case 'gate':
        break;
    }
  }

  /** Close the last task, share out the seat fees, and return the report. */
  finish(): LedgerReport {
    this.flushTask();
    const seats: SeatMonth[] = [];
    for (const use of [...this.seatUse.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.model.localeCompare(b.model),
    )) {
      const fee = this.pricing.seats.get(use.model) ?? 0;
      const charged =
        this.client === undefined ? fee : (apportion(fee, use.byClient).get(this.client) ?? 0);
      const tasks = [...use.byClient.values()].reduce((s, n) => s + n, 0);
      seats.push({
        model: use.model,
        month: use.month,
        feeMicros: fee,
        chargedMicros: charged,
        tasks,
      });
      this.total.seatMicros += charged;
      for (const d of REPORT_DIMENSIONS)
        for (const [key, micros] of apportion(charged, use.byDim.get(d) as Map<string, number>))
          this.row(d, key).seatMicros += micros;
    }
    const close = (r: ReportRow): ReportRow => {
      r.spendMicros = r.actualMicros + r.seatMicros + r.reviewMicros;
      r.savingsMicros = this.pricing.premium
        ? r.premiumMicros - (r.actualMicros + r.seatMicros)
        : null;
      r.costPerAcceptedMicros = divideHalfUp(r.spendMicros, r.accepted) ?? null;
      return r;
    };
    close(this.total);
    const bySpend = (a: ReportRow, b: ReportRow): number =>
      b.spendMicros - a.spendMicros || a.key.localeCompare(b.key);
    const breakdowns = Object.fromEntries(
      REPORT_DIMENSIONS.map((d) => {
        const rows = [...(this.rows.get(d) as Map<string, ReportRow>).values()].map(close);
        return [d, rows.sort(d === 'month' ? (a, b) => a.key.localeCompare(b.key) : bySpend)];
      }),
    ) as Record<ReportDimension, ReportRow[]>;

    const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
    const drift = breakdowns.month.map((m) => ({
      month: m.key,
      accepted: m.accepted,
      decided: m.accepted + m.rejected,
      acceptanceRate: rate(m.accepted, m.accepted + m.rejected),
      gatedAttempts: m.gatedAttempts,
      sentBack: m.sentBack,
      sendBackRate: rate(m.sentBack, m.gatedAttempts),
      tasks: m.tasks,
      askedTasks: m.askedTasks,
      askRate: rate(m.askedTasks, m.tasks),
    }));
    const f = this.options.filter ?? {};
    const premium = this.pricing.premium;
    return {
      by: this.options.by,
      filter: {
        ...(f.since ? { since: f.since.toISOString() } : {}),
        ...(f.until ? { until: f.until.toISOString() } : {}),
        ...(f.client ? { client: f.client } : {}),
      },
      pricing: {
        reviewHourlyRateMicros: this.pricing.reviewHourlyRateMicros,
        premium: premium
          ? { modelId: premium.modelId, outputPerMTokMicros: premium.price.outputPerMTokMicros }
          : null,
        seats: [...this.pricing.seats].map(([model, monthlyFeeMicros]) => ({
          model,
          monthlyFeeMicros,
        })),
      },
      entries: this.count,
      total: this.total,
      rows: this.options.by ? breakdowns[this.options.by] : [],
      breakdowns,
      seats,
      drift,
      costPerAcceptedMicros: this.total.costPerAcceptedMicros ?? undefined,
    };
  }
}

/**
 * Aggregate a stream of entries (grouped by task, as the ledger stores them) into a report.
 * Memory holds one row per group and the current task's entries, never the ledger.
 */
export async function buildReport(
  entries: AsyncIterable<ReportEntry> | Iterable<ReportEntry>,
  options: ReportOptions = {},
): Promise<LedgerReport> {
  const builder = new ReportBuilder(options);
  for await (const e of entries) builder.add(e);
  return builder.finish();
}
