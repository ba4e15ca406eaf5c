import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  count,
  duration,
  percent,
  share,
  usd
} from "./chunk-N3V6VUJM.js";

// src/reports/savings-phrase.ts
function compareWithPremium(options) {
  const { spentMicros: spent, premiumMicros: premium, premiumModel: model } = options;
  const calls = `${count(options.calls)} call${options.calls === 1 ? "" : "s"}`;
  if (premium <= 0)
    return spent <= 0 ? `no model call was priced here: nothing was spent on models or seats, and there is nothing to compare with ${model}` : `AIOS spent ${usd(spent)} on models and seats; no call here could be priced at ${model} to compare`;
  const would = `the same ${calls} at ${model} would have cost ${usd(premium)}`;
  if (spent <= 0) return `${would}; AIOS spent nothing on models and seats`;
  return `${would}; AIOS spent ${usd(spent)} on models and seats, ${relation(spent, premium)}`;
}
function relation(spent, premium) {
  if (spent === premium) return "the same";
  const ratio = spent / premium;
  if (ratio < 1) {
    const less = Math.round((1 - ratio) * 100);
    return less >= 100 || ratio < 0.01 ? "less than 1% of that" : less < 1 ? "about the same" : `${less}% less`;
  }
  if (ratio < 2) {
    const more = Math.round((ratio - 1) * 100);
    return more < 1 ? "about the same" : `${more}% more`;
  }
  const times = ratio < 10 ? ratio.toFixed(1) : count(Math.round(ratio));
  return `${times} times as much`;
}
function savingsHeadline(savingsMicros, premiumModel) {
  const against = premiumModel ?? "a premium model";
  if (savingsMicros === null) return { label: `Saved against ${against}`, value: "n/a" };
  return savingsMicros < 0 ? { label: `Spent more than ${against} would have`, value: `${usd(-savingsMicros)} more` } : { label: `Saved against ${against}`, value: usd(savingsMicros) };
}

