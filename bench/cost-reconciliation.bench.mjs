// Cost reconciliation over a month of 10,000 model calls. The calls (varied models and billing:
// API-priced with cached input tokens, flat-rate seats with a shadow price, local models billed by
// runner seconds, scripted) are written as real ledger entries onto a ledger branch in a fresh
// git repository, with a price change in the middle of the month. Entries are built exactly as
// GitLedgerStore.append builds them (validated by the LedgerEntry schema, chained by sha256,
// filed by task and month) and committed through git fast-import, one commit per 1,000 entries
// like a flush: appending 16,000 entries through the store's spool takes minutes, because each
// new task's first append scans the whole spool. Then
// every `attempt` entry is read back from git and its cost recomputed with `costOf` from its
// usage and its stored price snapshots; the figure is the total difference (target: zero).
//
// Two more figures time what `aios run` does at start-up when a month, person or tier budget
// needs past spend: readMonthSpend over the same ledger, once in the month of those 10,000
// calls (it must read them all) and once in the month after (it reads none: the cost follows
// the month's activity, not the ledger's age). The baseline is the raw cost of getting every
// entry's bytes out of git in a shell: ls-tree piped into cat-file --batch, piped into `wc -c`
// so the bytes really travel through a pipe to a reader, as they must for any consumer
// (writing them to /dev/null skips that copy and is about 100 ms faster here).
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
const [
  { costOf },
  { steppingClock },
  { readMonthSpend },
  { LEDGER_SCHEMA, LedgerEntry, serializeEntry },
  { sha256 },
  { taskKey },
  { entryPath, taskFolder },
  { commitFiles },
  { readLedger },
] = await Promise.all([
  src('core/cost.ts'),
  src('core/clock.ts'),
  src('models/month-spend.ts'),
  src('core/ledger-entry.ts'),
  src('core/hash.ts'),
  src('core/task.ts'),
  src('ledger/ledger-store.ts'),
  src('git/commit-files.ts'),
  src('ledger/read-ledger.ts'),
]);

const LEDGER_REF = 'refs/heads/aios-ledger';
const ENTRIES_PER_COMMIT = 1_000;

/**
 * Append entries as GitLedgerStore.append does (same schema validation, chain and path), but
 * collect them for fast-import commits instead of a spool.
 */
function ledgerWriter(repoDir, clock) {
  const chains = new Map();
  let pending = [];
  let parent;
  let committed = 0;
  const commit = async () => {
    if (pending.length === 0) return;
    parent = await commitFiles(repoDir, {
      ref: LEDGER_REF,
      parent,
      files: pending,
      message: `ledger: ${pending.length} entries\n`,
      author: { name: 'AIOS ledger', email: 'aios-ledger@localhost' },
      time: Math.floor(clock.now().getTime() / 1000),
    });
    committed += pending.length;
    pending = [];
  };
  return {
    async append(draft) {
      const chain = chains.get(draft.task);
      const at = clock.now().toISOString();
      const entry = LedgerEntry.parse({
        ...draft,
        schema: LEDGER_SCHEMA,
        id: clock.newId(),
        at,
        prev: chain?.lastHash ?? null,
      });
      const text = serializeEntry(entry);
      const folder = chain?.folder ?? taskFolder(taskKey(draft.task), new Date(at));
      pending.push({ path: entryPath(folder, entry), content: text });
      chains.set(draft.task, { folder, lastHash: sha256(text) });
      if (pending.length >= ENTRIES_PER_COMMIT) await commit();
    },
    async flush() {
      await commit();
      return { committed };
    },
  };
}

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
  const store = ledgerWriter(repoDir, clock);
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
        ? {
            inputTokens: 0,
            outputTokens: 0,
            cachedInputTokens: 0,
            durationMs: 5 + Math.floor(random() * 30_000),
          }
        : {
            inputTokens,
            outputTokens: 20 + Math.floor(random() * 8_000),
            cachedInputTokens:
              m.billing === 'api' && random() < 0.5 ? Math.floor(random() * inputTokens) : 0,
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
  return { recorded: { ...recorded, byBilling, cachedCalls, errorCalls } };
}

export async function run() {
  const base = await mkdtemp(join(tmpdir(), 'aios-bench-cost-'));
  try {
    const repo = join(base, 'repo');
    const generated = performance.now();
    const { recorded } = await generateLedger(repo);
    const generateMs = performance.now() - generated;

    // Reconcile: recompute each call from usage × its stored snapshots, with the one formula.
    const started = performance.now();
    let attempts = 0;
    let entries = 0;
    let storedActual = 0;
    let storedShadow = 0;
    let differenceMicros = 0;
    let mismatched = 0;
    for await (const e of readLedger(repo, LEDGER_REF)) {
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
      throw new Error(
        `read ${attempts} calls / ${entries} entries, wrote ${recorded.calls} / ${recorded.entries}`,
      );

    // Start-up read of the month's spend, against the raw bytes out of git.
    const inMonth = new Date(MONTH_START + MONTH_MS - 1);
    const monthAfter = new Date(MONTH_START + MONTH_MS + 24 * 3600 * 1000);
    const spendMs = [];
    const laterMs = [];
    const rawMs = [];
    let spend;
    let later;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      spend = await readMonthSpend({ repoDir: repo, ref: LEDGER_REF, now: inMonth });
      spendMs.push(performance.now() - t);
      t = performance.now();
      later = await readMonthSpend({ repoDir: repo, ref: LEDGER_REF, now: monthAfter });
      laterMs.push(performance.now() - t);
      t = performance.now();
      const raw = spawnSync(
        'bash',
        [
          '-c',
          `git ls-tree -r --object-only ${LEDGER_REF} -- ledger/ | git cat-file --batch | wc -c`,
        ],
        { cwd: repo, encoding: 'utf8' },
      );
      if (raw.status !== 0 || Number(raw.stdout.trim()) < entries * 500)
        throw new Error(`raw git read failed: ${raw.stderr}`);
      rawMs.push(performance.now() - t);
    }
    if (spend.totalMicros !== storedActual)
      throw new Error(`month spend ${spend.totalMicros} ≠ recorded ${storedActual}`);
    if (later.totalMicros !== 0) throw new Error(`the month after spent ${later.totalMicros}`);

    const sm = median(spendMs);
    const lm = median(laterMs);
    const rm_ = median(rawMs);
    const baseline = 'git ls-tree → git cat-file --batch → wc -c, every entry (bash)';
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
        metric: `month spend read at start-up, in the month of ${attempts} calls (${entries} entries)`,
        unit: 'ms',
        median: round(sm, 1),
        baseline,
        baselineMedian: round(rm_, 1),
        ratio: round(sm / rm_),
        target: '≤ 2× raw git and ≤ 1,000 ms',
        met: sm / rm_ <= 2 && sm <= 1_000,
        runs: RUNS,
      },
      {
        metric: `month spend read at start-up, the month after (same ${entries} entries, none this month)`,
        unit: 'ms',
        median: round(lm, 1),
        baseline,
        baselineMedian: round(rm_, 1),
        ratio: round(lm / rm_),
        target: '≤ 0.5× raw git (reads only the listing)',
        met: lm / rm_ <= 0.5,
        runs: RUNS,
      },
    ]);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}
