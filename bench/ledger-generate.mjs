// Generate a realistic ledger of N entries in a new git repository, quickly: every entry is
// written into ONE `git fast-import` stream (one commit per ~1,000 entries, like flushes),
// streamed with backpressure so memory stays flat however many entries are asked for.
// The entries are valid (schema, chains, costs from usage × stored price), so `aios ledger
// verify` passes on them. Usage: node bench/ledger-generate.mjs <dir> <entries>
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A small deterministic PRNG (mulberry32), so a given size always yields the same ledger. */
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

function ulid(ms, rand) {
  let time = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let r = '';
  for (let i = 0; i < 16; i++) r += CROCKFORD[Math.floor(rand() * 32)];
  return time + r;
}

// The same integer formula as src/core/money.ts: half up to a micro-dollar, in BigInt.
const tokenCostMicros = (tokens, perM) =>
  Number((BigInt(tokens) * BigInt(perM) + 500_000n) / 1_000_000n);
function tokenCost(usage, price) {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  return (
    tokenCostMicros(usage.inputTokens - cached, price.inputPerMTokMicros) +
    tokenCostMicros(cached, price.cachedInputPerMTokMicros) +
    tokenCostMicros(usage.outputTokens, price.outputPerMTokMicros)
  );
}

const PRICES = {
  'premium-gpt': {
    model: 'premium-gpt',
    inputPerMTokMicros: 1_250_000,
    outputPerMTokMicros: 10_000_000,
    cachedInputPerMTokMicros: 125_000,
    perSecondMicros: 0,
  },
  'copilot-gpt': {
    model: 'copilot-gpt',
    inputPerMTokMicros: 0,
    outputPerMTokMicros: 0,
    cachedInputPerMTokMicros: 0,
    perSecondMicros: 0,
  },
  'local-llama': {
    model: 'local-llama',
    inputPerMTokMicros: 0,
    outputPerMTokMicros: 0,
    cachedInputPerMTokMicros: 0,
    perSecondMicros: 100,
  },
};
const MODELS = {
  'premium-gpt': { provider: 'openai', model: 'gpt-5', billing: 'api' },
  'copilot-gpt': { provider: 'openai', model: 'openai/gpt-4.1', billing: 'flat' },
  'local-llama': { provider: 'ollama', model: 'llama3.1:8b', billing: 'local' },
};
const ROUTES = [
  {
    rule: 'content-audit-local',
    kind: 'content-audit',
    persona: 'content-auditor',
    tier: 'local',
    model: 'local-llama',
    gates: ['markdown-lint'],
    risk: 'low',
    minutes: { S: 60, M: 180, L: 480 },
  },
  {
    rule: 'wordpress-plugin-hardening',
    kind: 'code-hardening',
    persona: 'wordpress-expert',
    tier: 'flat',
    model: 'copilot-gpt',
    gates: ['wp-plugin-security'],
    risk: 'high',
    minutes: { S: 60, M: 150, L: 360 },
  },
  {
    rule: 'writing-in-voice',
    kind: 'writing',
    persona: 'editor',
    tier: 'premium',
    model: 'premium-gpt',
    gates: ['markdown-lint'],
    risk: 'medium',
    minutes: { S: 45, M: 120, L: 300 },
  },
  {
    rule: 'accessibility-review',
    kind: 'accessibility',
    persona: 'accessibility-reviewer',
    tier: 'flat',
    model: 'copilot-gpt',
    gates: ['markdown-lint'],
    risk: 'medium',
    minutes: { S: 45, M: 120, L: 300 },
  },
];
const OTHER_MODEL = {
  local: { tier: 'premium', model: 'premium-gpt' },
  flat: { tier: 'premium', model: 'premium-gpt' },
  premium: { tier: 'local', model: 'local-llama' },
};
const CLIENTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
const SIZES = ['S', 'M', 'L'];
const CONFIG_HASH = createHash('sha256').update('bench-config').digest('hex');
const YEAR_MS = 365 * 24 * 3600 * 1000;
const START = Date.UTC(2026, 0, 1);

