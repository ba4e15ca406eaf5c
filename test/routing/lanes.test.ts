import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { defaultConfigPath, loadConfig, parseConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { loadPersonas, personaFolder } from '../../src/personas/load-personas.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { checkRuleLanes } from '../../src/routing/check-rule-lanes.js';
import { LaneScreen } from '../../src/routing/lane-screen.js';
import { lanesOf, planWithLanes } from '../../src/routing/plan-lanes.js';
import { route } from '../../src/routing/router.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const loaded = await loadConfig();
const registry = await loadPersonas();
const personas = registry.list();

function task(labels: string[], title = 'T', body = 'Body') {
  return buildTask({
    id: 'acme/site#7',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title,
    body,
    labels,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
  });
}

describe('the router reads the personas', () => {
  it("adds the persona's gates to the kind's and the rule's", () => {
    const lanes = lanesOf(personas);
    lanes.set('editor', { kinds: ['writing'], gates: ['markdown-lint', 'reviewer'] });
    const d = route({
      task: task(['blog']),
      config: loaded.config,
      configHash: loaded.hash,
      lanes,
    });
    // The kind's and the rule's gates as shipped, then the persona's, each once.
    const kindGates = loaded.config.kinds.writing?.gates ?? [];
    const rule = loaded.config.rules.find((r) => r.id === 'writing-in-voice');
    expect(kindGates).toContain('markdown-lint');
    expect(kindGates).toContain('reviewer'); // the shipped writing kind has the reviewer: listed once
    expect(d.type === 'route' && d.plan.gates).toEqual([
      ...new Set([...kindGates, ...(rule?.route.gates ?? []), 'markdown-lint', 'reviewer']),
    ]);
  });

  it('lists a gate once by its catalog id when the config and the persona name it differently', () => {
    const lanes = lanesOf(personas);
    // The old id, an alias of wordpress-security, which the shipped plugin-hardening rule names.
    lanes.set('wordpress-expert', { kinds: ['code-hardening'], gates: ['wp-plugin-security'] });
    const d = route({
      task: task(['hardening', 'wordpress']),
      config: loaded.config,
      configHash: loaded.hash,
      lanes,
    });
    expect(d.type === 'route' && d.plan.persona).toBe('wordpress-expert');
    if (d.type !== 'route') return;
    expect(d.plan.rule.id).toBe('wordpress-plugin-hardening');
    const rule = loaded.config.rules.find((r) => r.id === d.plan.rule.id);
    expect([
      ...(loaded.config.kinds['code-hardening']?.gates ?? []),
      ...(rule?.route.gates ?? []),
    ]).toContain('wordpress-security');
    expect(d.plan.gates.filter((g) => g === 'wordpress-security')).toHaveLength(1);
    expect(d.plan.gates).not.toContain('wp-plugin-security');
  });

  it('skips a rule whose persona does not accept the kind, saying why', () => {
    const lanes = lanesOf(personas);
    lanes.set('editor', { kinds: ['content-audit'], gates: [] });
    const d = route({
      task: task(['blog']),
      config: loaded.config,
      configHash: loaded.hash,
      lanes,
    });
    expect(d.type).toBe('ask');
    if (d.type !== 'ask') return;
    expect(d.trace.find((t) => t.rule === 'writing-in-voice')?.why).toBe(
      'persona editor does not accept kind writing (it takes content-audit)',
    );
  });

  it("a person's persona choice keeps the rule's tier (a tier is the rules' spending decision)", () => {
    const d = route({
      task: task(['blog']),
      config: loaded.config,
      configHash: loaded.hash,
      lanes: lanesOf(personas),
      personaOverride: { persona: 'content-auditor', by: 'ann' },
    });
    expect(d.type === 'route' && [d.plan.persona, d.plan.tier]).toEqual([
      'content-auditor',
      'premium',
    ]);
  });

  it('a config rule that sends a persona a kind it does not accept fails at load with file:line', async () => {
    const text = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'route: { persona: content-auditor, tier: local, maxAttempts: 2 }',
      'route: { persona: editor, tier: local, maxAttempts: 2 }',
    );
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    await writeFile(file, text);
    const bad = parseConfig(text, file);
    const line = text.split('\n').findIndex((l) => l.includes('persona: editor, tier: local')) + 1;
    const error = await checkRuleLanes(bad, personaFolder()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(`${file}:${line}`);
    expect((error as InputError).message).toContain(
      'rule content-audit-local sends kind content-audit to editor, which accepts only writing',
    );
    await expect(checkRuleLanes(loaded, personaFolder())).resolves.toBeUndefined();
  });
});

describe('the lane screen', () => {
  const screen = new LaneScreen(personas, loaded.config);

  it('passes work that reads as the planned persona’s lane', () => {
    const r = screen.screen({
      persona: 'editor',
      kind: 'writing',
      text: 'Draft a blog post for small-business owners on why we disclose AI use. Plain voice.',
    });
    expect(r.stop).toBe(false);
    expect(r.reason).toMatch(/within lane/);
  });

  it('stops work that reads as a declined kind, naming the scores', () => {
    const r = screen.screen({
      persona: 'editor',
      kind: 'writing',
      text: 'Harden the WordPress plugin: add nonces and capability checks, sanitise $_POST input and escape output in the PHP.',
    });
    expect(r.stop).toBe(true);
    expect(r.reason).toMatch(/lane screen: .* scores \d\.\d\d, above editor's lane \d\.\d\d/);
  });

  it('re-routes by the rules when another lane wins, with the reason in the trace', async () => {
    const d = await planWithLanes({
      task: task(
        ['blog'],
        'Audit the site copy',
        'Audit the copy of every existing page of the website and write a prioritised list of fixes for outdated and contradictory content.',
      ),
      config: loaded.config,
      configHash: loaded.hash,
      personas: registry,
    });
    expect(d.type).toBe('route');
    if (d.type !== 'route') return;
    expect(d.plan.persona).toBe('content-auditor');
    expect(d.plan.trace[0]).toMatchObject({ rule: 'lane-screen', matched: true });
    expect(d.plan.trace[0]?.why).toMatch(/re-routed as content-audit/);
  });
});

async function ledgerOf(repo: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const e of readLedger(repo, 'refs/heads/aios-ledger')) out.push(e);
  return out;
}

describe('decline handoffs', () => {
  const auditAnswer = {
    decision: 'done',
    confidence: 0.9,
    summary: 'Audited the pages.',
    files: [
      { path: 'audits/2026-11-audit.md', content: '# Audit\n\nThe home page is out of date.\n' },
    ],
  };
  const decline = (to: string | null) => ({
    decision: 'decline',
    confidence: 0.9,
    summary: 'Not mine.',
    declineReason: 'This is a site-wide content audit, not writing.',
    suggestedPersona: to,
  });

  async function run(answers: Record<string, unknown[]>, labels = '[aios, blog]') {
    const repo = await tempRepo({ 'README.md': '# Site\n' });
    const dir = await tempDir();
    const script = join(dir, 'script.yml');
    await writeFile(script, JSON.stringify({ answers }));
    const taskFile = join(dir, 'task.md');
    await writeFile(
      taskFile,
      `---\ntitle: Post on our process\nlabels: ${labels}\n---\nWrite a short post about how we work with clients.\n`,
    );
    const runner = await createLocalRunner({
      repoDir: repo,
      models: { type: 'scripted', scriptFile: script },
    });
    const { outcome } = await runner.runFile(taskFile);
    return { outcome, entries: await ledgerOf(repo) };
  }

  it('follows the suggested persona: each hop a ledger entry, the standards hashes in each attempt', async () => {
    const { outcome, entries } = await run({
      editor: [decline('content-auditor')],
      'content-auditor': [auditAnswer],
    });
    expect(outcome.status).toBe('delivered');
    expect(entries.map((e) => e.event)).toEqual([
      'planned',
      'attempt',
      'declined',
      'planned',
      'attempt',
      'gate',
      'gate',
      'delivered',
    ]);
    const hop = entries[3];
    expect(hop?.event === 'planned' && hop.data.hop).toMatchObject({ n: 1, from: 'editor' });
    expect(hop?.event === 'planned' && hop.data.persona).toBe('content-auditor');
    const attempts = entries.filter((e) => e.event === 'attempt');
    // The editor's standards as shipped in personas/editor.md, in its order.
    const editor = registry.get('editor');
    expect(editor?.standards.length).toBeGreaterThan(0);
    expect(
      attempts[0]?.event === 'attempt' && Object.keys(attempts[0].data.standards ?? {}),
    ).toEqual(editor?.standards);
    expect(attempts[1]?.event === 'attempt' && attempts[1].data.standards?.['house-style']).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('never returns to a persona that declined, and asks after two hops', async () => {
    const { outcome, entries } = await run({
      editor: [decline('content-auditor')],
      'content-auditor': [decline('editor')],
    });
    expect(outcome.status).toBe('asked');
    const planned = entries
      .filter((e) => e.event === 'planned')
      .map((e) => e.event === 'planned' && e.data.persona);
    expect(new Set(planned).size).toBe(planned.length);
    expect(planned.length).toBeLessThanOrEqual(3);
    expect(entries.at(-1)?.event).toBe('asked');
  });
});
