import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer,
  personaAnswerJsonSchema
} from "./chunk-A6XXJ64N.js";
import {
  backoffDelayMs
} from "./chunk-VPGG6BY4.js";
import {
  MonthSpend,
  monthOf
} from "./chunk-ZR4AWZX3.js";
import {
  buildPrompt,
  gatherTaskContext
} from "./chunk-77CIAXIQ.js";
import {
  neutralizeForGitHub
} from "./chunk-RLITK63G.js";
import {
  require_picomatch,
  route
} from "./chunk-C5MAKRMN.js";
import {
  costOf
} from "./chunk-2K2IB55S.js";
import {
  sha256
} from "./chunk-MOVWQC26.js";
import {
  formatMicros
} from "./chunk-EP24EKF6.js";
import {
  AiosError,
  BudgetError,
  ModelError,
  describeError
} from "./chunk-AYJEV7GA.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/pipeline/check-policy.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function hasControlOrQuote(path) {
  return [...path].some((c) => c.charCodeAt(0) < 32 || c === '"');
}
function checkWritePolicy(files, persona, policy) {
  const started = performance.now();
  const findings = [];
  const allowed = persona.writes.length ? (0, import_picomatch.default)([...persona.writes], { dot: true }) : () => false;
  const protectedPath = (0, import_picomatch.default)([...policy.protectedPaths], { dot: true });
  if (files.length > policy.maxFiles) {
    findings.push({
      rule: "max-files",
      severity: "error",
      message: `${files.length} files changed; the limit is ${policy.maxFiles}`
    });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const f of files) {
    const p = f.path;
    if (seen.has(p))
      findings.push({
        rule: "duplicate-path",
        severity: "error",
        message: "the same file is returned twice",
        path: p
      });
    seen.add(p);
    if (p.startsWith("/") || p.includes("\\") || p.split("/").some((s) => s === ".." || s === "." || s === "") || hasControlOrQuote(p)) {
      findings.push({
        rule: "unsafe-path",
        severity: "error",
        message: "paths must be relative, inside the repository, with no .. or control characters",
        path: p
      });
      continue;
    }
    if (protectedPath(p))
      findings.push({
        rule: "protected-path",
        severity: "error",
        message: "this path is protected; no persona may change it",
        path: p
      });
    else if (!allowed(p)) {
      findings.push({
        rule: "outside-lane",
        severity: "error",
        message: `the ${persona.name} persona may only write ${persona.writes.join(", ") || "nothing"}`,
        path: p
      });
    }
    const bytes = Buffer.byteLength(f.content, "utf8");
    if (bytes > policy.maxFileBytes) {
      findings.push({
        rule: "max-file-bytes",
        severity: "error",
        message: `${bytes} bytes; the limit is ${policy.maxFileBytes}`,
        path: p
      });
    }
  }
  return {
    gate: "write-policy",
    pass: findings.length === 0,
    findings,
    durationMs: Math.round(performance.now() - started)
  };
}

