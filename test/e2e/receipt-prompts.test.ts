import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { main } from '../../src/cli/main.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { tempRepo } from '../support/temp-repo.js';

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

async function capture(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = undefined;
  const code = await main(argv);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, stdout };
}

function answer(report: string): string {
  return JSON.stringify({
    decision: 'done',
    confidence: 0.85,
    summary: 'Audited the page.',
    files: [{ path: 'audits/site-audit.md', content: report }],
    questions: [],
    declineReason: null,
  });
}

interface Prompt {
  attempt: number;
  call: number;
  purpose: string;
  messages?: { role: string; content: string }[];
  error?: string;
}

describe('aios receipt --internal rebuilds every prompt from the ledger’s git objects', () => {
  it('gives back, byte for byte, the messages the model server received: a broken answer’s repair, a send-back, a cut task body', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    server.enqueue(
      // Call 1 breaks the contract; its repair (call 2) breaks the markdown gate (a send-back
      // with findings); attempt 2 (call 3) passes.
      { content: 'Sure! Here is the audit: ```not json```', evalTokens: 12 },
      { content: answer('# Audit\n\n### Home\n\nJargon.\n'), evalTokens: 96 },
      { content: answer('# Audit\n\n## Home\n\nJargon.\n'), evalTokens: 101 },
    );
    const big = Array.from({ length: 3000 }, (_, i) => `Line ${i + 1} of the old copy.`);
    big[1500] = 'We leverage synergies across the value chain.';
    const repo = await tempRepo({
      'content/pages/home.md': big.join('\n') + '\n',
      'content/pages/about.md': '# About\n\nFounded in 2016.\n',
    });
    const config = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'model: llama3.1:8b',
      `model: llama3.1:8b\n    host: ${server.url}`,
    );
    await mkdir(join(repo, '.github'));
    await writeFile(join(repo, '.github', 'aios.yml'), config);
    await simpleGit(repo)
      .add('.')
      .then(() => simpleGit(repo).commit('config'));
    const taskFile = join(repo, '..', `${repo.split('/').at(-1)}-audit.md`);
    // A body far over the local tier's budget: the prompt shows it cut, the snapshot keeps it whole.
    const body = `Audit \`content/pages/home.md\` for "synergies". ${'Lorem ipsum dolor sit amet. '.repeat(4000)}`;
    await writeFile(
      taskFile,
      `---\ntitle: Audit the home page\nlabels: [aios, content-audit]\nclient: acme\nestimate: S\n---\n${body}\n`,
    );
    const run = await capture(['run', taskFile, '--repo', repo, '--json']);
    expect(run.stdout).toContain('delivered');
    expect(run.code).toBe(0);
    const taskId = (JSON.parse(run.stdout) as { task: { id: string } }).task.id;
    const sent = server.chatRequests.map(
      (r) => (r.body as { messages: { role: string; content: string }[] }).messages,
    );
    expect(sent).toHaveLength(3);

    const receipt = await capture([
      'receipt',
      taskId,
      '--repo',
      repo,
      '--internal',
      '--format',
      'json',
    ]);
    expect(receipt.code).toBe(0);
    const prompts = (JSON.parse(receipt.stdout) as { internal: { prompts: Prompt[] } }).internal
      .prompts;
    expect(prompts.map((p) => [p.attempt, p.purpose])).toEqual([
      [1, 'work'],
      [1, 'repair'],
      [2, 'work'],
    ]);
    for (const [i, p] of prompts.entries()) {
      expect(p.error).toBeUndefined();
      // Exactly what went over the wire, role by role and byte by byte.
      expect(p.messages?.map((m) => ({ role: m.role, content: m.content }))).toEqual(
        sent[i]?.map((m) => ({ role: m.role, content: m.content })),
      );
    }
    // The prompt showed the body cut and the file in ranges; the kept snapshot holds all of it.
    expect(sent[0]?.[1]?.content).not.toContain(body.trim());
    expect(sent[2]?.[1]?.content).toMatch(/sent back by the quality gates/);
    const md = await capture(['receipt', taskId, '--repo', repo, '--internal']);
    expect(md.stdout).toContain('### Prompt of call 3 (attempt 2, work');

    // The local model has no tokenizer here: the estimate learned from the prompt tokens the
    // server reported for the characters sent, kept in the cache.
    const chars = sent.map((m) => m.reduce((n, x) => n + x.content.length, 0));
    const reported: number[] = [];
    for await (const e of readLedger(repo, 'refs/heads/aios-ledger', { task: taskId }))
      if (e.event === 'attempt') reported.push(e.usage.inputTokens);
    const ratios = JSON.parse(
      await readFile(join(repo, '.aios', 'cache', 'token-ratios.json'), 'utf8'),
    ) as Record<string, { chars: number; tokens: number; samples: number }>;
    expect(ratios['ollama/llama3.1:8b']).toEqual({
      chars: chars.reduce((a, b) => a + b, 0),
      tokens: reported.reduce((a, b) => a + b, 0),
      samples: 3,
    });

    // verify checks every named object is on the ledger branch and hashes to its name.
    const ok = await verifyLedger(repo, 'refs/heads/aios-ledger', { anchor: false });
    expect(ok.violations).toEqual([]);
    const git = simpleGit(repo);
    const objects = (await git.raw(['ls-tree', '-r', '--name-only', 'aios-ledger', 'prompts/']))
      .trim()
      .split('\n');
    expect(objects.length).toBeGreaterThanOrEqual(5); // task, persona, file, findings, repair
    // The task snapshot holds the whole body.
    const snapshots = await Promise.all(objects.map((p) => git.show([`aios-ledger:${p}`])));
    const bodies = snapshots.flatMap((t) => {
      try {
        return [(JSON.parse(t) as { body?: string }).body ?? ''];
      } catch {
        return [];
      }
    });
    expect(bodies.some((b) => b.includes(body.trim()))).toBe(true);

    // An object swapped for other bytes fails verify, at its path; the prompt is not rebuilt.
    const victim = objects.find((p) => p.startsWith('prompts/'))!;
    await commitFiles(repo, {
      ref: 'refs/heads/aios-ledger',
      parent: (await git.revparse(['aios-ledger'])).trim(),
      files: [{ path: victim, content: 'forged\n' }],
      message: 'forge',
      author: { name: 'x', email: 'x@example.com' },
      time: 1_800_000_000,
    });
    const bad = await verifyLedger(repo, 'refs/heads/aios-ledger', { anchor: false });
    // Named twice: at its path (altered) and at the entry that needs it (not held any more).
    const victimId = victim.slice('prompts/'.length).replace('/', '');
    const objectViolations = bad.violations.filter((v) => v.kind === 'object');
    expect(objectViolations.map((v) => v.path)).toContain(victim);
    expect(
      objectViolations
        .filter((v) => v.path !== victim)
        .every((v) => v.path?.startsWith('ledger/') && v.message.includes(victimId)),
    ).toBe(true);
    expect(objectViolations.length).toBeGreaterThanOrEqual(2);
    const again = await capture([
      'receipt',
      taskId,
      '--repo',
      repo,
      '--internal',
      '--format',
      'json',
    ]);
    expect(
      (JSON.parse(again.stdout) as { internal: { prompts: Prompt[] } }).internal.prompts.some(
        (p) => p.error !== undefined,
      ),
    ).toBe(false); // the id still names the original object, which git still holds

    // An object taken off the branch is named at the entry that needs it, though the task is
    // the ledger's last (verify checks the objects once every entry has named its own).
    const gone = objects.find((p) => p.startsWith('prompts/') && p !== victim)!;
    // A private index, so the repository's own stays as it is.
    const index = { ...process.env, GIT_INDEX_FILE: join(repo, '.git', 'x-index') };
    const removed = (args: string[]) =>
      promisify(execFile)('git', args, { cwd: repo, env: index }).then((r) => r.stdout);
    await removed(['read-tree', 'aios-ledger']);
    await removed(['rm', '--cached', '-q', gone]);
    const tree = (await removed(['write-tree'])).trim();
    const head = (await git.revparse(['aios-ledger'])).trim();
    const commit = (await git.raw(['commit-tree', tree, '-p', head, '-m', 'drop'])).trim();
    await git.raw(['update-ref', 'refs/heads/aios-ledger', commit]);
    const missing = await verifyLedger(repo, 'refs/heads/aios-ledger', { anchor: false });
    const id = gone.slice('prompts/'.length).replace('/', '');
    expect(
      missing.violations.some(
        (v) => v.kind === 'object' && v.message.includes(id) && v.path?.startsWith('ledger/'),
      ),
    ).toBe(true);
  });
});