function hex64(rand) {
  let s = '';
  for (let i = 0; i < 8; i++)
    s += Math.floor(rand() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
  return s;
}

/**
 * The entries of one task, as objects in the schema's key order (without id/at/prev, which
 * the writer fills in as it chains them).
 */
function taskEntries(n, rand, options = {}) {
  const client = CLIENTS[n % CLIENTS.length];
  const written = ROUTES[Math.floor(rand() * ROUTES.length)];
  // `mixModels`: half the tasks of a rule ran on another model (as a learned route or an older
  // config would have them), so outcome cells have alternatives to compare (route replay).
  const route =
    options.mixModels && rand() < 0.5 ? { ...written, ...OTHER_MODEL[written.tier] } : written;
  const size = SIZES[Math.floor(rand() * 3)];
  const task = `${client}/site#${n}`;
  const work = { kind: route.kind, risk: route.risk, client, size };
  const rule = { id: route.rule, configHash: CONFIG_HASH };
  const system = (component) => ({ type: 'system', component });
  const out = [];
  const push = (event, actor, rest, stepMs = 2000 + Math.floor(rand() * 20_000)) =>
    out.push({ stepMs, entry: { actor, work, rule, event, ...rest } });

  if (rand() < 0.04) {
    push('asked', system('router'), {
      data: {
        stage: 'plan',
        reason: 'No rule matches: two kinds of work were named.',
        questions: ['Which kind of work is this: writing or accessibility?'],
      },
    });
    return { task, out, work: { ...work, kind: 'unclassified' }, askedAtPlan: true };
  }
  push('planned', system('router'), {
    data: {
      title: `Task ${n} for ${client}: ${route.kind} of the site pages`,
      source: `${client}/site#${n}`,
      textHash: hex64(rand),
      requestedBy: `${client}-pm`,
      persona: route.persona,
      tier: route.tier,
      models: [route.model],
      gates: route.gates,
      maxAttempts: 2,
      reason: 'The rule fits this kind of work at this risk.',
      trace: ROUTES.map((r) => ({
        rule: r.rule,
        matched: r === route,
        why: r === route ? `kind ${r.kind}` : `kind is ${route.kind}, rule wants ${r.kind}`,
      })),
      estimate: {
        minutes: route.minutes[size],
        source: `config kinds.${route.kind}.byHandMinutes.${size}`,
      },
    },
  });
  let call = 0;
  const modelCall = (attempt, outcome, decision) => {
    call++;
    const m = MODELS[route.model];
    const usage = {
      inputTokens: 800 + Math.floor(rand() * 6000),
      outputTokens: 200 + Math.floor(rand() * 2500),
      cachedInputTokens: rand() < 0.3 ? 512 : 0,
      durationMs: 1500 + Math.floor(rand() * 40_000),
    };
    const price = PRICES[route.model];
    const shadowPrice = PRICES['premium-gpt'];
    const actualMicros =
      m.billing === 'api'
        ? tokenCost(usage, price)
        : m.billing === 'local'
          ? Number((BigInt(price.perSecondMicros) * BigInt(usage.durationMs) + 500n) / 1000n)
          : 0;
    const cost =
      m.billing === 'api'
        ? { billing: 'api', actualMicros, shadowMicros: actualMicros, price }
        : {
            billing: m.billing,
            actualMicros,
            shadowMicros: tokenCost(usage, shadowPrice),
            price,
            shadowPrice,
          };
    const data = { attempt, call, purpose: 'work', outcome };
    if (outcome === 'error') {
      data.errorClass = 'timeout';
      data.error = 'the model did not answer within 600000 ms';
    } else {
      data.decision = decision;
      data.confidence = Math.round((0.65 + rand() * 0.3) * 100) / 100;
      data.answerHash = hex64(rand);
    }
    push(
      'attempt',
      {
        type: 'model',
        provider: m.provider,
        model: m.model,
        modelId: route.model,
        persona: route.persona,
        tier: route.tier,
        scripted: false,
      },
      { usage, cost, data },
    );
  };
  const r = rand();
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (rand() < 0.08) modelCall(attempt, 'error');
    if (attempt === 1 && r < 0.05) {
      modelCall(attempt, 'ok', 'decline');
      push('declined', system('pipeline'), {
        data: { persona: route.persona, reason: 'This is outside the lane of this persona.' },
      });
      return { task, out };
    }
    if (attempt === 1 && r < 0.1) {
      modelCall(attempt, 'ok', 'ask');
      push('asked', system('pipeline'), {
        data: {
          stage: 'work',
          reason: `The ${route.persona} persona needs more information.`,
          questions: ['Which pages are in scope?'],
          confidence: 0.5,
        },
      });
      return { task, out };
    }
    if (attempt === 1 && r < 0.13) {
      modelCall(attempt, 'error');
      push('failed', system('pipeline'), {
        data: { stage: 'work', reason: 'every model of the tier failed', errorClass: 'timeout' },
      });
      return { task, out };
    }
    modelCall(attempt, 'ok', 'done');
    const sentBack = attempt === 1 && rand() < 0.2;
    for (const gate of ['write-policy', ...route.gates]) {
      const fail = sentBack && gate !== 'write-policy';
      push('gate', system(`gate:${gate}`), {
        data: {
          attempt,
          gate,
          pass: !fail,
          findings: fail
            ? [
                {
                  rule: 'MD001',
                  severity: 'error',
                  message: 'Heading levels should only increment by one level at a time',
                  path: 'posts/page.md',
                  line: 3 + Math.floor(rand() * 40),
                },
              ]
            : [],
          durationMs: 1 + Math.floor(rand() * 60),
        },
      });
    }
    if (!sentBack) break;
  }
  push('delivered', system('deliver'), {
    estimate: {
      minutes: route.minutes[size],
      source: `config kinds.${route.kind}.byHandMinutes.${size}`,
    },
    data: {
      branch: `aios/${client}.site.${n}`,
      commit: hex64(rand).slice(0, 40),
      files: ['posts/page.md'],
      pr: { number: n, url: `https://github.com/${client}/site/pull/${n}` },
      attempts: 1,
      totalMicros: 0,
      shadowMicros: 0,
    },
  });
  const approver = rand() < 0.9;
  push(
    'signoff',
    { type: 'human', login: approver ? `${client}-lead` : 'drive-by' },
    {
      data: {
        login: approver ? `${client}-lead` : 'drive-by',
        approved: true,
        counts: approver,
        minutesToApproval: 3 + Math.floor(rand() * 22),
        pr: `https://github.com/${client}/site/pull/${n}`,
      },
    },
    3_600_000,
  );
  if (rand() < 0.9)
    push(
      'outcome',
      { type: 'human', login: `${client}-lead` },
      {
        data: {
          outcome: rand() < 0.9 ? 'accepted' : 'rejected',
          by: `${client}-lead`,
          pr: `https://github.com/${client}/site/pull/${n}`,
        },
      },
      86_400_000,
    );
  return { task, out };
}

