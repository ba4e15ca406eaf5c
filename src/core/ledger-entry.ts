import { z } from 'zod';
import { ContextRecord } from './context-record.js';
import { BlobId, PromptRecord } from './prompt-record.js';
import { HiddenText } from './hidden-text.js';
import { LearnRecord } from './learn-record.js';
import { Finding, GateVerdict } from './gate-verdict.js';
import { ByHandEstimate, ClassifiedFrom, RuleTrace } from './plan.js';
import { WorkInfo } from './work.js';

/** The schema version every entry carries; a reader refuses versions it does not know. */
export const LEDGER_SCHEMA = 'aios.ledger/v1' as const;

export const LedgerEvent = z.enum([
  'planned',
  'asked',
  'attempt',
  'gate',
  'declined',
  'delivered',
  'failed',
  'signoff',
  'outcome',
  'reverted',
  'shadow',
]);
export type LedgerEvent = z.infer<typeof LedgerEvent>;

/** Prices used for a call, stored with it so a later price change never rewrites history. */
export const PriceSnapshot = z.object({
  model: z.string(),
  inputPerMTokMicros: z.number().int().nonnegative(),
  outputPerMTokMicros: z.number().int().nonnegative(),
  cachedInputPerMTokMicros: z.number().int().nonnegative(),
  perSecondMicros: z.number().int().nonnegative(),
});
export type PriceSnapshot = z.infer<typeof PriceSnapshot>;

export const Billing = z.enum(['api', 'flat', 'local', 'scripted']);
export type Billing = z.infer<typeof Billing>;

/** Who acted: a model (through a persona), a person, or AIOS itself (routing, gates, delivery). */
export const Actor = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('model'),
    provider: z.enum(['ollama', 'openai', 'scripted']),
    model: z.string(),
    modelId: z.string(),
    persona: z.string(),
    tier: z.string(),
    /** True for the scripted provider: such an entry is never AI work. */
    scripted: z.boolean(),
  }),
  z.object({ type: z.literal('human'), login: z.string() }),
  z.object({ type: z.literal('system'), component: z.string() }),
]);
export type Actor = z.infer<typeof Actor>;

export const Usage = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  cachedInputTokens: z.number().int().nonnegative(),
  durationMs: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof Usage>;

/** Money, in integer micro-dollars. */
export const Cost = z.object({
  billing: Billing,
  /** Spent on this call: tokens at API prices, runner seconds for local models, 0 for flat seats. */
  actualMicros: z.number().int().nonnegative(),
  /** What the same usage costs at the shadow model's API prices (equals actual for API models). */
  shadowMicros: z.number().int().nonnegative(),
  price: PriceSnapshot,
  shadowPrice: PriceSnapshot.optional(),
});
export type Cost = z.infer<typeof Cost>;

const Base = {
  schema: z.literal(LEDGER_SCHEMA),
  /** Time-sortable unique id (ULID). */
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  /** `owner/repo#12` or `local/<repo>#<stem>`. */
  task: z.string(),
  at: z.iso.datetime(),
  actor: Actor,
  work: WorkInfo,
  rule: z.object({ id: z.string(), configHash: z.string() }),
  /** sha256 of the task's previous entry file, or null for its first: the chain `verify` walks. */
  prev: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
};

/** Why a cascade moved the work up a tier: the tier it left and the gate findings that sent it. */
export const Escalation = z.object({
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});
export type Escalation = z.infer<typeof Escalation>;

const Planned = z.object({
  ...Base,
  event: z.literal('planned'),
  data: z.object({
    title: z.string(),
    source: z.string(),
    textHash: z.string(),
    requestedBy: z.string(),
    persona: z.string(),
    tier: z.string(),
    models: z.array(z.string()),
    gates: z.array(z.string()),
    maxAttempts: z.number().int().positive(),
    reason: z.string(),
    overriddenBy: z.string().optional(),
    trace: z.array(RuleTrace),
    estimate: ByHandEstimate,
    /** Where kind, client and estimate came from: labels, issue form, paths or the classifier. */
    classified: ClassifiedFrom.optional(),
    /** A re-plan after a decline (routing/decline-handoff.ts): which hop, from whom, why. */
    hop: z
      .object({ n: z.number().int().positive(), from: z.string(), reason: z.string() })
      .optional(),
    /** Hidden text removed from the task at intake (comments, bidi, zero-width, link titles). */
    hidden: z.array(HiddenText).optional(),
    /** The rule's `learn` clause: the suggestion (advise) or the override (apply) and its cells. */
    learn: LearnRecord.optional(),
    /** The task as planned (JSON, body in full), a blob id in the ledger's `prompts/` tree. */
    snapshot: BlobId.optional(),
  }),
});

