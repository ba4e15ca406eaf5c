import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ACCEPTANCE_LB_METHOD,
  cellId
} from "./chunk-WF7FCXME.js";
import {
  divideHalfUp
} from "./chunk-N5R6LZEM.js";
import {
  reviewEffort,
  reviewMinutesByKindOf,
  timeCostMicros
} from "./chunk-4SOEMDSL.js";
import {
  signsOff
} from "./chunk-LGNR2EHT.js";

// src/reports/cells.ts
var Z = 1.6448536269514722;
function wilsonLowerBound(successes, trials) {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * trials);
  const margin = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}
var CELL_EVENTS = [
  "planned",
  "attempt",
  "gate",
  "delivered",
  "signoff",
  "outcome",
  "reverted",
  "failed"
];
var FED = new Set(CELL_EVENTS);
var emptySums = () => ({
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
  reviewMicros: 0
});
function closeCell(key, s) {
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
    costPerAcceptedMicros: divideHalfUp(spend, s.accepted) ?? null
  };
}
var CellBuilder = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  sums = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  current = [];
  seen = 0;
  unplaced = 0;
  /** Add the next entry (entries of a task must come together). */
  add(entry) {
    const head = this.current[0];
    if (head && head.task !== entry.task) this.flushTask();
    this.current.push(entry);
  }
  flushTask() {
    const entries = this.current;
    this.current = [];
    if (entries.length === 0) return;
    this.seen++;
    const placed = this.foldTask(entries);
    if (!placed) this.unplaced++;
  }
  /** Fold one task's entries into its cell; false when the task has no cell. */
  foldTask(entries) {
    let planned;
    let doneModel;
    let lastModel;
    for (const e of entries) {
      if (!FED.has(e.event)) continue;
      if (e.event === "planned") planned = e;
      else if (e.event === "attempt" && e.actor.type === "model" && isWork(e)) {
        if (e.data.outcome === "skipped") continue;
        lastModel = e.actor.modelId;
        if (e.data.outcome === "ok" && e.data.decision === "done") doneModel = e.actor.modelId;
      }
    }
    const model = doneModel ?? lastModel;
    if (!planned || model === void 0) return false;
    const key = {
      rule: planned.rule.id,
      persona: planned.data.persona,
      model,
      kind: planned.work.kind,
      size: planned.work.size ?? "-"
    };
    const id = cellId(key);
    let cell = this.sums.get(id);
    if (!cell) this.sums.set(id, cell = { key, sums: emptySums() });
    const s = cell.sums;
    s.tasks++;
    const groupId = `${id}\0${planned.work.risk}`;
    const group = this.groups.get(groupId);
    if (group) group.tasks++;
    else this.groups.set(groupId, { ...key, risk: planned.work.risk, tasks: 1 });
    const attempts = /* @__PURE__ */ new Set();
    const gateOf = /* @__PURE__ */ new Map();
    let outcome;
    let signedOff = false;
    let reverted = false;
    let failed = false;
    for (const e of entries) {
      if (!FED.has(e.event)) continue;
      switch (e.event) {
        case "attempt":
          if (e.data.outcome === "skipped" || e.data.purpose === "shadow") break;
          s.callMicros += e.cost.actualMicros;
          s.shadowMicros += e.cost.shadowMicros;
          if (isWork(e)) attempts.add(e.data.attempt);
          break;
        case "gate":
          gateOf.set(e.data.attempt, (gateOf.get(e.data.attempt) ?? true) && e.data.pass);
          break;
        case "signoff": {
          if (signsOff(e.data)) signedOff = true;
          const { seconds } = reviewEffort(
            e.data.reviewMinutes,
            e.work.kind,
            this.options.reviewMinutesByKind
          );
          s.reviewSeconds += seconds;
          s.reviewMicros += timeCostMicros(seconds, this.options.reviewHourlyRateMicros ?? 0);
          break;
        }
        case "outcome":
          outcome = e.data.outcome;
          break;
        case "reverted":
          reverted = true;
          break;
        case "failed":
          if (e.data.stage !== "plan" && e.data.stage !== "budget") failed = true;
          break;
        case "delivered":
          failed = false;
          break;
        default:
          break;
      }
    }
    s.attempts += attempts.size;
    s.rework += Math.max(0, attempts.size - 1);
    const first = gateOf.get(1);
    if (first !== void 0) {
      s.gated++;
      if (first) s.firstPass++;
    }
    if (reverted) {
      s.decided++;
      s.reverted++;
    } else if (outcome === "accepted") {
      s.decided++;
      if (signedOff) s.accepted++;
      else s.acceptedUnsigned++;
    } else if (outcome === "rejected") {
      s.decided++;
      s.rejected++;
    } else if (failed) {
      s.decided++;
      s.failed++;
    }
    return true;
  }
  /** Close the last task and return the cells, most tasks first. */
  finish() {
    this.flushTask();
    const cells = [...this.sums.values()].map((c) => closeCell(c.key, c.sums)).sort((a, b) => b.tasks - a.tasks || cellId(a).localeCompare(cellId(b)));
    const population = [...this.groups.values()].sort(
      (a, b) => cellId(a).localeCompare(cellId(b)) || a.risk.localeCompare(b.risk)
    );
    return {
      lbMethod: ACCEPTANCE_LB_METHOD,
      events: [...CELL_EVENTS],
      cells,
      tasks: this.seen,
      unplaced: this.unplaced,
      population
    };
  }
};
function isWork(e) {
  return e.data.purpose === "work" || e.data.purpose === "repair";
}
async function buildCells(entries, options = {}) {
  const builder = new CellBuilder(options);
  for await (const e of entries) builder.add(e);
  return builder.finish();
}
function cellOptionsFromConfig(config) {
  return {
    reviewHourlyRateMicros: config.signoff.reviewHourlyRate,
    reviewMinutesByKind: reviewMinutesByKindOf(config.kinds)
  };
}

export {
  wilsonLowerBound,
  CELL_EVENTS,
  CellBuilder,
  buildCells,
  cellOptionsFromConfig
};
