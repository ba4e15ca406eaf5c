import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LEDGER_SCHEMA,
  LedgerEvent
} from "./chunk-E677WRFC.js";

// src/reports/report-entry.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isSafeInteger(v) && v >= 0;
var isString = (v) => typeof v === "string";
var AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
var BILLING = /* @__PURE__ */ new Set(["api", "flat", "local", "scripted"]);
var CALL_OUTCOME = /* @__PURE__ */ new Set(["ok", "invalid-answer", "error", "skipped", "cancelled"]);
var DECISION = /* @__PURE__ */ new Set(["done", "decline", "ask"]);
var EVENTS = new Set(LedgerEvent.options);
var SHADOW_OUTCOME = /* @__PURE__ */ new Set(["passed", "sent-back", "no-answer", "failed"]);
function actorOk(a) {
  if (!isObject(a)) return false;
  if (a.type === "model")
    return isString(a.modelId) && isString(a.persona) && isString(a.tier) && typeof a.scripted === "boolean";
  return a.type === "human" || a.type === "system";
}
function usageOk(u) {
  return isObject(u) && isCount(u.inputTokens) && isCount(u.outputTokens) && isCount(u.cachedInputTokens) && isCount(u.durationMs);
}
function toReportEntry(value) {
  if (!isObject(value) || value.schema !== LEDGER_SCHEMA) return void 0;
  const { task, at, work, rule, data, event } = value;
  if (!isString(task) || !isString(at) || !AT.test(at) || !isString(event) || !EVENTS.has(event))
    return void 0;
  if (!actorOk(value.actor)) return void 0;
  if (!isObject(work) || !isString(work.kind) || !(work.client === void 0 || isString(work.client)))
    return void 0;
  if (!isObject(rule) || !isString(rule.id)) return void 0;
  switch (event) {
    case "planned":
      if (!isObject(data) || !isString(data.persona) || !isString(data.tier)) return void 0;
      break;
    case "attempt": {
      const cost = value.cost;
      if (!usageOk(value.usage) || !isObject(cost) || !BILLING.has(cost.billing) || !isCount(cost.actualMicros) || !isCount(cost.shadowMicros) || !isObject(data) || !CALL_OUTCOME.has(data.outcome) || !isString(data.purpose) || !(data.decision === void 0 || DECISION.has(data.decision)))
        return void 0;
      break;
    }
    case "gate":
      if (!isObject(data) || !Number.isSafeInteger(data.attempt) || data.attempt < 1 || typeof data.pass !== "boolean")
        return void 0;
      break;
    case "delivered": {
      const estimate = value.estimate;
      if (!isObject(estimate) || !Number.isSafeInteger(estimate.minutes) || estimate.minutes < 1)
        return void 0;
      break;
    }
    case "outcome":
      if (!isObject(data) || data.outcome !== "accepted" && data.outcome !== "rejected")
        return void 0;
      break;
    case "shadow":
      if (!isObject(data) || !SHADOW_OUTCOME.has(data.outcome)) return void 0;
      break;
    case "signoff":
      if (!isObject(data) || typeof data.counts !== "boolean" || typeof data.approved !== "boolean" || !(data.signedOff === void 0 || typeof data.signedOff === "boolean") || !(data.minutesToApproval === void 0 || typeof data.minutesToApproval === "number" && Number.isFinite(data.minutesToApproval) && data.minutesToApproval >= 0) || !(data.reviewMinutes === void 0 || typeof data.reviewMinutes === "number" && Number.isFinite(data.reviewMinutes) && data.reviewMinutes >= 0))
        return void 0;
      break;
  }
  return value;
}

export {
  toReportEntry
};