const Asked = z.object({
  ...Base,
  event: z.literal('asked'),
  data: z.object({
    stage: z.enum(['plan', 'work', 'gate']),
    reason: z.string(),
    questions: z.array(z.string()),
    confidence: z.number().min(0).max(1).optional(),
  }),
});

const Attempt = z.object({
  ...Base,
  event: z.literal('attempt'),
  usage: Usage,
  cost: Cost,
  data: z.object({
    /** Which try at the work this call belonged to (a send-back starts a new attempt). */
    attempt: z.number().int().positive(),
    /** The call's number within the task, counting retries, repairs and fallbacks. */
    call: z.number().int().positive(),
    /** `shadow`: the cheaper model's answer on a shadow run (pipeline/shadow-run.ts), never delivered. */
    purpose: z.enum(['work', 'repair', 'review', 'classify', 'shadow']),
    /** `skipped`: the model could not be called (no key); `cancelled`: stopped by a signal. */
    outcome: z.enum(['ok', 'invalid-answer', 'error', 'skipped', 'cancelled']),
    errorClass: z.string().optional(),
    error: z.string().optional(),
    decision: z.enum(['done', 'decline', 'ask']).optional(),
    confidence: z.number().min(0).max(1).optional(),
    answerHash: z.string().optional(),
    /** The model's raw text when it broke the contract; kept here, never shipped. */
    raw: z.string().optional(),
    /** sha256 of each standards/<id>.md the persona cites: the documents behind the work. */
    standards: z.record(z.string(), z.string()).optional(),
    /** What the prompt was made of: shown files, line ranges, tokens and why (context/). */
    context: ContextRecord.optional(),
    /** A cascade moved the work up a tier before this call (`fallback: escalate-on-gate-fail`). */
    escalation: Escalation.optional(),
    /** The texts the prompt was built from, as blob ids in the ledger's `prompts/` tree. */
    prompt: PromptRecord.optional(),
  }),
});

const Gate = z.object({
  ...Base,
  event: z.literal('gate'),
  data: z.object({
    attempt: z.number().int().positive(),
    gate: z.string(),
    pass: z.boolean(),
    findings: z.array(Finding),
    durationMs: z.number().nonnegative(),
    checkers: GateVerdict.shape.checkers,
    notChecked: GateVerdict.shape.notChecked,
  }),
});

const Declined = z.object({
  ...Base,
  event: z.literal('declined'),
  data: z.object({
    persona: z.string(),
    reason: z.string(),
    /** The persona the decliner named to take the work, if any. */
    suggestedPersona: z.string().optional(),
  }),
});

const Delivered = z.object({
  ...Base,
  event: z.literal('delivered'),
  estimate: ByHandEstimate,
  data: z.object({
    branch: z.string(),
    commit: z.string(),
    files: z.array(z.string()),
    pr: z.object({ number: z.number().int().positive().optional(), url: z.string() }),
    attempts: z.number().int().positive(),
    totalMicros: z.number().int().nonnegative(),
    shadowMicros: z.number().int().nonnegative(),
    /** The comment AIOS posted on the issue for this delivery: later runs update it by this id. */
    comment: z
      .object({ issue: z.number().int().positive(), id: z.number().int().positive() })
      .optional(),
  }),
});

const Failed = z.object({
  ...Base,
  event: z.literal('failed'),
  data: z.object({
    stage: z.enum(['plan', 'work', 'gate', 'deliver', 'budget']),
    reason: z.string(),
    errorClass: z.string().optional(),
    budget: z.string().optional(),
  }),
});

