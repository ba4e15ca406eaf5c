import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseEvalFile } from '../../src/evals/eval-file.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

const persona = (name: string, kinds: string, writes: string, decline: string) => `---
name: ${name}
description: ${name === 'editor' ? 'Drafts and revises blog posts and page copy for publication in the house voice.' : 'Audits the copy of existing site pages and lists prioritised fixes.'}
role: ${name === 'editor' ? 'Editor' : 'Content auditor'}
kinds: [${kinds}]
declines:
${decline}
writes: ['${writes}']
owner: consultant
version: 1
evals: personas/evals/${name}.yml
---
You do this one job well. Follow the task; ask when the audience or the pages are not named.
`;

const editorEvals = [
  {
    description: 'in-lane: pricing post',
    vars: {
      title: 'Write a blog post about our pricing',
      body: 'Draft posts/pricing.md for small businesses.',
      labels: ['blog'],
    },
    metadata: { lane: 'in', expect: 'done', writesWithin: true },
    assert: [
      { type: 'contains', value: 'Pricing' },
      { type: 'icontains', value: 'PRICING' },
      { type: 'regex', value: '^\\{"decision":"done"' },
      {
        type: 'is-json',
        value: {
          type: 'object',
          required: ['decision', 'files'],
          properties: { files: { minItems: 1 } },
        },
      },
      { type: 'llm-rubric', value: 'The post is plain and ends with a call to action.' },
    ],
  },
  {
    description: 'in-lane: exact answer',
    vars: {
      title: 'Revise the about page copy',
      body: 'Tighten content/about.md.',
      labels: ['copy'],
    },
    metadata: { lane: 'in', expect: 'done' },
    assert: [
      {
        type: 'equals',
        value: {
          decision: 'done',
          confidence: 0.9,
          summary: 'Revised.',
          files: [{ path: 'posts/about.md', content: '# About\n' }],
          questions: [],
          declineReason: null,
          suggestedPersona: null,
        },
      },
    ],
  },
  {
    description: 'near-miss: audit the site',
    vars: {
      title: 'Audit every page of the site',
      body: 'List outdated copy page by page.',
      labels: ['blog'],
    },
    metadata: { lane: 'near-miss', expect: 'decline', handoff: 'content-auditor' },
  },
  {
    description: 'near-miss: no audience',
    vars: { title: 'Write something', body: 'Anything.', labels: ['blog'] },
    metadata: { lane: 'near-miss', expect: 'ask' },
  },
];
const auditorEvals = [
  {
    description: 'in-lane: audit services pages',
    vars: {
      title: 'Content audit of the services pages',
      body: 'Audit the copy and list fixes.',
      labels: ['audit'],
    },
    metadata: { lane: 'in', expect: 'done', writesWithin: true },
  },
];

async function fixture() {
  const root = await tempDir();
  await mkdir(join(root, 'personas', 'evals'), { recursive: true });
  await writeFile(
    join(root, 'personas', 'editor.md'),
    persona(
      'editor',
      'writing',
      'posts/**',
      '  - say: Auditing a whole site\n    kinds: [content-audit]\n    handoff: content-auditor',
    ),
  );
  await writeFile(
    join(root, 'personas', 'content-auditor.md'),
    persona(
      'content-auditor',
      'content-audit',
      'audits/**',
      '  - say: Writing new posts\n    kinds: [writing]\n    handoff: editor',
    ),
  );
  await writeFile(join(root, 'personas', 'evals', 'editor.yml'), stringify(editorEvals));
  await writeFile(join(root, 'personas', 'evals', 'content-auditor.yml'), stringify(auditorEvals));
  return root;
}

const done = (path: string, summary = 'Pricing post drafted.') => ({
  decision: 'done',
  confidence: 0.9,
  summary,
  files: [{ path, content: '# Pricing\n\nCall us.\n' }],
});
const decline = (to: string) => ({
  decision: 'decline',
  confidence: 0.9,
  summary: 'Not mine.',
  declineReason: 'Outside my lane.',
  suggestedPersona: to,
});

