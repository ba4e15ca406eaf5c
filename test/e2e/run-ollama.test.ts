import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { tokenCost } from '../../src/core/cost.js';
import { sha256 } from '../../src/core/hash.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { main } from '../../src/cli/main.js';
import {
  readStoredEntries,
  parseStoredEntry,
  type StoredEntry,
} from '../../src/ledger/read-ledger.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { tempRepo } from '../support/temp-repo.js';

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

const PAGES = {
  'content/pages/home.md': '# Home\n\nWe leverage synergies.\n',
  'content/pages/about.md': '# About\n\nFounded in 2016.\n',
};

function answer(report: string): string {
  return JSON.stringify({
    decision: 'done',
    confidence: 0.85,
    summary: 'Audited two pages.',
    files: [{ path: 'audits/site-audit.md', content: report }],
    questions: [],
    declineReason: null,
  });
}

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

describe('aios run against a real repository and an Ollama-protocol server', () => {
  it('plans, works, is sent back by a gate, delivers a branch and a draft PR, and ledgers every step', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    // Attempt 1 breaks the markdown gate (skips a heading level); attempt 2 fixes it.
    server.enqueue(
      {
        content: answer('# Audit\n\n### Home\n\nJargon: "We leverage synergies."\n'),
        promptTokens: 812,
        evalTokens: 96,
      },
      {
        content: answer('# Audit\n\n## Home\n\nJargon: "We leverage synergies."\n'),
        promptTokens: 930,
        evalTokens: 101,
      },
    );
    const repo = await tempRepo(PAGES);
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
    await writeFile(
      taskFile,
      '---\ntitle: Audit the home page\nlabels: [aios, content-audit]\nclient: acme\nestimate: S\n---\nAudit `content/pages/home.md` for small-business readers.\n',
    );

    const { code, stdout } = await capture(['run', taskFile, '--repo', repo, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      status: string;
      delivery: { branch: string; commit: string; pr: { url: string } };
      task: { id: string };
    };
    expect(out.status).toBe('delivered');
    const repoName = repo.split('/').at(-1)!;
    const taskId = `local/${repoName}#${repoName}-audit`;
    expect(out.task.id).toBe(taskId);

    // The model server saw two calls, each asking for the persona answer schema, the second with the findings.
    expect(server.chatRequests).toHaveLength(2);
    const bodies = server.chatRequests.map(
      (r) =>
        r.body as {
          format: { required: string[] };
          messages: { content: string }[];
          keep_alive: string;
        },
    );
    expect(bodies[0]?.format.required).toEqual(
      expect.arrayContaining(['decision', 'confidence', 'summary', 'files']),
    );
    expect(bodies[0]?.messages[1]?.content).toContain('We leverage synergies.'); // the named file is in the context
    expect(bodies[1]?.messages[1]?.content).toMatch(
      /sent back by the quality gates[\s\S]*MD001\/heading-increment/,
    );

    // The branch holds the second attempt, with trailers naming model, persona, rule and task.
    const git = simpleGit(repo);
    const branch = `aios/${taskId.replace(/[/#]+/g, '.').toLowerCase()}`;
    expect(out.delivery.branch).toBe(branch);
    expect(await git.show([`${branch}:audits/site-audit.md`])).toContain('## Home');
    // The task branch is main plus the work: nothing else added, changed or lost.
    expect((await git.raw(['diff', '--name-status', 'main', branch])).trim()).toBe(
      'A\taudits/site-audit.md',
    );
    expect((await git.raw(['rev-parse', `${branch}^`])).trim()).toBe(
      (await git.revparse(['main'])).trim(),
    );
    const trailers = await git.raw(['log', '-1', '--format=%(trailers)', branch]);
    expect(trailers).toContain('AI-Model: ollama/llama3.1:8b');
    expect(trailers).toContain('AI-Persona: content-auditor');
    expect(trailers).toContain('AIOS-Rule: content-audit-local');
    expect(trailers).toContain(`AIOS-Task: ${taskId}`);
    expect((await git.revparse(['--abbrev-ref', 'HEAD'])).trim()).toBe('main');

    // The draft PR file discloses AI use and shows routing, gates and cost.
    const pr = await readFile(join(repo, out.delivery.pr.url), 'utf8');
    expect(pr).toContain('state: draft');
    expect(pr).toContain('**AI use disclosure:**');
    expect(pr).toContain('llama3.1:8b');
    expect(pr).toContain('Rule **content-audit-local**');
    expect(pr).toMatch(
      /Attempt 1:[\s\S]*sent back · markdown-lint[\s\S]*Attempt 2:[\s\S]*pass · markdown-lint/,
    );

    // The ledger branch has one entry per event, chained, with usage from the server and exact costs.
    const stored: StoredEntry[] = [];
    for await (const s of readStoredEntries(repo, 'refs/heads/aios-ledger')) stored.push(s);
    const entries: LedgerEntry[] = stored.map(parseStoredEntry);
    expect(entries.map((e) => e.event)).toEqual([
      'planned',
      'attempt',
      'gate',
      'gate',
      'attempt',
      'gate',
      'gate',
      'delivered',
    ]);
    entries.forEach((e, i) => expect(e.prev).toBe(i === 0 ? null : sha256(stored[i - 1]!.bytes)));
    const attempts = entries.filter(
      (e): e is Extract<LedgerEntry, { event: 'attempt' }> => e.event === 'attempt',
    );
    expect(attempts).toHaveLength(server.chatRequests.length);
    expect(attempts.map((a) => [a.usage.inputTokens, a.usage.outputTokens])).toEqual([
      [812, 96],
      [930, 101],
    ]);
    for (const a of attempts) {
      expect(a.actor).toMatchObject({
        type: 'model',
        provider: 'ollama',
        modelId: 'local-llama',
        persona: 'content-auditor',
        tier: 'local',
        scripted: false,
      });
      expect(a.cost.billing).toBe('local');
      expect(a.cost.actualMicros).toBe(Math.round((100 * a.usage.durationMs) / 1000)); // $0.0001 per runner second
      expect(a.cost.shadowMicros).toBe(tokenCost(a.usage, a.cost.shadowPrice!));
      expect(a.cost.shadowPrice?.model).toBe('premium-gpt');
    }
    const delivered = entries.at(-1);
    expect(delivered).toMatchObject({
      event: 'delivered',
      estimate: { minutes: 60 },
      data: { branch, commit: out.delivery.commit, attempts: 2 },
    });
    expect(entries[0]).toMatchObject({
      event: 'planned',
      rule: { id: 'content-audit-local' },
      work: { kind: 'content-audit', risk: 'low', client: 'acme', size: 'S' },
      // The requester of a local run is the repository's git user.name (set by tempRepo).
      data: { requestedBy: 'Test Person' },
    });

    // The report sums what the entries say.
    const report = await capture(['ledger', 'report', '--repo', repo, '--json']);
    const r = JSON.parse(report.stdout) as {
      total: { calls: number; inputTokens: number; delivered: number; sentBack: number };
    };
    expect(r.total).toMatchObject({ calls: 2, inputTokens: 812 + 930, delivered: 1, sentBack: 1 });
  });

  it('stops and asks when the model is not confident, and ships nothing', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    server.enqueue({
      content: JSON.stringify({
        decision: 'done',
        confidence: 0.3,
        summary: 'Unsure.',
        files: [{ path: 'audits/a.md', content: '# A\n' }],
        questions: ['Which audience?'],
        declineReason: null,
      }),
    });
    const repo = await tempRepo(PAGES);
    const configFile = join(repo, '..', `${repo.split('/').at(-1)}.yml`);
    await writeFile(
      configFile,
      (await readFile(defaultConfigPath(), 'utf8')).replace(
        'model: llama3.1:8b',
        `model: llama3.1:8b\n    host: ${server.url}`,
      ),
    );
    const taskFile = join(repo, '..', `${repo.split('/').at(-1)}-t.md`);
    await writeFile(taskFile, '---\ntitle: Audit\nlabels: [content-audit]\n---\nAudit the site.\n');
    const { code, stdout } = await capture([
      'run',
      taskFile,
      '--repo',
      repo,
      '--config',
      configFile,
      '--json',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'asked',
      stage: 'work',
      questions: ['Which audience?'],
    });
    expect((await simpleGit(repo).branch()).all.filter((b) => b.startsWith('aios/'))).toEqual([]);
    const events = [];
    for await (const s of readStoredEntries(repo, 'refs/heads/aios-ledger'))
      events.push(parseStoredEntry(s).event);
    expect(events).toEqual(['planned', 'attempt', 'asked']);
  });
});

