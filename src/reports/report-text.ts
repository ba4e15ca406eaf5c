import { formatMicros } from '../core/money.js';

/** Micro-dollars for people: `$0.0123`, `$1,225,938.84`, the one format of core/money. */
export function usd(micros: number): string {
  return formatMicros(micros);
}

/** Micro-dollars as an exact decimal number of dollars, for machines: `12.345678`. */
export function microsDecimal(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = BigInt(Math.abs(micros));
  return `${sign}${abs / 1_000_000n}.${String(abs % 1_000_000n).padStart(6, '0')}`;
}

/** A rate as a percentage with one decimal, or an en dash when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/** part ÷ whole as a rate, or null. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Minutes for people: `45 min`, `3 h 20 min`. */
export function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h.toLocaleString('en-US')} h ${rest} min` : `${h.toLocaleString('en-US')} h`;
}

/** An integer with thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escape text for a Markdown table cell or line: no pipes, no HTML, no line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`)
    .replace(/^#/, '\\#') // a heading only when it starts the line
    .trim();
}

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`: ledger text can come from
 * issue titles, which anyone may write. A plain number (`-19.980200`) stays a number.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