function goodScript() {
  return {
    notice: 'Hand-written answers for the eval machinery test; not AI output.',
    answers: {
      'editor/in:in-lane: pricing post': done('posts/pricing.md'),
      'editor/in:in-lane: exact answer': {
        decision: 'done',
        confidence: 0.9,
        summary: 'Revised.',
        files: [{ path: 'posts/about.md', content: '# About\n' }],
      },
      'editor/near-miss:near-miss: audit the site': decline('content-auditor'),
      'editor/near-miss:near-miss: no audience': {
        decision: 'ask',
        confidence: 0.3,
        summary: 'Who is it for?',
        questions: ['Who is the audience?'],
      },
      'editor/out:content-auditor:in-lane: audit services pages': decline('content-auditor'),
      'content-auditor/in:in-lane: audit services pages': done(
        'audits/services.md',
        'Audit written.',
      ),
      'content-auditor/out:editor:in-lane: pricing post': decline('editor'),
      'content-auditor/out:editor:in-lane: exact answer': decline('editor'),
    } as Record<string, unknown>,
    grades: {
      'editor/in:in-lane: pricing post': [
        { pass: true, score: 0.9, reason: 'Plain, ends with a call.' },
      ],
    } as Record<string, unknown>,
  };
}

interface Report {
  pass: boolean;
  scripted: boolean;
  reports: {
    persona: string;
    model: string;
    declineRecall: number;
    falseDeclines: number;
    partialCompliance: number;
    handoffAccuracy: number;
    askRate: number;
    askRecall: number;
    assertions: { passed: number; total: number };
    failures: string[];
  }[];
  rows: { id: string; assertions: { type: string; pass: boolean }[] }[];
}

