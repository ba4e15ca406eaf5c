import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Severity
} from "./chunk-OZ4QZEIA.js";
import {
  Risk
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/gates/gate-settings.ts
var BlockAt = external_exports.object({ low: Severity.optional(), medium: Severity.optional(), high: Severity.optional() }).strict();
var GateSettings = external_exports.object({
  blockAt: BlockAt.optional().describe(
    "Lowest finding severity that sends work back, per task risk (default: error)"
  ),
  // accessibility
  browser: external_exports.enum(["auto", "required", "off"]).optional().describe(
    "auto: Chromium when present, else jsdom with layout rules reported as not checked; required: fail closed without a browser"
  ),
  requireBrowserAtRisk: external_exports.array(Risk).optional().describe("Task risks at which the accessibility gate fails closed without a browser"),
  browserPath: external_exports.string().optional().describe("Chromium or Chrome executable"),
  // editorial
  targetGrade: external_exports.number().positive().optional().describe("Readability target (US grade)"),
  language: external_exports.enum(["en-US", "en-GB"]).optional().describe("Spelling dictionary; absent: a word either en-US or en-GB spells right passes"),
  maxSentenceWords: external_exports.number().int().positive().optional(),
  brandTerms: external_exports.array(external_exports.string()).optional().describe("Terms spelt exactly so (e.g. WordPress); other casings are findings"),
  bannedWords: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Word or phrase \u2192 what to write instead"),
  words: external_exports.array(external_exports.string()).optional().describe("Extra words the spelling check accepts"),
  wordLists: external_exports.array(external_exports.string()).optional().describe("cspell-style word list files (one word a line, # comments), repository-relative"),
  valeStyles: external_exports.array(external_exports.string()).optional().describe("Folders of Vale YAML rules, repository-relative"),
  // code-readability
  limits: external_exports.object({
    complexity: external_exports.number().int().positive().optional(),
    cognitive: external_exports.number().int().positive().optional(),
    maxDepth: external_exports.number().int().positive().optional(),
    maxLinesPerFunction: external_exports.number().int().positive().optional(),
    maxParams: external_exports.number().int().positive().optional(),
    maxNestedCallbacks: external_exports.number().int().positive().optional()
  }).strict().optional(),
  checkCommand: external_exports.string().optional().describe("The repository's own check command, run in the checkout (e.g. npm test)"),
  checkTimeoutMs: external_exports.number().int().positive().optional(),
  // reviewer
  personas: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Reviewer persona per kind of work (`*` for any other kind)"),
  minConfidence: external_exports.number().min(0).max(1).optional().describe("Below this confidence the reviewer sends the work back")
}).strict();
var RANK = { info: 0, warning: 1, error: 2 };
function applyThreshold(findings, settings, risk) {
  const at = settings?.blockAt?.[risk ?? "medium"] ?? "error";
  return findings.map(
    (f) => RANK[f.severity] >= RANK[at] && f.severity !== "error" ? { ...f, severity: "error" } : f
  );
}

export {
  GateSettings,
  applyThreshold
};
