import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  CellBuilder
} from "./chunk-GHSGVENA.js";
import {
  foldLedgerFromGit
} from "./chunk-KGKVMMZY.js";
import {
  LEDGER_SCHEMA
} from "./chunk-E677WRFC.js";

// src/reports/cell-entry.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
var isCount = (v) => Number.isSafeInteger(v) && v >= 0;
var isPositive = (v) => Number.isSafeInteger(v) && v >= 1;
var optionalMinutes = (v) => v === void 0 || typeof v === "number" && Number.isFinite(v) && v >= 0;
var RISKS = /* @__PURE__ */ new Set(["low", "medium", "high"]);
var SIZES = /* @__PURE__ */ new Set(["S", "M", "L"]);
var PURPOSES = /* @__PURE__ */ new Set(["work", "repair", "review", "classify", "shadow"]);
var CALL_OUTCOMES = /* @__PURE__ */ new Set(["ok", "invalid-answer", "error", "skipped", "cancelled"]);
var DECISIONS = /* @__PURE__ */ new Set(["done", "decline", "ask"]);
var STAGES = /* @__PURE__ */ new Set(["plan", "work", "gate", "deliver", "budget"]);
var OTHER = /* @__PURE__ */ new Set(["asked", "declined", "delivered", "reverted", "shadow"]);
function actorOk(a) {
  if (!isObject(a)) return false;
  if (a.type === "model")
    return isString(a.modelId) && isString(a.persona) && typeof a.scripted === "boolean";
  return a.type === "human" || a.type === "system";
}
function toCellEntry(value) {
  if (!isObject(value) || value.schema !== LEDGER_SCHEMA) return void 0;
  const { task, work, rule, data, event } = value;
  if (!isString(task) || !isString(event) || !actorOk(value.actor)) return void 0;
  if (!isObject(work) || !isString(work.kind) || !RISKS.has(work.risk) || !(work.size === void 0 || SIZES.has(work.size)))
    return void 0;
  if (!isObject(rule) || !isString(rule.id)) return void 0;
  switch (event) {
    case "planned":
      if (!isObject(data) || !isString(data.persona) || !Array.isArray(data.models) || !data.models.every(isString))
        return void 0;
      break;
    case "attempt": {
      const cost = value.cost;
      if (!isObject(cost) || !isCount(cost.actualMicros) || !isCount(cost.shadowMicros) || !isObject(data) || !isPositive(data.attempt) || !PURPOSES.has(data.purpose) || !CALL_OUTCOMES.has(data.outcome) || !(data.decision === void 0 || DECISIONS.has(data.decision)))
        return void 0;
      break;
    }
    case "gate":
      if (!isObject(data) || !isPositive(data.attempt) || typeof data.pass !== "boolean")
        return void 0;
      break;
    case "outcome":
      if (!isObject(data) || data.outcome !== "accepted" && data.outcome !== "rejected")
        return void 0;
      break;
    case "signoff":
      if (!isObject(data) || typeof data.counts !== "boolean" || typeof data.approved !== "boolean" || !optionalMinutes(data.reviewMinutes) || !(data.signedOff === void 0 || typeof data.signedOff === "boolean"))
        return void 0;
      break;
    case "failed":
      if (!isObject(data) || !STAGES.has(data.stage)) return void 0;
      break;
    default:
      if (!OTHER.has(event)) return void 0;
  }
  return value;
}

// src/reports/cells-from-git.ts
async function cellsFromGit(repoDir, ref, options = {}) {
  const builder = await foldLedgerFromGit(
    repoDir,
    ref,
    () => new CellBuilder(options),
    toCellEntry
  );
  return builder.finish();
}

export {
  cellsFromGit
};
