import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownLintGate } from '../../src/gates/markdown-lint-gate.js';
import type { LedgerReport } from '../../src/reports/report.js';
import { csvField, escapeHtml, microsDecimal, usd } from '../../src/reports/report-text.js';
import { runCli } from '../support/run-cli.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aios-formats-'));
  await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
  await writeFixtureLedger(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const report = (...args: string[]) => runCli(['ledger', 'report', '--repo', dir, ...args]);

describe('aios ledger report formats (the shipped config: $120/h, a $10 seat, premium-gpt)', () => {
  it('prints the headline figures and the --by table in a terminal', async () => {
    const r = await report('--by', 'client');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('38 entries over 8 tasks.');
    expect(r.stdout).toContain(
      'Cost per accepted outcome: $40.67  ($122.02 spent ÷ 3 accepted outcomes)',
    );
    expect(r.stdout).toContain('Spent more than premium-gpt would have: $19.98 more');
    // A comparison a client reads, not a negative "less".
    expect(r.stdout).not.toMatch(/-[\d.]+% less/);
    expect(r.stdout).toMatch(/^acme\s+5\s+5 \(1 scripted\)\s+\$95\.02\s+77\.9%/m);
    expect(r.stdout).toMatch(/^total\s+8\s+9 \(1 scripted\)\s+\$122\.02\s+100\.0%/m);
    expect(r.stdout).toContain('1 call(s) were answered by the scripted provider');
  });

  it('gives JSON with exact integers, and the same with --format json or --json', async () => {
    const a = JSON.parse(
      (await report('--format', 'json', '--by', 'month')).stdout,
    ) as LedgerReport;
    const b = JSON.parse((await report('--json', '--by', 'month')).stdout) as LedgerReport;
    expect(a).toEqual(b);
    expect(a.total.spendMicros).toBe(122_024_450);
    expect(a.rows.map((m) => [m.key, m.spendMicros])).toEqual([
      ['2026-11', 112_018_750],
      ['2026-12', 10_005_700],
    ]);
    expect(a.pricing).toEqual({
      reviewHourlyRateMicros: 120_000_000,
      premium: { modelId: 'premium-gpt', outputPerMTokMicros: 10_000_000 },
      seats: [{ model: 'copilot-gpt', monthlyFeeMicros: 10_000_000 }],
    });
  });

  it('writes Markdown that passes the markdown gate', async () => {
    const r = await report('--format', 'md', '--by', 'persona');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '| Cost per accepted outcome | $40.67 | $122.02 spent ÷ 3 accepted outcomes |',
    );
    expect(r.stdout.indexOf('## Spend by persona')).toBeLessThan(
      r.stdout.indexOf('## Spend by tier'),
    );
    const verdict = await createMarkdownLintGate().run({
      files: [{ path: 'report.md', content: r.stdout }],
      kind: 'writing',
      taskId: 't',
    });
    expect(verdict.findings).toEqual([]);
  });

  it('writes CSV with one line per group and the total, money as exact decimals', async () => {
    const r = await report('--format', 'csv', '--by', 'client');
    const lines = r.stdout
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    const header = lines[0] as string[];
    expect(lines.map((l) => l[1])).toEqual(['group', 'acme', 'globex', 'total']);
    const total = lines[3] as string[];
    expect(total[header.indexOf('spend_usd')]).toBe('122.024450');
    expect(total[header.indexOf('cost_per_accepted_usd')]).toBe('40.674817');
    expect(total[header.indexOf('savings_usd')]).toBe('-19.980200');
  });

  it('works in a fresh clone, from the remote-tracking ledger ref, without a checkout', async () => {
    const clone = join(await mkdtemp(join(tmpdir(), 'aios-clone-')), 'c');
    await simpleGit().clone(dir, clone, ['--quiet']);
    expect((await simpleGit(clone).branchLocal()).all).not.toContain('aios-ledger');
    const r = JSON.parse(
      (await runCli(['ledger', 'report', '--repo', clone, '--json'])).stdout,
    ) as LedgerReport;
    expect(r.total.spendMicros).toBe(122_024_450);
    const v = await runCli(['ledger', 'verify', '--repo', clone]);
    expect(v.stdout).toMatch(/the ledger is whole: refs\/remotes\/origin\/aios-ledger/);
    await rm(join(clone, '..'), { recursive: true, force: true });
  });

  it('answers --help on every ledger command', async () => {
    for (const args of [
      ['ledger', 'verify'],
      ['ledger', 'export'],
      ['ledger', 'report'],
      ['receipt'],
    ]) {
      const r = await runCli([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: aios');
    }
  });

  it('refuses bad options with a hint, and a missing ledger with how to get one', async () => {
    const by = await report('--by', 'colour');
    expect(by.code).toBe(2);
    expect(by.stderr).toMatch(/Use one of: persona, model, tier, kind, client, month, rule/);
    const premium = await report('--premium', 'local-llama');
    expect(premium.code).toBe(2);
    expect(premium.stderr).toMatch(/no per-token price/);
    const since = await report('--since', 'last tuesday');
    expect(since.code).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'aios-empty-'));
    await simpleGit(empty).init(['--quiet']);
    const none = await runCli(['ledger', 'report', '--repo', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no ledger branch aios-ledger/);
    await rm(empty, { recursive: true, force: true });
  });
});

describe('report text helpers', () => {
  it('keeps money exact and text inert', () => {
    expect(microsDecimal(-19_980_200)).toBe('-19.980200');
    expect(microsDecimal(5)).toBe('0.000005');
    expect(usd(1_225_938_840_000)).toBe('$1,225,938.84');
    expect(usd(40_674_817)).toBe('$40.67');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField(-2)).toBe('-2');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(escapeHtml('<script>"x"&\'')).toBe('&lt;script&gt;&quot;x&quot;&amp;&#39;');
  });
});