// src/models/budget-guard.ts
var DEFAULT_MAX_OUTPUT_TOKENS = 16384;
var CHARS_PER_TOKEN = 3;
var DEFAULT_TOTAL_MS = 6e5;
function worstCaseCost(modelId, model, promptChars, limits) {
  const usage = {
    inputTokens: Math.ceil(Math.max(0, promptChars) / CHARS_PER_TOKEN),
    outputTokens: limits.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    cachedInputTokens: 0,
    durationMs: limits.totalMs
  };
  return {
    usage,
    micros: costOf(usage, model.billing, { model: modelId, ...model.price }).actualMicros
  };
}
function needsPastSpend(config, plan, model) {
  const { budgets } = config;
  const monthly = budgets.perMonth !== void 0 || budgets.perPersonMonth !== void 0 || budgets.perTier[plan.tier] !== void 0;
  if (!monthly) return false;
  const totalMs = config.tiers[plan.tier]?.timeouts.totalMs ?? DEFAULT_TOTAL_MS;
  return plan.models.some((id) => worstCaseCost(id, model(id), 0, { totalMs }).micros > 0);
}
function describeEstimate(estimate, billing) {
  const n = (x) => x.toLocaleString("en-US");
  const tokens = `about ${n(estimate.usage.inputTokens)} input and up to ${n(estimate.usage.outputTokens)} output tokens`;
  return billing === "local" ? `${tokens}, ${n(estimate.usage.durationMs / 1e3)} s of runner time` : tokens;
}
function createBudgetGuard(options) {
  const { budgets } = options.config;
  const tier = options.config.tiers[options.plan.tier];
  const totalMs = tier?.timeouts.totalMs ?? DEFAULT_TOTAL_MS;
  const maxCalls = Math.min(budgets.maxCallsPerTask, tier?.maxCallsPerTask ?? Infinity);
  const person = options.task.requestedBy;
  const tierName = options.plan.tier;
  const month = monthOf(options.clock.now());
  const spend = options.spentSoFar && options.spentSoFar.month === month ? options.spentSoFar : new MonthSpend(month);
  let taskMicros = 0;
  let calls = 0;
  const refuse = (budget, configPath, call, spent, limit, what, hint) => {
    throw new BudgetError(
      `Not calling ${call.modelId}: the call could cost up to ${formatMicros(call.estimate.micros)} (${describeEstimate(call.estimate, options.model(call.modelId).billing)}), and ${what} has spent ${formatMicros(spent)} of its ${formatMicros(limit)} budget (${configPath}).`,
      budget,
      { hint }
    );
  };
  return {
    get taskMicros() {
      return taskMicros;
    },
    get calls() {
      return calls;
    },
    maxCalls,
    beforeCall(modelId, promptChars) {
      if (calls >= maxCalls) {
        const fromTier = tier !== void 0 && tier.maxCallsPerTask < budgets.maxCallsPerTask;
        const capPath = fromTier ? `tiers.${tierName}.maxCallsPerTask` : "budgets.maxCallsPerTask";
        throw new BudgetError(
          `Not calling ${modelId}: the task has made ${calls} model calls, the most allowed (${capPath} = ${maxCalls}).`,
          "maxCallsPerTask",
          {
            hint: `Raise ${capPath} if the work really needs more calls; repeated failures usually mean a model or server problem to fix first.`
          }
        );
      }
      const estimate = worstCaseCost(modelId, options.model(modelId), promptChars, {
        totalMs,
        maxOutputTokens: options.maxOutputTokens
      });
      if (estimate.micros === 0) return;
      const call = { modelId, estimate };
      const over = (spent, limit) => limit !== void 0 && spent + estimate.micros > limit;
      if (over(taskMicros, budgets.perTask))
        refuse(
          "perTask",
          "budgets.perTask",
          call,
          taskMicros,
          budgets.perTask,
          "this task",
          "Raise budgets.perTask, split the task, or route this kind of work to a cheaper tier."
        );
      const tierLimit = budgets.perTier[tierName];
      if (over(spend.tierMicros(tierName), tierLimit))
        refuse(
          "perTier",
          `budgets.perTier.${tierName}`,
          call,
          spend.tierMicros(tierName),
          tierLimit,
          `the ${tierName} tier this month (${month})`,
          `Raise budgets.perTier.${tierName}, wait for next month, or route work to another tier.`
        );
      if (over(spend.personMicros(person), budgets.perPersonMonth))
        refuse(
          "perPersonMonth",
          "budgets.perPersonMonth",
          call,
          spend.personMicros(person),
          budgets.perPersonMonth,
          `work started by ${person} this month (${month})`,
          "Raise budgets.perPersonMonth, or have someone with budget left start the task."
        );
      if (over(spend.totalMicros, budgets.perMonth))
        refuse(
          "perMonth",
          "budgets.perMonth",
          call,
          spend.totalMicros,
          budgets.perMonth,
          `all work this month (${month})`,
          "Raise budgets.perMonth, or wait for next month; flat-rate and free local tiers still run."
        );
    },
    record(cost) {
      calls += 1;
      taskMicros += cost.actualMicros;
      spend.add(cost.actualMicros, { tier: tierName, person });
    }
  };
}

