import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ollamaWindow,
  resolveOllamaHost
} from "./chunk-FOMBCHCI.js";
import {
  DEFAULT_OPENAI_BASE_URL
} from "./chunk-PWH6YA7N.js";
import "./chunk-V2D44YCW.js";
import "./chunk-VPGG6BY4.js";
import {
  createProvider
} from "./chunk-AS63FHV3.js";
import "./chunk-BCUH6QNP.js";
import "./chunk-MLFXKAZX.js";
import {
  requestProfile
} from "./chunk-73EJ4CLT.js";
import "./chunk-MSKR657F.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-4IVWAEM2.js";
import {
  ModelError,
  describeError
} from "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/models/doctor.ts
var PING_SCHEMA = {
  type: "object",
  properties: { ok: { type: "boolean" } },
  required: ["ok"],
  additionalProperties: false
};
var PING_OUTPUT_TOKENS = 256;
async function runDoctor(options) {
  const ids = options.models ?? Object.keys(options.config.models);
  return Promise.all(ids.map((id) => checkModel(id, options)));
}
async function checkModel(modelId, options) {
  const model = options.config.models[modelId];
  if (!model) {
    return {
      modelId,
      provider: "scripted",
      model: "?",
      checks: [{ name: "key", status: "fail", detail: `no model named ${modelId} in the config` }],
      ok: false
    };
  }
  const checks = [];
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 1e4;
  const profile = requestProfile(model);
  if (model.provider === "scripted") {
    checks.push({ name: "key", status: "skip", detail: "scripted: answers from a script file" });
  } else if (model.provider === "openai") {
    const key = options.env[model.apiKeyEnv];
    checks.push(
      key ? { name: "key", status: "ok", detail: `${model.apiKeyEnv} is set` } : {
        name: "key",
        status: "fail",
        detail: `${model.apiKeyEnv} is not set: calls to ${modelId} are skipped and its tier falls back`
      }
    );
    const base = (model.baseUrl ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, "");
    checks.push(
      await probe(
        `${base}/models`,
        fetchFn,
        timeoutMs,
        key ? { authorization: `Bearer ${key}` } : {}
      )
    );
    checks.push({
      name: "limits",
      status: "ok",
      detail: `output cap ${profile.maxOutputTokens} tokens (max_completion_tokens)${profile.temperature === void 0 ? ", no temperature (reasoning model)" : `, temperature ${profile.temperature}`}${profile.reasoningEffort ? `, reasoning_effort ${profile.reasoningEffort}` : ""}`
    });
  } else {
    checks.push({ name: "key", status: "skip", detail: "Ollama needs no key" });
    const host = resolveOllamaHost(model.host, options.env).replace(/\/+$/, "");
    const endpoint = await probe(`${host}/api/version`, fetchFn, timeoutMs);
    checks.push(endpoint);
    checks.push(
      endpoint.status === "ok" ? await pulled(host, model.model, model.digest, fetchFn, timeoutMs) : { name: "pulled", status: "skip", detail: "the endpoint did not answer" }
    );
    const window = ollamaWindow(profile, options.config.context.maxTokens, 0);
    const trained = endpoint.status === "ok" ? await contextLength(host, model.model, fetchFn, timeoutMs) : void 0;
    const limits = `window ${window} tokens (num_ctx: context budget ${options.config.context.maxTokens} + prompt overhead + output cap), output cap ${profile.maxOutputTokens} tokens (num_predict)`;
    checks.push(
      trained !== void 0 && window > trained ? {
        name: "limits",
        status: "fail",
        detail: `${limits}: more than the model's context length of ${trained}; lower context.maxTokens or set models.${modelId}.request.contextWindow`
      } : {
        name: "limits",
        status: "ok",
        detail: trained === void 0 ? limits : `${limits}; the model takes ${trained}`
      }
    );
  }
  if (options.call === false) {
    checks.push({ name: "call", status: "skip", detail: "not asked for (--no-call)" });
  } else if (checks.some((c) => c.status === "fail")) {
    checks.push({ name: "call", status: "skip", detail: "an earlier check failed" });
  } else if (model.provider !== "scripted") {
    checks.push(await ping(modelId, model, options, timeoutMs));
  }
  return {
    modelId,
    provider: model.provider,
    model: model.model,
    checks,
    ok: !checks.some((c) => c.status === "fail")
  };
}
async function probe(url, fetchFn, timeoutMs, headers = {}) {
  try {
    const response = await fetchFn(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403)
      return {
        name: "endpoint",
        status: "fail",
        detail: `${url} answers ${response.status}: the key is refused`
      };
    return {
      name: "endpoint",
      status: "ok",
      detail: `${url} answers (${response.status})`
    };
  } catch (error) {
    return {
      name: "endpoint",
      status: "fail",
      detail: `${url} does not answer (${describeCause(error)})`
    };
  }
}
async function pulled(host, name, digest, fetchFn, timeoutMs) {
  try {
    const response = await fetchFn(`${host}/api/tags`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.json();
    const wanted = name.includes(":") ? name : `${name}:latest`;
    const found = (body.models ?? []).find((m) => m.name === wanted || m.name === name);
    if (!found)
      return {
        name: "pulled",
        status: "fail",
        detail: `${name} is not pulled on ${host}: run \`ollama pull ${name}\` there`
      };
    const have = (found.digest ?? "").replace(/^sha256:/, "");
    if (digest === void 0)
      return {
        name: "pulled",
        status: "warn",
        detail: `${name} is pulled (digest ${have}); set digest: ${have} in the config to pin it`
      };
    const want = digest.replace(/^sha256:/, "");
    return have === want ? {
      name: "pulled",
      status: "ok",
      detail: `${name} is pulled with digest ${have.slice(0, 12)}`
    } : {
      name: "pulled",
      status: "fail",
      detail: `${name} on ${host} has digest ${have.slice(0, 12)}, the config names ${want.slice(0, 12)}: pull the pinned model or update digest`
    };
  } catch (error) {
    return {
      name: "pulled",
      status: "fail",
      detail: `cannot list models (${describeCause(error)})`
    };
  }
}
async function contextLength(host, name, fetchFn, timeoutMs) {
  try {
    const response = await fetchFn(`${host}/api/show`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: name }),
      signal: AbortSignal.timeout(timeoutMs)
    });
    if (!response.ok) {
      await response.body?.cancel();
      return void 0;
    }
    const info = (await response.json()).model_info;
    const arch = info?.["general.architecture"];
    const length = typeof arch === "string" ? info?.[`${arch}.context_length`] : void 0;
    return typeof length === "number" ? length : void 0;
  } catch {
    return void 0;
  }
}
async function ping(modelId, model, options, timeoutMs) {
  let provider;
  try {
    const small = model.provider === "scripted" ? model : { ...model, request: { ...model.request, maxOutputTokens: PING_OUTPUT_TOKENS } };
    provider = await createProvider(modelId, small, { env: options.env });
  } catch (error) {
    return { name: "call", status: "fail", detail: describeError(error) };
  }
  try {
    const result = await provider.chat({
      messages: [{ role: "user", content: 'Reply with {"ok": true}.' }],
      schema: PING_SCHEMA,
      schemaName: "doctor_ping",
      timeouts: { connectMs: timeoutMs, firstTokenMs: timeoutMs * 6, totalMs: timeoutMs * 9 },
      persona: "doctor",
      attempt: 1,
      purpose: "work"
    });
    return {
      name: "call",
      status: "ok",
      detail: `a structured call went through (${result.model}, ${result.usage.inputTokens} in / ${result.usage.outputTokens} out${result.truncated ? ", stopped at the small test cap" : ""})`
    };
  } catch (error) {
    const what = error instanceof ModelError ? `${error.errorClass}: ${error.message}` : describeError(error);
    return { name: "call", status: "fail", detail: what };
  }
}
function describeCause(error) {
  const cause = error?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
function formatReport(report) {
  const mark = { ok: "\u2714", warn: "!", fail: "\u2718", skip: "\xB7" };
  return [
    `${report.ok ? "\u2714" : "\u2718"} ${report.modelId} (${report.provider} ${report.model})`,
    ...report.checks.map((c) => `    ${mark[c.status]} ${c.name}: ${c.detail}`)
  ];
}
export {
  formatReport,
  runDoctor
};
