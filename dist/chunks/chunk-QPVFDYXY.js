import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  promptObject
} from "./chunk-DW3TUGME.js";

// src/pipeline/task-record.ts
function entryBase(task, plan) {
  return {
    task: task.id,
    work: { kind: plan.kind, risk: plan.risk, client: plan.client, size: plan.size },
    rule: { id: plan.rule.id, configHash: plan.configHash }
  };
}
var system = (component) => ({ type: "system", component });
var TaskRecord = class _TaskRecord {
  constructor(ledger, base) {
    this.ledger = ledger;
    this.base = base;
  }
  ledger;
  base;
  /** The record of a planned task. */
  static of(ledger, task, plan) {
    return new _TaskRecord(ledger, entryBase(task, plan));
  }
  /** The record of a task continued from its last `planned` entry (signoff, outcome). */
  static continuing(ledger, planned) {
    return new _TaskRecord(ledger, { task: planned.task, work: planned.work, rule: planned.rule });
  }
  /** No rule or kind fits: the router asks before any plan exists (rule `none`). */
  static async unroutable(ledger, task, decision, configHash) {
    return ledger.append({
      task: task.id,
      event: "asked",
      actor: system("router"),
      work: { kind: decision.kind ?? "unclassified", risk: "medium", client: task.client },
      rule: { id: "none", configHash },
      data: { stage: "plan", reason: decision.reason, questions: [...decision.questions] }
    });
  }
  /** Any entry of this task: the shared fields are added here. */
  append(draft) {
    return this.ledger.append({ ...this.base, ...draft });
  }
  /**
   * The router's decision; or, with `hop`, the plan a decline handed the task on to (written by
   * the handoff step, under the new plan's rule).
   */
  async planned(task, plan, hop) {
    const snapshot = promptObject(JSON.stringify(task));
    if (this.ledger.keep) await this.ledger.keep([snapshot]);
    return this.append({
      event: "planned",
      actor: system(hop ? "handoff" : "router"),
      data: {
        title: task.title,
        source: task.source.type === "file" ? task.source.path : `${task.source.owner}/${task.source.repo}#${task.source.number}`,
        textHash: task.textHash,
        requestedBy: task.requestedBy,
        persona: plan.persona,
        tier: plan.tier,
        models: plan.models,
        gates: plan.gates,
        maxAttempts: plan.maxAttempts,
        reason: plan.rule.reason,
        overriddenBy: plan.overriddenBy,
        trace: plan.trace,
        estimate: plan.byHand,
        // What intake removed as hidden text: the reviewer sees that it was there.
        ...task.hidden?.length ? { hidden: task.hidden } : {},
        classified: plan.classified,
        ...hop ? { hop } : {},
        ...plan.learn ? { learn: plan.learn } : {},
        ...this.ledger.keep ? { snapshot: snapshot.id } : {}
      }
    });
  }
  /**
   * One model call, as the gateway reported it, with its cost, and what its prompt was made
   * of: the hashes of the standards the persona cites and the context shown (context/).
   */
  attempt(plan, call, cost, shown = {}) {
    return this.append({
      event: "attempt",
      actor: {
        type: "model",
        provider: call.provider,
        model: call.model,
        modelId: call.modelId,
        persona: plan.persona,
        tier: plan.tier,
        scripted: call.provider === "scripted"
      },
      usage: call.usage,
      cost,
      data: {
        attempt: call.attempt,
        call: call.call,
        purpose: call.purpose,
        outcome: call.outcome,
        errorClass: call.errorClass,
        error: call.error,
        decision: call.answer?.decision,
        confidence: call.answer?.confidence,
        answerHash: call.answerHash,
        raw: call.raw,
        standards: shown.standards,
        context: shown.context,
        ...shown.escalation ? { escalation: shown.escalation } : {},
        prompt: shown.prompt
      }
    });
  }
  /** One gate's verdict on one attempt. */
  gate(attempt, verdict) {
    return this.append({
      event: "gate",
      actor: system(`gate:${verdict.gate}`),
      data: {
        attempt,
        gate: verdict.gate,
        pass: verdict.pass,
        findings: verdict.findings,
        durationMs: verdict.durationMs,
        ...verdict.checkers ? { checkers: verdict.checkers } : {},
        ...verdict.notChecked ? { notChecked: verdict.notChecked } : {}
      }
    });
  }
  /** AIOS stops and asks a person. */
  asked(stage, reason, questions, confidence, by = "pipeline") {
    return this.append({
      event: "asked",
      actor: system(by),
      data: { stage, reason, questions, confidence }
    });
  }
  /** The persona refused the work. */
  declined(persona, reason, suggestedPersona) {
    return this.append({
      event: "declined",
      actor: system("pipeline"),
      data: { persona, reason, suggestedPersona }
    });
  }
  /**
   * The task failed at a stage. `by` is who noticed: the pipeline (work, gates, budget), the
   * deliver step, or a person (`/aios stop`).
   */
  failed(stage, reason, extra = {}, by = { component: "pipeline" }) {
    return this.append({
      event: "failed",
      actor: "login" in by ? { type: "human", login: by.login } : system(by.component),
      data: { stage, reason, ...extra }
    });
  }
  /** The work reached the task branch and the draft PR. */
  delivered(plan, delivery, work) {
    return this.append({
      event: "delivered",
      actor: system("deliver"),
      estimate: plan.byHand,
      data: {
        branch: delivery.branch,
        commit: delivery.commit,
        files: work.files.map((f) => f.path),
        pr: { number: delivery.pr.number, url: delivery.pr.url },
        attempts: work.attempts,
        totalMicros: work.cost.actualMicros,
        shadowMicros: work.cost.shadowMicros,
        ...delivery.comment ? { comment: delivery.comment } : {}
      }
    });
  }
  /** A shadow run's verdict (pipeline/shadow-run.ts): never delivered, never the task's outcome. */
  shadow(data) {
    return this.append({ event: "shadow", actor: system("shadow"), data });
  }
  /** A review of the delivered PR (it is the sign-off only when `counts`). */
  signoff(at, data) {
    return this.append({
      event: "signoff",
      actor: { type: "human", login: data.login },
      at: at.toISOString(),
      data
    });
  }
  /** The PR was merged (accepted) or closed without merging (rejected). */
  outcome(merged, by, pr) {
    return this.append({
      event: "outcome",
      actor: { type: "human", login: by },
      data: { outcome: merged ? "accepted" : "rejected", by, pr }
    });
  }
};

export {
  TaskRecord
};
