import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { route } from '../../src/routing/router.js';

const MODELS = `models:
  local-m: { provider: ollama, model: l }
  flat-m: { provider: openai, model: f, billing: flat }
  cheap-api: { provider: openai, model: c, price: { input: 0.1, output: 0.4 } }
  dear-api: { provider: openai, model: d, price: { input: 2, output: 10 } }
`;
const TIER_NAMES = ['local', 'flat', 'cheap', 'premium'] as const;
const TIER_MODEL = { local: 'local-m', flat: 'flat-m', cheap: 'cheap-api', premium: 'dear-api' };

function configText(opts: {
  off?: readonly string[];
  rules: readonly { tier: string; risk: string; fallback?: string; kinds?: string[] }[];
  riskTiers?: Partial<Record<'low' | 'medium' | 'high', readonly string[]>>;
  highPaths?: readonly string[];
}): string {
  const tiers = TIER_NAMES.map(
    (t) =>
      `  ${t}: { models: [${TIER_MODEL[t]}]${opts.off?.includes(t) ? ', enabled: false' : ''} }`,
  ).join('\n');
  const rules = opts.rules
    .map(
      (r, i) =>
        `  - id: r${i}\n    reason: r\n    when: { kinds: [${(r.kinds ?? ['writing']).join(', ')}] }\n    route: { persona: editor, tier: ${r.tier}, fallback: ${r.fallback ?? 'same-or-cheaper'} }\n    risk: ${r.risk}\n`,
    )
    .join('');
  const levels = Object.entries(opts.riskTiers ?? {})
    .map(([risk, t]) => `    ${risk}: { tiers: [${t.join(', ')}] }`)
    .join('\n');
  return `version: 1
${MODELS}tiers:
${tiers}
kinds:
  writing: { description: d, labels: [blog], byHandMinutes: { S: 1, M: 2, L: 3 } }
  audit: { description: d, labels: [audit], byHandMinutes: { S: 1, M: 2, L: 3 } }
rules:
${rules}budgets: { perTask: 1, perMonth: 10 }
risk:
  paths:
    high: [${(opts.highPaths ?? []).map((p) => `'${p}'`).join(', ')}]
${levels ? `  levels:\n${levels}\n` : ''}`;
}

function task(labels: string[], body = 'Body') {
  return buildTask({
    id: 'acme/site#1',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title: 'T',
    body,
    labels,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
  });
}

const decide = (text: string, labels = ['blog'], body = 'Body') => {
  const loaded = parseConfig(text, 'aios.yml');
  return route({ task: task(labels, body), config: loaded.config, configHash: loaded.hash });
};

describe('per-tier kill switch', () => {
  it('reroutes a switched-off tier to the nearest tier that costs no more, and says so', () => {
    const d = decide(configText({ off: ['premium'], rules: [{ tier: 'premium', risk: 'low' }] }));
    expect(d.type).toBe('route');
    if (d.type !== 'route') return;
    expect(d.plan.tier).toBe('cheap');
    expect(d.plan.trace.at(-1)).toEqual({
      rule: 'tier-policy',
      matched: true,
      why: 'tier premium is switched off (tiers.premium.enabled: false); rerouted to cheap by fallback same-or-cheaper',
    });
  });

  it('asks when the fallback is none, or nothing cheaper is on', () => {
    const none = decide(
      configText({ off: ['premium'], rules: [{ tier: 'premium', risk: 'low', fallback: 'none' }] }),
    );
    expect(none).toMatchObject({
      type: 'ask',
      reason:
        "tier premium is switched off (tiers.premium.enabled: false), and the rule's fallback is none",
    });
    const nothingCheaper = decide(
      configText({ off: ['local'], rules: [{ tier: 'local', risk: 'low' }] }),
    );
    expect(nothingCheaper.type).toBe('ask');
    const any = decide(
      configText({ off: ['local'], rules: [{ tier: 'local', risk: 'low', fallback: 'any' }] }),
    );
    expect(any.type === 'route' && any.plan.tier).toBe('flat');
  });
});

describe('risk', () => {
  it('raises the risk when the task names a path under risk.paths, and adds nothing otherwise', () => {
    const text = configText({
      rules: [{ tier: 'local', risk: 'low', fallback: 'any' }],
      highPaths: ['wp-config.php', 'src/payments/**'],
      riskTiers: { high: ['premium'] },
    });
    const raised = decide(text, ['blog'], 'Please change `src/payments/charge.ts` today.');
    expect(raised.type === 'route' && [raised.plan.risk, raised.plan.tier]).toEqual([
      'high',
      'premium',
    ]);
    const plain = decide(text, ['blog'], 'Please change `src/blog/post.md` today.');
    expect(plain.type === 'route' && [plain.plan.risk, plain.plan.tier]).toEqual(['low', 'local']);
  });

  // A property test over generated configs and tasks (a seeded generator: the same cases every
  // run, many of them): whatever the rules, switches, fallbacks and paths, a high-risk plan is
  // never on a tier the config forbids for high risk, nor on a tier that is switched off.
  it('never lands high-risk work on a tier the config forbids (600 generated cases)', () => {
    const random = mulberry32(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const subset = <T>(xs: readonly T[]): T[] => xs.filter(() => random() < 0.5);
    let highRoutes = 0;
    for (let n = 0; n < 600; n++) {
      const allowedHigh = subset(TIER_NAMES);
      const rules = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        tier: pick(TIER_NAMES),
        risk: pick(['low', 'medium', 'high']),
        fallback: pick(['any', 'same-or-cheaper', 'none']),
        kinds: [pick(['writing', 'audit'])],
      }));
      const text = configText({
        off: subset(TIER_NAMES),
        rules,
        riskTiers: allowedHigh.length ? { high: allowedHigh } : {},
        highPaths: random() < 0.5 ? ['secret/**'] : [],
      });
      const loaded = parseConfig(text, 'aios.yml');
      const body = random() < 0.5 ? 'Fix `secret/keys.txt` now.' : 'Fix the copy.';
      const d = route({
        task: task([pick(['blog', 'audit'])], body),
        config: loaded.config,
        configHash: loaded.hash,
      });
      if (d.type !== 'route') continue;
      expect(loaded.config.tiers[d.plan.tier]?.enabled).toBe(true);
      if (d.plan.risk === 'high') {
        highRoutes++;
        if (allowedHigh.length) expect(allowedHigh).toContain(d.plan.tier);
      }
    }
    expect(highRoutes).toBeGreaterThan(30); // the property was exercised, not vacuous
  });
});

describe('route --explain data', () => {
  it('lists every rule with why it did not fire when the kind is ambiguous', () => {
    const d = decide(
      configText({
        rules: [
          { tier: 'local', risk: 'low' },
          { tier: 'local', risk: 'low', kinds: ['audit'] },
        ],
      }),
      ['blog', 'audit'],
    );
    expect(d.type === 'ask' && d.trace).toEqual([
      {
        rule: 'r0',
        matched: false,
        why: 'not tried: the kind is ambiguous (writing or audit); rule wants writing',
      },
      {
        rule: 'r1',
        matched: false,
        why: 'not tried: the kind is ambiguous (writing or audit); rule wants audit',
      },
    ]);
  });
});

/** A small seeded PRNG (mulberry32), so generated cases are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
