import { nextId } from './page-ids.js';
import { escapeHtml } from './report-text.js';

/**
 * Inline SVG charts for the HTML report and receipts: no script, no font, no external file, so
 * the page reads the same offline, printed or archived. Each chart is an `img` with a title
 * and a description naming every value (a screen reader hears the data, not "image"), and
 * never relies on colour alone (labels sit next to bars; lines have distinct markers and
 * dashes). Colours are dark enough for 4.5:1 contrast on white.
 */

/** Chart colours: each has at least 4.5:1 contrast against white. */
export const PALETTE = ['#1f5f99', '#a34700', '#2e6b30', '#6a2c91', '#9c1c1c', '#00616b'] as const;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const GRID = '#d0d0d0';

function frame(width: number, height: number, title: string, desc: string, body: string): string {
  const id = nextId('chart');
  return `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg>`;
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return `<text x="${x}" y="${y}" fill="${INK}" font-size="13"${extra}>${escapeHtml(content)}</text>`;
}

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as people read it, printed at the end of the bar. */
  readonly display: string;
}

/** Horizontal bars, largest first as given, each labelled with its name and value. */
export function barChart(options: {
  title: string;
  bars: readonly Bar[];
  width?: number;
  color?: string;
}): string {
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
  const desc = bars.length
    ? bars.map((b) => `${b.label}: ${b.display}`).join('; ')
    : 'No data in this window.';
  let body = '';
  bars.forEach((b, i) => {
    const y = top + i * (barHeight + gap);
    const w = max > 0 ? Math.max(b.value > 0 ? 1 : 0, (b.value / max) * span) : 0;
    body += text(labelWidth - 8, y + barHeight / 2 + 4, truncate(b.label, 26), {
      'text-anchor': 'end',
    });
    body += `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${options.color ?? PALETTE[0]}" data-value="${b.value}"><title>${escapeHtml(`${b.label}: ${b.display}`)}</title></rect>`;
    body += text(labelWidth + w + 6, y + barHeight / 2 + 4, b.display);
  });
  if (!bars.length) body += text(labelWidth, top + 16, 'No data in this window.', { fill: MUTED });
  return frame(width, height, options.title, desc, body);
}

export interface Series {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

function legend(series: readonly Series[], x: number, y: number, markers: boolean): string {
  let out = '';
  let cx = x;
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length] ?? INK;
    out += markers
      ? `<line x1="${cx}" y1="${y - 4}" x2="${cx + 22}" y2="${y - 4}" stroke="${color}" stroke-width="2.5"${i ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/>${marker(i, cx + 11, y - 4, color)}`
      : `<rect x="${cx}" y="${y - 12}" width="14" height="14" fill="${color}"/>`;
    const label = s.name;
    out += text(cx + (markers ? 28 : 20), y, label);
    cx += (markers ? 40 : 30) + label.length * 7.5;
  });
  return out;
}

const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
function marker(i: number, x: number, y: number, color: string): string {
  switch (i % 3) {
    case 0:
      return `<circle cx="${x}" cy="${y}" r="4" fill="${color}"/>`;
    case 1:
      return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${color}"/>`;
    default:
      return `<path d="M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z" fill="${color}"/>`;
  }
}

/** Columns per category, each stacked from its series (e.g. spend by month by component). */
export function stackedColumns(options: {
  title: string;
  categories: readonly string[];
  series: readonly Series[];
  format: (n: number) => string;
  width?: number;
}): string {
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
  body += text(left - 6, top + 4, options.format(max), { 'text-anchor': 'end', 'font-size': 11 });
  body += text(left - 6, top + plotH, options.format(0), { 'text-anchor': 'end', 'font-size': 11 });
  cats.forEach((c, i) => {
    const x = left + i * step + (step - colW) / 2;
    let y = top + plotH;
    options.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const h = max > 0 ? (v / max) * plotH : 0;
      y -= h;
      body += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${colW.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[j % PALETTE.length]}"><title>${escapeHtml(`${c} ${s.name}: ${options.format(v)}`)}</title></rect>`;
    });
    if (cats.length <= 14 || i % Math.ceil(cats.length / 14) === 0)
      body += text(x + colW / 2, top + plotH + 16, c, { 'text-anchor': 'middle', 'font-size': 11 });
  });
  const desc = cats.length
    ? cats
        .map(
          (c, i) =>
            `${c}: ${options.series.map((s) => `${s.name} ${options.format(s.values[i] ?? 0)}`).join(', ')}`,
        )
        .join('; ')
    : 'No data in this window.';
  return frame(width, height, options.title, desc, body);
}

/** Lines of rates (0–1) per category, with markers so a single point still shows. */
export function rateLines(options: {
  title: string;
  categories: readonly string[];
  series: readonly Series[];
  width?: number;
}): string {
  const width = options.width ?? 640;
  const height = 260;
  const left = 50;
  const bottom = 40;
  const top = 36;
  const plotH = height - top - bottom;
  const cats = options.categories;
  const step = cats.length > 1 ? (width - left - 60) / (cats.length - 1) : 0;
  const xAt = (i: number): number =>
    cats.length > 1 ? left + 10 + i * step : left + (width - left) / 2;
  const yAt = (v: number): number => top + plotH - v * plotH;
  let body = legend(options.series, left, 18, true);
  for (const g of [0, 0.5, 1]) {
    body += `<line x1="${left}" y1="${yAt(g)}" x2="${width - 10}" y2="${yAt(g)}" stroke="${GRID}"/>`;
    body += text(left - 6, yAt(g) + 4, `${g * 100}%`, { 'text-anchor': 'end', 'font-size': 11 });
  }
  options.series.forEach((s, j) => {
    const color = PALETTE[j % PALETTE.length] ?? INK;
    const points = s.values
      .map((v, i) => (v === null ? undefined : `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`))
      .filter((p): p is string => p !== undefined);
    if (points.length > 1)
      body += `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5"${j ? ` stroke-dasharray="${DASHES[j % DASHES.length]}"` : ''}/>`;
    s.values.forEach((v, i) => {
      if (v !== null) body += marker(j, xAt(i), yAt(v), color);
    });
  });
  cats.forEach((c, i) => {
    if (cats.length <= 14 || i % Math.ceil(cats.length / 14) === 0)
      body += text(xAt(i), top + plotH + 16, c, { 'text-anchor': 'middle', 'font-size': 11 });
  });
  const desc = cats.length
    ? cats
        .map(
          (c, i) =>
            `${c}: ${options.series
              .map(
                (s) =>
                  `${s.name} ${s.values[i] === null || s.values[i] === undefined ? 'none' : `${((s.values[i] ?? 0) * 100).toFixed(1)}%`}`,
              )
              .join(', ')}`,
        )
        .join('; ')
    : 'No data in this window.';
  return frame(width, height, options.title, desc, body);
}
