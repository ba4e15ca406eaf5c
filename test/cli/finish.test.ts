import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { copyOfDemo, sharedDemo } from '../support/shared-demo.js';

const REF = 'refs/heads/aios-ledger';

describe('finishing a local task: aios signoff and aios outcome', () => {
  it('the demo ends with its work signed off and accepted, so cost per accepted outcome is shown', async () => {
    // The suite's one demo run (`aios demo --json`), read in place.
    const demo = await sharedDemo();
    expect(demo.code, demo.stderr).toBe(0);
    const { report } = JSON.parse(demo.stdout) as {
      report: { total: { accepted: number; costPerAcceptedMicros: number | null } };
    };
    const dir = demo.dir;
    expect(report.total.accepted).toBe(3);
    expect(report.total.costPerAcceptedMicros).not.toBeNull();
    const events: string[] = [];
    for await (const e of readLedger(dir, REF, { task: 'local/demo#blog-post' }))
      events.push(e.event);
    expect(events.slice(-3)).toEqual(['delivered', 'signoff', 'outcome']);
  });

  it('writes the entries the GitHub path writes, with the reviewer’s minutes, and refuses what makes no sense', async () => {
    const dir = await copyOfDemo();
    // Outcomes are on record already (the demo accepted its work): a second is refused.
    const again = await runCli(['outcome', 'local/demo#blog-post', 'rejected', '--repo', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /The outcome of local\/demo#blog-post is already on record: accepted/,
    );
    const bad = await runBin(['outcome', 'local/demo#blog-post', 'merged', '--repo', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"merged" is not accepted or rejected/);
    const none = await runCli(['signoff', 'local/demo#nope', '--repo', dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/There is no task "local\/demo#nope" in the ledger/);
    const second = await runCli([
      'signoff',
      'local/demo#blog-post',
      '--repo',
      dir,
      '--as',
      'lead',
      '--minutes',
      '20',
      '--json',
    ]);
    expect(second.code, second.stderr).toBe(0);
    const entry = JSON.parse(second.stdout) as { event: string; actor: unknown; data: unknown };
    expect(entry).toMatchObject({
      event: 'signoff',
      actor: { type: 'human', login: 'lead' },
      data: {
        login: 'lead',
        approved: true,
        counts: true,
        state: 'approved',
        reviewMinutes: 20,
        pr: '.aios/pulls/local.demo.blog-post.md',
      },
    });
    const twice = await runCli(['signoff', 'local/demo#blog-post', '--repo', dir, '--as', 'lead']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/lead has already signed off local\/demo#blog-post/);
    const verify = await runCli(['ledger', 'verify', '--repo', dir, '--branches']);
    expect(verify.code, verify.stdout).toBe(0);
  });
});
