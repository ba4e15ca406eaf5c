import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { sharedDemo } from '../support/shared-demo.js';
import { tempDir } from '../support/temp-repo.js';

// Every command and subcommand the program defines: a new command cannot miss this test.
function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return [
    prefix,
    ...cmd.commands
      .filter((c) => c.name() !== 'help')
      .flatMap((c) => commandPaths(c, [...prefix, c.name()])),
  ];
}
const COMMANDS = commandPaths(buildProgram());

describe('the aios binary', () => {
  it('answers --help on every command with exit 0', async () => {
    expect(COMMANDS.length).toBeGreaterThanOrEqual(17);
    const results = await Promise.all(COMMANDS.map((c) => runCli([...c, '--help'])));
    results.forEach((r, i) => {
      expect(r.code, COMMANDS[i]?.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: aios');
    });
  });

  it('exits 2 on bad usage and on a bad config, naming file and line', async () => {
    expect((await runBin(['run'])).code).toBe(2);
    expect((await runBin(['no-such-command'])).code).toBe(2);
    const dir = await tempDir();
    const config = join(dir, 'aios.yml');
    await writeFile(
      config,
      (await readFile(defaultConfigPath(), 'utf8')).replace(
        'maxCallsPerTask: 12',
        'maxCallsPerTask: many',
      ),
    );
    const task = join(dir, 't.md');
    await writeFile(task, '---\ntitle: T\nlabels: [blog]\n---\nBody\n');
    const r = await runBin(['route', task, '--config', config]);
    expect(r.code).toBe(2);
    const line =
      (await readFile(config, 'utf8'))
        .split('\n')
        .findIndex((l) => l.includes('maxCallsPerTask: many')) + 1;
    expect(r.stderr).toContain(`${config}:${line}: budgets.maxCallsPerTask:`);
  });

  it('prints JSON Schemas generated from the zod definitions', async () => {
    const printed = new Map<string, string>();
    for (const name of ['config', 'persona', 'answer', 'ledger']) {
      const r = await runCli(['schema', name]);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.stdout) as { title: string };
      expect(schema.title).toBe(`AIOS ${name}`);
      printed.set(name, r.stdout);
    }
    // The answer schema's own run above, read again for its fields.
    const answer = JSON.parse(printed.get('answer') ?? '') as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(answer.properties)).toEqual([
      'decision',
      'confidence',
      'summary',
      'files',
      'questions',
      'declineReason',
      'suggestedPersona',
    ]);
    expect((await runBin(['schema', 'nope'])).code).toBe(2);
  });

  it('explains a route with every rule', async () => {
    const dir = await tempDir();
    const task = join(dir, 't.md');
    await writeFile(task, '---\ntitle: Harden\nlabels: [hardening, wordpress]\n---\nBody\n');
    const r = await runCli(['route', task, '--explain', '--repo', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rule wordpress-plugin-hardening');
    expect(r.stdout).toMatch(
      /✔ wordpress-plugin-hardening: kind code-hardening; label among wordpress/,
    );
    expect(r.stdout).toContain('· content-audit-local: not reached');
    expect(r.stdout).not.toContain('\u001b['); // NO_COLOR: no escape codes
  });

  it('lists personas and runs a gate by hand', async () => {
    const list = JSON.parse((await runCli(['personas', 'list', '--json'])).stdout) as {
      name: string;
    }[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    const dir = await tempDir();
    const file = join(dir, 'p.md');
    await writeFile(file, '# T\n\n### skip\n');
    const r = await runCli(['gate', 'run', 'markdown-lint', file, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ gate: 'markdown-lint', pass: false });
  });

  it('measures table cells by display width in the bundle (string-width, loaded on first use)', async () => {
    // The build defers string-width's start-up work to its first call (scripts/bundle-options.mjs).
    // MD060 calls it for every table: a table aligned by display width (漢字 is four columns
    // wide) passes, one aligned only by character count fails, as with the library unbundled.
    const dir = await tempDir();
    const byWidth = join(dir, 'by-width.md');
    const byChars = join(dir, 'by-chars.md');
    await writeFile(byWidth, '# T\n\n| abcd  | b |\n| ----- | - |\n| 漢字  | x |\n\nText.\n');
    await writeFile(byChars, '# T\n\n| ab  | b |\n| --- | - |\n| 漢字  | x |\n\nText.\n');
    const wide = await runBin(['gate', 'run', 'markdown-lint', byWidth, '--json']);
    expect(wide.code, wide.stdout).toBe(0);
    const narrow = await runBin(['gate', 'run', 'markdown-lint', byChars, '--json']);
    expect(narrow.code).toBe(1);
    const verdict = JSON.parse(narrow.stdout) as { findings: { rule: string; line: number }[] };
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({ rule: 'MD060/table-column-style', line: 5 }),
    );
  });

  it('runs the demo: three tasks delivered, a gate sends work back, everything labelled scripted', async () => {
    // The suite's one run of `aios demo --dir <tmp>/demo --json` through this binary.
    const r = await sharedDemo();
    const dir = r.dir;
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      scripted: boolean;
      runs: {
        outcome: {
          status: string;
          attempts: { verdicts: { pass: boolean }[] }[];
          plan: { rule: { id: string }; tier: string };
        };
      }[];
      report: { total: { scriptedCalls: number; calls: number; delivered: number } };
    };
    expect(out.scripted).toBe(true);
    expect(out.runs.map((x) => x.outcome.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(out.runs.map((x) => [x.outcome.plan.rule.id, x.outcome.plan.tier])).toEqual([
      ['content-audit-local', 'local'],
      ['wordpress-plugin-hardening', 'flat'],
      ['writing-in-voice', 'premium'],
    ]);
    const sentBack = out.runs
      .flatMap((x) => x.outcome.attempts)
      .filter((a) => a.verdicts.some((v) => !v.pass));
    expect(sentBack.length).toBeGreaterThanOrEqual(1);
    expect(out.report.total).toMatchObject({ delivered: 3 });
    expect(out.report.total.scriptedCalls).toBe(out.report.total.calls);
    // The kept repository has the task branches and the ledger branch, and the PRs say scripted.
    const branches = (await simpleGit(dir).branch()).all;
    expect(branches.filter((b) => b.startsWith('aios/'))).toHaveLength(3);
    expect(branches).toContain('aios-ledger');
    const pr = await readFile(join(dir, '.aios', 'pulls', 'local.demo.blog-post.md'), 'utf8');
    expect(pr).toContain('scripted answers, not an AI model');
    const human = await runCli(['demo', '--dir', join(await tempDir(), 'demo2')]);
    expect(human.stdout).toContain('Answers are SCRIPTED');
    expect(human.stderr).toMatch(/sent the work back/);
  });
});
