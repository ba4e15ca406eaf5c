import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  csvLine,
  microsDecimal
} from "./chunk-N3V6VUJM.js";
import {
  signoffWords
} from "./chunk-LGNR2EHT.js";

// src/reports/export-ledger.ts
function passes(e, f) {
  if (!f.since && !f.until && !f.client) return true;
  const t = Date.parse(e.at);
  return (!f.since || t >= f.since.getTime()) && (!f.until || t < f.until.getTime()) && (!f.client || e.work.client === f.client);
}
function entriesOf(item) {
  return Array.isArray(item) ? item : [item];
}
async function exportJsonl(entries, sink, filter = {}) {
  let n = 0;
  for await (const item of entries) {
    let text = "";
    for (const e of entriesOf(item)) {
      if (!passes(e, filter)) continue;
      text += `${JSON.stringify(e)}
`;
      n++;
    }
    if (text) await sink(text);
  }
  return n;
}
var CSV_HEADER = [
  "id",
  "at",
  "task",
  "event",
  "actor_type",
  "actor",
  "provider",
  "model",
  "model_id",
  "persona",
  "tier",
  "scripted",
  "kind",
  "risk",
  "client",
  "size",
  "rule",
  "config_hash",
  "prev",
  "input_tokens",
  "output_tokens",
  "cached_input_tokens",
  "duration_ms",
  "billing",
  "actual_usd",
  "shadow_usd",
  "price_input_per_mtok_usd",
  "price_output_per_mtok_usd",
  "attempt",
  "call",
  "purpose",
  "result",
  "detail"
];
function result(e) {
  switch (e.event) {
    case "planned":
      return { result: e.data.persona, detail: e.data.title };
    case "asked":
      return { result: e.data.stage, detail: e.data.reason };
    case "attempt":
      return {
        attempt: e.data.attempt,
        call: e.data.call,
        purpose: e.data.purpose,
        result: e.data.outcome === "ok" ? e.data.decision ?? "ok" : e.data.outcome,
        detail: e.data.errorClass ?? ""
      };
    case "gate":
      return {
        attempt: e.data.attempt,
        result: e.data.pass ? "pass" : "sent back",
        detail: `${e.data.gate}: ${e.data.findings.length} finding(s)`
      };
    case "declined":
      return { result: "declined", detail: e.data.reason };
    case "delivered":
      return { attempt: e.data.attempts, result: "delivered", detail: e.data.pr.url };
    case "failed":
      return { result: e.data.stage, detail: e.data.reason };
    case "signoff":
      return {
        result: e.data.approved ? "approved" : "changes requested",
        detail: `${e.data.login}${e.data.counts ? "" : " (not an approver)"}${e.data.approvals ? `, ${signoffWords(e.data)}` : ""}${e.data.minutesToApproval === void 0 ? "" : `, ${e.data.minutesToApproval} min`}`
      };
    case "outcome":
      return { result: e.data.outcome, detail: e.data.by };
    case "reverted":
      return { result: "reverted", detail: `${e.data.by}: ${e.data.pr.url}` };
    case "shadow":
      return { purpose: "shadow", result: e.data.outcome, detail: e.data.modelId };
  }
}
async function exportCsv(entries, sink, filter = {}) {
  await sink(csvLine(CSV_HEADER));
  let n = 0;
  for await (const item of entries) {
    let text = "";
    for (const e of entriesOf(item)) {
      if (!passes(e, filter)) continue;
      const a = e.actor;
      const r = result(e);
      const call = e.event === "attempt" ? e : void 0;
      text += csvLine([
        e.id,
        e.at,
        e.task,
        e.event,
        a.type,
        a.type === "human" ? a.login : a.type === "system" ? a.component : a.persona,
        a.type === "model" ? a.provider : "",
        a.type === "model" ? a.model : "",
        a.type === "model" ? a.modelId : "",
        a.type === "model" ? a.persona : "",
        a.type === "model" ? a.tier : "",
        a.type === "model" ? a.scripted : "",
        e.work.kind,
        e.work.risk,
        e.work.client ?? "",
        e.work.size ?? "",
        e.rule.id,
        e.rule.configHash,
        e.prev ?? "",
        call?.usage.inputTokens,
        call?.usage.outputTokens,
        call?.usage.cachedInputTokens,
        call?.usage.durationMs,
        call?.cost.billing,
        call ? microsDecimal(call.cost.actualMicros) : "",
        call ? microsDecimal(call.cost.shadowMicros) : "",
        call ? microsDecimal(call.cost.price.inputPerMTokMicros) : "",
        call ? microsDecimal(call.cost.price.outputPerMTokMicros) : "",
        r.attempt,
        r.call,
        r.purpose,
        r.result,
        r.detail
      ]);
      n++;
    }
    if (text) await sink(text);
  }
  return n;
}

export {
  passes,
  exportJsonl,
  exportCsv
};
