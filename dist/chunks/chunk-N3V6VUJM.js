import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  formatMicros
} from "./chunk-C56QB4EX.js";

// src/reports/report-text.ts
function usd(micros) {
  return formatMicros(micros);
}
function microsDecimal(micros) {
  const sign = micros < 0 ? "-" : "";
  const abs = BigInt(Math.abs(micros));
  return `${sign}${abs / 1000000n}.${String(abs % 1000000n).padStart(6, "0")}`;
}
function percent(rate) {
  return rate === null || rate === void 0 ? "\u2013" : `${(rate * 100).toFixed(1)}%`;
}
function share(part, whole) {
  return whole === 0 ? null : part / whole;
}
function duration(minutes) {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h.toLocaleString("en-US")} h ${rest} min` : `${h.toLocaleString("en-US")} h`;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMarkdown(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).replace(/^#/, "\\#").trim();
}
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value !== "string") return String(value);
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csvLine(values) {
  return `${values.map(csvField).join(",")}\r
`;
}

export {
  usd,
  microsDecimal,
  percent,
  share,
  duration,
  count,
  escapeHtml,
  escapeMarkdown,
  csvLine
};
