import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  csvLine,
  microsDecimal
} from "./chunk-N3V6VUJM.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-csv.ts
var HEADER = [
  "dimension",
  "group",
  "tasks",
  "calls",
  "failed_calls",
  "scripted_calls",
  "input_tokens",
  "output_tokens",
  "model_usd",
  "shadow_usd",
  "seat_usd",
  "review_seconds",
  "review_usd",
  "review_estimated_signoffs",
  "review_unmeasured_signoffs",
  "spend_usd",
  "premium_usd",
  "savings_usd",
  "delivered",
  "accepted",
  "rejected",
  "asked",
  "asked_tasks",
  "declined",
  "failed",
  "gated_attempts",
  "sent_back",
  "by_hand_minutes",
  "by_hand_usd",
  "cost_per_accepted_usd",
  "shadow_run_usd",
  "shadow_runs",
  "shadow_passed"
];
function line(dimension, r) {
  return csvLine([
    dimension,
    r.key,
    r.tasks,
    r.calls,
    r.failedCalls,
    r.scriptedCalls,
    r.inputTokens,
    r.outputTokens,
    microsDecimal(r.actualMicros),
    microsDecimal(r.shadowMicros),
    microsDecimal(r.seatMicros),
    r.reviewSeconds,
    microsDecimal(r.reviewMicros),
    r.reviewEstimated,
    r.reviewUnmeasured,
    microsDecimal(r.spendMicros),
    microsDecimal(r.premiumMicros),
    r.savingsMicros === null ? "" : microsDecimal(r.savingsMicros),
    r.delivered,
    r.accepted,
    r.rejected,
    r.asked,
    r.askedTasks,
    r.declined,
    r.failed,
    r.gatedAttempts,
    r.sentBack,
    r.byHandMinutes,
    microsDecimal(r.byHandMicros),
    r.costPerAcceptedMicros === null ? "" : microsDecimal(r.costPerAcceptedMicros),
    microsDecimal(r.shadowRunMicros),
    r.shadowRuns,
    r.shadowPassed
  ]);
}
function renderReportCsv(report) {
  let out = csvLine(HEADER);
  const dims = report.by ? [report.by] : Object.keys(report.breakdowns);
  for (const d of dims) for (const r of report.breakdowns[d]) out += line(d, r);
  out += line("total", report.total);
  return out;
}
export {
  renderReportCsv
};
