import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/personas/persona-schema.ts
var PersonaDecline = external_exports.object({
  say: external_exports.string().min(3).describe("What is outside the lane, in words"),
  kinds: external_exports.array(Slug).optional().describe("Kinds of work this decline covers"),
  handoff: Slug.optional().describe("Persona id that takes this work instead")
}).strict();
var PersonaFrontMatter = external_exports.object({
  name: Slug.describe("Persona id; must equal the file name"),
  description: external_exports.string().min(10).max(1024).describe("When to use this persona (Claude Code / Copilot field)"),
  model: external_exports.string().optional().describe("Claude Code subagent field; AIOS routes by rules instead"),
  tools: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("Claude Code tool names (Read, Write, Edit, Grep, Glob, Bash, WebFetch)"),
  role: external_exports.string().min(3).describe("The one real role this persona plays"),
  kinds: external_exports.array(Slug).min(1).describe("Kinds of work it accepts (ids from the config `kinds`)"),
  declines: external_exports.array(PersonaDecline).min(1).describe("What is outside its lane, and who takes it instead"),
  tier: Slug.optional().describe("Preferred tier when no rule names one (handoffs, overrides)"),
  gates: external_exports.array(Slug).default([]).describe("Gates its work always passes, in addition to the rule's"),
  writes: external_exports.array(external_exports.string().min(1)).describe("Globs of paths it may create or change"),
  estimate: external_exports.object({
    S: external_exports.number().int().positive().optional(),
    M: external_exports.number().int().positive().optional(),
    L: external_exports.number().int().positive().optional()
  }).strict().optional().describe("By-hand minutes by size, when this role differs from the kind default"),
  owner: external_exports.string().min(1).describe("Who answers for this persona"),
  version: external_exports.number().int().positive().describe("Bumped on each behavioural change"),
  evals: external_exports.string().min(1).optional().describe("Its eval file, e.g. personas/evals/<name>.yml"),
  standards: external_exports.array(Slug).default([]).describe("Ids of the standards/<id>.md documents it cites")
}).strict();

export {
  PersonaFrontMatter
};
