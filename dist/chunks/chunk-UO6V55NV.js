import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/config/risk-policy.ts
var RiskLevelPolicy = external_exports.object({
  tiers: external_exports.array(Slug).min(1).optional().describe("Tiers work of this risk may run on; absent: every tier"),
  gates: external_exports.array(Slug).default([]).describe("Gates every piece of work of this risk passes"),
  approvers: external_exports.number().int().min(0).default(0).describe("Counting approvals the work needs before it may be merged"),
  cascade: external_exports.boolean().optional().describe(
    "May a cascade (fallback: escalate-on-gate-fail) try a cheaper tier first? Absent: yes for low and medium, no for high"
  )
}).strict();
var EMPTY_LEVEL = { gates: [], approvers: 0 };
var RiskPolicy = external_exports.object({
  paths: external_exports.object({
    medium: external_exports.array(external_exports.string().min(1)).default([]),
    high: external_exports.array(external_exports.string().min(1)).default([])
  }).strict().default({ medium: [], high: [] }).describe("Globs: a task naming a matching path is at least this risk"),
  levels: external_exports.object({
    low: RiskLevelPolicy.prefault({}),
    medium: RiskLevelPolicy.prefault({}),
    high: RiskLevelPolicy.prefault({})
  }).strict().prefault({})
}).strict().prefault({});
function cascadeAllowed(policy, risk) {
  return policy.levels[risk].cascade ?? risk !== "high";
}
var NO_RISK_POLICY = {
  paths: { medium: [], high: [] },
  levels: {
    low: { ...EMPTY_LEVEL, gates: [] },
    medium: { ...EMPTY_LEVEL, gates: [] },
    high: { ...EMPTY_LEVEL, gates: [] }
  }
};

export {
  RiskPolicy,
  cascadeAllowed
};
