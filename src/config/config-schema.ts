import { z } from 'zod';
import { dollarsToMicros } from '../core/money.js';
import { DEFAULT_PROTECTED_PATHS, DEFAULT_REQUESTER_MAY_APPROVE } from './protected-paths.js';
import { Risk, Size, Slug } from '../core/work.js';
import { checkGateNames } from '../gates/gate-names.js';
import { GateSettings } from '../gates/gate-settings.js';
import {
  OllamaRequestConfig,
  OpenAiRequestConfig,
  requestProfileIssues,
} from './request-profile.js';
import { RiskPolicy } from './risk-policy.js';
import { ClassifyPolicy } from './classify-policy.js';
import { LearnPolicy, learnIssues } from './learn-policy.js';
import { CascadeTiers, cascadeRuleIssues } from './cascade-policy.js';
import { ShadowPolicy, shadowPolicyIssues } from './shadow-policy.js';

/** A dollar amount written by a person (`2.5`, `"0.15"`), held as integer micro-dollars. */
const Dollars = z
  .union([
    z.number().nonnegative(),
    z.string().regex(/^\d+(\.\d+)?$/, 'write a dollar amount such as 2.50'),
  ])
  .transform((v) => dollarsToMicros(v))
  .describe('US dollars; stored as integer micro-dollars');

/** Prices per million tokens, plus runner time for local models. */
export const PriceConfig = z
  .object({
    input: Dollars.describe('USD per million input tokens'),
    output: Dollars.describe('USD per million output tokens'),
    cachedInput: Dollars.optional().describe(
      'USD per million cached input tokens (defaults to input)',
    ),
    perSecond: Dollars.optional().describe('USD per second of runner time (local models)'),
  })
  .strict()
  .transform((p) => ({
    inputPerMTokMicros: p.input,
    outputPerMTokMicros: p.output,
    cachedInputPerMTokMicros: p.cachedInput ?? p.input,
    perSecondMicros: p.perSecond ?? 0,
  }));
export type Price = z.output<typeof PriceConfig>;

const FREE = { input: 0, output: 0 } as const;

const Timeouts = z
  .object({
    connectMs: z.number().int().positive().default(5_000),
    firstTokenMs: z.number().int().positive().default(120_000),
    totalMs: z.number().int().positive().default(600_000),
  })
  .strict();

const ModelCommon = {
  model: z.string().min(1).describe('The provider-side model name'),
  shadowModel: Slug.optional().describe('An API-billed model whose prices give the shadow cost'),
  description: z.string().optional(),
};

export const ModelConfig = z.discriminatedUnion('provider', [
  z
    .object({
      provider: z.literal('ollama'),
      ...ModelCommon,
      host: z
        .string()
        .optional()
        .describe('Ollama base URL; defaults to OLLAMA_HOST or http://127.0.0.1:11434'),
      keepAlive: z.string().default('10m'),
      digest: z
        .string()
        .regex(
          /^(sha256:)?[0-9a-f]{64}$/,
          'the full 64-hex sha256 digest, as Ollama /api/tags and `aios doctor` report it',
        )
        .optional()
        .describe(
          'Pin the weights: the work job refuses the model if Ollama reports another digest',
        ),
      billing: z.literal('local').default('local'),
      price: PriceConfig.prefault(FREE),
      request: OllamaRequestConfig.optional().describe(
        'What each call sends: temperature, maxOutputTokens (num_predict), contextWindow (num_ctx)',
      ),
    })
    .strict(),
  z
    .object({
      provider: z.literal('openai'),
      ...ModelCommon,
      baseUrl: z
        .url()
        .optional()
        .describe('OpenAI-compatible base URL, e.g. https://models.github.ai/inference'),
      apiKeyEnv: z
        .string()
        .regex(/^[A-Z_][A-Z0-9_]*$/)
        .default('OPENAI_API_KEY'),
      billing: z.enum(['api', 'flat']).default('api'),
      price: PriceConfig.prefault(FREE),
      monthlyFee: Dollars.optional().describe(
        'Flat-rate seat fee, amortised over the month in reports',
      ),
      request: OpenAiRequestConfig.optional().describe(
        'What each call sends: temperature, maxOutputTokens (max_completion_tokens), reasoningEffort',
      ),
    })
    .strict(),
  z
    .object({
      provider: z.literal('scripted'),
      ...ModelCommon,
      billing: z.literal('scripted').default('scripted'),
      price: PriceConfig.prefault(FREE),
    })
    .strict(),
]);
export type ModelConfig = z.output<typeof ModelConfig>;

