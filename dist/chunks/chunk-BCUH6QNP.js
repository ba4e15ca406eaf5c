import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MODEL_SPEC_VERSION
} from "./chunk-MLFXKAZX.js";
import {
  parseYamlWith
} from "./chunk-7REA5PZY.js";
import {
  InputError,
  ModelError
} from "./chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/models/scripted-provider.ts
import { readFile } from "node:fs/promises";
var ScriptedAnswer = external_exports.union([
  external_exports.object({ raw: external_exports.string() }).strict(),
  external_exports.object({
    decision: external_exports.enum(["done", "decline", "ask"]),
    confidence: external_exports.number().min(0).max(1),
    summary: external_exports.string(),
    files: external_exports.array(external_exports.object({ path: external_exports.string(), content: external_exports.string() }).strict()).default([]),
    questions: external_exports.array(external_exports.string()).default([]),
    declineReason: external_exports.string().nullable().default(null),
    suggestedPersona: external_exports.string().nullable().default(null)
  }).strict()
]);
var ScriptFile = external_exports.object({
  notice: external_exports.string().optional(),
  answers: external_exports.record(external_exports.string(), external_exports.array(ScriptedAnswer).min(1))
}).strict();
async function loadScript(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the script file ${file}.`, [], { cause });
  }
  return parseYamlWith(ScriptFile, text, file, { what: "script" });
}
function approxTokens(text) {
  return Math.ceil(text.length / 4);
}
function createScriptedProvider(options) {
  const { script } = options;
  const repairsUsed = /* @__PURE__ */ new Map();
  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: "scripted",
    modelId: options.modelId,
    model: "scripted",
    endpoint: "scripted",
    async chat(request) {
      const started = performance.now();
      if (request.signal?.aborted)
        throw new ModelError(
          "scripted: call cancelled",
          { errorClass: "cancelled" },
          { retryable: false }
        );
      const key = request.purpose === "repair" ? `${request.persona}#repair` : request.persona;
      const answers = script.answers[key];
      const index = request.purpose === "repair" ? repairsUsed.get(key) ?? 0 : request.attempt - 1;
      const answer = answers?.[index];
      if (!answer) {
        throw new ModelError(
          `The script has no answer for ${key}, ${request.purpose === "repair" ? `repair ${index + 1}` : `attempt ${request.attempt}`}.`,
          { errorClass: "not-found" },
          { hint: `Add an answer under answers.${key} in the script file.` }
        );
      }
      if (request.purpose === "repair") repairsUsed.set(key, index + 1);
      const text = "raw" in answer ? answer.raw : JSON.stringify(answer);
      try {
        request.onProgress?.(text.length);
      } catch {
      }
      const prompt = request.messages.map((m) => m.content).join("\n");
      return {
        text,
        usage: {
          inputTokens: approxTokens(prompt),
          outputTokens: approxTokens(text),
          cachedInputTokens: 0
        },
        durationMs: Math.round(performance.now() - started),
        model: "scripted"
      };
    }
  };
}

export {
  ScriptedAnswer,
  loadScript,
  createScriptedProvider
};
