import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  BREAKDOWN_ORDER,
  DIMENSION_TITLES,
  GROUP_COLUMNS,
  headlineFigures,
  scopeLine,
  scriptedNote
} from "./chunk-7AYHYD5B.js";
import {
  count,
  escapeMarkdown,
  percent,
  usd
} from "./chunk-N3V6VUJM.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-markdown.ts
function table(header, rows, numericFrom = 1) {
  return [
    `| ${header.map(escapeMarkdown).join(" | ")} |`,
    `| ${header.map((_, i) => i >= numericFrom ? "---:" : "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(escapeMarkdown).join(" | ")} |`)
  ];
}
function renderReportMarkdown(report) {
  const out = ["# AIOS ledger report", "", escapeMarkdown(scopeLine(report)), ""];
  const note = scriptedNote(report);
  if (note) out.push(`> **Note:** ${escapeMarkdown(note)}`, "");
  out.push(
    ...table(
      ["figure", "value", "how"],
      headlineFigures(report).map((f) => [f.label, f.value, f.detail]),
      3
    ),
    ""
  );
  const dims = report.by ? [report.by, ...BREAKDOWN_ORDER.filter((d) => d !== report.by)] : [...BREAKDOWN_ORDER];
  for (const d of dims) {
    out.push(`## Spend by ${DIMENSION_TITLES[d]}`, "");
    out.push(
      ...table(
        [d, ...GROUP_COLUMNS.map((c) => c.title)],
        [...report.breakdowns[d], report.total].map((r) => [
          r.key,
          ...GROUP_COLUMNS.map((c) => c.cell(r, report.total))
        ])
      ),
      ""
    );
  }
  out.push("## Rates by month (drift)", "");
  out.push(
    ...table(
      ["month", "acceptance", "send-back", "ask"],
      report.drift.map((m) => [
        m.month,
        `${percent(m.acceptanceRate)} (${m.accepted}/${m.decided})`,
        `${percent(m.sendBackRate)} (${m.sentBack}/${m.gatedAttempts})`,
        `${percent(m.askRate)} (${m.askedTasks}/${m.tasks})`
      ])
    ),
    ""
  );
  if (report.seats.length > 0) {
    out.push("## Flat-rate seats", "");
    out.push(
      ...table(
        ["month", "seat", "fee", "charged here", "tasks that used it"],
        report.seats.map((s) => [
          s.month,
          s.model,
          usd(s.feeMicros),
          usd(s.chargedMicros),
          count(s.tasks)
        ]),
        2
      ),
      ""
    );
  }
  out.push(
    "## How these figures are made",
    "",
    "Cost per accepted outcome = (model calls + flat-rate seats + human review) \xF7 accepted outcomes, in integer micro-dollars, rounded half up. Every attempt counts: retries, repairs, fallbacks, reviews, and work that was declined, rejected or failed. See docs/ledger-reports.md in AIOS for each formula.",
    ""
  );
  return out.join("\n");
}
export {
  renderReportMarkdown
};