function taskKey(id) {
  return id
    .toLowerCase()
    .replace(/[/#]+/g, '.')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[.-]+$/, '');
}

/**
 * Write a repository at `dir` whose `aios-ledger` branch holds about `count` entries (whole
 * tasks, so slightly more). Returns the number of entries written.
 */
export async function generateLedger(dir, count, options = {}) {
  const perCommit = options.perCommit ?? 1000;
  const branch = options.branch ?? 'aios-ledger';
  await mkdir(dir, { recursive: true });
  const init = spawnSync('git', ['init', '-q', '--initial-branch=main', dir]);
  if (init.status !== 0) throw new Error(`git init: ${init.stderr}`);
  const fi = spawn('git', ['fast-import', '--quiet', '--date-format=raw'], {
    cwd: dir,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise((resolve, reject) =>
    fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import ${code}`)))),
  );
  let chunks = [];
  let size = 0;
  const write = async (s) => {
    chunks.push(s);
    size += s.length;
    if (size > 1 << 20) await flushOut();
  };
  const flushOut = async () => {
    const buf = Buffer.from(chunks.join(''), 'utf8');
    chunks = [];
    size = 0;
    if (!fi.stdin.write(buf)) await new Promise((r) => fi.stdin.once('drain', r));
  };

  const rand = prng(options.seed ?? 42);
  const nTasksGuess = Math.max(1, Math.round(count / 8));
  let written = 0;
  let inCommit = [];
  let n = 0;
  let commitTime = START;
  const commit = async () => {
    if (inCommit.length === 0) return;
    const msg = `ledger: ${inCommit.length} entries\n`;
    const t = Math.floor(commitTime / 1000);
    await write(
      `commit refs/heads/${branch}\ncommitter AIOS ledger <aios-ledger@localhost> ${t} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`,
    );
    for (const { path, text } of inCommit)
      await write(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    await write('\n');
    inCommit = [];
  };
  while (written < count) {
    n++;
    const { task, out, work } = taskEntries(n, rand, options);
    let at = START + Math.floor((n / nTasksGuess) * YEAR_MS * 0.98);
    let folder;
    let prev = null;
    for (const { stepMs, entry } of out) {
      at += stepMs;
      // The task's folder is the month of its first entry (as the store files it), so a task
      // whose first step crosses a month boundary still verifies.
      if (!folder) {
        const first = new Date(at);
        folder = `ledger/${first.getUTCFullYear()}/${String(first.getUTCMonth() + 1).padStart(2, '0')}/${taskKey(task)}`;
      }
      const id = ulid(at, rand);
      const { actor, work: w, rule, event, ...rest } = entry;
      const full = {
        schema: 'aios.ledger/v1',
        id,
        task,
        at: new Date(at).toISOString(),
        actor,
        work: work ?? w,
        rule: work ? { id: 'none', configHash: rule.configHash } : rule,
        prev,
        event,
        ...rest,
      };
      const text = `${JSON.stringify(full, null, 2)}\n`;
      prev = createHash('sha256').update(text).digest('hex');
      inCommit.push({ path: `${folder}/${id}-${event}.json`, text });
      written++;
    }
    commitTime = Math.max(commitTime, at);
    if (inCommit.length >= perCommit) await commit();
  }
  await commit();
  await flushOut();
  fi.stdin.end();
  await done;
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/ledger-generate.mjs <dir> <entries>');
    process.exit(2);
  }
  const started = Date.now();
  const n = await generateLedger(dir, Number(count));
  console.log(`${n} entries in ${dir} (${Date.now() - started} ms)`);
}
