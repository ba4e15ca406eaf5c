import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  htmlPage,
  htmlTable,
  nextId,
  onePage
} from "./chunk-DB5ZQ7Y6.js";
import {
  BREAKDOWN_ORDER,
  DIMENSION_TITLES,
  GROUP_COLUMNS,
  compareWithPremium,
  headlineFigures,
  scopeLine,
  scriptedNote
} from "./chunk-7AYHYD5B.js";
import {
  count,
  duration,
  escapeHtml,
  percent,
  share,
  usd
} from "./chunk-N3V6VUJM.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-svg.ts
var PALETTE = ["#1f5f99", "#a34700", "#2e6b30", "#6a2c91", "#9c1c1c", "#00616b"];
var INK = "#1a1a1a";
var MUTED = "#4d4d4d";
var GRID = "#d0d0d0";
function frame(width, height, title, desc, body) {
  const id = nextId("chart");
  return `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg>`;
}
function text(x, y, content, attrs = {}) {
  const extra = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`).join("");
  return `<text x="${x}" y="${y}" fill="${INK}" font-size="13"${extra}>${escapeHtml(content)}</text>`;
}
function truncate(label, max) {
  return label.length > max ? `${label.slice(0, max - 1)}\u2026` : label;
}
function barChart(options) {
  const width = options.width ?? 640;
  const labelWidth = 190;
  const valueWidth = 150;
  const barHeight = 22;
  const gap = 8;
  const top = 8;
  const bars = options.bars;
  const height = top * 2 + Math.max(1, bars.length) * (barHeight + gap);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const span = width - labelWidth - valueWidth;
  const desc = bars.length ? bars.map((b) => `${b.label}: ${b.display}`).join("; ") : "No data in this window.";
  let body = "";
  bars.forEach((b, i) => {
    const y = top + i * (barHeight + gap);
    const w = max > 0 ? Math.max(b.value > 0 ? 1 : 0, b.value / max * span) : 0;
    body += text(labelWidth - 8, y + barHeight / 2 + 4, truncate(b.label, 26), {
      "text-anchor": "end"
    });
    body += `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${options.color ?? PALETTE[0]}" data-value="${b.value}"><title>${escapeHtml(`${b.label}: ${b.display}`)}</title></rect>`;
    body += text(labelWidth + w + 6, y + barHeight / 2 + 4, b.display);
  });
  if (!bars.length) body += text(labelWidth, top + 16, "No data in this window.", { fill: MUTED });
  return frame(width, height, options.title, desc, body);
}
function legend(series, x, y, markers) {
  let out = "";
  let cx = x;
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length] ?? INK;
    out += markers ? `<line x1="${cx}" y1="${y - 4}" x2="${cx + 22}" y2="${y - 4}" stroke="${color}" stroke-width="2.5"${i ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ""}/>${marker(i, cx + 11, y - 4, color)}` : `<rect x="${cx}" y="${y - 12}" width="14" height="14" fill="${color}"/>`;
    const label = s.name;
    out += text(cx + (markers ? 28 : 20), y, label);
    cx += (markers ? 40 : 30) + label.length * 7.5;
  });
  return out;
}
var DASHES = ["", "6 4", "2 3", "10 3 2 3"];
function marker(i, x, y, color) {
  switch (i % 3) {
    case 0:
      return `<circle cx="${x}" cy="${y}" r="4" fill="${color}"/>`;
    case 1:
      return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${color}"/>`;
    default:
      return `<path d="M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z" fill="${color}"/>`;
  }
}
function stackedColumns(options) {
  const width = options.width ?? 640;
  const height = 260;
  const left = 90;
  const bottom = 40;
  const top = 36;
  const cats = options.categories;
  const totals = cats.map((_, i) => options.series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const plotH = height - top - bottom;
  const step = cats.length ? (width - left - 10) / cats.length : 0;
  const colW = Math.min(48, step * 0.7);
  let body = legend(options.series, left, 18, false);
  body += `<line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" stroke="${GRID}"/>`;
  body += text(left - 6, top + 4, options.format(max), { "text-anchor": "end", "font-size": 11 });
  body += text(left - 6, top + plotH, options.format(0), { "text-anchor": "end", "font-size": 11 });
  cats.forEach((c, i) => {
    const x = left + i * step + (step - colW) / 2;
    let y = top + plotH;
    options.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const h = max > 0 ? v / max * plotH : 0;
      y -= h;
      body += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${colW.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[j % PALETTE.length]}"><title>${escapeHtml(`${c} ${s.name}: ${options.format(v)}`)}</title></rect>`;
    });
    if (cats.length <= 14 || i % Math.ceil(cats.length / 14) === 0)
      body += text(x + colW / 2, top + plotH + 16, c, { "text-anchor": "middle", "font-size": 11 });
  });
  const desc = cats.length ? cats.map(
    (c, i) => `${c}: ${options.series.map((s) => `${s.name} ${options.format(s.values[i] ?? 0)}`).join(", ")}`
  ).join("; ") : "No data in this window.";
  return frame(width, height, options.title, desc, body);
}
function rateLines(options) {
  const width = options.width ?? 640;
  const height = 260;
  const left = 50;
  const bottom = 40;
  const top = 36;
  const plotH = height - top - bottom;
  const cats = options.categories;
  const step = cats.length > 1 ? (width - left - 60) / (cats.length - 1) : 0;
  const xAt = (i) => cats.length > 1 ? left + 10 + i * step : left + (width - left) / 2;
  const yAt = (v) => top + plotH - v * plotH;
  let body = legend(options.series, left, 18, true);
  for (const g of [0, 0.5, 1]) {
    body += `<line x1="${left}" y1="${yAt(g)}" x2="${width - 10}" y2="${yAt(g)}" stroke="${GRID}"/>`;
    body += text(left - 6, yAt(g) + 4, `${g * 100}%`, { "text-anchor": "end", "font-size": 11 });
  }
  options.series.forEach((s, j) => {
    const color = PALETTE[j % PALETTE.length] ?? INK;
    const points = s.values.map((v, i) => v === null ? void 0 : `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`).filter((p) => p !== void 0);
    if (points.length > 1)
      body += `<polyline points="${points.join(" ")}" fill="none" stroke="${color}" stroke-width="2.5"${j ? ` stroke-dasharray="${DASHES[j % DASHES.length]}"` : ""}/>`;
    s.values.forEach((v, i) => {
      if (v !== null) body += marker(j, xAt(i), yAt(v), color);
    });
  });
  cats.forEach((c, i) => {
    if (cats.length <= 14 || i % Math.ceil(cats.length / 14) === 0)
      body += text(xAt(i), top + plotH + 16, c, { "text-anchor": "middle", "font-size": 11 });
  });
  const desc = cats.length ? cats.map(
    (c, i) => `${c}: ${options.series.map(
      (s) => `${s.name} ${s.values[i] === null || s.values[i] === void 0 ? "none" : `${((s.values[i] ?? 0) * 100).toFixed(1)}%`}`
    ).join(", ")}`
  ).join("; ") : "No data in this window.";
  return frame(width, height, options.title, desc, body);
}