export const TierConfig = z
  .object({
    description: z.string().optional(),
    models: z.array(Slug).min(1).describe('Models to try, in order; later ones are fallbacks'),
    timeouts: Timeouts.default({ connectMs: 5_000, firstTokenMs: 120_000, totalMs: 600_000 }),
    maxCallsPerTask: z.number().int().positive().default(8),
    enabled: z
      .boolean()
      .default(true)
      .describe('Per-tier kill switch: false reroutes its work by fallback, or asks'),
  })
  .strict();
export type TierConfig = z.output<typeof TierConfig>;

export const KindConfig = z
  .object({
    description: z.string(),
    labels: z.array(z.string()).default([]).describe('Issue labels that mark this kind of work'),
    paths: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs (`**/*.php`): a task naming a matching path is this kind (classification)'),
    gates: z.array(Slug).default([]).describe('Gates every piece of work of this kind passes'),
    byHandMinutes: z
      .object({
        S: z.number().int().positive(),
        M: z.number().int().positive(),
        L: z.number().int().positive(),
      })
      .strict()
      .describe('What the work takes a person by hand, by size'),
    reviewMinutes: z
      .number()
      .nonnegative()
      .optional()
      .describe('Minutes a sign-off of this kind of work takes when the reviewer does not say'),
  })
  .strict();
export type KindConfig = z.output<typeof KindConfig>;

export const RuleConfig = z
  .object({
    id: Slug,
    reason: z.string().min(1).describe('One line: why this route is right for this work'),
    when: z
      .object({
        kinds: z.array(Slug).optional(),
        labels: z
          .array(z.string())
          .optional()
          .describe('Matches when the task has any of these labels'),
        paths: z
          .array(z.string())
          .optional()
          .describe('Globs; matches when the task names such a path'),
        clients: z.array(z.string()).optional(),
        sizes: z.array(Size).optional(),
      })
      .strict()
      .default({}),
    route: z
      .object({
        persona: Slug,
        tier: Slug,
        gates: z.array(Slug).optional().describe("Gates in addition to the kind's"),
        maxAttempts: z.number().int().min(1).max(5).default(2),
        fallback: z
          .enum(['any', 'same-or-cheaper', 'none', 'escalate-on-gate-fail'])
          .default('same-or-cheaper'),
        approvers: z.array(z.string()).optional(),
        escalateTo: CascadeTiers.optional(),
      })
      .strict(),
    risk: Risk,
    owner: z.string().min(1).optional().describe('Who answers for this rule (else `owner`)'),
    // --- learning from the ledger (issue 15, config/learn-policy.ts) ---
    learn: LearnPolicy.optional().describe(
      'Move this rule’s work to a cheaper model when the ledger’s outcome cells show it does the work well enough (advise or apply); never high risk',
    ),
  })
  .strict();
export type RuleConfig = z.output<typeof RuleConfig>;

