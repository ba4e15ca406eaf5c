import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { writeOutcomeLedger, type CellSpec } from '../support/outcome-ledger.js';
import { LEARN_CONFIG } from '../routing/learn-config.js';

/**
 * The learning commands over a real git ledger written by the real store: `ledger report --by
 * cell` in every format, `route --explain` with the cells and a learned route, `route replay`.
 * Ground truth (a tenth of test/routing/route-replay.test.ts): 10 tasks per cell; easy work
 * 9/10 accepted on both models, hard work 2/10 local and 9/10 premium.
 */
const spec = (
  rule: string,
  kind: string,
  model: string,
  tier: string,
  a: number,
  micros: number,
): CellSpec => ({
  rule,
  persona: 'editor',
  model,
  tier,
  kind,
  size: 'S',
  accepted: a,
  rejected: 10 - a,
  callMicros: micros,
});
const SPECS = [
  spec('easy-rule', 'easy', 'local-llama', 'local', 9, 1_000),
  spec('easy-rule', 'easy', 'premium-gpt', 'premium', 9, 50_000),
  spec('hard-rule', 'hard', 'local-llama', 'local', 2, 1_000),
  spec('hard-rule', 'hard', 'premium-gpt', 'premium', 9, 50_000),
];

let repo = '';
let config = '';
beforeAll(async () => {
  // Kept for the whole file (temp-repo's folders go after each test).
  repo = await mkdtemp(join(tmpdir(), 'aios-learning-'));
  await simpleGit(repo).init(['--initial-branch=main', '--quiet']);
  await writeOutcomeLedger(repo, SPECS);
  // minSamples 5 and bound 0.5: LB(9/10) = 0.652 qualifies.
  config = join(repo, 'learn.yml');
  await writeFile(
    config,
    LEARN_CONFIG.replace(
      'minSamples: 20, minAcceptanceLB: 0.8',
      'minSamples: 5, minAcceptanceLB: 0.5',
    ),
  );
  // One persona that takes both kinds (the shipped editor takes writing only).
  await mkdir(join(repo, 'personas'), { recursive: true });
  await writeFile(
    join(repo, 'personas', 'editor.md'),
    [
      '---',
      'name: editor',
      'description: Edits easy and hard prose for the learning tests.',
      'role: Editor',
      'kinds: [easy, hard]',
      'declines:',
      '  - say: Code of any kind',
      "writes: ['**/*.md']",
      'version: 1',
      'owner: ana',
      '---',
      '',
      '# Editor',
      '',
      'You edit prose: read the draft, fix what is unclear, and say what you changed.',
      '',
    ].join('\n'),
  );
  await mkdir(join(repo, 'tasks'), { recursive: true });
  await writeFile(
    join(repo, 'tasks', 'easy.md'),
    '---\ntitle: Tidy the intro\nlabels: [easy]\nestimate: S\n---\nTidy it.\n',
  );
}, 120_000);
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('outcome cells and learning on the command line', () => {
  it('ledger report --by cell: table, json, csv, md, html', async () => {
    const base = ['ledger', 'report', '--repo', repo, '--config', config, '--by', 'cell'];
    const table = await runCli(base);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('4 cells from 40 tasks');
    expect(table.stdout).toMatch(
      /hard-rule\s+editor\s+local-llama\s+hard\s+S\s+10\s+10\s+100\.0% \(10\/10\)\s+20\.0% \(2\/10\)/,
    );
    expect(table.stdout).toContain('wilson-score-lower-95-one-sided');
    const json = JSON.parse((await runCli([...base, '--json'])).stdout);
    expect(json.cells).toHaveLength(4);
    const local = json.cells.find(
      (c: { rule: string; model: string }) => c.rule === 'easy-rule' && c.model === 'local-llama',
    );
    expect(local).toMatchObject({
      tasks: 10,
      decided: 10,
      accepted: 9,
      callMicros: 10_000,
      costPerAcceptedMicros: 1_111,
    });
    const csv = (await runCli([...base, '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^rule,persona,model,kind,size,tasks,/);
    expect(csv).toContain(
      'easy-rule,editor,local-llama,easy,S,10,10,0,10,10,1.000000,10,9,0,1,0,0,0.900000,',
    );
    const md = (await runCli([...base, '--format', 'md'])).stdout;
    expect(md).toContain('| rule | persona | model |');
    const out = join(repo, 'cells.html');
    expect((await runCli([...base, '--format', 'html', '--output', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<caption id="table-1">Outcome cells per rule');
  });

  it('route --explain shows the learned route, its evidence and the cells', async () => {
    const r = await runCli([
      'route',
      '--repo',
      repo,
      '--config',
      config,
      '--personas',
      join(repo, 'personas'),
      '--explain',
      join(repo, 'tasks', 'easy.md'),
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /easy-rule\.learn \(apply\): routed to local-llama on local instead of premium-gpt on premium: local-llama on local: 9\/10 accepted \(90\.0%, LB 65\.2%\)/,
    );
    expect(r.stdout).toContain('outcome cells from refs/heads/aios-ledger');
    expect(r.stdout).toMatch(/^ {4}easy-rule\s+editor\s+local-llama\s+easy\s+S\s+10/m);
    expect(r.stdout).toContain('alternatives for the same kind and size:');
    const json = JSON.parse(
      (
        await runCli([
          'route',
          '--repo',
          repo,
          '--config',
          config,
          '--personas',
          join(repo, 'personas'),
          '--explain',
          '--json',
          join(repo, 'tasks', 'easy.md'),
        ])
      ).stdout,
    );
    expect(json.plan).toMatchObject({
      tier: 'local',
      learn: { applied: true, to: { model: 'local-llama' } },
    });
    expect(json.cells.chosen[0]).toMatchObject({ model: 'local-llama', accepted: 9 });
    expect(json.cells.alternatives[0]).toMatchObject({ model: 'premium-gpt', accepted: 9 });
  });

  it('route replay: premium share and frontier, as JSON and text', async () => {
    const r = await runCli(['route', 'replay', '--repo', repo, '--config', config, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      premium: 'premium-gpt',
      replayedTasks: 40,
      ledgerRef: 'refs/heads/aios-ledger',
    });
    // 80% of 0.9 = 0.72 → 28.8 accepted from 22: 6.8/0.7 → 10 tasks; 95%: 34.2 → 12.2/0.7 → 18.
    expect(j.premiumShareFor.map((s: { premiumTasks: number }) => s.premiumTasks)).toEqual([
      0, 10, 18,
    ]);
    expect(j.config).toMatchObject({ learnApplied: 20, costMicros: 20 * 1_000 + 20 * 50_000 });
    const text = await runCli(['route', 'replay', '--repo', repo, '--config', config]);
    expect(text.stdout).toContain('Replayed 40 of 40 ledger tasks (refs/heads/aios-ledger)');
    expect(text.stdout).toMatch(
      /80% of all-premium acceptance \(acceptance 72\.0%\): 25\.0% of tasks on premium \(10\)/,
    );
    expect(text.stdout).toContain('Cost–acceptance frontier:');
    const bad = await runCli([
      'route',
      'replay',
      '--repo',
      repo,
      '--config',
      config,
      '--ledger',
      'nope',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('there is no ledger at nope');
  });

  it('config check names a learn clause on high risk at its line', async () => {
    const file = join(repo, 'bad.yml');
    await writeFile(file, LEARN_CONFIG.replace('risks: [low]', 'risks: [low, high]'));
    const r = await runCli(['config', 'check', '--repo', repo, '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/bad\.yml:21.*never applies to high-risk work/);
  });
});
