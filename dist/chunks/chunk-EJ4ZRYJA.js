import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Slug
} from "./chunk-PCXO6PLR.js";
import {
  external_exports
} from "./chunk-Z3MINALH.js";

// src/personas/persona-schema.ts
var PersonaFrontMatter = external_exports.object({
  name: Slug.describe("Persona id; must equal the file name"),
  description: external_exports.string().min(10).describe("When to use this persona (Claude Code subagent field)"),
  model: external_exports.string().optional().describe("Claude Code subagent field; AIOS routes by rules instead"),
  tools: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("Claude Code subagent field"),
  role: external_exports.string().min(3).describe("The one real role this persona plays"),
  kinds: external_exports.array(Slug).min(1).describe("Kinds of work it accepts"),
  declines: external_exports.array(external_exports.string().min(3)).min(1).describe("What is outside its lane, in words"),
  tier: Slug.optional().describe("Preferred tier when a rule does not say"),
  gates: external_exports.array(Slug).default([]).describe("Gates its work always passes"),
  writes: external_exports.array(external_exports.string().min(1)).describe("Globs of paths it may create or change"),
  estimate: external_exports.object({
    S: external_exports.number().int().positive().optional(),
    M: external_exports.number().int().positive().optional(),
    L: external_exports.number().int().positive().optional()
  }).strict().optional().describe("By-hand minutes by size, when this role differs from the kind default")
}).strict();

export {
  PersonaFrontMatter
};