// src/reports/report-summary.ts
function headlineFigures(report) {
  const t = report.total;
  const rate = report.pricing.reviewHourlyRateMicros;
  const premium = report.pricing.premium;
  const figures = [
    {
      id: "cost-per-accepted",
      label: "Cost per accepted outcome",
      value: t.costPerAcceptedMicros === null ? "n/a" : usd(t.costPerAcceptedMicros),
      detail: t.accepted === 0 ? "Nothing was accepted in this window yet." : `${usd(t.spendMicros)} spent \xF7 ${count(t.accepted)} accepted outcome${t.accepted === 1 ? "" : "s"}`
    },
    {
      id: "spend",
      label: "Everything spent",
      value: usd(t.spendMicros),
      detail: `model calls ${usd(t.actualMicros)}${t.shadowRuns ? ` (of which ${usd(t.shadowRunMicros)} on ${count(t.shadowRuns)} shadow run${t.shadowRuns === 1 ? "" : "s"}, ${count(t.shadowPassed)} passing the gates, never delivered)` : ""} + flat-rate seats ${usd(t.seatMicros)} + human review ${usd(t.reviewMicros)}`
    },
    {
      id: "accepted",
      label: "Accepted outcomes",
      value: count(t.accepted),
      detail: `${count(t.delivered)} delivered, ${count(t.signedOff)} signed off, ${count(t.accepted)} accepted after a sign-off${t.acceptedUnsigned ? ` (${count(t.acceptedUnsigned)} merged without a sign-off: not counted)` : ""}, ${count(t.rejected)} rejected, ${count(t.declined)} declined, ${count(t.failed)} failed, ${count(t.asked)} question${t.asked === 1 ? "" : "s"} asked`
    },
    {
      id: "review",
      label: "Human review",
      value: duration(t.reviewSeconds / 60),
      detail: `${rate ? `${usd(t.reviewMicros)} at ${usd(rate)}/h` : "not priced: set signoff.reviewHourlyRate in the config"}${reviewSourceNote(t)}`
    },
    {
      id: "savings",
      ...savingsHeadline(t.savingsMicros, premium?.modelId),
      detail: premium ? compareWithPremium({
        spentMicros: t.actualMicros + t.seatMicros,
        premiumMicros: t.premiumMicros,
        premiumModel: premium.modelId,
        calls: t.calls - t.scriptedCalls
      }) : "no API-billed model in the config to compare with"
    },
    {
      id: "by-hand",
      label: "By hand, the delivered work",
      value: duration(t.byHandMinutes),
      detail: rate ? `\u2248 ${usd(t.byHandMicros)} at the review rate, against ${usd(t.actualMicros + t.seatMicros)} of models and seats and ${duration(t.reviewSeconds / 60)} of review` : `against ${usd(t.actualMicros + t.seatMicros)} of models and seats and ${duration(t.reviewSeconds / 60)} of review`
    }
  ];
  return figures;
}
function reviewSourceNote(t) {
  const parts = [];
  if (t.reviewEstimated > 0)
    parts.push(
      `${count(t.reviewEstimated)} sign-off${t.reviewEstimated === 1 ? "" : "s"} at the kind's estimated review minutes`
    );
  if (t.reviewUnmeasured > 0)
    parts.push(
      `${count(t.reviewUnmeasured)} sign-off${t.reviewUnmeasured === 1 ? "" : "s"} with no review minutes, counted as 0 (record them with \`aios signoff --minutes N\` or \`/aios signoff 20m\`, or set \`kinds.<kind>.reviewMinutes\` in the config)`
    );
  return parts.length ? `; ${parts.join("; ")}` : "";
}
var DIMENSION_TITLES = {
  tier: "tier",
  persona: "persona",
  model: "model",
  kind: "kind of work",
  client: "client",
  month: "month",
  rule: "rule"
};
var BREAKDOWN_ORDER = [
  "tier",
  "persona",
  "model",
  "kind",
  "client",
  "rule",
  "month"
];
var GROUP_COLUMNS = [
  { title: "tasks", numeric: true, cell: (r) => count(r.tasks) },
  {
    title: "calls",
    numeric: true,
    cell: (r) => `${count(r.calls)}${r.scriptedCalls ? ` (${count(r.scriptedCalls)} scripted)` : ""}`
  },
  { title: "spend", numeric: true, cell: (r) => usd(r.spendMicros) },
  { title: "share", numeric: true, cell: (r, t) => percent(share(r.spendMicros, t.spendMicros)) },
  { title: "models", numeric: true, cell: (r) => usd(r.actualMicros) },
  { title: "seats", numeric: true, cell: (r) => usd(r.seatMicros) },
  { title: "review", numeric: true, cell: (r) => usd(r.reviewMicros) },
  { title: "signed off", numeric: true, cell: (r) => count(r.signedOff) },
  {
    title: "accepted",
    numeric: true,
    // A merge nobody signed off is shown beside, not counted: it is not a useful outcome.
    cell: (r) => `${count(r.accepted)}${r.acceptedUnsigned ? ` (+${count(r.acceptedUnsigned)} unsigned)` : ""}`
  },
  {
    title: "per accepted",
    numeric: true,
    cell: (r) => r.costPerAcceptedMicros === null ? "\u2013" : usd(r.costPerAcceptedMicros)
  },
  {
    title: "saved",
    numeric: true,
    cell: (r) => r.savingsMicros === null ? "\u2013" : usd(r.savingsMicros)
  },
  { title: "sent back", numeric: true, cell: (r) => percent(share(r.sentBack, r.gatedAttempts)) },
  { title: "asked", numeric: true, cell: (r) => percent(share(r.askedTasks, r.tasks)) },
  { title: "by hand", numeric: true, cell: (r) => duration(r.byHandMinutes) }
];
function scopeLine(report) {
  const f = report.filter;
  const window = f.since || f.until ? ` from ${f.since ? f.since.slice(0, 10) : "the start"} to ${f.until ? `before ${f.until.slice(0, 10)}` : "now"}` : "";
  return `${count(report.entries)} entries over ${count(report.total.tasks)} task${report.total.tasks === 1 ? "" : "s"}${window}${f.client ? ` for client ${f.client}` : ""}.`;
}
function scriptedNote(report) {
  const n = report.total.scriptedCalls;
  return n > 0 ? `${count(n)} call(s) were answered by the scripted provider: not AI work, no model was used.` : void 0;
}

export {
  compareWithPremium,
  headlineFigures,
  DIMENSION_TITLES,
  BREAKDOWN_ORDER,
  GROUP_COLUMNS,
  scopeLine,
  scriptedNote
};