const Signoff = z.object({
  ...Base,
  event: z.literal('signoff'),
  data: z.object({
    login: z.string(),
    approved: z.boolean(),
    /** True only when the reviewer is an allowed approver: only then is it the sign-off. */
    counts: z.boolean(),
    minutesToApproval: z.number().nonnegative().optional(),
    pr: z.string(),
    /** The review's id and state on the forge: a re-delivered webhook is recognised, not recorded twice. */
    reviewId: z.number().int().optional(),
    state: z.string().optional(),
    /** True when the approver is the person who started the work (allowed per risk by config). */
    byRequester: z.boolean().optional(),
    /** The commit the review was given on; it counts only if that is the commit delivered last. */
    commit: z.string().optional(),
    /**
     * The reviewer's own minutes of review effort (`aios signoff --minutes`, `/aios signoff 20m`).
     * What review costs; `minutesToApproval` is how long the PR waited, never billed.
     */
    reviewMinutes: z.number().nonnegative().optional(),
    /**
     * Distinct allowed approvers whose latest review approves the delivered commit, of the
     * number the risk level needs (`risk.levels.<risk>.approvers`, at least one).
     */
    approvals: z
      .object({ have: z.number().int().nonnegative(), need: z.number().int().positive() })
      .optional(),
    /** True when, with this review, the task has all the approvals it needs: signed off. */
    signedOff: z.boolean().optional(),
  }),
});

const Outcome = z.object({
  ...Base,
  event: z.literal('outcome'),
  data: z.object({
    outcome: z.enum(['accepted', 'rejected']),
    by: z.string(),
    pr: z.string(),
  }),
});

/**
 * The delivered work was rolled back (`aios revert`, `/aios revert`): a revert of the delivered
 * commit(s) opened as a draft PR. Reports count the task's work as not useful.
 */
const Reverted = z.object({
  ...Base,
  event: z.literal('reverted'),
  data: z.object({
    by: z.string(),
    /** The delivered commits reverted, newest first. */
    commits: z.array(z.string()).min(1),
    branch: z.string(),
    /** The revert commit on `branch`. */
    commit: z.string(),
    pr: z.object({ number: z.number().int().positive().optional(), url: z.string() }),
    reason: z.string().optional(),
  }),
});

/**
 * A shadow run (`shadow:` in the config): the cheaper model also answered a low-risk task; its
 * answer went through the deterministic gates only and was never delivered. Its calls are
 * `attempt` entries with purpose `shadow` (spend, reported apart); this entry is the verdict.
 * It never changes the task's outcome.
 */
const Shadow = z.object({
  ...Base,
  event: z.literal('shadow'),
  data: z.object({
    persona: z.string(),
    modelId: z.string(),
    tier: z.string(),
    /** The model whose work the task used, for the comparison. */
    comparedTo: z.string(),
    /** `passed`: every deterministic gate passed; `no-answer`: it declined, asked or changed nothing. */
    outcome: z.enum(['passed', 'sent-back', 'no-answer', 'failed']),
    decision: z.enum(['done', 'decline', 'ask']).optional(),
    confidence: z.number().min(0).max(1).optional(),
    answerHash: z.string().optional(),
    gates: z.array(z.object({ gate: z.string(), pass: z.boolean(), findings: z.array(Finding) })),
    calls: z.number().int().nonnegative(),
    totalMicros: z.number().int().nonnegative(),
    shadowMicros: z.number().int().nonnegative(),
    reason: z.string().optional(),
  }),
});

/** One ledger entry: a single JSON file, written once, never edited. */
export const LedgerEntry = z.discriminatedUnion('event', [
  Planned,
  Asked,
  Attempt,
  Gate,
  Declined,
  Delivered,
  Failed,
  Signoff,
  Outcome,
  Reverted,
  Shadow,
]);
export type LedgerEntry = z.infer<typeof LedgerEntry>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An entry before the store gives it its id, time and place in the chain. */
export type LedgerDraft = DistributiveOmit<LedgerEntry, 'schema' | 'id' | 'at' | 'prev'> & {
  at?: string;
};

/**
 * Serialise a validated entry exactly as it is stored: the bytes whose sha256 the next entry
 * names. Pass the output of `LedgerEntry.parse`, whose key order is the schema's.
 */
export function serializeEntry(entry: LedgerEntry): string {
  return `${JSON.stringify(entry, null, 2)}\n`;
}
