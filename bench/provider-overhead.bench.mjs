// Per-call overhead of our model providers. Each adapter (Ollama through the `ollama` client,
// OpenAI-compatible through the `openai` client) makes a streamed structured-output call to its
// protocol-faithful fake server (test/support) answering with zero latency; the baseline is a
// raw `fetch` of the same endpoint with the same body (captured from the adapter's own request)
// whose streamed response is read to the end. Adapter and raw calls alternate in one run, and
// the servers run in a worker thread so their work does not share the measured event loop.
//
// What the adapter adds per call is the client library (request building, NDJSON / SSE parsing)
// and ours (deadlines, abort wiring, progress, usage, error mapping). A third series, the client
// library alone making the same call, splits the two. Reported: medians, the ratio, the
// milliseconds added at the median, and how much of that is ours.
//
// The TypeScript sources and test servers are imported through tsx's loader (`tsx/esm/api`), so
// the bench runs the current source without a build: `npm run bench -- provider-overhead`.
import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { median, round, writeResults } from './lib.mjs';

register();

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const WARMUP = 30;
const KEY = 'sk-bench-0123456789abcdef';
const OLLAMA_MODEL = 'llama3.1:8b';
const OPENAI_MODEL = 'openai/gpt-4.1';
// A persona answer of realistic size, streamed in token-sized pieces as the servers do.
const ANSWER = JSON.stringify({
  decision: 'done',
  confidence: 0.85,
  summary: 'Audited the home and about pages; three fixes, most important first.',
  files: [
    {
      path: 'audits/site-audit.md',
      content:
        '# Site audit\n\n## Home\n\n- Replace "We leverage synergies" with what the firm does for whom.\n- Name the city in the first paragraph.\n\n## About\n\n- Say when the firm was founded and by whom, in one sentence.\n',
    },
  ],
  questions: [],
  declineReason: null,
});

if (!isMainThread && workerData?.role === 'servers') {
  const src = (path) => import(new URL(`../${path}`, import.meta.url).href);
  const [{ startOllamaServer }, { startOpenAiServer }] = await Promise.all([
    src('test/support/ollama-server.ts'),
    src('test/support/openai-server.ts'),
  ]);
  const ollama = await startOllamaServer({ models: [OLLAMA_MODEL] });
  const openai = await startOpenAiServer({ basePath: '/inference', apiKey: KEY });
  ollama.setHandler(() => ({ content: ANSWER, chunkSize: 4, promptTokens: 1_200, evalTokens: 90 }));
  openai.setHandler(() => ({
    content: ANSWER,
    chunkSize: 4,
    promptTokens: 1_200,
    completionTokens: 90,
  }));
  parentPort.on('message', async (message) => {
    if (message === 'last-requests') {
      const pick = (r) => r && { path: r.path, body: r.rawBody };
      parentPort.postMessage({
        ollama: pick(ollama.chatRequests.at(-1)),
        openai: pick(openai.chatRequests.at(-1)),
        counts: { ollama: ollama.chatRequests.length, openai: openai.chatRequests.length },
      });
    } else if (message === 'close') {
      await Promise.all([ollama.close(), openai.close()]);
      parentPort.postMessage('closed');
      parentPort.close();
    }
  });
  parentPort.postMessage({ ollama: ollama.url, openai: openai.baseUrl });
}

async function ask(worker, message) {
  const reply = once(worker, 'message');
  worker.postMessage(message);
  return (await reply)[0];
}

