import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  passes
} from "./chunk-OX3HO6UU.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import "./chunk-N3V6VUJM.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/reports/export-otel.ts
var KIND_INTERNAL = 1;
var KIND_CLIENT = 3;
var STATUS_ERROR = 2;
function attrs(values) {
  const out = [];
  for (const [key, v] of Object.entries(values)) {
    if (v === void 0) continue;
    if (typeof v === "string") out.push({ key, value: { stringValue: v } });
    else if (typeof v === "boolean") out.push({ key, value: { boolValue: v } });
    else if (Number.isSafeInteger(v)) out.push({ key, value: { intValue: String(v) } });
    else out.push({ key, value: { doubleValue: v } });
  }
  return out;
}
function nanos(ms) {
  return (BigInt(Math.round(ms * 1e3)) * 1000n).toString();
}
function providerName(provider) {
  return provider === "scripted" ? "aios.scripted" : provider;
}
function eventOf(e) {
  const base = { "aios.entry.id": e.id };
  switch (e.event) {
    case "planned":
      return {
        name: "aios.planned",
        attributes: attrs({
          ...base,
          "aios.persona": e.data.persona,
          "aios.tier": e.data.tier,
          "aios.models": e.data.models.join(","),
          "aios.gates": e.data.gates.join(","),
          "aios.max_attempts": e.data.maxAttempts,
          "aios.by_hand.minutes": e.data.estimate.minutes
        })
      };
    case "asked":
      return {
        name: "aios.asked",
        attributes: attrs({ ...base, "aios.stage": e.data.stage, "aios.reason": e.data.reason })
      };
    case "declined":
      return {
        name: "aios.declined",
        attributes: attrs({ ...base, "aios.reason": e.data.reason })
      };
    case "delivered":
      return {
        name: "aios.delivered",
        attributes: attrs({
          ...base,
          "aios.branch": e.data.branch,
          "vcs.ref.head.revision": e.data.commit,
          "aios.pr.url": e.data.pr.url,
          "aios.attempts": e.data.attempts,
          "aios.by_hand.minutes": e.estimate.minutes
        })
      };
    case "failed":
      return {
        name: "aios.failed",
        attributes: attrs({
          ...base,
          "aios.stage": e.data.stage,
          "aios.reason": e.data.reason,
          "error.type": e.data.errorClass
        })
      };
    case "signoff":
      return {
        name: "aios.signoff",
        attributes: attrs({
          ...base,
          "aios.reviewer": e.data.login,
          "aios.approved": e.data.approved,
          "aios.counts": e.data.counts,
          "aios.minutes_to_approval": e.data.minutesToApproval
        })
      };
    case "outcome":
      return {
        name: "aios.outcome",
        attributes: attrs({ ...base, "aios.outcome": e.data.outcome, "aios.by": e.data.by })
      };
    case "attempt":
    case "gate":
      return void 0;
  }
}
function taskSpans(entries) {
  const first = entries[0];
  if (!first) return [];
  const task = first.task;
  const traceId = sha256(`aios.trace ${task}`).slice(0, 32);
  const rootId = sha256(`aios.root ${task}`).slice(0, 16);
  const planned = entries.find((e) => e.event === "planned");
  const calls = entries.filter((e) => e.event === "attempt");
  const firstCall = calls[0];
  const spans = [];
  let start = Infinity;
  let end = -Infinity;
  let actual = 0;
  let shadow = 0;
  const events = [];
  let failed;
  let status = "in progress";
  for (const e of entries) {
    const at = Date.parse(e.at);
    end = Math.max(end, at);
    if (e.event === "attempt" && e.actor.type === "model") {
      const began = at - e.usage.durationMs;
      start = Math.min(start, began);
      actual += e.cost.actualMicros;
      shadow += e.cost.shadowMicros;
      const ok = e.data.outcome === "ok";
      spans.push({
        traceId,
        spanId: sha256(`aios.entry ${e.id}`).slice(0, 16),
        parentSpanId: rootId,
        name: `chat ${e.actor.model}`,
        kind: KIND_CLIENT,
        startTimeUnixNano: nanos(began),
        endTimeUnixNano: nanos(at),
        attributes: attrs({
          "gen_ai.operation.name": "chat",
          "gen_ai.provider.name": providerName(e.actor.provider),
          "gen_ai.request.model": e.actor.model,
          "gen_ai.output.type": "json",
          "gen_ai.usage.input_tokens": e.usage.inputTokens,
          "gen_ai.usage.output_tokens": e.usage.outputTokens,
          "gen_ai.usage.cache_read.input_tokens": e.usage.cachedInputTokens || void 0,
          "gen_ai.agent.name": e.actor.persona,
          "gen_ai.conversation.id": task,
          "error.type": ok ? void 0 : e.data.errorClass ?? e.data.outcome,
          "aios.entry.id": e.id,
          "aios.model.id": e.actor.modelId,
          "aios.tier": e.actor.tier,
          "aios.scripted": e.actor.scripted,
          "aios.attempt": e.data.attempt,
          "aios.call": e.data.call,
          "aios.purpose": e.data.purpose,
          "aios.decision": e.data.decision,
          "aios.confidence": e.data.confidence,
          "aios.billing": e.cost.billing,
          "aios.cost.actual_micros": e.cost.actualMicros,
          "aios.cost.shadow_micros": e.cost.shadowMicros
        }),
        ...ok ? {} : { status: { code: STATUS_ERROR, message: e.data.error ?? e.data.outcome } }
      });
    } else if (e.event === "gate") {
      const began = at - e.data.durationMs;
      start = Math.min(start, began);
      spans.push({
        traceId,
        spanId: sha256(`aios.entry ${e.id}`).slice(0, 16),
        parentSpanId: rootId,
        name: `aios.gate ${e.data.gate}`,
        kind: KIND_INTERNAL,
        startTimeUnixNano: nanos(began),
        endTimeUnixNano: nanos(at),
        attributes: attrs({
          "aios.entry.id": e.id,
          "aios.gate.name": e.data.gate,
          "aios.gate.pass": e.data.pass,
          "aios.gate.findings": e.data.findings.length,
          "aios.gate.errors": e.data.findings.filter((f) => f.severity === "error").length,
          "aios.attempt": e.data.attempt
        })
      });
    } else {
      start = Math.min(start, at);
      const ev = eventOf(e);
      if (ev) events.push({ timeUnixNano: nanos(at), ...ev });
      if (e.event === "failed") failed = e.data.reason;
      if (e.event !== "planned" && e.event !== "signoff") status = e.event;
      if (e.event === "outcome") status = e.data.outcome;
    }
  }
  const agent = planned?.data.persona ?? (firstCall?.actor.type === "model" ? firstCall.actor.persona : void 0);
  const provider = firstCall?.actor.type === "model" ? firstCall.actor.provider : void 0;
  const root = {
    traceId,
    spanId: rootId,
    name: agent && provider ? `invoke_agent ${agent}` : `aios.task ${task}`,
    kind: KIND_INTERNAL,
    startTimeUnixNano: nanos(start),
    endTimeUnixNano: nanos(end),
    attributes: attrs({
      ...agent && provider ? {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.provider.name": providerName(provider),
        "gen_ai.agent.name": agent
      } : {},
      "gen_ai.conversation.id": task,
      "aios.task": task,
      "aios.task.title": planned?.data.title,
      "aios.rule.id": first.rule.id,
      "aios.config.hash": first.rule.configHash,
      "aios.tier": planned?.data.tier,
      "aios.work.kind": first.work.kind,
      "aios.work.risk": first.work.risk,
      "aios.work.client": first.work.client,
      "aios.status": status,
      "aios.calls": calls.length,
      "aios.cost.actual_micros": actual,
      "aios.cost.shadow_micros": shadow
    }),
    events,
    ...failed ? { status: { code: STATUS_ERROR, message: failed } } : {}
  };
  return [root, ...spans];
}
async function exportOtel(entries, sink, options) {
  const resource = {
    attributes: attrs({
      "service.name": "aios",
      "service.version": options.serviceVersion,
      "aios.ledger.ref": options.ledgerRef
    })
  };
  await sink(
    `{"resourceSpans":[{"resource":${JSON.stringify(resource)},"scopeSpans":[{"scope":${JSON.stringify({ name: "aios.ledger", version: options.serviceVersion })},"spans":[
`
  );
  let written = 0;
  let task = [];
  const flush = async () => {
    for (const span of taskSpans(task)) {
      await sink(`${written ? ",\n" : ""}${JSON.stringify(span)}`);
      written++;
    }
    task = [];
  };
  for await (const e of entries) {
    if (!passes(e, options.filter ?? {})) continue;
    if (task[0] && task[0].task !== e.task) await flush();
    task.push(e);
  }
  await flush();
  await sink("\n]}]}]}\n");
  return written;
}
export {
  exportOtel,
  taskSpans
};
