import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/config/request-profile.ts
var REASONING_EFFORTS = ["none", "minimal", "low", "medium", "high", "xhigh"];
var DEFAULT_MAX_OUTPUT_TOKENS = 16384;
var DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS = 8192;
var Temperature = external_exports.number().min(0).max(2);
var MaxOutputTokens = external_exports.number().int().positive().max(1e6);
var OllamaRequestConfig = external_exports.object({
  temperature: Temperature.optional().describe("Sampling temperature (default 0)"),
  maxOutputTokens: MaxOutputTokens.optional().describe(
    "Output cap sent as num_predict; the budget guard prices this many output tokens"
  ),
  contextWindow: external_exports.number().int().min(512).optional().describe("num_ctx; default: the context budget plus prompt overhead plus the output cap")
}).strict();
var OpenAiRequestConfig = external_exports.object({
  temperature: Temperature.optional().describe(
    "Sampling temperature (default 0; reasoning models: not sent, only 1 is accepted)"
  ),
  maxOutputTokens: MaxOutputTokens.optional().describe(
    "Output cap sent as max_completion_tokens; the budget guard prices this many output tokens"
  ),
  reasoningEffort: external_exports.enum(REASONING_EFFORTS).optional().describe("reasoning_effort, for reasoning models (gpt-5, o-series) only"),
  outputCapField: external_exports.enum(["max_completion_tokens", "max_tokens"]).optional().describe(
    "The field the output cap is sent in: max_completion_tokens (default; OpenAI, GitHub Models), or max_tokens for an older compatible server that knows only that"
  )
}).strict();
function isReasoningModel(model) {
  const name = (model.split("/").pop() ?? model).toLowerCase();
  if (/^o\d/.test(name)) return true;
  return /^gpt-5/.test(name) && !/-chat/.test(name);
}
function requestProfile(model) {
  switch (model.provider) {
    case "ollama":
      return {
        temperature: model.request?.temperature ?? 0,
        maxOutputTokens: model.request?.maxOutputTokens ?? DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS,
        reasoningEffort: void 0,
        contextWindow: model.request?.contextWindow
      };
    case "openai": {
      const reasoning = isReasoningModel(model.model);
      return {
        temperature: model.request?.temperature ?? (reasoning ? void 0 : 0),
        maxOutputTokens: model.request?.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
        reasoningEffort: model.request?.reasoningEffort,
        contextWindow: void 0,
        outputCapField: model.request?.outputCapField ?? "max_completion_tokens"
      };
    }
    case "scripted":
      return {
        temperature: void 0,
        maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
        reasoningEffort: void 0,
        contextWindow: void 0
      };
  }
}
function requestProfileIssues(id, model) {
  if (model.provider !== "openai" || !model.request) return [];
  const issues = [];
  const reasoning = isReasoningModel(model.model);
  const t = model.request.temperature;
  if (reasoning && t !== void 0 && t !== 1) {
    issues.push({
      path: ["models", id, "request", "temperature"],
      message: `${model.model} is a reasoning model: the API accepts only the default temperature (1); remove request.temperature`
    });
  }
  if (reasoning && model.request.outputCapField === "max_tokens") {
    issues.push({
      path: ["models", id, "request", "outputCapField"],
      message: `${model.model} is a reasoning model: the API rejects max_tokens and wants max_completion_tokens; remove request.outputCapField`
    });
  }
  if (!reasoning && model.request.reasoningEffort !== void 0 && /^gpt-[34]/i.test(model.model.split("/").pop() ?? "")) {
    issues.push({
      path: ["models", id, "request", "reasoningEffort"],
      message: `${model.model} is not a reasoning model: the API rejects reasoning_effort; remove request.reasoningEffort`
    });
  }
  return issues;
}
function profileFieldOf(param) {
  if (!param) return void 0;
  if (param === "temperature" || param === "top_p") return "request.temperature";
  if (param === "max_tokens" || param === "max_completion_tokens") return "request.outputCapField";
  if (param === "num_predict") return "request.maxOutputTokens";
  if (param === "reasoning_effort") return "request.reasoningEffort";
  if (param === "num_ctx") return "request.contextWindow";
  return void 0;
}

export {
  OllamaRequestConfig,
  OpenAiRequestConfig,
  requestProfile,
  requestProfileIssues,
  profileFieldOf
};
