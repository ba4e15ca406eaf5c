import { escapeHtml } from './report-text.js';
import { nextId } from './page-ids.js';

/**
 * The stylesheet of AIOS's hand-over pages (report, receipt). System fonts only; text colours
 * meet WCAG AA (4.5:1) on their backgrounds; prints cleanly.
 */
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #ffffff; }
main, header, footer { max-width: 1240px; margin: 0 auto; padding: 0 20px; }
p, li, dd, td, th, code, figcaption { overflow-wrap: anywhere; }
header { padding-top: 28px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 36px 0 10px; border-bottom: 2px solid #1f5f99; padding-bottom: 4px; }
h3 { font-size: 17px; margin: 24px 0 8px; }
p, li { max-width: 72ch; }
.muted { color: #4d4d4d; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; margin: 16px 0; padding: 0; }
.figures div { border: 1px solid #c4c4c4; border-radius: 6px; padding: 12px 14px; background: #f7f9fc; }
.figures dt { font-size: 13px; color: #333333; font-weight: 600; }
.figures dd { margin: 2px 0 4px; font-size: 24px; font-weight: 700; color: #14406b; }
.figures .how { font-size: 13px; color: #3d3d3d; margin: 0; }
.note { border-left: 4px solid #a34700; background: #fff6ee; padding: 8px 12px; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: 0; font-size: 13px; }
.table-wrap { overflow-x: auto; margin: 8px 0 16px; }
.table-wrap:focus { outline: 2px solid #1f5f99; }
caption { text-align: left; font-weight: 600; padding: 4px 0; color: #1a1a1a; }
th, td { border-bottom: 1px solid #d6d6d6; padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f7; color: #1a1a1a; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; }
.chart { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.chart text { font-family: inherit; }
figure { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
figcaption { font-size: 13px; color: #3d3d3d; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; background: #f0f0f0; padding: 0 3px; }
footer { margin: 40px auto 30px; font-size: 13px; color: #4d4d4d; }
.bad { color: #9c1c1c; font-weight: 600; }
.good { color: #1f5c22; font-weight: 600; }
/* A phone (or any narrow window): each row becomes a card, each cell labelled with its column,
   so no column is ever cut off or hidden behind a sideways scroll. */
@media (max-width: 760px) {
  main, header, footer { padding: 0 12px; }
  h1 { font-size: 24px; }
  .figures { grid-template-columns: 1fr; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 6px; }
  table, thead, tbody, tr, th, td, caption { display: block; width: 100%; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  tbody tr { border: 1px solid #c4c4c4; border-radius: 6px; margin: 0 0 10px; padding: 4px 0; }
  tbody th[scope="row"] { background: #eef2f7; border-bottom: 1px solid #d6d6d6; }
  td, td.num { display: grid; grid-template-columns: minmax(7em, 40%) 1fr; gap: 8px; text-align: left; white-space: normal; border-bottom: 1px solid #ececec; }
  td::before { content: attr(data-label); font-weight: 600; color: #333333; }
  tr.total td { border-top: 0; }
}
@media print { h2 { break-after: avoid; } section { break-inside: avoid-page; } }
`;

/** A whole, self-contained HTML document: inline CSS, no script, nothing fetched. */
export function htmlPage(options: { title: string; body: string; description?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
${options.description ? `<meta name="description" content="${escapeHtml(options.description)}">\n` : ''}<title>${escapeHtml(options.title)}</title>
<style>${CSS}</style>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * A table with a caption (required: every table says what it holds). Each cell carries its
 * column's name (`data-label`), which a narrow screen shows beside the value when the rows
 * stack as cards; the explicit ARIA roles keep it a table for screen readers in that layout.
 */
export function htmlTable(options: {
  caption: string;
  header: readonly { text: string; numeric?: boolean }[];
  rows: readonly { cells: readonly string[]; total?: boolean }[];
}): string {
  const id = nextId('table');
  const th = options.header
    .map(
      (h) =>
        `<th scope="col" role="columnheader"${h.numeric ? ' class="num"' : ''}>${escapeHtml(h.text)}</th>`,
    )
    .join('');
  const rows = options.rows
    .map(
      (r) =>
        `<tr role="row"${r.total ? ' class="total"' : ''}>${r.cells
          .map((c, i) =>
            i === 0
              ? `<th scope="row" role="rowheader">${escapeHtml(c)}</th>`
              : `<td role="cell" data-label="${escapeHtml(options.header[i]?.text ?? '')}"${options.header[i]?.numeric ? ' class="num"' : ''}>${escapeHtml(c)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}"><table role="table" aria-labelledby="${id}"><caption id="${id}">${escapeHtml(options.caption)}</caption><thead role="rowgroup"><tr role="row">${th}</tr></thead><tbody role="rowgroup">\n${rows}\n</tbody></table></div>`;
}
