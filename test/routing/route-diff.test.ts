import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { diffRoutes, routeDiffMarkdown, routeDiffText } from '../../src/routing/route-diff.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

describe('aios route --diff', () => {
  it('lists every task whose persona, tier, gates or rule changed, and only those', async () => {
    const dir = await tempDir();
    const tasks = join(dir, 'tasks');
    await mkdir(join(tasks, 'more'), { recursive: true });
    const task = (labels: string[], title: string) =>
      `---\ntitle: ${title}\nlabels: [${labels.join(', ')}]\n---\n${title}.\n`;
    await writeFile(join(tasks, 'post.md'), task(['aios', 'blog'], 'Draft the launch post'));
    await writeFile(join(tasks, 'audit.md'), task(['aios', 'audit'], 'Audit the pricing copy'));
    await writeFile(join(tasks, 'more', 'nothing.md'), task(['aios'], 'Something unlabelled'));
    const oldText = await readFile(defaultConfigPath(), 'utf8');
    // The new config moves writing from premium to flat, and nothing else.
    const newText = oldText.replace(
      /(- id: writing-in-voice[\s\S]*?route: \{[^}]*?tier: )premium/,
      '$1flat',
    );
    expect(newText).not.toBe(oldText);
    await writeFile(join(dir, 'old.yml'), oldText);
    await writeFile(join(dir, 'new.yml'), newText);
    const summary = join(dir, 'summary.md');
    const r = await runCli([
      'route',
      '--diff',
      join(dir, 'old.yml'),
      join(dir, 'new.yml'),
      tasks,
      '--json',
      '--summary',
      summary,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      tasks: number;
      changes: {
        source: string;
        changed: string[];
        old: { tier: string };
        new: { tier: string };
      }[];
    };
    expect(out.tasks).toBe(3);
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0]).toMatchObject({
      source: 'post.md',
      changed: ['tier'],
      old: { tier: 'premium' },
      new: { tier: 'flat' },
    });
    const md = await readFile(summary, 'utf8');
    expect(md).toMatch(/Routing changes: 1 of 3 task/);
    expect(md).toMatch(/\| post\.md \| tier \|/);
    // Same config on both sides: nothing changes.
    const same = await runCli([
      'route',
      '--diff',
      join(dir, 'old.yml'),
      join(dir, 'old.yml'),
      tasks,
    ]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/0 of 3 task\(s\) route differently/);
    // Bad input names what is wrong.
    const bad = await runCli(['route', '--diff', join(dir, 'old.yml'), join(dir, 'new.yml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/takes three paths/);
    const noDir = await runCli([
      'route',
      '--diff',
      join(dir, 'old.yml'),
      join(dir, 'new.yml'),
      join(dir, 'nope'),
    ]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toMatch(/is not a folder of task files/);
  });
});

describe('route --diff and cascades', () => {
  const WRITING_ROUTE =
    '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }';
  const cascadeTo = (tiers: string) =>
    `    route: { persona: editor, tier: local, maxAttempts: 2, fallback: escalate-on-gate-fail, escalateTo: [${tiers}] }`;
  const noCascade = '    route: { persona: editor, tier: local, maxAttempts: 2, fallback: none }';
  const blog = buildTask({
    id: 'post.md',
    source: { type: 'file', path: 'post.md', repo: '.' },
    title: 'Draft the launch post',
    body: 'Draft the launch post.',
    labels: ['aios', 'blog'],
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-03T10:00:00Z'),
  });

  it('a changed cascade is a changed route, also when the start tier is the same', async () => {
    const base = await readFile(defaultConfigPath(), 'utf8');
    expect(base).toContain(WRITING_ROUTE);
    const config = (route: string) => parseConfig(base.replace(WRITING_ROUTE, route), 'aios.yml');
    const [none, toPremium, toFlatThenPremium] = [
      config(noCascade),
      config(cascadeTo('premium')),
      config(cascadeTo('flat, premium')),
    ];
    // Same start tier, persona, gates and rule: only where the work may escalate differs.
    const added = await diffRoutes([blog], none, toPremium, personaFolder());
    expect(added.changes).toHaveLength(1);
    expect(added.changes[0]).toMatchObject({
      changed: ['cascade'],
      old: { tier: 'local', cascade: [] },
      new: { tier: 'local', cascade: ['premium'] },
    });
    const longer = await diffRoutes([blog], toPremium, toFlatThenPremium, personaFolder());
    expect(longer.changes[0]?.changed).toEqual(['cascade']);
    expect(routeDiffMarkdown(longer)).toContain('editor on local → flat → premium');
    expect(routeDiffText(added)).toMatch(/before: .*editor on local; gates/);
    expect(routeDiffText(added)).toMatch(/after: {2}.*editor on local → premium \(escalates/);
    // The same cascade on both sides: no change.
    expect((await diffRoutes([blog], toPremium, toPremium, personaFolder())).changes).toEqual([]);
  });
});
