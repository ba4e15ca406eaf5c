import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  tokenCost
} from "./chunk-U4ZCRPO5.js";
import {
  apportion,
  divideHalfUp
} from "./chunk-N5R6LZEM.js";
import {
  NO_PRICING,
  reviewEffort,
  timeCostMicros
} from "./chunk-4SOEMDSL.js";
import {
  signsOff
} from "./chunk-LGNR2EHT.js";

// src/reports/report.ts
var REPORT_DIMENSIONS = [
  "persona",
  "model",
  "tier",
  "kind",
  "client",
  "month",
  "rule"
];
function emptyRow(key) {
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
    costPerAcceptedMicros: null
  };
}
var UNROUTED = "(unrouted)";
var NO_CLIENT = "(no client)";
var NO_MODEL = "(no model)";
var ReportBuilder = class {
  constructor(options = {}) {
    this.options = options;
    this.pricing = options.pricing ?? NO_PRICING;
    this.since = options.filter?.since?.getTime() ?? -Infinity;
    this.until = options.filter?.until?.getTime() ?? Infinity;
    this.client = options.filter?.client;
  }
  options;
  total = emptyRow("total");
  rows = new Map(
    REPORT_DIMENSIONS.map((d) => [d, /* @__PURE__ */ new Map()])
  );
  seatUse = /* @__PURE__ */ new Map();
  pricing;
  since;
  until;
  client;
  current = [];
  count = 0;
  /** Add the next entry (entries of a task must come together). */
  add(entry) {
    const head = this.current[0];
    if (head && head.task !== entry.task) this.flushTask();
    this.current.push(entry);
  }
  inWindow(e) {
    if (this.since === -Infinity && this.until === Infinity) return true;
    const t = Date.parse(e.at);
    return t >= this.since && t < this.until;
  }
  row(dim, key) {
    const rows = this.rows.get(dim);
    let r = rows.get(key);
    if (!r) rows.set(key, r = emptyRow(key));
    return r;
  }
  keysOf(e, task) {
    return {
      persona: e.actor.type === "model" ? e.actor.persona : task.persona,
      model: e.actor.type === "model" ? e.actor.modelId : task.model,
      tier: e.actor.type === "model" ? e.actor.tier : task.tier,
      kind: e.work.kind,
      client: e.work.client ?? NO_CLIENT,
      month: e.at.slice(0, 7),
      rule: e.rule.id
    };
  }
  flushTask() {
    const entries = this.current;
    this.current = [];
    if (entries.length === 0) return;
    let planned;
    let lastModel;
    let doneModel;
    let firstCall;
    for (const e of entries) {
      if (e.event === "planned") planned ??= e;
      else if (e.event === "attempt" && e.actor.type === "model" && e.data.purpose !== "shadow") {
        firstCall ??= e;
        lastModel = e.actor.modelId;
        if (e.data.outcome === "ok" && e.data.decision === "done") doneModel = e.actor.modelId;
      }
    }
    let lastDelivered;
    let lastOutcome;
    let firstSignoff;
    let lastReverted;
    for (const e of entries) {
      if (e.event === "reverted") lastReverted = e;
      if (e.event === "delivered") lastDelivered = e;
      else if (e.event === "outcome") lastOutcome = e;
      else if (e.event === "signoff" && signsOff(e.data)) firstSignoff ??= e;
    }
    const firstActor = firstCall?.actor.type === "model" ? firstCall.actor : void 0;
    const task = {
      persona: planned?.data.persona ?? firstActor?.persona ?? UNROUTED,
      tier: planned?.data.tier ?? firstActor?.tier ?? UNROUTED,
      model: doneModel ?? lastModel ?? NO_MODEL
    };
    const touched = /* @__PURE__ */ new Map();
    const askedIn = /* @__PURE__ */ new Map();
    const gated = /* @__PURE__ */ new Map();
    const seatsSeen = /* @__PURE__ */ new Set();
    let any = false;
    let asked = false;
    for (const e of entries) {
      if (!this.inWindow(e)) continue;
      const ours = this.client === void 0 || e.work.client === this.client;
      const keys = ours || e.event === "attempt" ? this.keysOf(e, task) : void 0;
      if (keys && e.event === "attempt" && e.cost.billing === "flat" && e.actor.type === "model" && this.pricing.seats.has(e.actor.modelId)) {
        const id = `${e.actor.modelId}\0${keys.month}`;
        if (!seatsSeen.has(id)) {
          seatsSeen.add(id);
          let use = this.seatUse.get(id);
          if (!use)
            this.seatUse.set(
              id,
              use = {
                model: e.actor.modelId,
                month: keys.month,
                byClient: /* @__PURE__ */ new Map(),
                byDim: new Map(REPORT_DIMENSIONS.map((d) => [d, /* @__PURE__ */ new Map()]))
              }
            );
          use.byClient.set(keys.client, (use.byClient.get(keys.client) ?? 0) + 1);
          if (ours)
            for (const d of REPORT_DIMENSIONS) {
              const m = use.byDim.get(d);
              m.set(keys[d], (m.get(keys[d]) ?? 0) + 1);
            }
        }
      }
      if (!ours || !keys) continue;
      this.count++;
      any = true;
      const targets = [this.total];
      for (const d of REPORT_DIMENSIONS) {
        targets.push(this.row(d, keys[d]));
        let set = touched.get(d);
        if (!set) touched.set(d, set = /* @__PURE__ */ new Set());
        set.add(keys[d]);
      }
      const counted = (e.event !== "delivered" || e === lastDelivered) && (e.event !== "outcome" || e === lastOutcome) && (e.event !== "reverted" || e === lastReverted);
      if (counted)
        for (const r of targets)
          this.addEntry(r, e, firstSignoff !== void 0, lastReverted !== void 0);
      if (e === firstSignoff) for (const r of targets) r.signedOff++;
      if (e.event === "asked") {
        asked = true;
        for (const d of REPORT_DIMENSIONS) {
          let set = askedIn.get(d);
          if (!set) askedIn.set(d, set = /* @__PURE__ */ new Set());
          set.add(keys[d]);
        }
      } else if (e.event === "gate") {
        let g = gated.get(e.data.attempt);
        if (!g) gated.set(e.data.attempt, g = { rows: targets, sentBack: false });
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
  addEntry(r, e, signedOff, reverted = false) {
    switch (e.event) {
      case "attempt": {
        if (e.data.outcome === "skipped") break;
        r.calls++;
        if (e.data.outcome !== "ok") r.failedCalls++;
        const scripted = e.actor.type === "model" && e.actor.scripted;
        if (scripted) r.scriptedCalls++;
        r.inputTokens += e.usage.inputTokens;
        r.outputTokens += e.usage.outputTokens;
        r.actualMicros += e.cost.actualMicros;
        r.shadowMicros += e.cost.shadowMicros;
        if (e.data.purpose === "shadow") r.shadowRunMicros += e.cost.actualMicros;
        if (!scripted && this.pricing.premium)
          r.premiumMicros += tokenCost(e.usage, this.pricing.premium.price);
        break;
      }
      case "delivered":
        r.delivered++;
        r.byHandMinutes += e.estimate.minutes;
        r.byHandMicros += timeCostMicros(
          e.estimate.minutes * 60,
          this.pricing.reviewHourlyRateMicros
        );
        break;
      case "outcome":
        if (e.data.outcome === "accepted") {
          if (reverted) break;
          if (signedOff) r.accepted++;
          else r.acceptedUnsigned++;
        } else r.rejected++;
        break;
      case "signoff": {
        const { seconds, source } = reviewEffort(
          e.data.reviewMinutes,
          e.work.kind,
          this.pricing.reviewMinutesByKind
        );
        r.reviewSeconds += seconds;
        if (source === "estimated") r.reviewEstimated++;
        else if (source === "none") r.reviewUnmeasured++;
        r.reviewMicros += timeCostMicros(seconds, this.pricing.reviewHourlyRateMicros);
        break;
      }
      case "asked":
        r.asked++;
        break;
      case "declined":
        r.declined++;
        break;
      case "failed":
        r.failed++;
        break;
      case "reverted":
        r.reverted++;
        break;
      case "shadow":
        r.shadowRuns++;
        if (e.data.outcome === "passed") r.shadowPassed++;
        break;
      case "planned":
      case "gate":
        break;
    }
  }
  /** Close the last task, share out the seat fees, and return the report. */
  finish() {
    this.flushTask();
    const seats = [];
    for (const use of [...this.seatUse.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.model.localeCompare(b.model)
    )) {
      const fee = this.pricing.seats.get(use.model) ?? 0;
      const charged = this.client === void 0 ? fee : apportion(fee, use.byClient).get(this.client) ?? 0;
      const tasks = [...use.byClient.values()].reduce((s, n) => s + n, 0);
      seats.push({
        model: use.model,
        month: use.month,
        feeMicros: fee,
        chargedMicros: charged,
        tasks
      });
      this.total.seatMicros += charged;
      for (const d of REPORT_DIMENSIONS)
        for (const [key, micros] of apportion(charged, use.byDim.get(d)))
          this.row(d, key).seatMicros += micros;
    }
    const close = (r) => {
      r.spendMicros = r.actualMicros + r.seatMicros + r.reviewMicros;
      r.savingsMicros = this.pricing.premium ? r.premiumMicros - (r.actualMicros + r.seatMicros) : null;
      r.costPerAcceptedMicros = divideHalfUp(r.spendMicros, r.accepted) ?? null;
      return r;
    };
    close(this.total);
    const bySpend = (a, b) => b.spendMicros - a.spendMicros || a.key.localeCompare(b.key);
    const breakdowns = Object.fromEntries(
      REPORT_DIMENSIONS.map((d) => {
        const rows = [...this.rows.get(d).values()].map(close);
        return [d, rows.sort(d === "month" ? (a, b) => a.key.localeCompare(b.key) : bySpend)];
      })
    );
    const rate = (n, d) => d === 0 ? null : n / d;
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
      askRate: rate(m.askedTasks, m.tasks)
    }));
    const f = this.options.filter ?? {};
    const premium = this.pricing.premium;
    return {
      by: this.options.by,
      filter: {
        ...f.since ? { since: f.since.toISOString() } : {},
        ...f.until ? { until: f.until.toISOString() } : {},
        ...f.client ? { client: f.client } : {}
      },
      pricing: {
        reviewHourlyRateMicros: this.pricing.reviewHourlyRateMicros,
        premium: premium ? { modelId: premium.modelId, outputPerMTokMicros: premium.price.outputPerMTokMicros } : null,
        seats: [...this.pricing.seats].map(([model, monthlyFeeMicros]) => ({
          model,
          monthlyFeeMicros
        }))
      },
      entries: this.count,
      total: this.total,
      rows: this.options.by ? breakdowns[this.options.by] : [],
      breakdowns,
      seats,
      drift,
      costPerAcceptedMicros: this.total.costPerAcceptedMicros ?? void 0
    };
  }
};
async function buildReport(entries, options = {}) {
  const builder = new ReportBuilder(options);
  for await (const e of entries) builder.add(e);
  return builder.finish();
}

export {
  ReportBuilder,
  buildReport
};
