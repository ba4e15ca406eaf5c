// Cost reconciliation over a month of 10,000 model calls. The calls (varied models and billing:
// API-priced with cached input tokens, flat-rate seats with a shadow price, local models billed by
// runner seconds, scripted) are written as real ledger entries through GitLedgerStore onto a
// ledger branch in a fresh git repository, with a price change in the middle of the month. Then
// every `attempt` entry is read back from git and its cost recomputed with `costOf` from its
// usage and its stored price snapshots; the figure is the total difference (target: zero).
//
// A second figure times what `aios run` does at start-up when a month, person or tier budget
// needs past spend: readMonthSpend over the same ledger, against the raw cost of getting the
// same bytes out of git (ls-tree piped into cat-file --batch, in a shell).
//
// The TypeScript sources are imported through tsx's loader (`tsx/esm/api`), so the bench runs
// the current source without a build: `npm run bench -- cost-reconciliation`.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { median, round, writeResults } from './lib.mjs';

const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const MONTH_START = Date.UTC(2026, 9, 1); // October 2026
const MONTH_MS = 31 * 24 * 3600 * 1000;

register();
const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);
const [{ GitLedgerStore }, { costOf }, { steppingClock }, { readMonthSpend }] = await Promise.all([
  src('ledger/git-ledger-store.ts'),
  src('core/cost.ts'),
  src('core/clock.ts'),
  src('models/month-spend.ts'),
]);

/** A small deterministic PRNG (mulberry32), so every run writes the same month. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const snapshot = (model, input, output, cached = input, perSecond = 0) => ({
  model,
  inputPerMTokMicros: input,
  outputPerMTokMicros: output,
  cachedInputPerMTokMicros: cached,
  perSecondMicros: perSecond,
});

// Prices in micro-dollars per million tokens (and per runner second). The premium model's price
// drops mid-month: entries keep the snapshot they were priced with.
const PREMIUM_EARLY = snapshot('premium-gpt', 1_250_000, 10_000_000, 125_000);
const PREMIUM_LATE = snapshot('premium-gpt', 1_100_000, 9_000_000, 110_000);
const MODELS = [
  { id: 'premium-gpt', provider: 'openai', billing: 'api', tier: 'premium', weight: 2 },
  {
    id: 'mini-gpt',
    provider: 'openai',
    billing: 'api',
    tier: 'flat',
    weight: 3,
    price: snapshot('mini-gpt', 400_000, 1_600_000, 100_000),
  },
  {
    id: 'copilot-gpt',
    provider: 'openai',
    billing: 'flat',
    tier: 'flat',
    weight: 3,
    price: snapshot('copilot-gpt', 0, 0),
    shadow: true,
  },
  {
    id: 'local-llama',
    provider: 'ollama',
    billing: 'local',
    tier: 'local',
    weight: 3,
    price: snapshot('local-llama', 0, 0, 0, 100),
    shadow: true,
  },
  {
    id: 'scripted',
    provider: 'scripted',
    billing: 'scripted',
    tier: 'local',
    weight: 1,
    price: snapshot('scripted', 0, 0),
  },
];
const PEOPLE = ['ann', 'bob', 'chen', 'dee'];

function pick(random, items) {
  const total = items.reduce((s, m) => s + m.weight, 0);
  let r = random() * total;
  for (const m of items) {
    r -= m.weight;
    if (r < 0) return m;
  }
  return items.at(-1);
}

/**
 * Write a month of CALLS model calls as ledger entries: per task a `planned` entry, 1–6
 * `attempt` entries on one model, and a `delivered` or `failed` entry. Returns what was recorded.
 */
