import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z3MINALH.js";

// src/core/persona-answer.ts
var PersonaAnswer = external_exports.object({
  decision: external_exports.enum(["done", "decline", "ask"]).describe("done: the work is finished; decline: outside your lane; ask: you need a human"),
  confidence: external_exports.number().min(0).max(1).describe("How sure you are the work is right, 0 to 1"),
  summary: external_exports.string().min(1).max(4e3).describe("What was done, one paragraph"),
  files: external_exports.array(
    external_exports.object({
      path: external_exports.string().min(1).max(300).describe("Repository-relative path"),
      content: external_exports.string().max(2e5).describe("The whole new content of the file")
    }).strict()
  ).max(50).describe("Files created or replaced; empty unless decision is done"),
  questions: external_exports.array(external_exports.string().min(1).max(1e3)).max(10).describe("Questions for a human when decision is ask"),
  declineReason: external_exports.string().max(2e3).nullable().describe("Why the work is outside your lane, when decision is decline")
}).strict();
function personaAnswerJsonSchema() {
  const schema = external_exports.toJSONSchema(PersonaAnswer, { target: "draft-2020-12" });
  delete schema.$schema;
  return schema;
}

export {
  PersonaAnswer,
  personaAnswerJsonSchema
};
