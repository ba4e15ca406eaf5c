import {
  LEDGER_SCHEMA,
  type Billing,
  type LedgerEntry,
  type Usage,
  LedgerEvent,
} from '../core/ledger-entry.js';

/** The actor, as far as a report reads it. */
export type ReportActor =
  | {
      readonly type: 'model';
      readonly modelId: string;
      readonly persona: string;
      readonly tier: string;
      readonly scripted: boolean;
    }
  | { readonly type: 'human' }
  | { readonly type: 'system' };

interface ReportBase {
  readonly task: string;
  readonly at: string;
  readonly actor: ReportActor;
  readonly work: { readonly kind: string; readonly client?: string | undefined };
  readonly rule: { readonly id: string };
}

/**
 * An entry as far as a report reads it: a structural subset of `LedgerEntry`, so the report's
 * code cannot read a field that `toReportEntry` did not check (the compiler refuses).
 */
export type ReportEntry =
  | (ReportBase & {
      readonly event: 'planned';
      readonly data: { readonly persona: string; readonly tier: string };
    })
  | (ReportBase & {
      readonly event: 'attempt';
      readonly usage: Usage;
      readonly cost: {
        readonly billing: Billing;
        readonly actualMicros: number;
        readonly shadowMicros: number;
      };
      readonly data: {
        readonly outcome: 'ok' | 'invalid-answer' | 'error' | 'skipped' | 'cancelled';
        readonly decision?: 'done' | 'decline' | 'ask' | undefined;
        /** Read for `shadow` only: a shadow run's calls are spend, reported apart. */
        readonly purpose: string;
      };
    })
  | (ReportBase & {
      readonly event: 'gate';
      readonly data: { readonly attempt: number; readonly pass: boolean };
    })
  | (ReportBase & { readonly event: 'delivered'; readonly estimate: { readonly minutes: number } })
  | (ReportBase & {
      readonly event: 'outcome';
      readonly data: { readonly outcome: 'accepted' | 'rejected' };
    })
  | (ReportBase & {
      readonly event: 'signoff';
      readonly data: {
        readonly counts: boolean;
        readonly approved: boolean;
        /** With this review the task has every approval it needs (absent before the count). */
        readonly signedOff?: boolean | undefined;
        readonly minutesToApproval?: number | undefined;
        readonly reviewMinutes?: number | undefined;
      };
    })
  | (ReportBase & {
      readonly event: 'shadow';
      readonly data: { readonly outcome: 'passed' | 'sent-back' | 'no-answer' | 'failed' };
    })
  | (ReportBase & { readonly event: 'asked' | 'declined' | 'failed' | 'reverted' });

// Every full entry is a report entry: this line stops compiling if the two drift apart.
export const asReportEntry: (entry: LedgerEntry) => ReportEntry = (entry) => entry;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isString = (v: unknown): v is string => typeof v === 'string';
const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const BILLING = new Set(['api', 'flat', 'local', 'scripted']);
const CALL_OUTCOME = new Set(['ok', 'invalid-answer', 'error', 'skipped', 'cancelled']);
const DECISION = new Set(['done', 'decline', 'ask']);
const EVENTS = new Set<string>(LedgerEvent.options);
const SHADOW_OUTCOME = new Set(['passed', 'sent-back', 'no-answer', 'failed']);

function actorOk(a: unknown): boolean {
  if (!isObject(a)) return false;
  if (a.type === 'model')
    return (
      isString(a.modelId) &&
      isString(a.persona) &&
      isString(a.tier) &&
      typeof a.scripted === 'boolean'
    );
  return a.type === 'human' || a.type === 'system';
}

function usageOk(u: unknown): boolean {
  return (
    isObject(u) &&
    isCount(u.inputTokens) &&
    isCount(u.outputTokens) &&
    isCount(u.cachedInputTokens) &&
    isCount(u.durationMs)
  );
}

/**
 * Check, without building a new object, every field a report reads, to the rules of the
 * entry schema; return the value as a `ReportEntry`, or undefined when any of them is wrong
 * (the caller then runs the full schema to say exactly what). Fields a report does not read
 * are left to `aios ledger verify`, which validates every entry in full.
 */
export function toReportEntry(value: unknown): ReportEntry | undefined {
  if (!isObject(value) || value.schema !== LEDGER_SCHEMA) return undefined;
  const { task, at, work, rule, data, event } = value;
  if (!isString(task) || !isString(at) || !AT.test(at) || !isString(event) || !EVENTS.has(event))
    return undefined;
  if (!actorOk(value.actor)) return undefined;
  if (
    !isObject(work) ||
    !isString(work.kind) ||
    !(work.client === undefined || isString(work.client))
  )
    return undefined;
  if (!isObject(rule) || !isString(rule.id)) return undefined;
  switch (event) {
    case 'planned':
      if (!isObject(data) || !isString(data.persona) || !isString(data.tier)) return undefined;
      break;
    case 'attempt': {
      const cost = value.cost;
      if (
        !usageOk(value.usage) ||
        !isObject(cost) ||
        !BILLING.has(cost.billing as string) ||
        !isCount(cost.actualMicros) ||
        !isCount(cost.shadowMicros) ||
        !isObject(data) ||
        !CALL_OUTCOME.has(data.outcome as string) ||
        !isString(data.purpose) ||
        !(data.decision === undefined || DECISION.has(data.decision as string))
      )
        return undefined;
      break;
    }
    case 'gate':
      if (
        !isObject(data) ||
        !Number.isSafeInteger(data.attempt) ||
        (data.attempt as number) < 1 ||
        typeof data.pass !== 'boolean'
      )
        return undefined;
      break;
    case 'delivered': {
      const estimate = value.estimate;
      if (
        !isObject(estimate) ||
        !Number.isSafeInteger(estimate.minutes) ||
        (estimate.minutes as number) < 1
      )
        return undefined;
      break;
    }
    case 'outcome':
      if (!isObject(data) || (data.outcome !== 'accepted' && data.outcome !== 'rejected'))
        return undefined;
      break;
    case 'shadow':
      if (!isObject(data) || !SHADOW_OUTCOME.has(data.outcome as string)) return undefined;
      break;
    case 'signoff':
      if (
        !isObject(data) ||
        typeof data.counts !== 'boolean' ||
        typeof data.approved !== 'boolean' ||
        !(data.signedOff === undefined || typeof data.signedOff === 'boolean') ||
        !(
          data.minutesToApproval === undefined ||
          (typeof data.minutesToApproval === 'number' &&
            Number.isFinite(data.minutesToApproval) &&
            data.minutesToApproval >= 0)
        ) ||
        !(
          data.reviewMinutes === undefined ||
          (typeof data.reviewMinutes === 'number' &&
            Number.isFinite(data.reviewMinutes) &&
            data.reviewMinutes >= 0)
        )
      )
        return undefined;
      break;
  }
  return value as unknown as ReportEntry;
}
