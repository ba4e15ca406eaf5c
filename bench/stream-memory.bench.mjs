// Peak memory of a model call whose server streams 50 MB: the answer must be cut at its size cap
// (answer-cap.ts) and the process must not balloon. Four cases, each in a fresh client process
// so its peak RSS (`process.resourceUsage().maxRSS`) is its own: Ollama and OpenAI-compatible,
// 50 MB in 64 KiB pieces and 50 MB as one line (which the client's stream parser would buffer
// whole without the body byte cap). The servers run in another process, so their memory is not
// counted. Baseline: the same client process after three small calls of each protocol, just
// before the big call. Target: peak ≤ 64 MB above that baseline, and the call ends with the
// named `too-large` error. Sources through tsx: `npm run bench -- stream-memory`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { round, writeResults } from './lib.mjs';

const SIZE = 50 * 1024 * 1024;
const KEY = 'sk-bench-0123456789abcdef';
const SELF = fileURLToPath(import.meta.url);
const SMALL = '{"ok":true}';

async function serve() {
  register();
  const src = (path) => import(new URL(`../${path}`, import.meta.url).href);
  const [{ startOllamaServer }, { startOpenAiServer }] = await Promise.all([
    src('test/support/ollama-server.ts'),
    src('test/support/openai-server.ts'),
  ]);
  const big = 'x'.repeat(SIZE);
  const reply = (model) =>
    model === 'small'
      ? { content: SMALL }
      : model === 'one-line'
        ? { chunks: [big], evalTokens: 10, completionTokens: 10 }
        : { content: big, chunkSize: 64 * 1024, evalTokens: 10, completionTokens: 10 };
  const ollama = await startOllamaServer({ models: ['small', 'one-line', 'pieces'] });
  const openai = await startOpenAiServer({ apiKey: KEY });
  ollama.setHandler((r) => reply(r.body.model));
  openai.setHandler((r) => reply(r.body.model));
  process.stdout.write(`${JSON.stringify({ ollama: ollama.url, openai: openai.baseUrl })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

async function client(kind, shape, urls) {
  register();
  const src = (path) => import(new URL(`../src/${path}`, import.meta.url).href);
  const [{ createOllamaProvider }, { createOpenAiProvider }] = await Promise.all([
    src('models/ollama-provider.ts'),
    src('models/openai-provider.ts'),
  ]);
  const make = (model) =>
    kind === 'ollama'
      ? createOllamaProvider({ modelId: model, model, host: urls.ollama })
      : createOpenAiProvider({ modelId: model, model, baseUrl: urls.openai, apiKey: KEY });
  const request = {
    messages: [{ role: 'user', content: 'Answer.' }],
    schema: {
      type: 'object',
      properties: { ok: { type: 'boolean' } },
      required: ['ok'],
      additionalProperties: false,
    },
    schemaName: 'bench',
    timeouts: { connectMs: 10_000, firstTokenMs: 30_000, totalMs: 120_000 },
    persona: 'bench',
    attempt: 1,
    purpose: 'work',
  };
  for (let i = 0; i < 3; i++) await make('small').chat(request);
  globalThis.gc?.();
  const baseline = process.resourceUsage().maxRSS * 1024;
  const rssBefore = process.memoryUsage().rss;
  let error;
  try {
    await make(shape).chat(request);
  } catch (e) {
    error = { errorClass: e.errorClass, message: e.message };
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ baseline, rssBefore, peak, error })}\n`);
}

function runNode(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', SELF, ...args], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`client exited ${code}`)),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

export async function run() {
  const server = spawn(process.execPath, [SELF, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const urls = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(JSON.parse(out));
      });
      server.on('error', reject);
    });
    const figures = [];
    for (const kind of ['ollama', 'openai']) {
      for (const shape of ['pieces', 'one-line']) {
        const r = await runNode(['--client', kind, shape, JSON.stringify(urls)], '');
        const aboveMb = (r.peak - r.rssBefore) / 1024 / 1024;
        figures.push({
          metric: `${kind === 'ollama' ? 'Ollama' : 'OpenAI-compatible'} call streaming 50 MB ${shape === 'pieces' ? 'in 64 KiB pieces' : 'as one line'}, default caps: peak RSS above baseline`,
          unit: 'MB',
          median: round(aboveMb, 1),
          baseline: 'RSS of the same process after three small calls, just before the big one',
          baselineMedian: round(r.rssBefore / 1024 / 1024, 1),
          ratio: round(r.peak / r.rssBefore),
          target: '≤ 64 MB above baseline, named too-large error',
          met: aboveMb <= 64 && r.error?.errorClass === 'too-large',
          runs: 1,
          error: r.error,
        });
      }
    }
    return writeResults('stream-memory', 'npm run bench -- stream-memory', figures);
  } finally {
    server.stdin.end();
    server.kill();
  }
}

const [, , role, ...rest] = process.argv;
if (role === '--serve') await serve();
else if (role === '--client') await client(rest[0], rest[1], JSON.parse(rest[2]));