async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run() {
  const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);
  const [
    { createOllamaProvider },
    { createOpenAiProvider },
    { personaAnswerJsonSchema },
    { Ollama },
    { default: OpenAI },
  ] = await Promise.all([
    src('models/ollama-provider.ts'),
    src('models/openai-provider.ts'),
    src('core/persona-answer.ts'),
    import('ollama'),
    import('openai'),
  ]);
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'servers' } });
  try {
    const urls = (await once(worker, 'message'))[0];
    const request = {
      messages: [
        {
          role: 'system',
          content: `You audit website copy.\n${'Follow the house style. '.repeat(150)}`,
        },
        {
          role: 'user',
          content: `<task>Audit the home page.</task>\n${'<file>We leverage synergies.</file>\n'.repeat(60)}`,
        },
      ],
      schema: personaAnswerJsonSchema(),
      schemaName: 'persona_answer',
      timeouts: { connectMs: 5_000, firstTokenMs: 10_000, totalMs: 30_000 },
      persona: 'content-auditor',
      attempt: 1,
      purpose: 'work',
      onProgress: () => undefined,
    };
    const adapters = {
      ollama: createOllamaProvider({
        modelId: 'local-llama',
        model: OLLAMA_MODEL,
        host: urls.ollama,
        keepAlive: '10m',
      }),
      openai: createOpenAiProvider({
        modelId: 'copilot-gpt',
        model: OPENAI_MODEL,
        baseUrl: urls.openai,
        apiKey: KEY,
      }),
    };
    for (const adapter of Object.values(adapters)) {
      for (let i = 0; i < WARMUP; i++) {
        const r = await adapter.chat(request);
        if (r.text !== ANSWER) throw new Error(`${adapter.modelId} returned a different answer`);
      }
    }
    // The exact bodies the adapters sent, for the raw baseline.
    const sent = await ask(worker, 'last-requests');
    const origin = { ollama: urls.ollama, openai: new URL(urls.openai).origin };
    const raw = (kind) => async () => {
      const res = await fetch(`${origin[kind]}${sent[kind].path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(kind === 'openai' ? { authorization: `Bearer ${KEY}` } : {}),
        },
        body: sent[kind].body,
      });
      const text = await res.text();
      if (res.status !== 200 || text.length < ANSWER.length) throw new Error(`raw ${kind} failed`);
    };
    // The client libraries alone, making the same call as the adapters (no deadlines, no mapping).
    const openaiClient = new OpenAI({
      apiKey: KEY,
      baseURL: urls.openai,
      maxRetries: 0,
      organization: null,
      project: null,
      adminAPIKey: null,
      logLevel: 'off',
    });
    // The same request bodies the adapters sent (request profile, output cap, Ollama's window and
    // grammar-safe format included), so the split between client and us is like for like.
    const sentBody = { ollama: JSON.parse(sent.ollama.body), openai: JSON.parse(sent.openai.body) };
    const clientOnly = {
      ollama: async () => {
        const stream = await new Ollama({ host: urls.ollama }).chat({
          ...sentBody.ollama,
          stream: true,
        });
        let text = '';
        for await (const part of stream) text += part.message?.content ?? '';
        if (text !== ANSWER) throw new Error('ollama client: a different answer');
      },
      openai: async () => {
        const stream = await openaiClient.chat.completions.create(
          { ...sentBody.openai, stream: true },
          { maxRetries: 0 },
        );
        let text = '';
        for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content ?? '';
        if (text !== ANSWER) throw new Error('openai client: a different answer');
      },
    };
    for (const kind of ['ollama', 'openai']) {
      for (let i = 0; i < WARMUP; i++) {
        await raw(kind)();
        await clientOnly[kind]();
      }
    }

    const figures = [];
    for (const kind of ['ollama', 'openai']) {
      const before = (await ask(worker, 'last-requests')).counts[kind];
      const ours = [];
      const base = [];
      const client = [];
      const rawCall = raw(kind);
      for (let i = 0; i < CALLS; i++) {
        // Alternate so drift in machine load hits every series alike.
        ours.push(await time(() => adapters[kind].chat(request)));
        base.push(await time(rawCall));
        client.push(await time(clientOnly[kind]));
      }
      const after = (await ask(worker, 'last-requests')).counts[kind];
      if (after - before !== 3 * CALLS)
        throw new Error(`${kind}: the server saw ${after - before} calls, expected ${3 * CALLS}`);
      const m = median(ours);
      const bm = median(base);
      const cm = median(client);
      const ratio = round(m / bm);
      const addedMs = round(m - bm, 3);
      figures.push({
        metric:
          kind === 'ollama'
            ? 'Ollama adapter (ollama client), one streamed structured call, zero-latency server'
            : 'OpenAI-compatible adapter (openai client), one streamed structured call, zero-latency server',
        unit: 'ms',
        median: round(m, 3),
        baseline: 'raw fetch, same endpoint and body, response read to the end',
        baselineMedian: round(bm, 3),
        ratio,
        addedMs,
        target: '≤ 1.5× and ≤ 2 ms added',
        met: ratio <= 1.5 && addedMs <= 2,
        runs: CALLS,
        clientOnlyMedian: round(cm, 3),
        addedByClientMs: round(cm - bm, 3),
        addedByUsMs: round(m - cm, 3),
        p90: round([...ours].sort((a, b) => a - b)[Math.floor(CALLS * 0.9)], 3),
        baselineP90: round([...base].sort((a, b) => a - b)[Math.floor(CALLS * 0.9)], 3),
        answerChars: ANSWER.length,
        requestBytes: Buffer.byteLength(sent[kind].body),
      });
    }
    return writeResults('provider-overhead', 'npm run bench -- provider-overhead', figures);
  } finally {
    await ask(worker, 'close').catch(() => undefined);
    await worker.terminate();
  }
}
