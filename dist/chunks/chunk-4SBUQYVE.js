import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/ledger/report.ts
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
    calls: 0,
    failedCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    actualMicros: 0,
    shadowMicros: 0,
    scriptedCalls: 0,
    tasks: 0,
    delivered: 0,
    accepted: 0,
    rejected: 0,
    asked: 0,
    declined: 0,
    failed: 0,
    sentBack: 0,
    byHandMinutes: 0
  };
}
async function buildReport(entries, options = {}) {
  const total = emptyRow("total");
  const rows = /* @__PURE__ */ new Map();
  const tasks = /* @__PURE__ */ new Map();
  let count = 0;
  const f = options.filter ?? {};
  const keyOf = (e) => {
    const info = tasks.get(e.task);
    switch (options.by) {
      case "persona":
        return e.actor.type === "model" ? e.actor.persona : info?.persona ?? "unplanned";
      case "model":
        return e.actor.type === "model" ? e.actor.modelId : info?.model ?? "none";
      case "tier":
        return e.actor.type === "model" ? e.actor.tier : info?.tier ?? "none";
      case "kind":
        return e.work.kind;
      case "client":
        return e.work.client ?? "(no client)";
      case "month":
        return e.at.slice(0, 7);
      case "rule":
        return e.rule.id;
      default:
        return "total";
    }
  };
  for await (const e of entries) {
    const at = new Date(e.at);
    if (f.since && at < f.since || f.until && at >= f.until || f.client && e.work.client !== f.client)
      continue;
    count++;
    if (e.event === "planned")
      tasks.set(e.task, {
        persona: e.data.persona,
        model: e.data.models[0] ?? "none",
        tier: e.data.tier
      });
    if (e.event === "attempt" && e.actor.type === "model") {
      const info = tasks.get(e.task);
      if (info) info.model = e.actor.modelId;
    }
    const targets = options.by ? [total, rowFor(keyOf(e))] : [total];
    for (const r of targets) add(r, e);
  }
  function rowFor(key) {
    let r = rows.get(key);
    if (!r) rows.set(key, r = emptyRow(key));
    return r;
  }
  const spent = total.actualMicros;
  return {
    by: options.by,
    total,
    rows: [...rows.values()].sort(
      (a, b) => b.actualMicros - a.actualMicros || a.key.localeCompare(b.key)
    ),
    entries: count,
    costPerAcceptedMicros: total.accepted > 0 ? Math.round(spent / total.accepted) : void 0
  };
}
function add(r, e) {
  switch (e.event) {
    case "planned":
      r.tasks++;
      break;
    case "attempt":
      r.calls++;
      if (e.data.outcome !== "ok") r.failedCalls++;
      if (e.actor.type === "model" && e.actor.scripted) r.scriptedCalls++;
      r.inputTokens += e.usage.inputTokens;
      r.outputTokens += e.usage.outputTokens;
      r.actualMicros += e.cost.actualMicros;
      r.shadowMicros += e.cost.shadowMicros;
      break;
    case "gate":
      if (!e.data.pass) r.sentBack++;
      break;
    case "delivered":
      r.delivered++;
      r.byHandMinutes += e.estimate.minutes;
      break;
    case "outcome":
      if (e.data.outcome === "accepted") r.accepted++;
      else r.rejected++;
      break;
    case "asked":
      r.asked++;
      break;
    case "declined":
      r.declined++;
      break;
    case "failed":
      r.failed++;
      break;
    case "signoff":
      break;
  }
}

export {
  REPORT_DIMENSIONS,
  buildReport
};
