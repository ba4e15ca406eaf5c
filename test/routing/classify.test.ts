import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AiosConfigSchema, type AiosConfig } from '../../src/config/config-schema.js';
import { defaultConfigPath, loadConfig } from '../../src/config/load-config.js';
import { steppingClock } from '../../src/core/clock.js';
import { renderIssueTemplate } from '../../src/app/issue-template.js';
import { createScriptedProvider } from '../../src/models/scripted-provider.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { planTask } from '../../src/pipeline/run-task.js';
import { classifyTask, issueFormFields } from '../../src/routing/classify-task.js';
import { route } from '../../src/routing/router.js';
import { MemoryLedgerStore } from '../support/memory-ledger-store.js';

const loaded = await loadConfig();
const DEFAULT_TEXT = await readFile(defaultConfigPath(), 'utf8');

/** An issue body as GitHub renders the issue form `aios init` writes (field labels as headings). */
const FORM_BODY = `### Kind

writing

### Client

Acme Ltd

### Estimate

90m

### Task

Rewrite the launch announcement in content/news/launch.md for the new pricing.
`;

function task(
  labels: string[],
  body: string,
  extra: Partial<Parameters<typeof buildTask>[0]> = {},
) {
  return buildTask({
    id: 'acme/site#7',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title: 'Launch post',
    body,
    labels,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
    ...extra,
  });
}

/** The shipped config with a few changes, validated as a config is. */
function configWith(change: (raw: Record<string, unknown>) => void): AiosConfig {
  const raw = parse(DEFAULT_TEXT) as Record<string, unknown>;
  change(raw);
  return AiosConfigSchema.parse(raw);
}

describe('classification: labels, issue form, paths, in that order', () => {
  it('reads a real issue-form body: kind, client and estimate, each with its source', () => {
    expect(Object.fromEntries(issueFormFields(FORM_BODY))).toMatchObject({
      kind: 'writing',
      client: 'Acme Ltd',
      estimate: '90m',
    });
    const c = classifyTask(task(['aios'], FORM_BODY), loaded.config);
    expect(c).toMatchObject({
      kind: 'writing',
      client: 'Acme Ltd',
      estimate: 90,
      sources: { kind: 'issue-form', client: 'issue-form', estimate: 'issue-form' },
    });
    const d = route({ task: task(['aios'], FORM_BODY), config: loaded.config, configHash: 'h' });
    expect(d.type).toBe('route');
    if (d.type !== 'route') return;
    expect(d.plan).toMatchObject({
      kind: 'writing',
      client: 'Acme Ltd',
      size: 'M',
      byHand: { minutes: 90 },
      classified: { kind: 'issue-form', client: 'issue-form', estimate: 'issue-form' },
    });
  });

  it('treats a field left empty (_No response_) as unsaid, and labels win over the form', () => {
    const body = FORM_BODY.replace('Acme Ltd', '_No response_');
    const c = classifyTask(task(['aios', 'audit', 'client:globex', 'size:L'], body), loaded.config);
    expect(c).toMatchObject({
      kind: 'content-audit',
      client: 'globex',
      estimate: 'L',
      sources: { kind: 'labels', client: 'labels', estimate: 'labels' },
    });
    const none = classifyTask(task(['aios', 'blog'], body), loaded.config);
    expect(none.client).toBeUndefined();
    expect(none.sources.client).toBe('default');
  });

  it('a form field settles labels that name two kinds; without it the plan asks, listing both', () => {
    const both = task(['aios', 'blog', 'audit'], FORM_BODY);
    expect(classifyTask(both, loaded.config)).toMatchObject({
      kind: 'writing',
      sources: { kind: 'issue-form' },
    });
    const d = route({
      task: task(['aios', 'blog', 'audit'], 'Look at the launch copy.'),
      config: loaded.config,
      configHash: 'h',
    });
    expect(d.type).toBe('ask');
    if (d.type !== 'ask') return;
    expect(d.reason).toMatch(/content-audit, writing/);
    expect(d.questions[0]).toMatch(/content-audit .*writing/);
    expect(d.questions[0]).not.toMatch(/accessibility/);
  });

  it('names the kind from the paths and file types the text names', () => {
    const config = configWith((raw) => {
      const kinds = raw.kinds as Record<string, Record<string, unknown>>;
      (kinds['code-hardening'] as Record<string, unknown>).paths = ['**/*.php'];
      (kinds.writing as Record<string, unknown>).paths = ['content/**/*.md'];
    });
    const php = classifyTask(
      task(['aios'], 'Sanitize input in wp-content/plugins/shop/checkout.php please.'),
      config,
    );
    expect(php).toMatchObject({ kind: 'code-hardening', sources: { kind: 'paths' } });
    // The kind with more matching paths wins; equal counts stay open.
    const mixed = classifyTask(
      task(['aios'], 'Touch content/a.md, content/b.md and lib/x.php.'),
      config,
    );
    expect(mixed.kind).toBe('writing');
    const tie = classifyTask(task(['aios'], 'Touch content/a.md and lib/x.php.'), config);
    expect(tie.kind).toBeUndefined();
    expect(tie.candidates).toEqual(['code-hardening', 'writing']);
  });

  it('aios init writes an issue form whose Kind options are the config’s kinds', () => {
    const form = parse(renderIssueTemplate(loaded.config)) as {
      labels: string[];
      body: { type: string; id?: string; attributes: { label?: string; options?: string[] } }[];
    };
    expect(form.labels).toEqual([loaded.config.intake.label]);
    const kind = form.body.find((b) => b.id === 'kind');
    expect(kind?.type).toBe('dropdown');
    expect(kind?.attributes.options).toEqual(Object.keys(loaded.config.kinds));
    expect(form.body.map((b) => b.attributes.label).filter(Boolean)).toEqual([
      'Kind',
      'Client',
      'Estimate',
      'Task',
    ]);
  });
});