export async function generateLedger(repoDir, calls = CALLS) {
  const git = (...args) => {
    const r = spawnSync('git', args, { cwd: repoDir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  await mkdir(repoDir, { recursive: true });
  git('init', '-q', '--initial-branch=main');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('commit', '-q', '--allow-empty', '-m', 'init');

  const random = prng(20261001);
  // Three entries per task and about 3.5 calls per task spread over the month.
  const stepMs = Math.floor(MONTH_MS / Math.ceil(calls * 1.9));
  const clock = steppingClock(new Date(MONTH_START), stepMs);
  const store = await GitLedgerStore.open({ repoDir, branch: 'aios-ledger', clock });
  const recorded = { calls: 0, tasks: 0, entries: 0, actualMicros: 0, shadowMicros: 0 };
  const byBilling = {};
  let cachedCalls = 0;
  let errorCalls = 0;
  let taskNo = 0;
  while (recorded.calls < calls) {
    taskNo += 1;
    const task = `bench/site#${taskNo}`;
    const m = pick(random, MODELS);
    const requestedBy = PEOPLE[Math.floor(random() * PEOPLE.length)];
    const base = {
      task,
      work: { kind: 'content-audit', risk: 'low', client: 'acme', size: 'M' },
      rule: { id: 'bench-rule', configHash: 'bench' },
    };
    const system = { type: 'system', component: 'bench' };
    await store.append({
      ...base,
      event: 'planned',
      actor: { type: 'system', component: 'router' },
      data: {
        title: `Task ${taskNo}`,
        source: 'bench',
        textHash: '0'.repeat(64),
        requestedBy,
        persona: 'content-auditor',
        tier: m.tier,
        models: [m.id],
        gates: [],
        maxAttempts: 2,
        reason: 'bench',
        trace: [],
        estimate: { minutes: 60, source: 'bench' },
      },
    });
    const n = 1 + Math.floor(random() * 6);
    let taskMicros = 0;
    let taskShadow = 0;
    for (let call = 1; call <= n && recorded.calls < calls; call++) {
      const inputTokens = 200 + Math.floor(random() * 40_000);
      const failed = random() < 0.08;
      const usage = failed
        ? { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, durationMs: 5 + Math.floor(random() * 30_000) }
        : {
            inputTokens,
            outputTokens: 20 + Math.floor(random() * 8_000),
            cachedInputTokens: m.billing === 'api' && random() < 0.5 ? Math.floor(random() * inputTokens) : 0,
            durationMs: 300 + Math.floor(random() * 180_000),
          };
      const early = recorded.calls < calls / 2;
      const price = m.id === 'premium-gpt' ? (early ? PREMIUM_EARLY : PREMIUM_LATE) : m.price;
      const shadowPrice = m.shadow ? (early ? PREMIUM_EARLY : PREMIUM_LATE) : undefined;
      const cost = costOf(usage, m.billing, price, shadowPrice);
      await store.append({
        ...base,
        event: 'attempt',
        actor: {
          type: 'model',
          provider: m.provider,
          model: m.id,
          modelId: m.id,
          persona: 'content-auditor',
          tier: m.tier,
          scripted: m.billing === 'scripted',
        },
        usage,
        cost,
        data: {
          attempt: 1,
          call,
          purpose: 'work',
          outcome: failed ? 'error' : 'ok',
          errorClass: failed ? 'server' : undefined,
        },
      });
      recorded.calls += 1;
      recorded.entries += 1;
      recorded.actualMicros += cost.actualMicros;
      recorded.shadowMicros += cost.shadowMicros;
      taskMicros += cost.actualMicros;
      taskShadow += cost.shadowMicros;
      byBilling[m.billing] = (byBilling[m.billing] ?? 0) + 1;
      if (usage.cachedInputTokens > 0) cachedCalls += 1;
      if (failed) errorCalls += 1;
    }
    await store.append(
      random() < 0.9
        ? {
            ...base,
            event: 'delivered',
            actor: system,
            estimate: { minutes: 60, source: 'bench' },
            data: {
              branch: `aios/${taskNo}`,
              commit: '0'.repeat(40),
              files: ['a.md'],
              pr: { url: `bench/${taskNo}` },
              attempts: 1,
              totalMicros: taskMicros,
              shadowMicros: taskShadow,
            },
          }
        : { ...base, event: 'failed', actor: system, data: { stage: 'work', reason: 'bench' } },
    );
    recorded.entries += 2;
    recorded.tasks += 1;
  }
  const flushed = await store.flush();
  if (flushed.committed !== recorded.entries)
    throw new Error(`flushed ${flushed.committed} entries, expected ${recorded.entries}`);
  return { store, recorded: { ...recorded, byBilling, cachedCalls, errorCalls } };
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-cost-'));
  try {
    const repo = join(base, 'repo');
    const generated = performance.now();
    const { store, recorded } = await generateLedger(repo);
    const generateMs = performance.now() - generated;

    // Reconcile: recompute each call from usage × its stored snapshots, with the one formula.
    const started = performance.now();
    let attempts = 0;
    let entries = 0;
    let storedActual = 0;
    let storedShadow = 0;
    let differenceMicros = 0;
    let mismatched = 0;
    for await (const e of store.entries()) {
      entries += 1;
      if (e.event !== 'attempt') continue;
      attempts += 1;
      const again = costOf(e.usage, e.cost.billing, e.cost.price, e.cost.shadowPrice);
      const diff =
        Math.abs(again.actualMicros - e.cost.actualMicros) +
        Math.abs(again.shadowMicros - e.cost.shadowMicros);
      if (diff !== 0) mismatched += 1;
      differenceMicros += diff;
      storedActual += e.cost.actualMicros;
      storedShadow += e.cost.shadowMicros;
    }
    const reconcileMs = performance.now() - started;
    if (attempts !== recorded.calls || entries !== recorded.entries)
      throw new Error(`read ${attempts} calls / ${entries} entries, wrote ${recorded.calls} / ${recorded.entries}`);

    // Start-up read of the month's spend, against the raw bytes out of git.
    const now = new Date(MONTH_START + MONTH_MS - 1);
    const spendMs = [];
    const rawMs = [];
    let spend;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      spend = await readMonthSpend({ repoDir: repo, ref: store.readRef, now });
      spendMs.push(performance.now() - t);
      t = performance.now();
      const raw = spawnSync(
        'bash',
        ['-c', `git ls-tree -r --object-only ${store.readRef} -- ledger/ | git cat-file --batch > /dev/null`],
        { cwd: repo },
      );
      if (raw.status !== 0) throw new Error('raw git read failed');
      rawMs.push(performance.now() - t);
    }
    if (spend.totalMicros !== storedActual)
      throw new Error(`month spend ${spend.totalMicros} ≠ recorded ${storedActual}`);

    const sm = median(spendMs);
    const rm_ = median(rawMs);
    return writeResults('cost-reconciliation', 'npm run bench -- cost-reconciliation', [
      {
        metric: `cost recomputed with costOf from usage × stored snapshot, ${attempts} calls in a git ledger`,
        unit: 'µ$ difference',
        median: differenceMicros,
        baseline: 'recorded actual + shadow',
        baselineMedian: storedActual + storedShadow,
        ratio: undefined,
        target: '0 difference',
        met: differenceMicros === 0 && mismatched === 0,
        runs: 1,
        calls: attempts,
        entries,
        tasks: recorded.tasks,
        callsByBilling: recorded.byBilling,
        callsWithCachedInput: recorded.cachedCalls,
        failedCalls: recorded.errorCalls,
        mismatchedEntries: mismatched,
        recordedActualMicros: storedActual,
        recordedShadowMicros: storedShadow,
        generateMs: round(generateMs, 0),
        reconcileMs: round(reconcileMs, 0),
      },
      {
        metric: `month spend read at start-up (readMonthSpend), ${entries} entries`,
        unit: 'ms',
        median: round(sm, 1),
        baseline: 'git ls-tree | git cat-file --batch of the same ledger (bash)',
        baselineMedian: round(rm_, 1),
        ratio: round(sm / rm_),
        target: '≤ 3× and ≤ 500 ms',
        met: sm / rm_ <= 3 && sm <= 500,
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
