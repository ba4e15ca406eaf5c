/**
 * Ending cleanly: SIGTERM (and SIGINT) sent to a real `aios run` child process while a model
 * call streams cancels that call, writes its `attempt` entry (outcome `cancelled`) and closes
 * the task `failed`, with the ledger flushed: one entry per request the server saw.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { packageRoot } from '../../src/core/package-root.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';
import { tempRepo } from '../support/temp-repo.js';

const KEY = 'sk-cancel-test-0123456789abcdef';
let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(['SIGTERM', 'SIGINT'] as const)('aios run stopped by %s', (sig) => {
  it('cancels the call in flight, records it as cancelled, and fails the task', async () => {
    server = await startOpenAiServer({ apiKey: KEY, models: ['gpt-5'] });
    // The stream opens, then the model "thinks" far longer than the test waits.
    server.setHandler(() => ({ content: '{"decision":"done"}', firstChunkDelayMs: 60_000 }));
    const repo = await tempRepo({ 'posts/draft.md': '# Draft\n\nSome words.\n' });
    const config = (await readFile(defaultConfigPath(), 'utf8')).replace(
      '    model: gpt-5\n',
      `    model: gpt-5\n    baseUrl: ${server.baseUrl}\n`,
    );
    await mkdir(join(repo, '.github'));
    await writeFile(join(repo, '.github', 'aios.yml'), config);
    await simpleGit(repo).add('.');
    await simpleGit(repo).commit('config');
    const taskFile = join(repo, '..', `${repo.split('/').at(-1)}-post.md`);
    await writeFile(
      taskFile,
      '---\ntitle: Tighten the draft post\nlabels: [blog]\nclient: acme\nestimate: S\n---\nTighten `posts/draft.md`.\n',
    );

    const child = spawn(
      process.execPath,
      [join(packageRoot(), 'bin', 'aios.js'), 'run', taskFile, '--repo', repo, '--json'],
      {
        cwd: repo,
        env: { ...process.env, NO_COLOR: '1', OPENAI_API_KEY: KEY },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const closed = new Promise<number>((resolve) =>
      child.on('close', (code) => resolve(code ?? -1)),
    );

    await waitFor(() => server!.chatRequests.length === 1);
    await new Promise((r) => setTimeout(r, 100)); // the stream is open and waiting
    child.kill(sig);
    const code = await closed;

    expect(code, stderr).toBe(1);
    expect(stderr).toContain(`${sig} received`);
    const out = JSON.parse(stdout) as { status: string; stage: string; reason: string };
    expect(out).toMatchObject({ status: 'failed', stage: 'work' });
    expect(out.reason).toMatch(/cancelled/);

    const entries: LedgerEntry[] = [];
    for await (const e of readLedger(repo, 'aios-ledger')) entries.push(e);
    expect(entries.map((e) => e.event)).toEqual(['planned', 'attempt', 'failed']);
    const attempt = entries[1];
    expect(attempt?.event === 'attempt' && attempt.data).toMatchObject({
      outcome: 'cancelled',
      errorClass: 'cancelled',
    });
    expect(entries[2]?.event === 'failed' && entries[2].data).toMatchObject({
      stage: 'work',
      errorClass: 'cancelled',
    });
    // One request, one attempt entry.
    expect(server.chatRequests).toHaveLength(1);
  });
});
