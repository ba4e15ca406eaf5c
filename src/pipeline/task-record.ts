import type { ContextRecord } from '../core/context-record.js';
import type { PromptRecord } from '../core/prompt-record.js';
import type { GateVerdict } from '../core/gate-verdict.js';
import type { Actor, Cost, Escalation, LedgerDraft, LedgerEntry } from '../core/ledger-entry.js';
import type { Plan, RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { DeliveryResult } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { promptObject } from '../ledger/prompt-objects.js';
import type { CallRecord } from '../models/model-gateway.js';

/** The fields every entry of one task shares: which task, what work, under which rule. */
export type RecordBase = Pick<LedgerEntry, 'task' | 'work' | 'rule'>;

type Stage = Extract<LedgerEntry, { event: 'failed' }>['data']['stage'];
type AskStage = Extract<LedgerEntry, { event: 'asked' }>['data']['stage'];

/** The ledger fields every entry of a planned task shares. */
export function entryBase(task: Task, plan: Plan): RecordBase {
  return {
    task: task.id,
    work: { kind: plan.kind, risk: plan.risk, client: plan.client, size: plan.size },
    rule: { id: plan.rule.id, configHash: plan.configHash },
  };
}

const system = (component: string): Actor => ({ type: 'system', component });

/**
 * The one place a task's ledger entries are built: the pipeline and the workflow's jobs say
 * what happened, the recorder turns it into the entry (shared fields, actor, data) and appends
 * it. Nothing else builds a draft, so an entry's shape changes here and nowhere else.
 */
export class TaskRecord {
  constructor(
    private readonly ledger: LedgerStore,
    /** The shared fields of this task's entries. */
    readonly base: RecordBase,
  ) {}

  /** The record of a planned task. */
  static of(ledger: LedgerStore, task: Task, plan: Plan): TaskRecord {
    return new TaskRecord(ledger, entryBase(task, plan));
  }

  /** The record of a task continued from its last `planned` entry (signoff, outcome). */
  static continuing(
    ledger: LedgerStore,
    planned: Pick<LedgerEntry, 'task' | 'work' | 'rule'>,
  ): TaskRecord {
    return new TaskRecord(ledger, { task: planned.task, work: planned.work, rule: planned.rule });
  }

  /** No rule or kind fits: the router asks before any plan exists (rule `none`). */
  static async unroutable(
    ledger: LedgerStore,
    task: Task,
    decision: Extract<RouteDecision, { type: 'ask' }>,
    configHash: string,
  ): Promise<LedgerEntry> {
    return ledger.append({
      task: task.id,
      event: 'asked',
      actor: system('router'),
      work: { kind: decision.kind ?? 'unclassified', risk: 'medium', client: task.client },
      rule: { id: 'none', configHash },
      data: { stage: 'plan', reason: decision.reason, questions: [...decision.questions] },
    });
  }

  /** Any entry of this task: the shared fields are added here. */
  private append(draft: DistributiveOmitBase<LedgerDraft>): Promise<LedgerEntry> {
    return this.ledger.append({ ...this.base, ...draft } as LedgerDraft);
  }

  /**
   * The router's decision; or, with `hop`, the plan a decline handed the task on to (written by
   * the handoff step, under the new plan's rule).
   */
  async planned(
    task: Task,
    plan: Plan,
    hop?: { n: number; from: string; reason: string },
  ): Promise<LedgerEntry> {
    // The task's full text is kept in the ledger (the prompt may show its body cut).
    const snapshot = promptObject(JSON.stringify(task));
    if (this.ledger.keep) await this.ledger.keep([snapshot]);
    return this.append({
      event: 'planned',
      actor: system(hop ? 'handoff' : 'router'),
      data: {
        title: task.title,
        source:
          task.source.type === 'file'
            ? task.source.path
            : `${task.source.owner}/${task.source.repo}#${task.source.number}`,
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
        ...(task.hidden?.length ? { hidden: task.hidden } : {}),
        classified: plan.classified,
        ...(hop ? { hop } : {}),
        ...(plan.learn ? { learn: plan.learn } : {}),
        ...(this.ledger.keep ? { snapshot: snapshot.id } : {}),
      },
    });
  }

  /**
   * One model call, as the gateway reported it, with its cost, and what its prompt was made
   * of: the hashes of the standards the persona cites and the context shown (context/).
   */
  attempt(
    plan: Pick<Plan, 'persona' | 'tier'>,
    call: CallRecord,
    cost: Cost,
    shown: {
      standards?: Record<string, string> | undefined;
      context?: ContextRecord | undefined;
      escalation?: Escalation | undefined;
      prompt?: PromptRecord | undefined;
    } = {},
  ): Promise<LedgerEntry> {
    return this.append({
      event: 'attempt',
      actor: {
        type: 'model',
        provider: call.provider,
        model: call.model,
        modelId: call.modelId,
        persona: plan.persona,
        tier: plan.tier,
        scripted: call.provider === 'scripted',
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
        ...(shown.escalation ? { escalation: shown.escalation } : {}),
        prompt: shown.prompt,
      },
    });
  }

  /** One gate's verdict on one attempt. */
  gate(attempt: number, verdict: GateVerdict): Promise<LedgerEntry> {
    return this.append({
      event: 'gate',
      actor: system(`gate:${verdict.gate}`),
      data: {
        attempt,
        gate: verdict.gate,
        pass: verdict.pass,
        findings: verdict.findings,
        durationMs: verdict.durationMs,
        ...(verdict.checkers ? { checkers: verdict.checkers } : {}),
        ...(verdict.notChecked ? { notChecked: verdict.notChecked } : {}),
      },
    });
  }

  /** AIOS stops and asks a person. */
  asked(
    stage: AskStage,
    reason: string,
    questions: string[],
    confidence?: number,
    by: 'pipeline' | 'handoff' = 'pipeline',
  ) {
    return this.append({
      event: 'asked',
      actor: system(by),
      data: { stage, reason, questions, confidence },
    });
  }

  /** The persona refused the work. */
  declined(persona: string, reason: string, suggestedPersona?: string): Promise<LedgerEntry> {
    return this.append({
      event: 'declined',
      actor: system('pipeline'),
      data: { persona, reason, suggestedPersona },
    });
  }

  /**
   * The task failed at a stage. `by` is who noticed: the pipeline (work, gates, budget), the
   * deliver step, or a person (`/aios stop`).
   */
  failed(
    stage: Stage,
    reason: string,
    extra: { errorClass?: string | undefined; budget?: string | undefined } = {},
    by: { component: 'pipeline' | 'deliver' } | { login: string } = { component: 'pipeline' },
  ): Promise<LedgerEntry> {
    return this.append({
      event: 'failed',
      actor: 'login' in by ? { type: 'human', login: by.login } : system(by.component),
      data: { stage, reason, ...extra },
    });
  }

  /** The work reached the task branch and the draft PR. */
  delivered(
    plan: Plan,
    delivery: DeliveryResult,
    work: {
      files: readonly { path: string }[];
      attempts: number;
      cost: { actualMicros: number; shadowMicros: number };
    },
  ): Promise<LedgerEntry> {
    return this.append({
      event: 'delivered',
      actor: system('deliver'),
      estimate: plan.byHand,
      data: {
        branch: delivery.branch,
        commit: delivery.commit,
        files: work.files.map((f) => f.path),
        pr: { number: delivery.pr.number, url: delivery.pr.url },
        attempts: work.attempts,
        totalMicros: work.cost.actualMicros,
        shadowMicros: work.cost.shadowMicros,
        ...(delivery.comment ? { comment: delivery.comment } : {}),
      },
    });
  }

  /** A shadow run's verdict (pipeline/shadow-run.ts): never delivered, never the task's outcome. */
  shadow(data: Extract<LedgerEntry, { event: 'shadow' }>['data']): Promise<LedgerEntry> {
    return this.append({ event: 'shadow', actor: system('shadow'), data });
  }

  /** A review of the delivered PR (it is the sign-off only when `counts`). */
  signoff(
    at: Date,
    data: Extract<LedgerEntry, { event: 'signoff' }>['data'],
  ): Promise<LedgerEntry> {
    return this.append({
      event: 'signoff',
      actor: { type: 'human', login: data.login },
      at: at.toISOString(),
      data,
    });
  }

  /** The PR was merged (accepted) or closed without merging (rejected). */
  outcome(merged: boolean, by: string, pr: string): Promise<LedgerEntry> {
    return this.append({
      event: 'outcome',
      actor: { type: 'human', login: by },
      data: { outcome: merged ? 'accepted' : 'rejected', by, pr },
    });
  }
}

/** A draft without the fields the recorder adds (task, work, rule), for each event. */
type DistributiveOmitBase<T> = T extends unknown ? Omit<T, 'task' | 'work' | 'rule'> : never;
