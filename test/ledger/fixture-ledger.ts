/**
 * A small ledger whose report figures are computed by hand in report.test.ts: eight tasks over
 * two months, two clients, API, flat-rate, local and scripted calls, a send-back, a retry, a
 * decline, two questions, sign-offs and outcomes. Costs are made with `costOf` from the
 * prices below, so `ledger verify` passes on it.
 */
import { costOf } from '../../src/core/cost.js';
import type { LedgerDraft, PriceSnapshot, Usage } from '../../src/core/ledger-entry.js';
import { steppingClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import type { ReportPricing } from '../../src/reports/report-pricing.js';

export const PREMIUM: PriceSnapshot = {
  model: 'premium-gpt',
  inputPerMTokMicros: 1_250_000,
  outputPerMTokMicros: 10_000_000,
  cachedInputPerMTokMicros: 125_000,
  perSecondMicros: 0,
};
const COPILOT: PriceSnapshot = {
  ...PREMIUM,
  model: 'copilot-gpt',
  inputPerMTokMicros: 0,
  outputPerMTokMicros: 0,
  cachedInputPerMTokMicros: 0,
};
const LOCAL: PriceSnapshot = { ...COPILOT, model: 'local-llama', perSecondMicros: 100 };
const SCRIPTED: PriceSnapshot = { ...COPILOT, model: 'scripted' };

/** $120/h review, a $10/month seat for copilot-gpt, premium-gpt for the counterfactual. */
export const PRICING: ReportPricing = {
  reviewHourlyRateMicros: 120_000_000,
  seats: new Map([['copilot-gpt', 10_000_000]]),
  premium: { modelId: 'premium-gpt', price: PREMIUM },
};

type Route = { kind: string; persona: string; tier: string; rule: string; client: string };
const ROUTES = {
  writing: { kind: 'writing', persona: 'editor', tier: 'premium', rule: 'writing-in-voice' },
  hardening: {
    kind: 'code-hardening',
    persona: 'wordpress-expert',
    tier: 'flat',
    rule: 'wordpress-plugin-hardening',
  },
  a11y: {
    kind: 'accessibility',
    persona: 'accessibility-reviewer',
    tier: 'flat',
    rule: 'accessibility-review',
  },
  audit: {
    kind: 'content-audit',
    persona: 'content-auditor',
    tier: 'local',
    rule: 'content-audit-local',
  },
} as const;

const MODELS = {
  'premium-gpt': { provider: 'openai', model: 'gpt-5', billing: 'api', price: PREMIUM },
  'copilot-gpt': { provider: 'openai', model: 'openai/gpt-4.1', billing: 'flat', price: COPILOT },
  'local-llama': { provider: 'ollama', model: 'llama3.1:8b', billing: 'local', price: LOCAL },
  scripted: { provider: 'scripted', model: 'scripted', billing: 'scripted', price: SCRIPTED },
} as const;

/** Builds one task's drafts, each at a given time. */
function task(id: string, route: Route) {
  const base = {
    task: id,
    work: { kind: route.kind, risk: 'medium' as const, client: route.client, size: 'M' as const },
    rule: { id: route.rule, configHash: 'c'.repeat(64) },
  };
  const drafts: LedgerDraft[] = [];
  let call = 0;
  return {
    drafts,
    planned(at: string, minutes: number) {
      drafts.push({
        ...base,
        at,
        event: 'planned',
        actor: { type: 'system', component: 'router' },
        data: {
          title: `Fixture task ${id}`,
          source: id,
          textHash: 'a'.repeat(64),
          requestedBy: 'ann',
          persona: route.persona,
          tier: route.tier,
          models: ['premium-gpt'],
          gates: ['markdown-lint'],
          maxAttempts: 2,
          reason: 'fixture',
          trace: [{ rule: route.rule, matched: true, why: 'fixture' }],
          estimate: { minutes, source: 'config' },
        },
      });
      return this;
    },
    call(
      at: string,
      attempt: number,
      modelId: keyof typeof MODELS,
      usage: Partial<Usage>,
      outcome: 'ok' | 'error' = 'ok',
      decision: 'done' | 'decline' | 'ask' = 'done',
    ) {
      const m = MODELS[modelId];
      const u: Usage = {
        inputTokens: 0,
        outputTokens: 0,
        cachedInputTokens: 0,
        durationMs: 0,
        ...usage,
      };
      call++;
      drafts.push({
        ...base,
        at,
        event: 'attempt',
        actor: {
          type: 'model',
          provider: m.provider,
          model: m.model,
          modelId,
          persona: route.persona,
          tier: route.tier,
          scripted: modelId === 'scripted',
        },
        usage: u,
        cost: costOf(
          u,
          m.billing,
          m.price,
          m.billing === 'api' || m.billing === 'scripted' ? undefined : PREMIUM,
        ),
        data:
          outcome === 'ok'
            ? {
                attempt,
                call,
                purpose: 'work',
                outcome,
                decision,
                confidence: 0.9,
                answerHash: 'b'.repeat(64),
              }
            : {
                attempt,
                call,
                purpose: 'work',
                outcome,
                errorClass: 'timeout',
                error: 'no answer in time',
              },
      });
      return this;
    },
    gate(at: string, attempt: number, pass: boolean) {
      drafts.push({
        ...base,
        at,
        event: 'gate',
        actor: { type: 'system', component: 'gate:markdown-lint' },
        data: {
          attempt,
          gate: 'markdown-lint',
          pass,
          findings: pass
            ? []
            : [
                {
                  rule: 'MD001',
                  severity: 'error',
                  message: 'Heading levels should only increment by one level at a time',
                  path: 'post.md',
                  line: 3,
                },
              ],
          durationMs: 5,
        },
      });
      return this;
    },
    delivered(at: string, minutes: number) {
      drafts.push({
        ...base,
        at,
        event: 'delivered',
        actor: { type: 'system', component: 'deliver' },
        estimate: { minutes, source: 'config' },
        data: {
          branch: `aios/${id}`,
          commit: 'd'.repeat(40),
          files: ['post.md'],
          pr: { number: 7, url: `https://github.com/${id.replace('#', '/pull/')}` },
          attempts: 1,
          totalMicros: 0,
          shadowMicros: 0,
        },
      });
      return this;
    },
    signoff(at: string, minutes: number, counts = true) {
      drafts.push({
        ...base,
        at,
        event: 'signoff',
        actor: { type: 'human', login: 'lead' },
        data: {
          login: 'lead',
          approved: true,
          counts,
          minutesToApproval: minutes,
          reviewMinutes: minutes,
          pr: 'pr',
        },
      });
      return this;
    },
    outcome(at: string, outcome: 'accepted' | 'rejected') {
      drafts.push({
        ...base,
        at,
        event: 'outcome',
        actor: { type: 'human', login: 'lead' },
        data: { outcome, by: 'lead', pr: 'pr' },
      });
      return this;
    },
    asked(at: string, stage: 'plan' | 'work') {
      drafts.push({
        ...base,
        ...(stage === 'plan'
          ? {
              rule: { id: 'none', configHash: 'c'.repeat(64) },
              work: { ...base.work, kind: 'unclassified' },
            }
          : {}),
        at,
        event: 'asked',
        actor: { type: 'system', component: stage === 'plan' ? 'router' : 'pipeline' },
        data: { stage, reason: 'needs a person', questions: ['Which pages?'] },
      });
      return this;
    },
    declined(at: string) {
      drafts.push({
        ...base,
        at,
        event: 'declined',
        actor: { type: 'system', component: 'pipeline' },
        data: { persona: route.persona, reason: 'outside the lane' },
      });
      return this;
    },
  };
}

/** The fixture's tasks, in the order they happened. */
export function fixtureDrafts(): LedgerDraft[][] {
  const acme = { client: 'acme' };
  const globex = { client: 'globex' };
  return [
    task('acme/site#1', { ...ROUTES.writing, ...acme })
      .planned('2026-11-02T09:00:00.000Z', 120)
      .call('2026-11-02T09:01:00.000Z', 1, 'premium-gpt', { inputTokens: 1000, outputTokens: 500 })
      .gate('2026-11-02T09:01:01.000Z', 1, false)
      .call('2026-11-02T09:02:00.000Z', 2, 'premium-gpt', { inputTokens: 2000, outputTokens: 1000 })
      .gate('2026-11-02T09:02:01.000Z', 2, true)
      .delivered('2026-11-02T09:03:00.000Z', 120)
      .signoff('2026-11-02T10:00:00.000Z', 30)
      .outcome('2026-11-03T10:00:00.000Z', 'accepted').drafts,
    task('acme/site#2', { ...ROUTES.hardening, ...acme })
      .planned('2026-11-05T09:00:00.000Z', 150)
      .call('2026-11-05T09:01:00.000Z', 1, 'copilot-gpt', { inputTokens: 4000, outputTokens: 1000 })
      .gate('2026-11-05T09:01:01.000Z', 1, true)
      .delivered('2026-11-05T09:02:00.000Z', 150)
      .signoff('2026-11-05T10:00:00.000Z', 15)
      .outcome('2026-11-06T10:00:00.000Z', 'rejected').drafts,
    task('globex/site#3', { ...ROUTES.a11y, ...globex })
      .planned('2026-11-10T09:00:00.000Z', 45)
      .call('2026-11-10T09:01:00.000Z', 1, 'copilot-gpt', { inputTokens: 1000, outputTokens: 200 })
      .gate('2026-11-10T09:01:01.000Z', 1, true)
      .delivered('2026-11-10T09:02:00.000Z', 45)
      .signoff('2026-11-10T09:30:00.000Z', 6)
      .outcome('2026-11-11T10:00:00.000Z', 'accepted').drafts,
    task('globex/site#4', { ...ROUTES.audit, ...globex })
      .planned('2026-12-01T09:00:00.000Z', 60)
      .call(
        '2026-12-01T09:01:00.000Z',
        1,
        'local-llama',
        { inputTokens: 500, durationMs: 30_000 },
        'error',
      )
      .call('2026-12-01T09:02:00.000Z', 1, 'local-llama', {
        inputTokens: 800,
        outputTokens: 300,
        durationMs: 12_000,
      })
      .gate('2026-12-01T09:02:01.000Z', 1, true)
      .delivered('2026-12-01T09:03:00.000Z', 60)
      // Signed off with no review minutes recorded: a merge without a sign-off is not useful.
      .signoff('2026-12-02T09:00:00.000Z', 0)
      .outcome('2026-12-02T10:00:00.000Z', 'accepted').drafts,
    task('acme/site#5', { ...ROUTES.writing, ...acme })
      .planned('2026-12-03T09:00:00.000Z', 120)
      .call(
        '2026-12-03T09:01:00.000Z',
        1,
        'premium-gpt',
        { inputTokens: 400, outputTokens: 100 },
        'ok',
        'decline',
      )
      .declined('2026-12-03T09:01:01.000Z').drafts,
    task('acme/site#6', { ...ROUTES.writing, ...acme }).asked('2026-12-04T09:00:00.000Z', 'plan')
      .drafts,
    task('acme/site#7', { ...ROUTES.writing, ...acme })
      .planned('2026-12-05T09:00:00.000Z', 45)
      .call('2026-12-05T09:01:00.000Z', 1, 'scripted', { inputTokens: 900, outputTokens: 400 })
      .gate('2026-12-05T09:01:01.000Z', 1, true)
      .delivered('2026-12-05T09:02:00.000Z', 45).drafts,
    task('globex/site#8', { ...ROUTES.a11y, ...globex })
      .planned('2026-12-06T09:00:00.000Z', 45)
      .call(
        '2026-12-06T09:01:00.000Z',
        1,
        'copilot-gpt',
        { inputTokens: 100, outputTokens: 100 },
        'ok',
        'ask',
      )
      .asked('2026-12-06T09:01:01.000Z', 'work').drafts,
  ];
}

/** Write the fixture into a repository's ledger branch through the real store. */
export async function writeFixtureLedger(repoDir: string): Promise<void> {
  const store = await GitLedgerStore.open({
    repoDir,
    branch: 'aios-ledger',
    clock: steppingClock(new Date('2026-11-02T09:00:00Z')),
  });
  for (const drafts of fixtureDrafts()) for (const d of drafts) await store.append(d);
  const r = await store.flush();
  if (r.pending !== 0) throw new Error('fixture ledger did not flush');
}
