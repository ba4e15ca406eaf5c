import { signsOff } from '../ledger/signoff-state.js';
import { divideHalfUp } from './apportion.js';
import type { CellEntry } from './cell-entry.js';
import { ACCEPTANCE_LB_METHOD, cellId } from '../core/cell-key.js';
import { reviewEffort, reviewMinutesByKindOf, timeCostMicros } from './report-pricing.js';

/** What a cell is keyed by: the written rule, and who did which kind and size of work on what. */
export interface CellKey {
  readonly rule: string;
  readonly persona: string;
  readonly model: string;
  readonly kind: string;
  /** S, M or L; `-` for entries written before the size was recorded. */
  readonly size: string;
}

// The acceptance lower bound's method and the cell key live in core/cell-key.ts.
export { ACCEPTANCE_LB_METHOD, cellId } from '../core/cell-key.js';
const Z = 1.6448536269514722;

/**
 * Wilson score lower bound of `successes` in `trials` at one-sided 95% (Wilson 1927; the same
 * bound Agresti & Coull 1998 recommend over the normal approximation for small n). Null for
 * no trials.
 */
export function wilsonLowerBound(successes: number, trials: number): number | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * trials);
  const margin = Z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}

/**
 * One outcome cell: how the tasks a rule sent to a persona on a model went, for one kind and
 * size. Counts are tasks unless named otherwise; money is integer micro-dollars. The formulas
 * are in docs/routing-learning.md ("Outcome cells").
 */
export interface OutcomeCell extends CellKey {
  /** Tasks whose work landed in this cell (the task's last plan and the model that did the work). */
  readonly tasks: number;
  /** Work attempts (a send-back starts a new one), summed over the tasks. */
  readonly attempts: number;
  /** Attempts beyond each task's first: the rework the gates or a person caused. */
  readonly rework: number;
  /** Tasks whose first attempt went through the gates, and those whose first attempt passed them all. */
  readonly gated: number;
  readonly firstPass: number;
  readonly firstPassRate: number | null;
  /**
   * Tasks with a settled result: an outcome (accepted or rejected), a revert, or a failure at
   * the work, gate or delivery stage. Open tasks (delivered, not yet decided) are not counted.
   */
  readonly decided: number;
  /** Accepted outcomes that were signed off and not reverted: the useful outcomes. */
  readonly accepted: number;
  /** Merged without a sign-off: decided, never useful. */
  readonly acceptedUnsigned: number;
  readonly rejected: number;
  readonly reverted: number;
  readonly failed: number;
  /** accepted ÷ decided. */
  readonly acceptance: number | null;
  /** The Wilson lower bound of accepted in decided (ACCEPTANCE_LB_METHOD). */
  readonly acceptanceLB: number | null;
  /** What the tasks' model calls cost as recorded (every purpose: work, repair, review). */
  readonly callMicros: number;
  /** The same calls at the shadow (API) price, as recorded. */
  readonly shadowMicros: number;
  /** Review effort from sign-offs, in minutes, and its cost at the review rate. */
  readonly reviewMinutes: number;
  readonly reviewMicros: number;
  /** callMicros + reviewMicros (seat fees are fixed per month and left out: no route changes them). */
  readonly spendMicros: number;
  /** spend ÷ accepted, rounded half up; null until something is accepted. */
  readonly costPerAcceptedMicros: number | null;
}

/** The ledger's cells, and the tasks of each (what replay routes again). */
export interface CellTable {
  readonly lbMethod: typeof ACCEPTANCE_LB_METHOD;
  /** The entry events that fed the cells. */
  readonly events: readonly string[];
  readonly cells: readonly OutcomeCell[];
  /** Tasks seen, and those that landed in no cell (asked before any work was done). */
  readonly tasks: number;
  readonly unplaced: number;
  /** Tasks grouped by cell and risk, with their risk: replay's population. */
  readonly population: readonly PopulationGroup[];
}

/** Tasks of one cell at one risk level. */
export interface PopulationGroup extends CellKey {
  readonly risk: 'low' | 'medium' | 'high';
  readonly tasks: number;
}

/**
 * The entry events that feed the cells today. A new event that should feed them (the
 * cheaper model's `shadow` runs) is added here and given a fold in `CellBuilder.foldTask`.
 */
export const CELL_EVENTS = [
  'planned',
  'attempt',
  'gate',
  'delivered',
  'signoff',
  'outcome',
  'reverted',
  'failed',
] as const;

/** CELL_EVENTS as a set: any other entry of a task is skipped when the task folds. */
const FED: ReadonlySet<string> = new Set(CELL_EVENTS);