describe('the classifier call, only when the config enables it', () => {
  const script = (summary: string, confidence: number) =>
    createScriptedProvider({
      modelId: 'local-llama',
      script: {
        answers: {
          classifier: [
            {
              decision: 'done',
              confidence,
              summary,
              files: [],
              questions: [],
              declineReason: null,
              suggestedPersona: null,
            },
          ],
        },
      },
    });
  const enabled = configWith((raw) => {
    raw.classify = { model: 'local-llama', minConfidence: 0.7 };
  });
  const plain = task(['aios'], 'Please look over the homepage wording.');

  async function plan(config: AiosConfig, summary: string, confidence: number) {
    const ledger = MemoryLedgerStore.create(steppingClock(new Date('2026-11-01T00:00:00Z')));
    const outcome = await planTask(plain, {
      config: { ...loaded, config },
      ledger,
      provider: async () => script(summary, confidence),
    });
    return { outcome, entries: ledger.all() };
  }

  it('takes the cheap model’s kind at or above the threshold, recorded as a classify attempt', async () => {
    const { outcome, entries } = await plan(enabled, 'content-audit', 0.9);
    expect(outcome.type).toBe('route');
    expect(entries.map((e) => e.event)).toEqual(['attempt', 'planned']);
    const attempt = entries[0];
    expect(attempt?.event === 'attempt' && attempt.data.purpose).toBe('classify');
    expect(attempt?.actor).toMatchObject({ type: 'model', modelId: 'local-llama', tier: 'local' });
    const planned = entries[1];
    expect(planned?.event === 'planned' && planned.data.classified).toMatchObject({
      kind: 'classifier',
      confidence: 0.9,
    });
    expect(planned?.work.kind).toBe('content-audit');
  });

  it('asks below the threshold, and when the classifier ties two kinds, listing the candidates', async () => {
    const low = await plan(enabled, 'writing', 0.4);
    expect(low.outcome.type).toBe('ask');
    if (low.outcome.type === 'ask') expect(low.outcome.reason).toMatch(/0\.4, below 0\.7/);
    const tie = await plan(enabled, 'writing, content-audit', 0.8);
    expect(tie.outcome.type).toBe('ask');
    if (tie.outcome.type === 'ask') {
      expect(tie.outcome.reason).toMatch(/ties writing and content-audit/);
      expect(tie.outcome.questions[0]).toMatch(/^Which kind.*writing .*content-audit/);
    }
  });

  it('calls no model when the config does not enable it or a label already decided', async () => {
    const off = await plan(loaded.config, 'writing', 1);
    expect(off.entries.map((e) => e.event)).toEqual(['asked']);
    const ledger = MemoryLedgerStore.create(steppingClock(new Date('2026-11-01T00:00:00Z')));
    await planTask(task(['aios', 'blog'], 'x'), {
      config: { ...loaded, config: enabled },
      ledger,
      provider: async () => {
        throw new Error('no model may be called');
      },
    });
    expect(ledger.all().map((e) => e.event)).toEqual(['planned']);
  });

  it('rejects a classify.model the config does not define', () => {
    expect(() =>
      configWith((raw) => {
        raw.classify = { model: 'nope' };
      }),
    ).toThrow(/no model named .*nope/);
  });
});