describe('aios run --ollama', () => {
  it('sends every tier to the named Ollama model and records it as that model', async () => {
    server = await startOllamaServer({ models: ['qwen2.5:7b'] });
    server.enqueue({
      content: JSON.stringify({
        decision: 'done',
        confidence: 0.9,
        summary: 'Drafted.',
        files: [{ path: 'posts/p.md', content: '# Post\n\nText.\n' }],
        questions: [],
        declineReason: null,
      }),
    });
    // The writing kind's reviewer gate: a second persona reads the post, on the same override.
    server.enqueue({
      content: JSON.stringify({
        decision: 'done',
        confidence: 0.9,
        summary: 'Reads well.',
        files: [],
        questions: [],
        declineReason: null,
      }),
    });
    const repo = await tempRepo(PAGES);
    const taskFile = join(repo, '..', `${repo.split('/').at(-1)}-post.md`);
    // A writing task routes to the premium tier by rule; --ollama overrides the models, not the rule.
    await writeFile(taskFile, '---\ntitle: Post\nlabels: [blog]\n---\nWrite a short post.\n');
    const { code, stdout } = await capture([
      'run',
      taskFile,
      '--repo',
      repo,
      '--ollama',
      'qwen2.5:7b',
      '--ollama-host',
      server.url,
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'delivered',
      plan: { rule: { id: 'writing-in-voice' }, tier: 'premium', models: ['ollama-override'] },
    });
    expect(server.chatRequests).toHaveLength(2);
    for (const r of server.chatRequests)
      expect((r.body as { model: string }).model).toBe('qwen2.5:7b');
    const entries = [];
    for await (const s of readStoredEntries(repo, 'refs/heads/aios-ledger'))
      entries.push(parseStoredEntry(s));
    expect(entries.find((e) => e.event === 'attempt')).toMatchObject({
      actor: {
        provider: 'ollama',
        model: 'qwen2.5:7b',
        modelId: 'ollama-override',
        scripted: false,
      },
    });
  });
});
