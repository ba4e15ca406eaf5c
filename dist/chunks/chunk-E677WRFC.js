import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  BlobId,
  PromptRecord
} from "./chunk-JEBWAO7G.js";
import {
  HiddenText
} from "./chunk-OJX3CLAV.js";
import {
  Finding,
  GateVerdict
} from "./chunk-OZ4QZEIA.js";
import {
  Risk,
  Size,
  Slug,
  WorkInfo
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/learn-record.ts
var Placement = external_exports.object({ model: external_exports.string(), tier: external_exports.string() });
var CellEvidence = external_exports.object({
  /** The name in `learn.cheaper` this candidate came from. */
  name: external_exports.string(),
  model: external_exports.string(),
  tier: external_exports.string(),
  /** The cell key: rule, persona, model, kind, size. */
  cell: external_exports.object({
    rule: external_exports.string(),
    persona: external_exports.string(),
    model: external_exports.string(),
    kind: external_exports.string(),
    size: external_exports.string()
  }),
  tasks: external_exports.number().int().nonnegative(),
  decided: external_exports.number().int().nonnegative(),
  accepted: external_exports.number().int().nonnegative(),
  acceptance: external_exports.number().min(0).max(1).nullable(),
  acceptanceLB: external_exports.number().min(0).max(1).nullable(),
  firstPassRate: external_exports.number().min(0).max(1).nullable(),
  costPerAcceptedMicros: external_exports.number().int().nonnegative().nullable(),
  /** Whether the cell meets the clause's minSamples and minAcceptanceLB. */
  meets: external_exports.boolean()
});
var LearnRecord = external_exports.object({
  /** The rule whose clause this is (the trace names it too). */
  rule: external_exports.string(),
  mode: external_exports.enum(["advise", "apply"]),
  /** True when the plan runs on `to` because of the clause. */
  applied: external_exports.boolean(),
  from: Placement,
  /** The model that qualified (applied, or suggested under advise); absent when none did. */
  to: Placement.optional(),
  minSamples: external_exports.number().int().positive(),
  minAcceptanceLB: external_exports.number().min(0).max(1),
  lbMethod: external_exports.string(),
  evidence: external_exports.array(CellEvidence),
  /** One line: what the clause did and why. */
  why: external_exports.string()
});

// src/core/plan.ts
var RuleTrace = external_exports.object({
  rule: external_exports.string(),
  matched: external_exports.boolean(),
  why: external_exports.string()
});
var ByHandEstimate = external_exports.object({
  minutes: external_exports.number().int().positive(),
  source: external_exports.string()
});
var FieldSource = external_exports.enum([
  "task",
  "labels",
  "issue-form",
  "paths",
  "classifier",
  "default"
]);
var ClassifiedFrom = external_exports.object({
  kind: FieldSource,
  client: FieldSource,
  estimate: FieldSource,
  /** The classifier's confidence when it named the kind. */
  confidence: external_exports.number().min(0).max(1).optional()
});
var Plan = external_exports.object({
  task: external_exports.string(),
  kind: Slug,
  risk: Risk,
  size: Size,
  client: external_exports.string().optional(),
  rule: external_exports.object({ id: external_exports.string(), reason: external_exports.string() }),
  configHash: external_exports.string(),
  persona: Slug,
  tier: Slug,
  models: external_exports.array(Slug).min(1),
  fallback: external_exports.enum(["any", "same-or-cheaper", "none"]),
  gates: external_exports.array(Slug),
  maxAttempts: external_exports.number().int().positive(),
  approvers: external_exports.array(external_exports.string()),
  byHand: ByHandEstimate,
  /** A person chose the persona instead of the router (`/aios route`); recorded as such. */
  overriddenBy: external_exports.string().optional(),
  /** Who answers for the rule that fired (the rule's `owner`, else the config's); named in the PR. */
  owner: external_exports.string().optional(),
  trace: external_exports.array(RuleTrace),
  /** Where kind, client and estimate came from (routing/classify-task.ts). */
  classified: ClassifiedFrom.optional(),
  /** What the rule's `learn` clause advised or applied, with its evidence (routing/learn-apply.ts). */
  learn: LearnRecord.optional(),
  /**
   * A cascade (`fallback: escalate-on-gate-fail`): the dearer tiers, in order, the work moves to
   * when a deterministic gate fails on the tier before (pipeline/cascade-step.ts).
   */
  cascade: external_exports.array(external_exports.object({ tier: Slug, models: external_exports.array(Slug).min(1) })).optional()
});

// src/core/context-record.ts
var ContextWhy = external_exports.enum(["named", "changed", "lane", "retrieved", "map", "lesson"]);
var ShownItem = external_exports.object({
  path: external_exports.string(),
  blob: external_exports.string(),
  /** Line ranges shown (1-based, inclusive); absent when the whole file was shown. */
  ranges: external_exports.array(external_exports.tuple([external_exports.number().int().positive(), external_exports.number().int().positive()])).optional(),
  tokens: external_exports.number().int().nonnegative(),
  score: external_exports.number(),
  why: ContextWhy,
  /** A lesson's text as shown: it is read from the ledger, not a repository blob (`blob` is the id of the past task's last entry). */
  text: external_exports.string().optional()
});
var ContextRecord = external_exports.object({
  /** Prompt budget in tokens: the tier's context budget minus the output cap. */
  budget: external_exports.number().int().nonnegative(),
  /** Tokens of the whole first-attempt prompt, counted by `tokenizer`. */
  tokens: external_exports.number().int().nonnegative(),
  tokenizer: external_exports.string(),
  tokensExact: external_exports.boolean(),
  retrieval: external_exports.enum(["none", "lexical", "lexical+semantic"]),
  shown: external_exports.array(ShownItem),
  omittedCount: external_exports.number().int().nonnegative(),
  omitted: external_exports.array(external_exports.object({ path: external_exports.string(), why: external_exports.string() })),
  notes: external_exports.array(external_exports.string()),
  /** Characters of the task body shown, when it was cut to fit. */
  taskBodyCutAt: external_exports.number().int().nonnegative().optional(),
  /** The index update this context was chosen with: counts and time, or why there was none. */
  index: external_exports.union([
    external_exports.object({
      files: external_exports.number().int().nonnegative(),
      added: external_exports.number().int().nonnegative(),
      changed: external_exports.number().int().nonnegative(),
      removed: external_exports.number().int().nonnegative(),
      chunks: external_exports.number().int().nonnegative(),
      ms: external_exports.number().nonnegative(),
      /** How code was cut: `tree-sitter`, or the grammars that fell back to regex and why. */
      chunker: external_exports.string().optional()
    }),
    external_exports.object({ error: external_exports.string() })
  ]).optional(),
  /** Why retrieval stayed lexical though embeddings are configured (Ollama or sqlite-vec failed). */
  semanticError: external_exports.string().optional(),
  /** Why no lessons were looked up when the ledger could not be read (the work went on). */
  lessonsError: external_exports.string().optional(),
  personaHash: external_exports.string().optional(),
  standardsHash: external_exports.string().optional()
});

// src/core/ledger-entry.ts
var LEDGER_SCHEMA = "aios.ledger/v1";
var LedgerEvent = external_exports.enum([
  "planned",
  "asked",
  "attempt",
  "gate",
  "declined",
  "delivered",
  "failed",
  "signoff",
  "outcome",
  "reverted",
  "shadow"
]);
var PriceSnapshot = external_exports.object({
  model: external_exports.string(),
  inputPerMTokMicros: external_exports.number().int().nonnegative(),
  outputPerMTokMicros: external_exports.number().int().nonnegative(),
  cachedInputPerMTokMicros: external_exports.number().int().nonnegative(),
  perSecondMicros: external_exports.number().int().nonnegative()
});
var Billing = external_exports.enum(["api", "flat", "local", "scripted"]);
var Actor = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("model"),
    provider: external_exports.enum(["ollama", "openai", "scripted"]),
    model: external_exports.string(),
    modelId: external_exports.string(),
    persona: external_exports.string(),
    tier: external_exports.string(),
    /** True for the scripted provider: such an entry is never AI work. */
    scripted: external_exports.boolean()
  }),
  external_exports.object({ type: external_exports.literal("human"), login: external_exports.string() }),
  external_exports.object({ type: external_exports.literal("system"), component: external_exports.string() })
]);
var Usage = external_exports.object({
  inputTokens: external_exports.number().int().nonnegative(),
  outputTokens: external_exports.number().int().nonnegative(),
  cachedInputTokens: external_exports.number().int().nonnegative(),
  durationMs: external_exports.number().int().nonnegative()
});
var Cost = external_exports.object({
  billing: Billing,
  /** Spent on this call: tokens at API prices, runner seconds for local models, 0 for flat seats. */
  actualMicros: external_exports.number().int().nonnegative(),
  /** What the same usage costs at the shadow model's API prices (equals actual for API models). */
  shadowMicros: external_exports.number().int().nonnegative(),
  price: PriceSnapshot,
  shadowPrice: PriceSnapshot.optional()
});
var Base = {
  schema: external_exports.literal(LEDGER_SCHEMA),
  /** Time-sortable unique id (ULID). */
  id: external_exports.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  /** `owner/repo#12` or `local/<repo>#<stem>`. */
  task: external_exports.string(),
  at: external_exports.iso.datetime(),
  actor: Actor,
  work: WorkInfo,
  rule: external_exports.object({ id: external_exports.string(), configHash: external_exports.string() }),
  /** sha256 of the task's previous entry file, or null for its first: the chain `verify` walks. */
  prev: external_exports.string().regex(/^[0-9a-f]{64}$/).nullable()
};
var Escalation = external_exports.object({
  from: external_exports.string(),
  to: external_exports.string(),
  reason: external_exports.string()
});
var Planned = external_exports.object({
  ...Base,
  event: external_exports.literal("planned"),
  data: external_exports.object({
    title: external_exports.string(),
    source: external_exports.string(),
    textHash: external_exports.string(),
    requestedBy: external_exports.string(),
    persona: external_exports.string(),
    tier: external_exports.string(),
    models: external_exports.array(external_exports.string()),
    gates: external_exports.array(external_exports.string()),
    maxAttempts: external_exports.number().int().positive(),
    reason: external_exports.string(),
    overriddenBy: external_exports.string().optional(),
    trace: external_exports.array(RuleTrace),
    estimate: ByHandEstimate,
    /** Where kind, client and estimate came from: labels, issue form, paths or the classifier. */
    classified: ClassifiedFrom.optional(),
    /** A re-plan after a decline (routing/decline-handoff.ts): which hop, from whom, why. */
    hop: external_exports.object({ n: external_exports.number().int().positive(), from: external_exports.string(), reason: external_exports.string() }).optional(),
    /** Hidden text removed from the task at intake (comments, bidi, zero-width, link titles). */
    hidden: external_exports.array(HiddenText).optional(),
    /** The rule's `learn` clause: the suggestion (advise) or the override (apply) and its cells. */
    learn: LearnRecord.optional(),
    /** The task as planned (JSON, body in full), a blob id in the ledger's `prompts/` tree. */
    snapshot: BlobId.optional()
  })
});
var Asked = external_exports.object({
  ...Base,
  event: external_exports.literal("asked"),
  data: external_exports.object({
    stage: external_exports.enum(["plan", "work", "gate"]),
    reason: external_exports.string(),
    questions: external_exports.array(external_exports.string()),
    confidence: external_exports.number().min(0).max(1).optional()
  })
});
var Attempt = external_exports.object({
  ...Base,
  event: external_exports.literal("attempt"),
  usage: Usage,
  cost: Cost,
  data: external_exports.object({
    /** Which try at the work this call belonged to (a send-back starts a new attempt). */
    attempt: external_exports.number().int().positive(),
    /** The call's number within the task, counting retries, repairs and fallbacks. */
    call: external_exports.number().int().positive(),
    /** `shadow`: the cheaper model's answer on a shadow run (pipeline/shadow-run.ts), never delivered. */
    purpose: external_exports.enum(["work", "repair", "review", "classify", "shadow"]),
    /** `skipped`: the model could not be called (no key); `cancelled`: stopped by a signal. */
    outcome: external_exports.enum(["ok", "invalid-answer", "error", "skipped", "cancelled"]),
    errorClass: external_exports.string().optional(),
    error: external_exports.string().optional(),
    decision: external_exports.enum(["done", "decline", "ask"]).optional(),
    confidence: external_exports.number().min(0).max(1).optional(),
    answerHash: external_exports.string().optional(),
    /** The model's raw text when it broke the contract; kept here, never shipped. */
    raw: external_exports.string().optional(),
    /** sha256 of each standards/<id>.md the persona cites: the documents behind the work. */
    standards: external_exports.record(external_exports.string(), external_exports.string()).optional(),
    /** What the prompt was made of: shown files, line ranges, tokens and why (context/). */
    context: ContextRecord.optional(),
    /** A cascade moved the work up a tier before this call (`fallback: escalate-on-gate-fail`). */
    escalation: Escalation.optional(),
    /** The texts the prompt was built from, as blob ids in the ledger's `prompts/` tree. */
    prompt: PromptRecord.optional()
  })
});
var Gate = external_exports.object({
  ...Base,
  event: external_exports.literal("gate"),
  data: external_exports.object({
    attempt: external_exports.number().int().positive(),
    gate: external_exports.string(),
    pass: external_exports.boolean(),
    findings: external_exports.array(Finding),
    durationMs: external_exports.number().nonnegative(),
    checkers: GateVerdict.shape.checkers,
    notChecked: GateVerdict.shape.notChecked
  })
});
var Declined = external_exports.object({
  ...Base,
  event: external_exports.literal("declined"),
  data: external_exports.object({
    persona: external_exports.string(),
    reason: external_exports.string(),
    /** The persona the decliner named to take the work, if any. */
    suggestedPersona: external_exports.string().optional()
  })
});
var Delivered = external_exports.object({
  ...Base,
  event: external_exports.literal("delivered"),
  estimate: ByHandEstimate,
  data: external_exports.object({
    branch: external_exports.string(),
    commit: external_exports.string(),
    files: external_exports.array(external_exports.string()),
    pr: external_exports.object({ number: external_exports.number().int().positive().optional(), url: external_exports.string() }),
    attempts: external_exports.number().int().positive(),
    totalMicros: external_exports.number().int().nonnegative(),
    shadowMicros: external_exports.number().int().nonnegative(),
    /** The comment AIOS posted on the issue for this delivery: later runs update it by this id. */
    comment: external_exports.object({ issue: external_exports.number().int().positive(), id: external_exports.number().int().positive() }).optional()
  })
});
var Failed = external_exports.object({
  ...Base,
  event: external_exports.literal("failed"),
  data: external_exports.object({
    stage: external_exports.enum(["plan", "work", "gate", "deliver", "budget"]),
    reason: external_exports.string(),
    errorClass: external_exports.string().optional(),
    budget: external_exports.string().optional()
  })
});
var Signoff = external_exports.object({
  ...Base,
  event: external_exports.literal("signoff"),
  data: external_exports.object({
    login: external_exports.string(),
    approved: external_exports.boolean(),
    /** True only when the reviewer is an allowed approver: only then is it the sign-off. */
    counts: external_exports.boolean(),
    minutesToApproval: external_exports.number().nonnegative().optional(),
    pr: external_exports.string(),
    /** The review's id and state on the forge: a re-delivered webhook is recognised, not recorded twice. */
    reviewId: external_exports.number().int().optional(),
    state: external_exports.string().optional(),
    /** True when the approver is the person who started the work (allowed per risk by config). */
    byRequester: external_exports.boolean().optional(),
    /** The commit the review was given on; it counts only if that is the commit delivered last. */
    commit: external_exports.string().optional(),
    /**
     * The reviewer's own minutes of review effort (`aios signoff --minutes`, `/aios signoff 20m`).
     * What review costs; `minutesToApproval` is how long the PR waited, never billed.
     */
    reviewMinutes: external_exports.number().nonnegative().optional(),
    /**
     * Distinct allowed approvers whose latest review approves the delivered commit, of the
     * number the risk level needs (`risk.levels.<risk>.approvers`, at least one).
     */
    approvals: external_exports.object({ have: external_exports.number().int().nonnegative(), need: external_exports.number().int().positive() }).optional(),
    /** True when, with this review, the task has all the approvals it needs: signed off. */
    signedOff: external_exports.boolean().optional()
  })
});
var Outcome = external_exports.object({
  ...Base,
  event: external_exports.literal("outcome"),
  data: external_exports.object({
    outcome: external_exports.enum(["accepted", "rejected"]),
    by: external_exports.string(),
    pr: external_exports.string()
  })
});
var Reverted = external_exports.object({
  ...Base,
  event: external_exports.literal("reverted"),
  data: external_exports.object({
    by: external_exports.string(),
    /** The delivered commits reverted, newest first. */
    commits: external_exports.array(external_exports.string()).min(1),
    branch: external_exports.string(),
    /** The revert commit on `branch`. */
    commit: external_exports.string(),
    pr: external_exports.object({ number: external_exports.number().int().positive().optional(), url: external_exports.string() }),
    reason: external_exports.string().optional()
  })
});
var Shadow = external_exports.object({
  ...Base,
  event: external_exports.literal("shadow"),
  data: external_exports.object({
    persona: external_exports.string(),
    modelId: external_exports.string(),
    tier: external_exports.string(),
    /** The model whose work the task used, for the comparison. */
    comparedTo: external_exports.string(),
    /** `passed`: every deterministic gate passed; `no-answer`: it declined, asked or changed nothing. */
    outcome: external_exports.enum(["passed", "sent-back", "no-answer", "failed"]),
    decision: external_exports.enum(["done", "decline", "ask"]).optional(),
    confidence: external_exports.number().min(0).max(1).optional(),
    answerHash: external_exports.string().optional(),
    gates: external_exports.array(external_exports.object({ gate: external_exports.string(), pass: external_exports.boolean(), findings: external_exports.array(Finding) })),
    calls: external_exports.number().int().nonnegative(),
    totalMicros: external_exports.number().int().nonnegative(),
    shadowMicros: external_exports.number().int().nonnegative(),
    reason: external_exports.string().optional()
  })
});
var LedgerEntry = external_exports.discriminatedUnion("event", [
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
  Shadow
]);
function serializeEntry(entry) {
  return `${JSON.stringify(entry, null, 2)}
`;
}

export {
  Plan,
  LEDGER_SCHEMA,
  LedgerEvent,
  LedgerEntry,
  serializeEntry
};
