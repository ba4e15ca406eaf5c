import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-4DNUUZZ7.js";
import {
  tokenCost
} from "./chunk-U4ZCRPO5.js";
import {
  apportion
} from "./chunk-N5R6LZEM.js";
import {
  reviewEffort,
  timeCostMicros
} from "./chunk-4SOEMDSL.js";
import {
  LEDGER_ROOT,
  entryFromJson,
  listTree2 as listTree,
  parseStoredEntry,
  parseStoredJson,
  readArchivedFileBatches,
  taskKeyOfPath
} from "./chunk-A5JTEFZF.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import {
  CatFileBatch
} from "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-OZ4QZEIA.js";
import {
  approvalTally,
  signsOff
} from "./chunk-LGNR2EHT.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/reports/receipt.ts
async function readTaskEntries(repoDir, ref, task) {
  const key = taskKey(task);
  const files = [];
  for await (const f of listTree(repoDir, ref))
    if (f.path.endsWith(".json") && taskKeyOfPath(f.path) === key) files.push(f);
  if (files.length === 0)
    throw new InputError(`No task "${task}" in the ledger at ${ref}.`, [], {
      hint: "Name the task as owner/repo#12 or local/<repo>#<file> (or its folder, e.g. acme.site.12); `git ls-tree -d aios-ledger ledger/*/*/` lists the task folders."
    });
  const cat = new CatFileBatch(repoDir);
  try {
    const entries = await Promise.all(
      files.map(async (f) => {
        const bytes = await cat.read(f.blob);
        if (!bytes) throw new InputError(`blob ${f.blob} for ${f.path} is missing`);
        return parseStoredEntry({ path: f.path, bytes });
      })
    );
    return entries.sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await cat.close();
  }
}
async function seatSharesOf(repoDir, ref, entries, pricing) {
  const months = /* @__PURE__ */ new Map();
  for (const e of entries)
    if (e.event === "attempt" && e.cost.billing === "flat" && e.actor.type === "model" && pricing.seats.has(e.actor.modelId))
      months.set(`${e.actor.modelId} ${e.at.slice(0, 7)}`, {
        model: e.actor.modelId,
        month: e.at.slice(0, 7),
        tasks: /* @__PURE__ */ new Set()
      });
  if (months.size === 0) return [];
  for await (const batch of readArchivedFileBatches(repoDir, ref, LEDGER_ROOT))
    for (const f of batch) {
      if (!f.path.endsWith(".json")) continue;
      const json = parseStoredJson(f.path, f.bytes);
      const e = toReportEntry(json) ?? entryFromJson(json, f.path);
      if (e.event !== "attempt" || e.cost.billing !== "flat" || e.actor.type !== "model") continue;
      months.get(`${e.actor.modelId} ${e.at.slice(0, 7)}`)?.tasks.add(e.task);
    }
  const task = entries[0]?.task ?? "";
  return [...months.values()].map((m) => {
    const fee = pricing.seats.get(m.model) ?? 0;
    const share = apportion(fee, new Map([...m.tasks].map((t) => [t, 1]))).get(task) ?? 0;
    return {
      model: m.model,
      month: m.month,
      feeMicros: fee,
      tasks: m.tasks.size,
      shareMicros: share
    };
  });
}
function describeModel(c) {
  if (c.scripted) return "scripted answers (no model)";
  return c.provider === "ollama" ? `${c.model} (run locally with Ollama)` : `${c.model} (${c.provider})`;
}
function buildReceipt(entries, options) {
  const first = entries[0];
  if (!first) throw new InputError("A receipt needs at least one ledger entry.");
  const planned = entries.find(
    (e) => e.event === "planned"
  );
  const attempts = /* @__PURE__ */ new Map();
  const attemptOf = (n) => {
    let a = attempts.get(n);
    if (!a) attempts.set(n, a = { attempt: n, calls: [], gates: [] });
    return a;
  };
  const questions = [];
  const reviews = [];
  const internalCalls = [];
  let declined;
  let failed;
  let delivery;
  let outcome;
  let byHand = planned?.data.estimate.minutes;
  let modelMicros = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let premiumMicros = 0;
  let reviewSeconds = 0;
  let reviewMicros = 0;
  let status = "in progress";
  let signedOff = false;
  const rate = options.pricing.reviewHourlyRateMicros;
  for (const e of entries) {
    switch (e.event) {
      case "attempt": {
        if (e.actor.type !== "model") break;
        const call = {
          at: e.at,
          call: e.data.call,
          provider: e.actor.provider,
          model: e.actor.model,
          modelId: e.actor.modelId,
          purpose: e.data.purpose,
          outcome: e.data.outcome,
          scripted: e.actor.scripted,
          billing: e.cost.billing,
          durationMs: e.usage.durationMs,
          inputTokens: e.usage.inputTokens,
          outputTokens: e.usage.outputTokens,
          actualMicros: e.cost.actualMicros
        };
        attemptOf(e.data.attempt).calls.push(call);
        modelMicros += e.cost.actualMicros;
        inputTokens += e.usage.inputTokens;
        outputTokens += e.usage.outputTokens;
        if (!e.actor.scripted && options.pricing.premium)
          premiumMicros += tokenCost(e.usage, options.pricing.premium.price);
        if (e.data.outcome === "cancelled") status = "cancelled";
        internalCalls.push({
          call: e.data.call,
          modelId: e.actor.modelId,
          errorClass: e.data.errorClass,
          error: e.data.error,
          answerHash: e.data.answerHash,
          raw: e.data.raw
        });
        break;
      }
      case "gate":
        attemptOf(e.data.attempt).gates.push({
          gate: e.data.gate,
          pass: e.data.pass,
          findings: e.data.findings
        });
        break;
      case "asked":
        questions.push({
          at: e.at,
          stage: e.data.stage,
          reason: e.data.reason,
          questions: e.data.questions
        });
        status = "asked";
        break;
      case "declined":
        declined = { at: e.at, reason: e.data.reason };
        status = "declined";
        break;
      case "failed":
        failed = { at: e.at, stage: e.data.stage, reason: e.data.reason };
        status = e.data.errorClass === "cancelled" || status === "cancelled" ? "cancelled" : "failed";
        break;
      case "delivered":
        delivery = {
          at: e.at,
          branch: e.data.branch,
          commit: e.data.commit,
          files: e.data.files,
          prUrl: e.data.pr.url
        };
        byHand = e.estimate.minutes;
        status = "delivered";
        signedOff = false;
        break;
      case "signoff": {
        const effort = reviewEffort(
          e.data.reviewMinutes,
          e.work.kind,
          options.pricing.reviewMinutesByKind
        );
        reviews.push({
          at: e.at,
          login: e.data.login,
          approved: e.data.approved,
          counts: e.data.counts,
          signedOff: signsOff(e.data),
          tally: approvalTally(e.data),
          minutesToApproval: e.data.minutesToApproval,
          reviewMinutes: e.data.reviewMinutes,
          estimatedReviewMinutes: effort.source === "estimated" ? effort.minutes : void 0
        });
        if (signsOff(e.data) && delivery) signedOff = true;
        const { seconds } = effort;
        reviewSeconds += seconds;
        reviewMicros += timeCostMicros(seconds, rate);
        break;
      }
      case "outcome":
        outcome = { at: e.at, outcome: e.data.outcome, by: e.data.by };
        status = e.data.outcome === "rejected" ? "rejected" : signedOff ? "accepted" : "merged-unsigned";
        break;
      case "planned":
        status = "in progress";
        break;
    }
  }
  const seats = options.seats ?? [];
  const seatMicros = seats.reduce((s, x) => s + x.shareMicros, 0);
  const calls = [...attempts.values()].flatMap((a) => a.calls);
  const models = [...new Set(calls.map(describeModel))];
  const aiCalls = calls.filter((c) => !c.scripted);
  const scriptedOnly = calls.length > 0 && aiCalls.length === 0;
  const approval = [...reviews].reverse().find((r) => r.signedOff);
  const partial = [...reviews].reverse().find((r) => r.approved && r.counts && !r.signedOff);
  const persona = planned?.data.persona ?? (first.actor.type === "model" ? first.actor.persona : void 0);
  const gates = planned?.data.gates ?? [];
  const reviewed = approval ? `${approval.login} reviewed and approved it on ${approval.at.slice(0, 10)}${approval.tally ? ` (${approval.tally}: signed off)` : ""}.` : partial ? `${partial.login} approved it${partial.tally ? ` (${partial.tally})` : ""}; it is not signed off until every approval its risk level needs is given.` : reviews.length ? `It was reviewed by ${[...new Set(reviews.map((r) => r.login))].join(", ")}; no allowed approver has signed it off yet.` : "No person has signed it off yet.";
  const text = scriptedOnly ? `No AI model produced this work: its answers were scripted for a demonstration. ${reviewed}` : aiCalls.length === 0 ? `No AI model was used for this task. ${reviewed}` : `This work was drafted with AI: ${[...new Set(aiCalls.map(describeModel))].join(", ")}${persona ? `, working as the ${persona} persona` : ""}${planned ? ` under the rule ${planned.rule.id}` : ""}. ${gates.length ? `Automated checks (${gates.join(", ")}) ran on every attempt. ` : ""}${reviewed}`;
  const ordered = [...attempts.values()].sort((a, b) => a.attempt - b.attempt);
  const byHandMinutes = byHand;
  return {
    task: first.task,
    title: planned?.data.title,
    source: planned?.data.source,
    requestedBy: planned?.data.requestedBy,
    client: first.work.client,
    kind: first.work.kind,
    size: first.work.size,
    risk: first.work.risk,
    startedAt: first.at,
    lastAt: entries[entries.length - 1]?.at ?? first.at,
    status,
    hidden: [...entries].reverse().flatMap((e) => e.event === "planned" ? [e.data.hidden ?? []] : []).slice(0, 1).flat(),
    signedOff,
    signedOffBy: approval,
    awaitingApprovals: partial,
    accepted: status === "accepted",
    route: planned ? {
      rule: planned.rule.id,
      reason: planned.data.reason,
      persona: planned.data.persona,
      tier: planned.data.tier,
      models: planned.data.models,
      gates: planned.data.gates,
      overriddenBy: planned.data.overriddenBy
    } : void 0,
    attempts: ordered,
    questions,
    declined,
    failed,
    delivery,
    reviews,
    outcome,
    cost: {
      calls: calls.length,
      inputTokens,
      outputTokens,
      modelMicros,
      seatMicros,
      seats,
      reviewSeconds,
      reviewMicros,
      reviewHourlyRateMicros: rate,
      totalMicros: modelMicros + seatMicros + reviewMicros,
      premium: options.pricing.premium && aiCalls.length ? { model: options.pricing.premium.modelId, micros: premiumMicros } : void 0,
      byHandMinutes,
      byHandMicros: byHandMinutes === void 0 ? void 0 : timeCostMicros(byHandMinutes * 60, rate)
    },
    disclosure: { aiUsed: aiCalls.length > 0, scriptedOnly, models, text },
    internal: options.internal ? {
      configHash: first.rule.configHash,
      trace: planned?.data.trace ?? [],
      calls: internalCalls,
      entries: entries.map((e) => ({ id: e.id, event: e.event, prev: e.prev }))
    } : void 0
  };
}
export {
  buildReceipt,
  readTaskEntries,
  seatSharesOf
};