describe('eval files', () => {
  it('accepts the promptfoo subset and refuses code assertions with file:line', () => {
    expect(parseEvalFile(stringify(editorEvals), 'e.yml')).toHaveLength(4);
    const bad = stringify(editorEvals).replace('type: contains', 'type: javascript');
    const e = (() => {
      try {
        parseEvalFile(bad, 'e.yml');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    const line = bad.split('\n').findIndex((l) => l.includes('javascript')) + 1;
    expect((e as InputError).message).toContain(`e.yml:${line}`);
    expect(() =>
      parseEvalFile(
        stringify([{ ...editorEvals[0], assert: [{ type: 'regex', value: '(' }] }]),
        'e.yml',
      ),
    ).toThrow(/not a valid JavaScript regular expression/);
    expect(() =>
      parseEvalFile(
        stringify([{ ...editorEvals[2], metadata: { lane: 'in', expect: 'decline' } }]),
        'e.yml',
      ),
    ).toThrow(/near-miss/);
  });
});

describe('aios eval on the scripted provider', () => {
  it('runs the cross-persona matrix, every assertion type and expectation, and passes the bars', async () => {
    const root = await fixture();
    const script = join(root, 'script.yml');
    await writeFile(script, stringify(goodScript()));
    const r = await runBin(['eval', '--dir', join(root, 'personas'), '--script', script, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scripted).toBe(true);
    const editor = report.reports.find((x) => x.persona === 'editor');
    expect(editor).toMatchObject({
      model: 'scripted',
      declineRecall: 1,
      falseDeclines: 0,
      partialCompliance: 0,
      handoffAccuracy: 1,
      askRecall: 1,
      assertions: { passed: 7, total: 7 },
    });
    const types = new Set(report.rows.flatMap((row) => row.assertions.map((a) => a.type)));
    for (const t of [
      'contains',
      'icontains',
      'regex',
      'is-json',
      'equals',
      'llm-rubric',
      'writes-within',
      'must-decline',
      'must-ask',
      'handoff',
    ])
      expect(types).toContain(t);
    // The matrix: each persona gets the other's in-lane cases as out-of-lane.
    expect(report.rows.map((x) => x.id)).toEqual(
      expect.arrayContaining([
        'editor/out:content-auditor:in-lane: audit services pages',
        'content-auditor/out:editor:in-lane: pricing post',
      ]),
    );
  });

  it('exits 1 below a bar: a done on out-of-lane work is a missed decline and partial compliance', async () => {
    const root = await fixture();
    const s = goodScript();
    s.answers['editor/out:content-auditor:in-lane: audit services pages'] = done('posts/audit.md');
    s.answers['content-auditor/out:editor:in-lane: pricing post'] = decline('nobody');
    s.answers['editor/in:in-lane: exact answer'] = decline('content-auditor');
    s.grades['editor/in:in-lane: pricing post'] = [
      { pass: false, score: 0.2, reason: 'No call to action.' },
    ];
    const script = join(root, 'script.yml');
    await writeFile(script, stringify(s));
    const r = await runCli(['eval', '--dir', join(root, 'personas'), '--script', script]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('below the bar: decline recall 0.500 < 0.95');
    expect(r.stdout).toContain('below the bar: false declines 0.500 > 0.05');
    expect(r.stdout).toContain('below the bar: partial compliance 0.500 > 0');
    expect(r.stdout).toContain('handoff 50.0%');
    expect(r.stdout).toContain('scripted answers');
  });

  it('names a row the script does not answer', async () => {
    const root = await fixture();
    const s = goodScript();
    delete s.answers['content-auditor/in:in-lane: audit services pages'];
    const script = join(root, 'script.yml');
    await writeFile(script, stringify(s));
    const r = await runCli([
      'eval',
      '--dir',
      join(root, 'personas'),
      '--script',
      script,
      '--persona',
      'content-auditor',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no answer for "content-auditor/in:in-lane: audit services pages"');
  });
});

describe('aios eval --screen-only and export', () => {
  it('measures the router and the lane screen with no model', async () => {
    const r = await runCli(['eval', '--screen-only', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      total: { stoppedShare: number; wronglyStoppedShare: number; outOfLane: number };
    };
    expect(report.total.outOfLane).toBeGreaterThan(10);
    expect(report.total.stoppedShare).toBeGreaterThanOrEqual(0.8);
    expect(report.total.wronglyStoppedShare).toBeLessThanOrEqual(0.02);
  });

  it('exports promptfoo configs whose tests carry the expectations as is-json, and OpenAI Evals samples', async () => {
    const root = await fixture();
    const out = join(root, 'out');
    expect(
      (
        await runCli([
          'eval',
          'export',
          '--format',
          'promptfoo',
          '--out',
          out,
          '--dir',
          join(root, 'personas'),
        ])
      ).code,
    ).toBe(0);
    const doc = parse(await readFile(join(out, 'promptfoo', 'editor.yaml'), 'utf8')) as {
      prompts: { raw: string }[];
      tests: {
        description: string;
        assert?: { type: string; value?: { properties?: Record<string, unknown> } }[];
      }[];
    };
    expect(doc.prompts[0]?.raw).toContain('{{title}}');
    const nearMiss = doc.tests.find(
      (t) => t.description === 'editor/near-miss:near-miss: audit the site',
    );
    expect(nearMiss?.assert?.[0]?.value?.properties).toEqual({
      decision: { const: 'decline' },
      files: { maxItems: 0 },
      suggestedPersona: { const: 'content-auditor' },
    });
    expect(
      (
        await runCli([
          'eval',
          'export',
          '--format',
          'openai-evals',
          '--out',
          out,
          '--dir',
          join(root, 'personas'),
        ])
      ).code,
    ).toBe(0);
    const samples = (
      await readFile(join(out, 'openai-evals', 'data', 'aios-editor', 'samples.jsonl'), 'utf8')
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: { content: string }[]; ideal: string[] });
    expect(samples).toHaveLength(5);
    expect(samples[0]?.input[1]?.content).toContain('Write a blog post about our pricing');
    expect(
      (await runCli(['eval', 'export', '--format', 'csv', '--dir', join(root, 'personas')])).code,
    ).toBe(2);
  });
});

describe('the workflow eval step', () => {
  it('writes the lane-screen figures to the job summary with no model, and the model table on the scripted fixture model', async () => {
    const { runEvalStep } = await import('../../src/evals/eval-action.js');
    const root = await fixture();
    const r = await runEvalStep({ repoDir: root, env: {} });
    expect(r.summary).toContain('## AIOS persona evals');
    expect(r.summary).toMatch(/out-of-lane tasks stopped before any call \d+\.\d%/);
    expect(r.summary).toContain('No `eval-model` given');
    await expect(runEvalStep({ repoDir: root, env: {}, model: 'nope' })).rejects.toThrow(
      /no model named nope/,
    );
  });
});