export const AiosConfigSchema = z
  .object({
    version: z.literal(1),
    enabled: z
      .boolean()
      .default(true)
      .describe('Kill switch: false stops intake with a clear comment'),
    intake: z
      .object({
        label: z.string().default('aios'),
        allowedRoles: z
          .array(z.enum(['admin', 'maintain', 'write', 'triage']))
          .default(['admin', 'maintain', 'write']),
        needsHumanLabel: z.string().default('aios:needs-human'),
      })
      .strict()
      .default({
        label: 'aios',
        allowedRoles: ['admin', 'maintain', 'write'],
        needsHumanLabel: 'aios:needs-human',
      }),
    models: z.record(Slug, ModelConfig),
    tiers: z.record(Slug, TierConfig),
    kinds: z.record(Slug, KindConfig),
    rules: z.array(RuleConfig).min(1),
    budgets: z
      .object({
        perTask: Dollars.describe('Most one task may spend'),
        perMonth: Dollars.describe('Most all tasks may spend in a calendar month'),
        perPersonMonth: Dollars.optional(),
        perTier: z.record(Slug, Dollars).default({}),
        maxCallsPerTask: z.number().int().positive().default(12),
      })
      .strict(),
    asking: z
      .object({ minConfidence: z.number().min(0).max(1).default(0.6) })
      .strict()
      .default({ minConfidence: 0.6 }),
    policy: z
      .object({
        protectedPaths: z.array(z.string()).default([...DEFAULT_PROTECTED_PATHS]),
        maxFiles: z.number().int().positive().default(20),
        maxFileBytes: z.number().int().positive().default(200_000),
      })
      .strict()
      .default({
        protectedPaths: [...DEFAULT_PROTECTED_PATHS],
        maxFiles: 20,
        maxFileBytes: 200_000,
      }),
    context: z
      .object({
        maxTokens: z
          .number()
          .int()
          .positive()
          .default(12_000)
          .describe("The context budget in tokens: the whole prompt plus the model's answer"),
        outputTokens: z
          .number()
          .int()
          .nonnegative()
          .default(2_000)
          .describe('Tokens kept for the answer: the prompt gets maxTokens minus this'),
        tiers: z
          .record(
            Slug,
            z
              .object({
                maxTokens: z.number().int().positive().optional(),
                outputTokens: z.number().int().nonnegative().optional(),
              })
              .strict(),
          )
          .default({})
          .describe("Per-tier budgets, e.g. a local model's smaller window"),
        lessons: z
          .object({
            max: z
              .number()
              .int()
              .nonnegative()
              .default(3)
              .describe('How many past outcomes the persona is given as lessons (0: none)'),
            shareAcrossClients: z
              .boolean()
              .default(false)
              .describe("Whether one client's past tasks may be lessons for another's"),
          })
          .strict()
          .default({ max: 3, shareAcrossClients: false })
          .describe('Lessons from past tasks in the ledger (context/lesson-index.ts)'),
        embeddings: z
          .object({
            model: z.string().min(1).describe('The Ollama embedding model, e.g. nomic-embed-text'),
            host: z
              .string()
              .optional()
              .describe(
                "Ollama base URL; defaults to the first Ollama model's host or OLLAMA_HOST",
              ),
          })
          .strict()
          .optional()
          .describe(
            'Semantic retrieval through Ollama /api/embed, fused with BM25; off when unset',
          ),
      })
      .strict()
      .default({
        maxTokens: 12_000,
        outputTokens: 2_000,
        tiers: {},
        lessons: { max: 3, shareAcrossClients: false },
      }),
    signoff: z
      .object({
        approvers: z.array(z.string()).default([]),
        reviewHourlyRate: Dollars.default(0),
        /** Per risk: may the person who started the work be its counting approver (a solo practice)? */
        requesterMayApprove: z
          .object({ low: z.boolean(), medium: z.boolean(), high: z.boolean() })
          .strict()
          .default({ ...DEFAULT_REQUESTER_MAY_APPROVE }),
      })
      .strict()
      .default({
        approvers: [],
        reviewHourlyRate: 0,
        requesterMayApprove: { ...DEFAULT_REQUESTER_MAY_APPROVE },
      }),
    ledger: z
      .object({
        branch: z.string().default('aios-ledger'),
        remote: z
          .string()
          .optional()
          .describe('Remote to push ledger entries to; none keeps them local'),
        signed: z
          .boolean()
          .optional()
          .describe('Verify fails on a ledger commit that is not signed by an allowed key'),
        allowedSigners: z
          .string()
          .optional()
          .describe(
            'gpg.ssh.allowedSignersFile for checking ledger signatures (repository-relative)',
          ),
      })
      .strict()
      .default({ branch: 'aios-ledger' }),
    gates: z
      .record(Slug, GateSettings)
      .default({})
      .describe('Settings per gate (thresholds, browser, house style, limits)'),
    owner: z.string().min(1).optional().describe('Who answers for rules that name no owner'),
    risk: RiskPolicy,
    classify: ClassifyPolicy.optional().describe(
      'A classifier call to the cheapest tier when labels, form fields and paths leave the kind open',
    ),
    shadow: ShadowPolicy.optional().describe(
      'Shadow runs: a cheaper model also answers a share of low-risk tasks, gated, never delivered',
    ),
  })
  .strict()
  .superRefine((config, ctx) => {
    checkGateNames(config, ctx);
    // Cross-references: every name a field uses must be defined, so a typo fails at load time.
    for (const [id, model] of Object.entries(config.models)) {
      for (const issue of requestProfileIssues(id, model))
        ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
      if (model.shadowModel !== undefined) {
        const shadow = config.models[model.shadowModel];
        if (!shadow) {
          ctx.addIssue({
            code: 'custom',
            path: ['models', id, 'shadowModel'],
            message: `no model named "${model.shadowModel}"`,
          });
        } else if (shadow.billing !== 'api') {
          ctx.addIssue({
            code: 'custom',
            path: ['models', id, 'shadowModel'],
            message: `"${model.shadowModel}" is not API-billed, so it has no rate to shadow at`,
          });
        }
      }
    }
    for (const [id, tier] of Object.entries(config.tiers)) {
      tier.models.forEach((m, i) => {
        if (!config.models[m])
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', id, 'models', i],
            message: `no model named "${m}"`,
          });
      });
    }
    for (const tier of Object.keys(config.budgets.perTier)) {
      if (!config.tiers[tier])
        ctx.addIssue({
          code: 'custom',
          path: ['budgets', 'perTier', tier],
          message: `no tier named "${tier}"`,
        });
    }
    for (const [tier, budget] of Object.entries(config.context.tiers)) {
      if (!config.tiers[tier])
        ctx.addIssue({
          code: 'custom',
          path: ['context', 'tiers', tier],
          message: `no tier named "${tier}"`,
        });
      const max = budget.maxTokens ?? config.context.maxTokens;
      const out = budget.outputTokens ?? config.context.outputTokens;
      if (out >= max)
        ctx.addIssue({
          code: 'custom',
          path: ['context', 'tiers', tier, 'outputTokens'],
          message: `the output cap (${out}) leaves no room for the prompt in ${max} tokens`,
        });
    }
    if (config.context.outputTokens >= config.context.maxTokens)
      ctx.addIssue({
        code: 'custom',
        path: ['context', 'outputTokens'],
        message: `the output cap (${config.context.outputTokens}) leaves no room for the prompt in ${config.context.maxTokens} tokens`,
      });
    if (config.classify && !config.models[config.classify.model])
      ctx.addIssue({
        code: 'custom',
        path: ['classify', 'model'],
        message: `no model named "${config.classify.model}"`,
      });
    // Learning (learn-policy.ts), shadow runs (shadow-policy.ts) and cascades (cascade-policy.ts).
    for (const issue of [
      ...learnIssues(config),
      ...shadowPolicyIssues(config),
      ...cascadeRuleIssues(config),
    ])
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    const seen = new Set<string>();
    config.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `rule id "${rule.id}" is used twice`,
        });
      seen.add(rule.id);
      if (!config.tiers[rule.route.tier]) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'route', 'tier'],
          message: `no tier named "${rule.route.tier}"`,
        });
      }
      rule.when.kinds?.forEach((k, j) => {
        if (!config.kinds[k])
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, 'when', 'kinds', j],
            message: `no kind named "${k}"`,
          });
      });
    });
  });

/** The validated configuration. Money fields are integer micro-dollars. */
export type AiosConfig = z.output<typeof AiosConfigSchema>;
