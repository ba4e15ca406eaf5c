import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/gate-verdict.ts
var Severity = external_exports.enum(["error", "warning", "info"]);
var Finding = external_exports.object({
  rule: external_exports.string(),
  severity: Severity,
  message: external_exports.string(),
  path: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  /** Where in a page: the checker's CSS selector (accessibility). */
  selector: external_exports.string().optional(),
  /** The WCAG success criteria the rule maps to, e.g. `1.1.1`. */
  wcag: external_exports.array(external_exports.string()).optional()
});
var GateVerdict = external_exports.object({
  gate: external_exports.string(),
  pass: external_exports.boolean(),
  findings: external_exports.array(Finding),
  durationMs: external_exports.number().nonnegative(),
  /** Each checker the gate ran and its version, for the ledger. */
  checkers: external_exports.array(external_exports.object({ name: external_exports.string(), version: external_exports.string() })).optional(),
  /** Rules the gate could not check in this run, and why (e.g. no browser for contrast). */
  notChecked: external_exports.array(external_exports.object({ rule: external_exports.string(), reason: external_exports.string() })).optional()
});

export {
  Severity,
  Finding,
  GateVerdict
};