// src/reports/report-html.ts
var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function section(id, title, body) {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>
${body}
</section>`;
}
function breakdown(report, d) {
  const rows = report.breakdowns[d];
  const name = DIMENSION_TITLES[d];
  const chart = d === "month" || report.total.spendMicros <= 0 || !rows.some((r) => r.spendMicros > 0) ? "" : `<figure>${barChart({
    title: `Spend by ${name}`,
    bars: rows.map((r) => ({
      label: r.key,
      value: r.spendMicros,
      display: `${usd(r.spendMicros)} (${percent(share(r.spendMicros, report.total.spendMicros))})`
    }))
  })}<figcaption>Everything spent (models, seats, review) by ${escapeHtml(name)}, with its share of the total.</figcaption></figure>`;
  const table = htmlTable({
    caption: `Spend and outcomes by ${name}`,
    header: [{ text: name }, ...GROUP_COLUMNS.map((c) => ({ text: c.title, numeric: c.numeric }))],
    rows: [
      ...rows.map((r) => ({
        cells: [r.key, ...GROUP_COLUMNS.map((c) => c.cell(r, report.total))]
      })),
      {
        cells: ["total", ...GROUP_COLUMNS.map((c) => c.cell(report.total, report.total))],
        total: true
      }
    ]
  });
  return `<h3 id="by-${d}">By ${escapeHtml(name)}</h3>
${chart}
${table}`;
}
function renderReportHtml(report, options = {}) {
  return onePage(() => reportHtml(report, options));
}
function reportHtml(report, options) {
  const t = report.total;
  const figures = headlineFigures(report).map(
    (f) => `<div><dt>${escapeHtml(f.label)}</dt><dd data-figure="${f.id}">${escapeHtml(f.value)}</dd><p class="how">${escapeHtml(f.detail)}</p></div>`
  ).join("\n");
  const note = scriptedNote(report);
  const months = report.breakdowns.month;
  const parts = [];
  parts.push(
    section(
      "headline",
      "Cost per useful outcome",
      `${note ? `<p class="note" role="note"><strong>Note:</strong> ${escapeHtml(note)}</p>` : ""}
<dl class="figures">${figures}</dl>
<p>Everything spent is counted: every model call (retries, repairs, fallbacks and reviews included), work that was declined, rejected or failed, human review time at ${escapeHtml(usd(report.pricing.reviewHourlyRateMicros))}/h, and flat-rate seats shared over the tasks that used them each month. It is divided by the outcomes a person accepted.</p>`
    )
  );
  parts.push(
    section(
      "money",
      "Where the money went",
      `${t.spendMicros <= 0 ? '<p data-figure="nothing-spent">Nothing was spent in this window, so there is no spend to chart.</p>' : `<figure>${stackedColumns({
        title: "Spend by month: model calls, flat-rate seats and human review",
        categories: months.map((m) => m.key),
        series: [
          { name: "model calls", values: months.map((m) => m.actualMicros) },
          { name: "seats", values: months.map((m) => m.seatMicros) },
          { name: "review", values: months.map((m) => m.reviewMicros) }
        ],
        format: usd
      })}<figcaption>Monthly spend, stacked by component.</figcaption></figure>`}
${htmlTable({
        caption: "Spend by month and component",
        header: [
          { text: "month" },
          { text: "model calls", numeric: true },
          { text: "seats", numeric: true },
          { text: "review", numeric: true },
          { text: "spend", numeric: true },
          { text: "signed off", numeric: true },
          { text: "accepted", numeric: true },
          { text: "per accepted", numeric: true }
        ],
        rows: [...months, t].map((m) => ({
          cells: [
            m.key,
            usd(m.actualMicros),
            usd(m.seatMicros),
            usd(m.reviewMicros),
            usd(m.spendMicros),
            count(m.signedOff),
            count(m.accepted),
            m.costPerAcceptedMicros === null ? "\u2013" : usd(m.costPerAcceptedMicros)
          ],
          total: m === t
        }))
      })}
${breakdown(report, "tier")}`
    )
  );
  const premium = report.pricing.premium;
  parts.push(
    section(
      "savings",
      premium ? `Savings against ${premium.modelId}` : "Savings against a premium model",
      premium ? `${t.premiumMicros > 0 || t.actualMicros + t.seatMicros > 0 ? `<figure>${barChart({
        title: `Actual spend on models and seats against the same calls at ${premium.modelId}`,
        bars: [
          {
            label: `all at ${premium.modelId}`,
            value: t.premiumMicros,
            display: usd(t.premiumMicros)
          },
          {
            label: "actual (models + seats)",
            value: t.actualMicros + t.seatMicros,
            display: usd(t.actualMicros + t.seatMicros)
          }
        ]
      })}<figcaption>The counterfactual prices every non-scripted call's tokens at ${escapeHtml(premium.modelId)}'s current price.</figcaption></figure>` : ""}
<p data-figure="savings-line">${escapeHtml(
        capitalise(
          compareWithPremium({
            spentMicros: t.actualMicros + t.seatMicros,
            premiumMicros: t.premiumMicros,
            premiumModel: premium.modelId,
            calls: t.calls - t.scriptedCalls
          })
        )
      )}.</p>` : "<p>No API-billed model is configured, so there is no premium price to compare with.</p>"
    )
  );
  parts.push(
    section(
      "by-hand",
      "By hand, against what it cost",
      `${t.byHandMinutes <= 0 && t.reviewSeconds <= 0 ? "" : `<figure>${barChart({
        title: "Time: by-hand estimate of the delivered work against human review time",
        bars: [
          {
            label: "by hand (estimate)",
            value: t.byHandMinutes,
            display: duration(t.byHandMinutes)
          },
          {
            label: "human review",
            value: t.reviewSeconds / 60,
            display: duration(t.reviewSeconds / 60)
          }
        ],
        color: "#2e6b30"
      })}<figcaption>By-hand minutes come from each delivered task's estimate; review time from its sign-offs.</figcaption></figure>`}
<p>The delivered work would have taken about <strong>${escapeHtml(duration(t.byHandMinutes))}</strong> by hand${report.pricing.reviewHourlyRateMicros ? ` (\u2248 ${escapeHtml(usd(t.byHandMicros))} at the review rate)` : ""}. It cost ${escapeHtml(usd(t.actualMicros + t.seatMicros))} in models and seats and ${escapeHtml(duration(t.reviewSeconds / 60))} of review (${escapeHtml(usd(t.reviewMicros))}).</p>`
    )
  );
  parts.push(
    section(
      "drift",
      "Drift: acceptance, send-back and ask rates",
      `<figure>${rateLines({
        title: "Acceptance, send-back and ask rates by month",
        categories: report.drift.map((d) => d.month),
        series: [
          { name: "accepted", values: report.drift.map((d) => d.acceptanceRate) },
          { name: "sent back", values: report.drift.map((d) => d.sendBackRate) },
          { name: "asked", values: report.drift.map((d) => d.askRate) }
        ]
      })}<figcaption>Acceptance: accepted \xF7 decided outcomes. Send-back: gated attempts the gates sent back. Ask: tasks that asked a person.</figcaption></figure>
${htmlTable({
        caption: "Rates by month, with what they divide",
        header: [
          { text: "month" },
          { text: "acceptance", numeric: true },
          { text: "send-back", numeric: true },
          { text: "ask", numeric: true }
        ],
        rows: report.drift.map((d) => ({
          cells: [
            d.month,
            `${percent(d.acceptanceRate)} (${d.accepted}/${d.decided})`,
            `${percent(d.sendBackRate)} (${d.sentBack}/${d.gatedAttempts})`,
            `${percent(d.askRate)} (${d.askedTasks}/${d.tasks})`
          ]
        }))
      })}`
    )
  );
  parts.push(
    section(
      "breakdowns",
      "Spend and share by persona, model, kind, client and rule",
      BREAKDOWN_ORDER.filter((d) => d !== "tier" && d !== "month").map((d) => breakdown(report, d)).join("\n")
    )
  );
  if (report.seats.length > 0)
    parts.push(
      section(
        "seats",
        "Flat-rate seats",
        htmlTable({
          caption: "Seat fees by month, and the part this report charges",
          header: [
            { text: "month" },
            { text: "seat" },
            { text: "fee", numeric: true },
            { text: "charged here", numeric: true },
            { text: "tasks that used it", numeric: true }
          ],
          rows: report.seats.map((s) => ({
            cells: [s.month, s.model, usd(s.feeMicros), usd(s.chargedMicros), count(s.tasks)]
          }))
        })
      )
    );
  parts.push(
    section(
      "method",
      "How these figures are made",
      `<ul>
<li><strong>Spend</strong> = model calls (each call's recorded cost: tokens \xD7 its stored price, or runner time for local models) + flat-rate seats + human review.</li>
<li><strong>Seats</strong>: a seat's monthly fee counts in each month it was used, shared over that month's tasks that used it, in whole micro-dollars (largest remainder).</li>
<li><strong>Review</strong> = each sign-off's minutes of review (the reviewer's own, else the kind's estimate; never the time the PR waited) \xD7 the review rate (${escapeHtml(usd(report.pricing.reviewHourlyRateMicros))}/h).</li>
<li><strong>Cost per accepted outcome</strong> = spend \xF7 accepted outcomes, rounded half up to a micro-dollar. An accepted outcome is work an allowed approver signed off and then merged; a merge with no sign-off, or one later reverted, is not counted.</li>
<li><strong>Savings</strong> = the same calls' tokens at ${escapeHtml(premium?.modelId ?? "the premium model")} \u2212 (model calls + seats). Scripted calls are left out.</li>
</ul>
<p class="muted">Money is kept in integer micro-dollars, so every group adds up to the total exactly.</p>`
    )
  );
  const when = (options.generatedAt ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 16).replace("T", " ");
  const body = `<header><h1>AIOS ledger report</h1><p class="muted">${escapeHtml(scopeLine(report))} Generated ${escapeHtml(when)} UTC from the git ledger.</p></header>
<main>
${parts.join("\n")}
</main>
<footer>Made by AIOS from its append-only ledger. Every figure can be recomputed from the entries with <code>aios ledger report --format json</code> and checked with <code>aios ledger verify</code>.</footer>`;
  return htmlPage({ title: "AIOS ledger report", body, description: scopeLine(report) });
}
export {
  renderReportHtml
};