// src/models/parse-answer.ts
function parseAnswer(text) {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n```$/.exec(trimmed);
  let json;
  try {
    json = JSON.parse(fenced?.[1] ?? trimmed);
  } catch (error) {
    return { ok: false, problem: `the answer is not valid JSON (${error.message})` };
  }
  const result = PersonaAnswer.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problem: result.error.issues.slice(0, 8).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ")
    };
  }
  return { ok: true, answer: result.data };
}

// src/models/circuit-breaker.ts
var CircuitBreaker = class {
  #threshold;
  #openMs;
  #now;
  #failures = 0;
  #openedAt;
  /** When the half-open trial was let through; undefined when none is out. */
  #trialAt;
  constructor(options) {
    if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) {
      throw new RangeError(
        `failureThreshold must be a positive integer, got ${options.failureThreshold}`
      );
    }
    if (!Number.isFinite(options.openMs) || options.openMs < 0) {
      throw new RangeError(`openMs must be a non-negative number, got ${options.openMs}`);
    }
    this.#threshold = options.failureThreshold;
    this.#openMs = options.openMs;
    this.#now = options.now ?? Date.now;
  }
  /** The state now: an open circuit whose wait is over reads as half-open. */
  get state() {
    if (this.#openedAt === void 0) return "closed";
    return this.#now() - this.#openedAt >= this.#openMs ? "half-open" : "open";
  }
  /** Consecutive failures counted so far (reset by a success). */
  get failures() {
    return this.#failures;
  }
  /** Milliseconds until an open circuit lets a trial through; 0 when it would now. */
  get retryInMs() {
    if (this.#openedAt === void 0) return 0;
    return Math.max(0, this.#openedAt + this.#openMs - this.#now());
  }
  /**
   * May a call go out now? Closed: yes. Open: no. Half-open: yes for exactly one trial call; the
   * next caller is refused until that trial is recorded. A trial never recorded (its caller
   * crashed) is forgotten after another openMs, so the endpoint cannot stay locked forever.
   */
  canRequest() {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open") return false;
    const now = this.#now();
    if (this.#trialAt !== void 0 && now - this.#trialAt < Math.max(this.#openMs, 1))
      return false;
    this.#trialAt = now;
    return true;
  }
  /** The endpoint answered: close the circuit and forget past failures. */
  recordSuccess() {
    this.#failures = 0;
    this.#openedAt = void 0;
    this.#trialAt = void 0;
  }
  /** The endpoint failed in a way that says it is unhealthy (see the module comment). */
  recordFailure() {
    this.#failures += 1;
    const state = this.state;
    if (state === "open") return;
    if (state === "half-open" || this.#failures >= this.#threshold) {
      this.#openedAt = this.#now();
      this.#trialAt = void 0;
    }
  }
};
var CircuitBreakerRegistry = class {
  #options;
  #breakers = /* @__PURE__ */ new Map();
  constructor(options) {
    new CircuitBreaker(options);
    this.#options = options;
  }
  /** The breaker for this endpoint. */
  get(key) {
    let breaker = this.#breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(this.#options);
      this.#breakers.set(key, breaker);
    }
    return breaker;
  }
  /** Every known endpoint and its state now (for status output and the ledger). */
  states() {
    const out = {};
    for (const [key, breaker] of this.#breakers) out[key] = breaker.state;
    return out;
  }
};

// src/models/model-gateway.ts
var SCHEMA_NAME = "persona_answer";
var ModelGateway = class {
  constructor(options) {
    this.options = options;
    this.breakers = options.breakers ?? new CircuitBreakerRegistry({ failureThreshold: 3, openMs: 3e4 });
  }
  options;
  calls = 0;
  schema = personaAnswerJsonSchema();
  breakers;
  get callCount() {
    return this.calls;
  }
  async answer(request) {
    const retry = this.options.retry ?? { maxRetries: 2, baseMs: 500, maxMs: 8e3 };
    const sleep = this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let lastError = new ModelError("no model is configured for this tier", {
      errorClass: "not-found"
    });
    for (const modelId of request.models) {
      const provider = this.options.providers.get(modelId);
      if (!provider) {
        lastError = new ModelError(`model ${modelId} has no provider`, { errorClass: "not-found" });
        continue;
      }
      const endpoint = `${provider.provider}:${modelId}`;
      const breaker = this.breakers.get(endpoint);
      for (let retryIndex = 0; retryIndex <= retry.maxRetries; retryIndex++) {
        if (!breaker.canRequest()) {
          lastError = new ModelError(
            `circuit open for ${modelId} after repeated failures`,
            { errorClass: "circuit-open" },
            { retryable: true }
          );
          break;
        }
        try {
          const answer = await this.callOnce(provider, request, request.messages, "work");
          breaker.recordSuccess();
          if (answer.ok) return { answer: answer.answer, modelId };
          const repair = [
            ...request.messages,
            { role: "assistant", content: answer.raw },
            {
              role: "user",
              content: `Your answer broke the required format: ${answer.problem}. Answer again with only the JSON object, following the schema exactly.`
            }
          ];
          const repaired = await this.callOnce(provider, request, repair, "repair");
          if (repaired.ok) return { answer: repaired.answer, modelId };
          throw new ModelError(
            `${modelId} twice returned an answer that breaks the contract: ${repaired.problem}`,
            {
              errorClass: "invalid-answer",
              raw: repaired.raw
            }
          );
        } catch (error) {
          if (error instanceof BudgetError) throw error;
          if (!(error instanceof ModelError)) throw error;
          lastError = error;
          if (error.errorClass === "cancelled" || error.errorClass === "invalid-answer")
            throw error;
          if (!error.retryable) break;
          breaker.recordFailure();
          if (retryIndex < retry.maxRetries) {
            await sleep(
              backoffDelayMs(retryIndex + 1, {
                baseMs: retry.baseMs,
                maxMs: retry.maxMs,
                retryAfterMs: error.retryAfterMs
              })
            );
          }
        }
      }
    }
    throw lastError;
  }
  async callOnce(provider, request, messages, purpose) {
    await this.options.beforeCall?.(
      provider.modelId,
      messages.reduce((chars, m) => chars + m.content.length, 0)
    );
    const call = ++this.calls;
    const started = performance.now();
    const base = {
      modelId: provider.modelId,
      provider: provider.provider,
      model: provider.model,
      purpose,
      attempt: request.attempt,
      call
    };
    try {
      const result = await provider.chat({
        messages,
        schema: this.schema,
        schemaName: SCHEMA_NAME,
        timeouts: request.timeouts,
        persona: request.persona,
        attempt: request.attempt,
        purpose,
        signal: request.signal,
        onProgress: request.onProgress ? (chars) => request.onProgress?.(provider.modelId, chars) : void 0
      });
      const usage = {
        ...result.usage,
        durationMs: Math.max(0, Math.round(result.durationMs))
      };
      const parsed = parseAnswer(result.text);
      if (parsed.ok) {
        await this.options.onCall({
          ...base,
          model: result.model || provider.model,
          usage,
          outcome: "ok",
          answer: parsed.answer,
          answerHash: sha256(result.text)
        });
        return { ok: true, answer: parsed.answer, raw: result.text };
      }
      await this.options.onCall({
        ...base,
        usage,
        outcome: "invalid-answer",
        errorClass: "invalid-answer",
        error: parsed.problem,
        raw: result.text.slice(0, 2e4)
      });
      return { ok: false, problem: parsed.problem, raw: result.text };
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      const me = error instanceof ModelError ? error : new ModelError(
        `unexpected failure calling ${provider.modelId}: ${String(error)}`,
        { errorClass: "server" },
        { cause: error }
      );
      await this.options.onCall({
        ...base,
        usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, durationMs },
        outcome: "error",
        errorClass: me.errorClass,
        error: me.message
      });
      throw me;
    }
  }
};

// src/pipeline/progress.ts
var silentProgress = {
  routed: () => void 0,
  modelStart: () => void 0,
  modelProgress: () => void 0,
  modelEnd: () => void 0,
  gate: () => void 0,
  note: () => void 0
};

// src/pipeline/render-delivery.ts
function modelLabel(by) {
  return by.scripted ? "scripted (NOT AI: answers from a script file)" : `${by.model} (${by.provider}, ${by.modelId})`;
}
function commitMessage(options) {
  const { task, plan, by } = options;
  const subject = `aios(${plan.kind}): ${task.title}`.slice(0, 72);
  const trailers = [
    `AI-Model: ${by.scripted ? "scripted" : `${by.provider}/${by.model}`}`,
    `AI-Persona: ${plan.persona}`,
    `AIOS-Rule: ${plan.rule.id}`,
    `AIOS-Task: ${task.id}`,
    `AIOS-Config: ${plan.configHash.slice(0, 12)}`
  ];
  if (options.coAuthor) trailers.push(`Co-authored-by: ${options.coAuthor}`);
  const body = options.summary.replace(/\r/g, "").trim();
  return `${subject}

${body}

${trailers.join("\n")}
`;
}
function verdictLine(v) {
  return `${v.pass ? "pass" : "sent back"} \xB7 ${v.gate} \xB7 ${v.findings.length} finding(s)`;
}
function prBody(options) {
  const { task, plan, by, cost } = options;
  const lines = [];
  lines.push(`> [!IMPORTANT]`);
  lines.push(
    by.scripted ? `> **Disclosure:** this draft was produced by AIOS in demo mode with **scripted answers, not an AI model**. It needs human review before it goes anywhere.` : `> **AI use disclosure:** this draft was written by an AI model (${modelLabel(by)}) acting as the \`${plan.persona}\` persona, under AIOS rule \`${plan.rule.id}\`. A human must review and approve it; nothing merges by itself.`
  );
  lines.push("");
  lines.push(`Task: ${task.id} \u2014 ${neutralizeForGitHub(task.title)}`);
  lines.push("");
  lines.push("## Summary", "", neutralizeForGitHub(options.summary.trim()), "");
  lines.push("## Files", "", ...options.files.map((f) => `- \`${f}\``), "");
  lines.push("## Routing", "");
  lines.push(`- Rule **${plan.rule.id}**: ${plan.rule.reason}`);
  lines.push(
    `- Kind \`${plan.kind}\`, risk ${plan.risk}, size ${plan.size}; persona \`${plan.persona}\` on tier \`${plan.tier}\` (models: ${plan.models.join(" \u2192 ")})`
  );
  if (plan.overriddenBy)
    lines.push(`- Persona chosen by @${plan.overriddenBy}, overriding the router`);
  for (const t of plan.trace.filter((x) => !x.matched)) lines.push(`- Not \`${t.rule}\`: ${t.why}`);
  lines.push("", "## Quality gates", "");
  for (const a of options.attempts) {
    lines.push(`Attempt ${a.attempt}:`);
    for (const v of a.verdicts) {
      lines.push(`- ${verdictLine(v)}`);
      for (const f of v.findings.slice(0, 10))
        lines.push(
          `  - \`${f.rule}\` ${f.path ?? ""}${f.line ? `:${f.line}` : ""} ${neutralizeForGitHub(f.message)}`
        );
    }
  }
  lines.push("", "## Cost", "");
  lines.push("| | |", "|---|---|");
  lines.push(`| Model calls | ${cost.calls} |`);
  lines.push(`| Tokens in / out | ${cost.inputTokens} / ${cost.outputTokens} |`);
  lines.push(`| Actual cost | ${formatMicros(cost.actualMicros)} |`);
  lines.push(`| Shadow cost (at API rates) | ${formatMicros(cost.shadowMicros)} |`);
  lines.push(`| By hand (estimate) | ${plan.byHand.minutes} min (${plan.byHand.source}) |`);
  lines.push("");
  lines.push(
    `<sub>Recorded in the AIOS ledger under ${task.id}. Approving this PR is the sign-off.</sub>`
  );
  lines.push(`<!-- aios:task ${task.id} -->`);
  return `${lines.join("\n")}
`;
}

