import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  OllamaRequestConfig,
  OpenAiRequestConfig,
  requestProfileIssues
} from "./chunk-73EJ4CLT.js";
import {
  LearnPolicy,
  learnIssues
} from "./chunk-53PWU2L4.js";
import {
  RiskPolicy
} from "./chunk-UO6V55NV.js";
import {
  GateSettings
} from "./chunk-RBWRQDAJ.js";
import {
  knownGateNames
} from "./chunk-MU7G7UNU.js";
import {
  dollarsToMicros
} from "./chunk-C56QB4EX.js";
import {
  Risk,
  Size,
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/config/protected-paths.ts
var DEFAULT_PROTECTED_PATHS = [
  ".github/**",
  ".git/**",
  "**/.env",
  "**/.env.*",
  "**/AGENTS.md",
  "**/CLAUDE.md",
  "**/copilot-instructions.md",
  "**/*.prompt.md",
  "**/.cursorrules",
  "**/CODEOWNERS",
  "**/.gitattributes",
  "**/.gitmodules",
  "**/package.json",
  ".devcontainer/**",
  ".vscode/**"
];
var DEFAULT_REQUESTER_MAY_APPROVE = { low: true, medium: true, high: false };

// src/gates/gate-names.ts
function checkGateNames(config, ctx) {
  const known = knownGateNames();
  const check = (name, path) => {
    if (!known.includes(name))
      ctx.addIssue({
        code: "custom",
        path,
        message: `no gate named "${name}"; the gates are ${known.join(", ")}`
      });
  };
  for (const [kind, k] of Object.entries(config.kinds))
    k.gates.forEach((g, j) => check(g, ["kinds", kind, "gates", j]));
  config.rules.forEach(
    (r, i) => r.route.gates?.forEach((g, j) => check(g, ["rules", i, "route", "gates", j]))
  );
  for (const g of Object.keys(config.gates)) check(g, ["gates", g]);
}

// src/config/classify-policy.ts
var ClassifyPolicy = external_exports.object({
  model: Slug.describe("The model that classifies (a key of `models`)"),
  minConfidence: external_exports.number().min(0).max(1).default(0.7).describe("Below this the plan asks a person instead of taking the classifier\u2019s kind")
}).strict();

// src/config/cascade-policy.ts
var CascadeTiers = external_exports.array(Slug).min(1).describe("With fallback escalate-on-gate-fail: the dearer tiers to escalate to, in order");
function cascadeRuleIssues(config) {
  const issues = [];
  config.rules.forEach((rule, i) => {
    const { fallback, escalateTo, tier } = rule.route;
    if (fallback === "escalate-on-gate-fail" && !escalateTo)
      issues.push({
        path: ["rules", i, "route", "fallback"],
        message: "escalate-on-gate-fail needs `escalateTo: [tier, \u2026]`: the tiers to move to when a deterministic gate fails"
      });
    if (escalateTo && fallback !== "escalate-on-gate-fail")
      issues.push({
        path: ["rules", i, "route", "escalateTo"],
        message: `escalateTo applies only with fallback: escalate-on-gate-fail (this rule's fallback is ${fallback})`
      });
    escalateTo?.forEach((t, j) => {
      if (!config.tiers[t])
        issues.push({
          path: ["rules", i, "route", "escalateTo", j],
          message: `no tier named "${t}"`
        });
      else if (t === tier || escalateTo.indexOf(t) !== j)
        issues.push({
          path: ["rules", i, "route", "escalateTo", j],
          message: `tier ${t} is already in the cascade`
        });
    });
  });
  return issues;
}

// src/config/shadow-policy.ts
var ShadowPolicy = external_exports.object({
  share: external_exports.number().min(0).max(1).describe("The share of eligible tasks that get a shadow run (0 to 1), chosen by task id"),
  model: Slug.optional().describe("The cheaper model that answers in the shadow (a model id)"),
  tier: Slug.optional().describe("Or a tier: its first model answers in the shadow"),
  risks: external_exports.array(Risk.exclude(["high"])).min(1).default(["low"]).describe("Risks whose tasks may be shadowed; never high")
}).strict().refine((s) => s.model === void 0 !== (s.tier === void 0), {
  message: "name either `model` or `tier` for the shadow, not both and not neither"
});
function shadowPolicyIssues(config) {
  const s = config.shadow;
  if (!s) return [];
  if (s.model !== void 0 && !config.models[s.model])
    return [{ path: ["shadow", "model"], message: `no model named "${s.model}"` }];
  if (s.tier !== void 0 && !config.tiers[s.tier])
    return [{ path: ["shadow", "tier"], message: `no tier named "${s.tier}"` }];
  return [];
}

// src/config/config-schema.ts
var Dollars = external_exports.union([
  external_exports.number().nonnegative(),
  external_exports.string().regex(/^\d+(\.\d+)?$/, "write a dollar amount such as 2.50")
]).transform((v) => dollarsToMicros(v)).describe("US dollars; stored as integer micro-dollars");
var PriceConfig = external_exports.object({
  input: Dollars.describe("USD per million input tokens"),
  output: Dollars.describe("USD per million output tokens"),
  cachedInput: Dollars.optional().describe(
    "USD per million cached input tokens (defaults to input)"
  ),
  perSecond: Dollars.optional().describe("USD per second of runner time (local models)")
}).strict().transform((p) => ({
  inputPerMTokMicros: p.input,
  outputPerMTokMicros: p.output,
  cachedInputPerMTokMicros: p.cachedInput ?? p.input,
  perSecondMicros: p.perSecond ?? 0
}));
var FREE = { input: 0, output: 0 };
var Timeouts = external_exports.object({
  connectMs: external_exports.number().int().positive().default(5e3),
  firstTokenMs: external_exports.number().int().positive().default(12e4),
  totalMs: external_exports.number().int().positive().default(6e5)
}).strict();
var ModelCommon = {
  model: external_exports.string().min(1).describe("The provider-side model name"),
  shadowModel: Slug.optional().describe("An API-billed model whose prices give the shadow cost"),
  description: external_exports.string().optional()
};
var ModelConfig = external_exports.discriminatedUnion("provider", [
  external_exports.object({
    provider: external_exports.literal("ollama"),
    ...ModelCommon,
    host: external_exports.string().optional().describe("Ollama base URL; defaults to OLLAMA_HOST or http://127.0.0.1:11434"),
    keepAlive: external_exports.string().default("10m"),
    digest: external_exports.string().regex(
      /^(sha256:)?[0-9a-f]{64}$/,
      "the full 64-hex sha256 digest, as Ollama /api/tags and `aios doctor` report it"
    ).optional().describe(
      "Pin the weights: the work job refuses the model if Ollama reports another digest"
    ),
    billing: external_exports.literal("local").default("local"),
    price: PriceConfig.prefault(FREE),
    request: OllamaRequestConfig.optional().describe(
      "What each call sends: temperature, maxOutputTokens (num_predict), contextWindow (num_ctx)"
    )
  }).strict(),
  external_exports.object({
    provider: external_exports.literal("openai"),
    ...ModelCommon,
    baseUrl: external_exports.url().optional().describe("OpenAI-compatible base URL, e.g. https://models.github.ai/inference"),
    apiKeyEnv: external_exports.string().regex(/^[A-Z_][A-Z0-9_]*$/).default("OPENAI_API_KEY"),
    billing: external_exports.enum(["api", "flat"]).default("api"),
    price: PriceConfig.prefault(FREE),
    monthlyFee: Dollars.optional().describe(
      "Flat-rate seat fee, amortised over the month in reports"
    ),
    request: OpenAiRequestConfig.optional().describe(
      "What each call sends: temperature, maxOutputTokens (max_completion_tokens), reasoningEffort"
    )
  }).strict(),
  external_exports.object({
    provider: external_exports.literal("scripted"),
    ...ModelCommon,
    billing: external_exports.literal("scripted").default("scripted"),
    price: PriceConfig.prefault(FREE)
  }).strict()
]);
var TierConfig = external_exports.object({
  description: external_exports.string().optional(),
  models: external_exports.array(Slug).min(1).describe("Models to try, in order; later ones are fallbacks"),
  timeouts: Timeouts.default({ connectMs: 5e3, firstTokenMs: 12e4, totalMs: 6e5 }),
  maxCallsPerTask: external_exports.number().int().positive().default(8),
  enabled: external_exports.boolean().default(true).describe("Per-tier kill switch: false reroutes its work by fallback, or asks")
}).strict();
var KindConfig = external_exports.object({
  description: external_exports.string(),
  labels: external_exports.array(external_exports.string()).default([]).describe("Issue labels that mark this kind of work"),
  paths: external_exports.array(external_exports.string().min(1)).default([]).describe("Globs (`**/*.php`): a task naming a matching path is this kind (classification)"),
  gates: external_exports.array(Slug).default([]).describe("Gates every piece of work of this kind passes"),
  byHandMinutes: external_exports.object({
    S: external_exports.number().int().positive(),
    M: external_exports.number().int().positive(),
    L: external_exports.number().int().positive()
  }).strict().describe("What the work takes a person by hand, by size"),
  reviewMinutes: external_exports.number().nonnegative().optional().describe("Minutes a sign-off of this kind of work takes when the reviewer does not say")
}).strict();
var RuleConfig = external_exports.object({
  id: Slug,
  reason: external_exports.string().min(1).describe("One line: why this route is right for this work"),
  when: external_exports.object({
    kinds: external_exports.array(Slug).optional(),
    labels: external_exports.array(external_exports.string()).optional().describe("Matches when the task has any of these labels"),
    paths: external_exports.array(external_exports.string()).optional().describe("Globs; matches when the task names such a path"),
    clients: external_exports.array(external_exports.string()).optional(),
    sizes: external_exports.array(Size).optional()
  }).strict().default({}),
  route: external_exports.object({
    persona: Slug,
    tier: Slug,
    gates: external_exports.array(Slug).optional().describe("Gates in addition to the kind's"),
    maxAttempts: external_exports.number().int().min(1).max(5).default(2),
    fallback: external_exports.enum(["any", "same-or-cheaper", "none", "escalate-on-gate-fail"]).default("same-or-cheaper"),
    approvers: external_exports.array(external_exports.string()).optional(),
    escalateTo: CascadeTiers.optional()
  }).strict(),
  risk: Risk,
  owner: external_exports.string().min(1).optional().describe("Who answers for this rule (else `owner`)"),
  // --- learning from the ledger (issue 15, config/learn-policy.ts) ---
  learn: LearnPolicy.optional().describe(
    "Move this rule\u2019s work to a cheaper model when the ledger\u2019s outcome cells show it does the work well enough (advise or apply); never high risk"
  )
}).strict();
var AiosConfigSchema = external_exports.object({
  version: external_exports.literal(1),
  enabled: external_exports.boolean().default(true).describe("Kill switch: false stops intake with a clear comment"),
  intake: external_exports.object({
    label: external_exports.string().default("aios"),
    allowedRoles: external_exports.array(external_exports.enum(["admin", "maintain", "write", "triage"])).default(["admin", "maintain", "write"]),
    needsHumanLabel: external_exports.string().default("aios:needs-human")
  }).strict().default({
    label: "aios",
    allowedRoles: ["admin", "maintain", "write"],
    needsHumanLabel: "aios:needs-human"
  }),
  models: external_exports.record(Slug, ModelConfig),
  tiers: external_exports.record(Slug, TierConfig),
  kinds: external_exports.record(Slug, KindConfig),
  rules: external_exports.array(RuleConfig).min(1),
  budgets: external_exports.object({
    perTask: Dollars.describe("Most one task may spend"),
    perMonth: Dollars.describe("Most all tasks may spend in a calendar month"),
    perPersonMonth: Dollars.optional(),
    perTier: external_exports.record(Slug, Dollars).default({}),
    maxCallsPerTask: external_exports.number().int().positive().default(12)
  }).strict(),
  asking: external_exports.object({ minConfidence: external_exports.number().min(0).max(1).default(0.6) }).strict().default({ minConfidence: 0.6 }),
  policy: external_exports.object({
    protectedPaths: external_exports.array(external_exports.string()).default([...DEFAULT_PROTECTED_PATHS]),
    maxFiles: external_exports.number().int().positive().default(20),
    maxFileBytes: external_exports.number().int().positive().default(2e5)
  }).strict().default({
    protectedPaths: [...DEFAULT_PROTECTED_PATHS],
    maxFiles: 20,
    maxFileBytes: 2e5
  }),
  context: external_exports.object({
    maxTokens: external_exports.number().int().positive().default(12e3).describe("The context budget in tokens: the whole prompt plus the model's answer"),
    outputTokens: external_exports.number().int().nonnegative().default(2e3).describe("Tokens kept for the answer: the prompt gets maxTokens minus this"),
    tiers: external_exports.record(
      Slug,
      external_exports.object({
        maxTokens: external_exports.number().int().positive().optional(),
        outputTokens: external_exports.number().int().nonnegative().optional()
      }).strict()
    ).default({}).describe("Per-tier budgets, e.g. a local model's smaller window"),
    lessons: external_exports.object({
      max: external_exports.number().int().nonnegative().default(3).describe("How many past outcomes the persona is given as lessons (0: none)"),
      shareAcrossClients: external_exports.boolean().default(false).describe("Whether one client's past tasks may be lessons for another's")
    }).strict().default({ max: 3, shareAcrossClients: false }).describe("Lessons from past tasks in the ledger (context/lesson-index.ts)"),
    embeddings: external_exports.object({
      model: external_exports.string().min(1).describe("The Ollama embedding model, e.g. nomic-embed-text"),
      host: external_exports.string().optional().describe(
        "Ollama base URL; defaults to the first Ollama model's host or OLLAMA_HOST"
      )
    }).strict().optional().describe(
      "Semantic retrieval through Ollama /api/embed, fused with BM25; off when unset"
    )
  }).strict().default({
    maxTokens: 12e3,
    outputTokens: 2e3,
    tiers: {},
    lessons: { max: 3, shareAcrossClients: false }
  }),
  signoff: external_exports.object({
    approvers: external_exports.array(external_exports.string()).default([]),
    reviewHourlyRate: Dollars.default(0),
    /** Per risk: may the person who started the work be its counting approver (a solo practice)? */
    requesterMayApprove: external_exports.object({ low: external_exports.boolean(), medium: external_exports.boolean(), high: external_exports.boolean() }).strict().default({ ...DEFAULT_REQUESTER_MAY_APPROVE })
  }).strict().default({
    approvers: [],
    reviewHourlyRate: 0,
    requesterMayApprove: { ...DEFAULT_REQUESTER_MAY_APPROVE }
  }),
  ledger: external_exports.object({
    branch: external_exports.string().default("aios-ledger"),
    remote: external_exports.string().optional().describe("Remote to push ledger entries to; none keeps them local"),
    signed: external_exports.boolean().optional().describe("Verify fails on a ledger commit that is not signed by an allowed key"),
    allowedSigners: external_exports.string().optional().describe(
      "gpg.ssh.allowedSignersFile for checking ledger signatures (repository-relative)"
    )
  }).strict().default({ branch: "aios-ledger" }),
  gates: external_exports.record(Slug, GateSettings).default({}).describe("Settings per gate (thresholds, browser, house style, limits)"),
  owner: external_exports.string().min(1).optional().describe("Who answers for rules that name no owner"),
  risk: RiskPolicy,
  classify: ClassifyPolicy.optional().describe(
    "A classifier call to the cheapest tier when labels, form fields and paths leave the kind open"
  ),
  shadow: ShadowPolicy.optional().describe(
    "Shadow runs: a cheaper model also answers a share of low-risk tasks, gated, never delivered"
  )
}).strict().superRefine((config, ctx) => {
  checkGateNames(config, ctx);
  for (const [id, model] of Object.entries(config.models)) {
    for (const issue of requestProfileIssues(id, model))
      ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
    if (model.shadowModel !== void 0) {
      const shadow = config.models[model.shadowModel];
      if (!shadow) {
        ctx.addIssue({
          code: "custom",
          path: ["models", id, "shadowModel"],
          message: `no model named "${model.shadowModel}"`
        });
      } else if (shadow.billing !== "api") {
        ctx.addIssue({
          code: "custom",
          path: ["models", id, "shadowModel"],
          message: `"${model.shadowModel}" is not API-billed, so it has no rate to shadow at`
        });
      }
    }
  }
  for (const [id, tier] of Object.entries(config.tiers)) {
    tier.models.forEach((m, i) => {
      if (!config.models[m])
        ctx.addIssue({
          code: "custom",
          path: ["tiers", id, "models", i],
          message: `no model named "${m}"`
        });
    });
  }
  for (const tier of Object.keys(config.budgets.perTier)) {
    if (!config.tiers[tier])
      ctx.addIssue({
        code: "custom",
        path: ["budgets", "perTier", tier],
        message: `no tier named "${tier}"`
      });
  }
  for (const [tier, budget] of Object.entries(config.context.tiers)) {
    if (!config.tiers[tier])
      ctx.addIssue({
        code: "custom",
        path: ["context", "tiers", tier],
        message: `no tier named "${tier}"`
      });
    const max = budget.maxTokens ?? config.context.maxTokens;
    const out = budget.outputTokens ?? config.context.outputTokens;
    if (out >= max)
      ctx.addIssue({
        code: "custom",
        path: ["context", "tiers", tier, "outputTokens"],
        message: `the output cap (${out}) leaves no room for the prompt in ${max} tokens`
      });
  }
  if (config.context.outputTokens >= config.context.maxTokens)
    ctx.addIssue({
      code: "custom",
      path: ["context", "outputTokens"],
      message: `the output cap (${config.context.outputTokens}) leaves no room for the prompt in ${config.context.maxTokens} tokens`
    });
  if (config.classify && !config.models[config.classify.model])
    ctx.addIssue({
      code: "custom",
      path: ["classify", "model"],
      message: `no model named "${config.classify.model}"`
    });
  for (const issue of [
    ...learnIssues(config),
    ...shadowPolicyIssues(config),
    ...cascadeRuleIssues(config)
  ])
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  const seen = /* @__PURE__ */ new Set();
  config.rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      ctx.addIssue({
        code: "custom",
        path: ["rules", i, "id"],
        message: `rule id "${rule.id}" is used twice`
      });
    seen.add(rule.id);
    if (!config.tiers[rule.route.tier]) {
      ctx.addIssue({
        code: "custom",
        path: ["rules", i, "route", "tier"],
        message: `no tier named "${rule.route.tier}"`
      });
    }
    rule.when.kinds?.forEach((k, j) => {
      if (!config.kinds[k])
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "when", "kinds", j],
          message: `no kind named "${k}"`
        });
    });
  });
});

export {
  AiosConfigSchema
};
