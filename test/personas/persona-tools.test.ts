import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { splitFrontMatter } from '../../src/core/yaml-source.js';
import {
  COPILOT_MAX_BODY,
  copilotTools,
  exportPersona,
  exportPersonas,
} from '../../src/personas/export-personas.js';
import { importAgent, importAgents } from '../../src/personas/import-personas.js';
import { lintPersonas } from '../../src/personas/lint-personas.js';
import { loadPersonas, parsePersona } from '../../src/personas/load-personas.js';
import { matchesEverything } from '../../src/personas/writes-everything.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

const config = await loadConfig();
const shipped = (await loadPersonas()).list();

const persona = (name: string, extra = '', kinds = '[writing]') => `---
name: ${name}
description: Drafts prose for the blog in the consultant's voice, start to finish.
tools: [Read, Edit, Bash, Frobnicate]
role: Writer
kinds: ${kinds}
declines:
  - say: Auditing a whole site
    handoff: content-auditor
writes: ['posts/**/*.md']
owner: consultant
version: 2
${extra}---
You draft posts. Plain voice, short sentences, a clear call to action at the end of each post.
`;

describe('personas lint', () => {
  it('runs clean over the shipped personas (warnings only)', async () => {
    const r = await lintPersonas({ dir: join(import.meta.dirname, '../../personas'), config });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.personas.length).toBe(shipped.length);
  });

  it('finds each kind of problem with file, line and rule', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'personas'));
    const p = join(dir, 'personas');
    await writeFile(join(p, 'editor.md'), persona('editor'));
    await writeFile(
      join(p, 'writer.md'),
      persona('writer', 'tier: gold\nstandards: [house-style]\n')
        .replace("['posts/**/*.md']", "['**/*']")
        .replace('content-auditor', 'ghost'),
    );
    await writeFile(
      join(p, 'broken.md'),
      persona('broken').replace('owner: consultant\n', 'ownr: x\n'),
    );
    const r = await lintPersonas({ dir: p, config });
    const rules = r.findings.map((f) => `${f.severity}:${f.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'error:schema',
        'error:duplicate-description',
        'error:writes-everything',
        'error:unknown-tier',
        'error:unknown-standard',
        'error:unknown-handoff',
        'error:rule-unknown-persona',
        'warning:missing-evals',
      ]),
    );
    const schema = r.findings.find((f) => f.rule === 'schema' && f.message.includes('ownr'));
    expect(schema?.location).toMatchObject({ file: join(p, 'broken.md'), line: 11 });
    const tier = r.findings.find((f) => f.rule === 'unknown-tier');
    expect(tier?.location?.line).toBe(13);
  });

  it("names each rule's own line when many rules name personas the folder lacks", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'editor.md'), persona('editor'));
    const text = await readFile(defaultConfigPath(), 'utf8');
    const r = await lintPersonas({ dir, config, configText: text });
    const missing = r.findings.filter((f) => f.rule === 'rule-unknown-persona');
    const lines = text.split('\n');
    expect(missing.length).toBeGreaterThan(10);
    for (const f of missing) {
      const name = /no persona named "([^"]+)"/.exec(f.message)?.[1];
      expect(lines[(f.location?.line ?? 0) - 1]).toMatch(new RegExp(`persona: ${name}\\b`));
    }
    const at = missing.map((f) => f.location?.line ?? 0);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(new Set(at).size).toBe(at.length);
  });

  it('checks the eval file a persona names, with file:line', async () => {
    const dir = await tempDir();
    const p = join(dir, 'personas');
    await mkdir(join(p, 'evals'), { recursive: true });
    await writeFile(join(p, 'editor.md'), persona('editor', 'evals: personas/evals/editor.yml\n'));
    await writeFile(
      join(p, 'evals', 'editor.yml'),
      "- description: 'in-lane: a post'\n  vars: { title: Post }\n  metadata: { lane: in, expect: done }\n  assert:\n    - type: javascript\n      value: 'output.length > 0'\n",
    );
    const r = await lintPersonas({ dir: p, config });
    const f = r.findings.find((x) => x.rule === 'eval-schema');
    expect(f?.location).toMatchObject({ file: join(p, 'evals', 'editor.yml'), line: 5 });
  });

  it('a description that mentions TODO comments is not a placeholder', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'editor.md'),
      persona('editor').replace(
        'Drafts prose for the blog',
        'Finds TODO comments and drafts prose for the blog',
      ),
    );
    const r = await lintPersonas({ dir, config });
    expect(r.findings.filter((f) => f.rule === 'todo')).toEqual([]);
  });

  it('knows a glob that matches everything, whatever its spelling', () => {
    for (const g of [['**'], ['**/*'], ['*', '**/*'], ['**/*.*', '**/*', '.*']])
      expect(matchesEverything(g)).toBe(true);
    for (const g of [['posts/**'], ['**/*.md'], ['**/*.php', 'src/**'], []])
      expect(matchesEverything(g)).toBe(false);
  });

  it('the binary exits 2 with file:line when a persona is wrong, 0 when clean', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'editor.md'),
      persona('editor').replace("['posts/**/*.md']", "['**']"),
    );
    const bad = await runCli(['personas', 'lint', '--dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(`${join(dir, 'editor.md')}:10: writes:`);
    const good = await runBin(['personas', 'lint']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/\d+ persona\(s\) checked: 0 error\(s\)/);
  });
});

describe('personas export', () => {
  const p = parsePersona(persona('writer'), '/p/writer.md');

  it('writes a Claude Code subagent: name, description, comma tools; the lane in the body', () => {
    const f = exportPersona(p, 'claude');
    expect(f.path).toBe('.claude/agents/writer.md');
    const doc = splitFrontMatter(f.content, f.path);
    expect(parse(doc.frontMatter)).toEqual({
      name: 'writer',
      description: p.description,
      tools: 'Read, Edit, Bash, Frobnicate',
    });
    expect(doc.body).toContain('## Lane');
    expect(doc.body).toContain('Declines: Auditing a whole site (hand off to content-auditor)');
  });

  it('writes a Copilot custom agent: tool aliases, AIOS fields under metadata, unmapped tools reported', () => {
    const f = exportPersona(p, 'copilot');
    expect(f.path).toBe('.github/agents/writer.agent.md');
    const front = parse(splitFrontMatter(f.content, f.path).frontMatter) as Record<string, unknown>;
    expect(front.tools).toEqual(['read', 'edit', 'execute']);
    expect(front.metadata).toMatchObject({
      'aios-kinds': 'writing',
      'aios-writes': 'posts/**/*.md',
      'aios-version': '2',
    });
    expect(Object.keys(front)).not.toContain('kinds');
    expect(f.dropped).toEqual(['tool Frobnicate']);
    expect(copilotTools(['Grep', 'Glob', 'WebFetch', 'mcp__github__get_issue']).tools).toEqual([
      'search',
      'web',
      'github/get_issue',
    ]);
  });

  it('refuses a body over 30,000 characters for Copilot, and writes nothing', () => {
    const long = { ...p, instructions: 'x'.repeat(COPILOT_MAX_BODY) };
    expect(() => exportPersonas([p, long], 'copilot')).toThrow(InputError);
    expect(() => exportPersonas([p, long], 'copilot')).toThrow(/nothing was written/);
    expect(exportPersonas([long], 'claude')).toHaveLength(1);
  });
});

describe('personas import', () => {
  it('maps a Claude Code subagent, leaves kinds/writes/declines TODO and reports what it dropped', async () => {
    const r = importAgent(
      '---\nname: rust-qa\ndescription: Use before declaring Rust work done; runs the checks.\ntools: Read, Grep, Bash\nmodel: sonnet\ncolor: red\npermissionMode: plan\n---\nYou are a Rust quality gate. Run cargo clippy and cargo test.\n',
      'rust-qa.md',
    );
    expect(r.format).toBe('claude');
    expect(r.dropped).toEqual(['color', 'permissionMode']);
    expect(r.todo).toEqual(expect.arrayContaining(['kinds', 'writes', 'declines']));
    const p = parsePersona(r.content, '/x/rust-qa.md'); // valid schema, yet lint refuses the TODOs
    expect(p.tools).toEqual(['Read', 'Grep', 'Bash']);
    expect(p.kinds).toEqual(['todo']);
  });

  it('maps Copilot aliases back and agency-agents display names to ids, then lint refuses the TODOs', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'Code Reviewer.agent.md'),
      "---\nname: 'Code Reviewer'\ndescription: 'Review code for quality, security and best practices'\ntools: ['read', 'search', 'githubRepo']\ntarget: vscode\n---\n# Code review\nYou review code for quality and security.\n",
    );
    await writeFile(
      join(dir, 'frontend.md'),
      '---\nname: Frontend Developer\ndescription: Expert frontend developer for modern web UIs and performance.\ncolor: cyan\nemoji: 🖥️\n---\n# Frontend Developer\n\n**Role**: UI implementation specialist\n\nYou build accessible, fast interfaces.\n',
    );
    const { reports } = await importAgents(dir);
    const byId = new Map(reports.map((r) => [r.persona, r]));
    expect([...byId.keys()].sort()).toEqual(['code-reviewer', 'frontend-developer']);
    expect(byId.get('code-reviewer')).toMatchObject({
      format: 'copilot',
      dropped: ['tool githubRepo', 'target'],
    });
    expect(
      parsePersona(byId.get('code-reviewer')?.content ?? '', '/p/code-reviewer.md').tools,
    ).toEqual(['Read', 'Grep', 'Glob']);
    expect(byId.get('frontend-developer')).toMatchObject({
      format: 'agency-agents',
      dropped: ['color', 'emoji'],
    });
    expect(
      parsePersona(byId.get('frontend-developer')?.content ?? '', '/p/frontend-developer.md').role,
    ).toBe('UI implementation specialist');

    const out = join(dir, 'out');
    const r = await runCli(['personas', 'import', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TODO before lint passes: kinds, declines, writes, owner');
    const lint = await runCli(['personas', 'lint', '--dir', out, '--json']);
    expect(lint.code).toBe(2);
    expect(
      (JSON.parse(lint.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule),
    ).toContain('todo');
    expect((await runCli(['personas', 'import', dir, '--out', out])).code).toBe(2); // no overwrite without --force
  });

  it('round-trips an AIOS export through Copilot: the lane comes back from metadata', () => {
    const editor = shipped.find((p) => p.name === 'editor');
    if (!editor) throw new Error('editor persona missing');
    const r = importAgent(exportPersona(editor, 'copilot').content, 'editor.agent.md');
    const back = parsePersona(r.content, '/p/editor.md');
    expect(back.kinds).toEqual(editor.kinds);
    expect(back.writes).toEqual(editor.writes);
    expect(back.instructions).toBe(editor.instructions);
  });
});