// src/pipeline/run-task.ts
function priceSnapshot(modelId, model) {
  return { model: modelId, ...model.price };
}
function entryBase(task, plan) {
  return {
    task: task.id,
    work: { kind: plan.kind, risk: plan.risk, client: plan.client, size: plan.size },
    rule: { id: plan.rule.id, configHash: plan.configHash }
  };
}
var system = (component) => ({ type: "system", component });
function emptyCost() {
  return { actualMicros: 0, shadowMicros: 0, calls: 0, inputTokens: 0, outputTokens: 0 };
}
async function planTask(task, deps, options = {}) {
  const progress = deps.progress ?? silentProgress;
  const decision = route({
    task,
    config: deps.config.config,
    configHash: deps.config.hash,
    personaOverride: options.personaOverride
  });
  progress.routed(decision);
  if (decision.type === "ask") {
    await deps.ledger.append({
      task: task.id,
      event: "asked",
      actor: system("router"),
      work: { kind: decision.kind ?? "unclassified", risk: "medium", client: task.client },
      rule: { id: "none", configHash: deps.config.hash },
      data: { stage: "plan", reason: decision.reason, questions: [...decision.questions] }
    });
    return {
      type: "ask",
      reason: decision.reason,
      questions: [...decision.questions],
      kind: decision.kind
    };
  }
  const plan = applyOverride(decision.plan, deps.modelOverride);
  await deps.ledger.append({
    ...entryBase(task, plan),
    event: "planned",
    actor: system("router"),
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
      estimate: plan.byHand
    }
  });
  return { type: "route", plan };
}
async function workOnTask(task, plan, deps, options = {}) {
  const progress = deps.progress ?? silentProgress;
  const { config } = deps.config;
  const cost = emptyCost();
  const persona = await deps.personas.load(plan.persona);
  const base = entryBase(task, plan);
  const append = (draft) => deps.ledger.append(draft);
  const modelConfig = (modelId) => {
    if (deps.modelOverride && modelId === deps.modelOverride.modelId)
      return deps.modelOverride.model;
    const m = config.models[modelId];
    if (!m) throw new ModelError(`model ${modelId} is not configured`, { errorClass: "not-found" });
    return m;
  };
  const pastSpend = needsPastSpend(config, plan, modelConfig) ? deps.pastSpend?.() : void 0;
  pastSpend?.catch(() => void 0);
  const providers = /* @__PURE__ */ new Map();
  for (const id of plan.models) providers.set(id, await deps.provider(id, modelConfig(id)));
  const budget = createBudgetGuard({
    config,
    plan,
    task,
    model: modelConfig,
    spentSoFar: await pastSpend,
    clock: deps.clock
  });
  let lastBy;
  const tierConfig = config.tiers[plan.tier];
  const gateway = new ModelGateway({
    providers,
    sleep: deps.sleep,
    beforeCall: (modelId, promptChars) => budget.beforeCall(modelId, promptChars),
    onCall: async (call) => {
      const m = modelConfig(call.modelId);
      const shadow = m.shadowModel ? config.models[m.shadowModel] : void 0;
      const c = costOf(
        call.usage,
        m.billing,
        priceSnapshot(call.modelId, m),
        shadow && m.shadowModel ? priceSnapshot(m.shadowModel, shadow) : void 0
      );
      budget.record(c);
      cost.actualMicros += c.actualMicros;
      cost.shadowMicros += c.shadowMicros;
      cost.calls += 1;
      cost.inputTokens += call.usage.inputTokens;
      cost.outputTokens += call.usage.outputTokens;
      lastBy = {
        provider: call.provider,
        model: call.model,
        modelId: call.modelId,
        scripted: call.provider === "scripted"
      };
      progress.modelEnd({ modelId: call.modelId, ok: call.outcome === "ok" });
      await append({
        ...base,
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
        cost: c,
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
          context: context.record
          // what this call's prompt was made of (context/)
        }
      });
    }
  });
  const fail = async (stage, reason, extra = {}) => {
    await append({
      ...base,
      event: "failed",
      actor: system("pipeline"),
      data: { stage, reason, ...extra }
    });
    return { status: "failed", stage, reason, cost };
  };
  const ask = async (stage, reason, questions, confidence) => {
    await append({
      ...base,
      event: "asked",
      actor: system("pipeline"),
      data: { stage, reason, questions, confidence }
    });
    return { status: "asked", stage, reason, questions, cost };
  };
  const context = await gatherTaskContext({
    workspace: deps.workspace,
    task,
    plan,
    persona,
    config,
    answers: options.humanAnswer,
    render: (c) => buildPrompt({
      persona,
      task,
      context: c,
      attempt: 1,
      minConfidence: config.asking.minConfidence,
      humanAnswer: options.humanAnswer
    })
  });
  const attempts = [];
  let sentBack;
  let accepted;
  for (let attempt = 1; attempt <= plan.maxAttempts; attempt++) {
    let answer;
    try {
      progress.modelStart({ modelId: plan.models[0] ?? "", persona: plan.persona, attempt });
      const result = await gateway.answer({
        messages: buildPrompt({
          persona,
          task,
          context,
          attempt,
          minConfidence: config.asking.minConfidence,
          sentBack,
          humanAnswer: options.humanAnswer
        }),
        persona: plan.persona,
        attempt,
        models: plan.models,
        timeouts: tierConfig?.timeouts ?? {
          connectMs: 5e3,
          firstTokenMs: 12e4,
          totalMs: 6e5
        },
        signal: deps.signal,
        onProgress: (modelId, chars) => progress.modelProgress({ modelId, chars })
      });
      answer = result.answer;
    } catch (error) {
      if (error instanceof BudgetError)
        return fail("budget", describeError(error), { budget: error.budget, errorClass: "budget" });
      if (error instanceof ModelError)
        return fail("work", describeError(error), { errorClass: error.errorClass });
      throw error;
    }
    if (answer.decision === "decline") {
      const reason = answer.declineReason ?? answer.summary;
      await append({
        ...base,
        event: "declined",
        actor: system("pipeline"),
        data: { persona: plan.persona, reason }
      });
      return { status: "declined", reason, cost };
    }
    if (answer.decision === "ask") {
      return ask(
        "work",
        `The ${plan.persona} persona needs more information.`,
        answer.questions.length ? answer.questions : [answer.summary],
        answer.confidence
      );
    }
    if (answer.confidence < config.asking.minConfidence) {
      return ask(
        "work",
        `The ${plan.persona} persona is not confident enough (${answer.confidence} < ${config.asking.minConfidence}).`,
        answer.questions.length ? answer.questions : ["Please check the task and add what is missing."],
        answer.confidence
      );
    }
    if (answer.files.length === 0) {
      return ask(
        "work",
        `The ${plan.persona} persona finished without changing any file.`,
        ["Is there anything to change? Please clarify the task."],
        answer.confidence
      );
    }
    const files = answer.files.map((f) => ({ path: f.path, content: f.content }));
    const verdicts = await runGates(files, plan, persona, deps, task);
    for (const v of verdicts) {
      progress.gate(v, attempt);
      await append({
        ...base,
        event: "gate",
        actor: system(`gate:${v.gate}`),
        data: {
          attempt,
          gate: v.gate,
          pass: v.pass,
          findings: v.findings,
          durationMs: v.durationMs
        }
      });
    }
    attempts.push({ attempt, verdicts });
    if (verdicts.every((v) => v.pass)) {
      accepted = { answer, files };
      break;
    }
    sentBack = verdicts.flatMap((v) => v.findings.filter((f) => f.severity === "error"));
  }
  if (!accepted) {
    const findings = sentBack ?? [];
    return ask(
      "gate",
      `The work did not pass the quality gates after ${plan.maxAttempts} attempt(s); AIOS stops rather than ship it.`,
      [
        `Review the ${findings.length} remaining finding(s) and say how to proceed (\`/aios retry\` or \`/aios answer <guidance>\`).`,
        ...findings.slice(0, 5).map((f) => `${f.path ?? ""}${f.line ? `:${f.line}` : ""} ${f.message}`)
      ]
    );
  }
  const by = lastBy ?? {
    provider: "unknown",
    model: "unknown",
    modelId: "unknown",
    scripted: false
  };
  return {
    status: "accepted",
    files: accepted.files,
    summary: accepted.answer.summary,
    attempts,
    cost,
    by
  };
}
async function deliverTask(task, plan, work, deps, options = {}) {
  const base = entryBase(task, plan);
  const branch = options.branch ?? `aios/${task.key}`;
  let delivery;
  try {
    delivery = await deps.forge.deliver({
      task,
      plan,
      branch,
      files: work.files,
      commitMessage: commitMessage({
        task,
        plan,
        by: work.by,
        summary: work.summary,
        coAuthor: options.coAuthor
      }),
      pr: {
        title: `${work.by.scripted ? "[scripted] " : ""}AIOS draft: ${task.title}`,
        body: prBody({
          task,
          plan,
          by: work.by,
          summary: work.summary,
          attempts: work.attempts,
          cost: work.cost,
          files: work.files.map((f) => f.path)
        })
      },
      reviewers: plan.approvers,
      time: deps.clock.now()
    });
  } catch (error) {
    if (!(error instanceof AiosError)) throw error;
    const reason = describeError(error);
    await deps.ledger.append({
      ...base,
      event: "failed",
      actor: system("deliver"),
      data: { stage: "deliver", reason }
    });
    return { status: "failed", reason };
  }
  if (await options.alreadyRecorded?.(delivery)) return { status: "delivered", delivery };
  await deps.ledger.append({
    ...base,
    event: "delivered",
    actor: system("deliver"),
    estimate: plan.byHand,
    data: {
      branch: delivery.branch,
      commit: delivery.commit,
      files: work.files.map((f) => f.path),
      pr: { number: delivery.pr.number, url: delivery.pr.url },
      attempts: work.attempts.length,
      totalMicros: work.cost.actualMicros,
      shadowMicros: work.cost.shadowMicros
    }
  });
  return { status: "delivered", delivery };
}
async function runTask(task, deps, options = {}) {
  const planned = await planTask(task, deps, options);
  if (planned.type === "ask") {
    const asked = await deps.forge.ask({
      task,
      stage: "plan",
      reason: planned.reason,
      questions: planned.questions
    });
    return {
      status: "asked",
      stage: "plan",
      reason: planned.reason,
      questions: planned.questions,
      url: asked.url,
      cost: emptyCost()
    };
  }
  const { plan } = planned;
  const work = await workOnTask(task, plan, deps, options);
  switch (work.status) {
    case "asked": {
      const asked = await deps.forge.ask({
        task,
        stage: work.stage,
        reason: work.reason,
        questions: work.questions
      });
      return { ...work, plan, url: asked.url };
    }
    case "declined":
      await deps.forge.ask({
        task,
        stage: "work",
        reason: `The ${plan.persona} persona declined: ${work.reason}`,
        questions: [
          "Route it to another persona with `/aios route <persona>`, or change the task."
        ]
      });
      return { ...work, plan };
    case "failed":
      return { ...work, plan };
    case "accepted": {
      const delivered = await deliverTask(task, plan, work, deps, options);
      if (delivered.status === "failed")
        return {
          status: "failed",
          plan,
          stage: "deliver",
          reason: delivered.reason,
          cost: work.cost
        };
      return {
        status: "delivered",
        plan,
        delivery: delivered.delivery,
        attempts: work.attempts,
        cost: work.cost,
        by: work.by
      };
    }
  }
}
async function runGates(files, plan, persona, deps, task) {
  const policy = checkWritePolicy(files, persona, deps.config.config.policy);
  if (!policy.pass) return [policy];
  const verdicts = [policy];
  for (const id of plan.gates) {
    const gate = deps.gates.get(id);
    if (!gate) {
      verdicts.push({
        gate: id,
        pass: false,
        findings: [
          {
            rule: "unknown-gate",
            severity: "error",
            message: `no gate named ${id} is installed; fix the config`
          }
        ],
        durationMs: 0
      });
      continue;
    }
    verdicts.push(await gate.run({ files, kind: plan.kind, taskId: task.id }));
  }
  return verdicts;
}
function applyOverride(plan, override) {
  return override ? { ...plan, models: [override.modelId] } : plan;
}

export {
  checkWritePolicy,
  entryBase,
  planTask,
  workOnTask,
  deliverTask,
  runTask
};