export interface CellOptions {
  /** Micro-dollars per hour of review (config `signoff.reviewHourlyRate`). */
  readonly reviewHourlyRateMicros?: number | undefined;
  /** Review minutes of a sign-off that did not record its own, by kind (config). */
  readonly reviewMinutesByKind?: ReadonlyMap<string, number> | undefined;
}

interface Sums {
  tasks: number;
  attempts: number;
  rework: number;
  gated: number;
  firstPass: number;
  decided: number;
  accepted: number;
  acceptedUnsigned: number;
  rejected: number;
  reverted: number;
  failed: number;
  callMicros: number;
  shadowMicros: number;
  reviewSeconds: number;
  reviewMicros: number;
}

const emptySums = (): Sums => ({
  tasks: 0,
  attempts: 0,
  rework: 0,
  gated: 0,
  firstPass: 0,
  decided: 0,
  accepted: 0,
  acceptedUnsigned: 0,
  rejected: 0,
  reverted: 0,
  failed: 0,
  callMicros: 0,
  shadowMicros: 0,
  reviewSeconds: 0,
  reviewMicros: 0,
});

/** Cell figures from its sums. */
function closeCell(key: CellKey, s: Sums): OutcomeCell {
  const spend = s.callMicros + s.reviewMicros;
  return {
    rule: key.rule,
    persona: key.persona,
    model: key.model,
    kind: key.kind,
    size: key.size,
    tasks: s.tasks,
    attempts: s.attempts,
    rework: s.rework,
    gated: s.gated,
    firstPass: s.firstPass,
    firstPassRate: s.gated === 0 ? null : s.firstPass / s.gated,
    decided: s.decided,
    accepted: s.accepted,
    acceptedUnsigned: s.acceptedUnsigned,
    rejected: s.rejected,
    reverted: s.reverted,
    failed: s.failed,
    acceptance: s.decided === 0 ? null : s.accepted / s.decided,
    acceptanceLB: wilsonLowerBound(s.accepted, s.decided),
    callMicros: s.callMicros,
    shadowMicros: s.shadowMicros,
    reviewMinutes: s.reviewSeconds / 60,
    reviewMicros: s.reviewMicros,
    spendMicros: spend,
    costPerAcceptedMicros: divideHalfUp(spend, s.accepted) ?? null,
  };
}

/**
 * Builds the outcome cells in one pass over entries grouped by task (as the ledger stores
 * them): it keeps the current task's entries only and folds them into their cell when the
 * next task starts, so memory holds one row per cell, never the ledger.
 *
 * A task's cell: the rule and persona of its last `planned` entry, the model whose answer was
 * the work (the last work call that answered `done`, else the last work call), its kind and
 * size. A task that never reached a model (asked at planning) is in no cell.
 */
export class CellBuilder {
  private readonly sums = new Map<string, { key: CellKey; sums: Sums }>();
  private readonly groups = new Map<string, PopulationGroup & { tasks: number }>();
  private current: CellEntry[] = [];
  private seen = 0;
  private unplaced = 0;

  constructor(private readonly options: CellOptions = {}) {}

  /** Add the next entry (entries of a task must come together). */
  add(entry: CellEntry): void {
    const head = this.current[0];
    if (head && head.task !== entry.task) this.flushTask();
    this.current.push(entry); // events not fed to the cells are skipped when the task folds
  }

  private flushTask(): void {
    const entries = this.current;
    this.current = [];
    if (entries.length === 0) return;
    this.seen++;
    const placed = this.foldTask(entries);
    if (!placed) this.unplaced++;
  }

