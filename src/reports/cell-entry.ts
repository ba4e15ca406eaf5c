import { LEDGER_SCHEMA, type LedgerEntry } from '../core/ledger-entry.js';

interface CellBase {
  readonly task: string;
  readonly actor:
    | {
        readonly type: 'model';
        readonly modelId: string;
        readonly persona: string;
        readonly scripted: boolean;
      }
    | { readonly type: 'human' }
    | { readonly type: 'system' };
  readonly work: {
    readonly kind: string;
    readonly risk: 'low' | 'medium' | 'high';
    readonly size?: 'S' | 'M' | 'L' | undefined;
  };
  readonly rule: { readonly id: string };
}

/**
 * An entry as far as the outcome cells read it: a structural subset of `LedgerEntry`, so the
 * cells' code cannot read a field that `toCellEntry` did not check.
 */
export type CellEntry =
  | (CellBase & {
      readonly event: 'planned';
      readonly data: { readonly persona: string; readonly models: readonly string[] };
    })
  | (CellBase & {
      readonly event: 'attempt';
      readonly cost: { readonly actualMicros: number; readonly shadowMicros: number };
      readonly data: {
        readonly attempt: number;
        readonly purpose: 'work' | 'repair' | 'review' | 'classify' | 'shadow';
        readonly outcome: 'ok' | 'invalid-answer' | 'error' | 'skipped' | 'cancelled';
        readonly decision?: 'done' | 'decline' | 'ask' | undefined;
      };
    })
  | (CellBase & {
      readonly event: 'gate';
      readonly data: { readonly attempt: number; readonly pass: boolean };
    })
  | (CellBase & {
      readonly event: 'outcome';
      readonly data: { readonly outcome: 'accepted' | 'rejected' };
    })
  | (CellBase & {
      readonly event: 'signoff';
      readonly data: {
        readonly counts: boolean;
        readonly approved: boolean;
        readonly reviewMinutes?: number | undefined;
        readonly signedOff?: boolean | undefined;
      };
    })
  | (CellBase & {
      readonly event: 'failed';
      readonly data: {
        readonly stage: 'plan' | 'work' | 'gate' | 'deliver' | 'budget';
      };
    })
  | (CellBase & {
      readonly event: 'asked' | 'declined' | 'delivered' | 'reverted' | 'shadow';
    });

// Every full entry is a cell entry: this line stops compiling if the two drift apart.
export const asCellEntry: (entry: LedgerEntry) => CellEntry = (entry) => entry;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPositive = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const optionalMinutes = (v: unknown): boolean =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const RISKS = new Set(['low', 'medium', 'high']);
const SIZES = new Set(['S', 'M', 'L']);
const PURPOSES = new Set(['work', 'repair', 'review', 'classify', 'shadow']);
const CALL_OUTCOMES = new Set(['ok', 'invalid-answer', 'error', 'skipped', 'cancelled']);
const DECISIONS = new Set(['done', 'decline', 'ask']);
const STAGES = new Set(['plan', 'work', 'gate', 'deliver', 'budget']);
const OTHER = new Set(['asked', 'declined', 'delivered', 'reverted', 'shadow']);

function actorOk(a: unknown): boolean {
  if (!isObject(a)) return false;
  if (a.type === 'model')
    return isString(a.modelId) && isString(a.persona) && typeof a.scripted === 'boolean';
  return a.type === 'human' || a.type === 'system';
}

/**
 * Check, without copying, every field the cells read, to the rules of the entry schema; the
 * value as a `CellEntry`, or undefined when any is wrong (the caller then runs the full schema
 * to say exactly what). Events the cells do not read pass with their shared fields checked.
 */
export function toCellEntry(value: unknown): CellEntry | undefined {
  if (!isObject(value) || value.schema !== LEDGER_SCHEMA) return undefined;
  const { task, work, rule, data, event } = value;
  if (!isString(task) || !isString(event) || !actorOk(value.actor)) return undefined;
  if (
    !isObject(work) ||
    !isString(work.kind) ||
    !RISKS.has(work.risk as string) ||
    !(work.size === undefined || SIZES.has(work.size as string))
  )
    return undefined;
  if (!isObject(rule) || !isString(rule.id)) return undefined;
  switch (event) {
    case 'planned':
      if (
        !isObject(data) ||
        !isString(data.persona) ||
        !Array.isArray(data.models) ||
        !data.models.every(isString)
      )
        return undefined;
      break;
    case 'attempt': {
      const cost = value.cost;
      if (
        !isObject(cost) ||
        !isCount(cost.actualMicros) ||
        !isCount(cost.shadowMicros) ||
        !isObject(data) ||
        !isPositive(data.attempt) ||
        !PURPOSES.has(data.purpose as string) ||
        !CALL_OUTCOMES.has(data.outcome as string) ||
        !(data.decision === undefined || DECISIONS.has(data.decision as string))
      )
        return undefined;
      break;
    }
    case 'gate':
      if (!isObject(data) || !isPositive(data.attempt) || typeof data.pass !== 'boolean')
        return undefined;
      break;
    case 'outcome':
      if (!isObject(data) || (data.outcome !== 'accepted' && data.outcome !== 'rejected'))
        return undefined;
      break;
    case 'signoff':
      if (
        !isObject(data) ||
        typeof data.counts !== 'boolean' ||
        typeof data.approved !== 'boolean' ||
        !optionalMinutes(data.reviewMinutes) ||
        !(data.signedOff === undefined || typeof data.signedOff === 'boolean')
      )
        return undefined;
      break;
    case 'failed':
      if (!isObject(data) || !STAGES.has(data.stage as string)) return undefined;
      break;
    default:
      if (!OTHER.has(event)) return undefined;
  }
  return value as unknown as CellEntry;
}