  /** Fold one task's entries into its cell; false when the task has no cell. */
  private foldTask(entries: readonly CellEntry[]): boolean {
    let planned: Extract<CellEntry, { event: 'planned' }> | undefined;
    let doneModel: string | undefined;
    let lastModel: string | undefined;
    for (const e of entries) {
      if (!FED.has(e.event)) continue;
      if (e.event === 'planned') planned = e;
      else if (e.event === 'attempt' && e.actor.type === 'model' && isWork(e)) {
        if (e.data.outcome === 'skipped') continue;
        lastModel = e.actor.modelId;
        if (e.data.outcome === 'ok' && e.data.decision === 'done') doneModel = e.actor.modelId;
      }
    }
    const model = doneModel ?? lastModel;
    if (!planned || model === undefined) return false;
    const key: CellKey = {
      rule: planned.rule.id,
      persona: planned.data.persona,
      model,
      kind: planned.work.kind,
      size: planned.work.size ?? '-',
    };
    const id = cellId(key);
    let cell = this.sums.get(id);
    if (!cell) this.sums.set(id, (cell = { key, sums: emptySums() }));
    const s = cell.sums;
    s.tasks++;
    const groupId = `${id}\u0000${planned.work.risk}`;
    const group = this.groups.get(groupId);
    if (group) group.tasks++;
    else this.groups.set(groupId, { ...key, risk: planned.work.risk, tasks: 1 });

    const attempts = new Set<number>();
    const gateOf = new Map<number, boolean>();
    let outcome: 'accepted' | 'rejected' | undefined;
    let signedOff = false;
    let reverted = false;
    let failed = false;
    for (const e of entries) {
      if (!FED.has(e.event)) continue;
      switch (e.event) {
        case 'attempt':
          // A shadow run's call is another model's answer, never this route's work or cost
          // (pipeline/shadow-run.ts); the report counts it apart.
          if (e.data.outcome === 'skipped' || e.data.purpose === 'shadow') break;
          s.callMicros += e.cost.actualMicros;
          s.shadowMicros += e.cost.shadowMicros;
          if (isWork(e)) attempts.add(e.data.attempt);
          break;
        case 'gate':
          gateOf.set(e.data.attempt, (gateOf.get(e.data.attempt) ?? true) && e.data.pass);
          break;
        case 'signoff': {
          // Newer entries say whether the task is signed off (every approval it needs);
          // older ones: one counting approval was the sign-off.
          if (signsOff(e.data)) signedOff = true;
          const { seconds } = reviewEffort(
            e.data.reviewMinutes,
            e.work.kind,
            this.options.reviewMinutesByKind,
          );
          s.reviewSeconds += seconds;
          s.reviewMicros += timeCostMicros(seconds, this.options.reviewHourlyRateMicros ?? 0);
          break;
        }
        case 'outcome':
          outcome = e.data.outcome; // the last outcome counts, as in the report
          break;
        case 'reverted':
          reverted = true;
          break;
        case 'failed':
          // Planning and budget stops are not the model's doing.
          if (e.data.stage !== 'plan' && e.data.stage !== 'budget') failed = true;
          break;
        case 'delivered':
          failed = false; // a later run delivered: the earlier failure is not the result
          break;
        default:
          break;
      }
    }
    s.attempts += attempts.size;
    s.rework += Math.max(0, attempts.size - 1);
    const first = gateOf.get(1);
    if (first !== undefined) {
      s.gated++;
      if (first) s.firstPass++;
    }
    if (reverted) {
      s.decided++;
      s.reverted++;
    } else if (outcome === 'accepted') {
      s.decided++;
      if (signedOff) s.accepted++;
      else s.acceptedUnsigned++;
    } else if (outcome === 'rejected') {
      s.decided++;
      s.rejected++;
    } else if (failed) {
      s.decided++;
      s.failed++;
    }
    return true;
  }

  /** Close the last task and return the cells, most tasks first. */
  finish(): CellTable {
    this.flushTask();
    const cells = [...this.sums.values()]
      .map((c) => closeCell(c.key, c.sums))
      .sort((a, b) => b.tasks - a.tasks || cellId(a).localeCompare(cellId(b)));
    const population = [...this.groups.values()].sort(
      (a, b) => cellId(a).localeCompare(cellId(b)) || a.risk.localeCompare(b.risk),
    );
    return {
      lbMethod: ACCEPTANCE_LB_METHOD,
      events: [...CELL_EVENTS],
      cells,
      tasks: this.seen,
      unplaced: this.unplaced,
      population,
    };
  }
}

/** A call that was the work itself (not the reviewer or the classifier). */
function isWork(e: Extract<CellEntry, { event: 'attempt' }>): boolean {
  return e.data.purpose === 'work' || e.data.purpose === 'repair';
}

/** Build the cells from entries grouped by task. */
export async function buildCells(
  entries: AsyncIterable<CellEntry> | Iterable<CellEntry>,
  options: CellOptions = {},
): Promise<CellTable> {
  const builder = new CellBuilder(options);
  for await (const e of entries) builder.add(e);
  return builder.finish();
}

/** The review rate and per-kind review minutes of a config, as the cells price review. */
export function cellOptionsFromConfig(config: {
  readonly signoff: { readonly reviewHourlyRate: number };
  readonly kinds: Readonly<Record<string, { readonly reviewMinutes?: number | undefined }>>;
}): CellOptions {
  return {
    reviewHourlyRateMicros: config.signoff.reviewHourlyRate,
    reviewMinutesByKind: reviewMinutesByKindOf(config.kinds),
  };
}
