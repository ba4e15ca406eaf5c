import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownLintGate } from '../../src/gates/markdown-lint-gate.js';
import {
  buildReceipt,
  readTaskEntries,
  seatSharesOf,
  type Receipt,
} from '../../src/reports/receipt.js';
import { renderReceiptMarkdown } from '../../src/reports/receipt-render.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { PRICING, writeFixtureLedger } from '../ledger/fixture-ledger.js';

const REF = 'refs/heads/aios-ledger';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aios-receipt-'));
  await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
  await writeFixtureLedger(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function receiptOf(task: string, internal = false): Promise<Receipt> {
  const entries = await readTaskEntries(dir, REF, task);
  const seats = await seatSharesOf(dir, REF, entries, PRICING);
  return buildReceipt(entries, { pricing: PRICING, seats, internal });
}

describe('aios receipt', () => {
  it('accounts for one task: the ask, the work, the checks, the cost, the review, the disclosure', async () => {
    const r = await receiptOf('acme/site#1');
    expect(r).toMatchObject({
      task: 'acme/site#1',
      title: 'Fixture task acme/site#1',
      requestedBy: 'ann',
      client: 'acme',
      status: 'accepted',
      route: { rule: 'writing-in-voice', persona: 'editor', tier: 'premium' },
      delivery: { files: ['post.md'], branch: 'aios/acme/site#1' },
      outcome: { outcome: 'accepted', by: 'lead' },
    });
    expect(r.attempts.map((a) => [a.attempt, a.calls.length, a.gates.map((g) => g.pass)])).toEqual([
      [1, 1, [false]],
      [2, 1, [true]],
    ]);
    expect(r.attempts[0]?.gates[0]?.findings[0]?.rule).toBe('MD001');
    expect(r.cost).toMatchObject({
      calls: 2,
      modelMicros: 18_750,
      seatMicros: 0,
      reviewSeconds: 1_800,
      reviewMicros: 60_000_000,
      totalMicros: 60_018_750,
      premium: { model: 'premium-gpt', micros: 18_750 },
      byHandMinutes: 120,
      byHandMicros: 240_000_000,
    });
    expect(r.reviews).toEqual([
      {
        at: '2026-11-02T10:00:00.000Z',
        login: 'lead',
        approved: true,
        counts: true,
        // An entry from before per-risk approver counts: one counting approval signs off.
        signedOff: true,
        tally: undefined,
        minutesToApproval: 30,
        reviewMinutes: 30,
      },
    ]);
    // Signed off and merged: the one useful outcome.
    expect(r).toMatchObject({ status: 'accepted', signedOff: true, accepted: true });
    expect(r.disclosure).toMatchObject({ aiUsed: true, scriptedOnly: false });
    expect(r.disclosure.text).toBe(
      'This work was drafted with AI: gpt-5 (openai), working as the editor persona under the rule writing-in-voice. Automated checks (markdown-lint) ran on every attempt. lead reviewed and approved it on 2026-11-02.',
    );
    expect(r.internal).toBeUndefined();
  });

  it('names the kind’s review estimate as an estimate, and a review without minutes as counted 0', async () => {
    const entries = (await readTaskEntries(dir, REF, 'acme/site#1')).map((e) =>
      e.event === 'signoff'
        ? ({ ...e, data: { ...e.data, reviewMinutes: undefined } } as typeof e)
        : e,
    );
    const estimated = buildReceipt(entries, {
      pricing: { ...PRICING, reviewMinutesByKind: new Map([['writing', 15]]) },
    });
    expect(estimated.cost.reviewSeconds).toBe(15 * 60);
    expect(estimated.reviews[0]).toMatchObject({
      reviewMinutes: undefined,
      estimatedReviewMinutes: 15,
    });
    const text = renderReceiptMarkdown(estimated);
    expect(text).toContain('≈ 15 min of review (the kind’s estimate: no minutes were given)');
    expect(text).toContain('Human review (15 min, the kind’s estimate at');

    const none = renderReceiptMarkdown(buildReceipt(entries, { pricing: PRICING }));
    expect(none).toContain('no minutes of review recorded');
    expect(none).toContain('1 review without minutes, counted as 0');
  });

  it('names the same person as the sign-off in its sentence and in its row: the last to sign off', async () => {
    const entries = await readTaskEntries(dir, REF, 'acme/site#1');
    const signoff = entries.find((e) => e.event === 'signoff');
    if (!signoff || signoff.event !== 'signoff') throw new Error('the fixture task has a sign-off');
    const later = {
      ...signoff,
      at: '2026-11-03T09:00:00.000Z',
      data: { ...signoff.data, login: 'bea' },
    };
    const r = buildReceipt([...entries, later], { pricing: PRICING });
    expect(r.signedOffBy?.login).toBe('bea');
    expect(r.disclosure.text).toContain('bea reviewed and approved it on 2026-11-03');
    expect(renderReceiptMarkdown(r)).toContain('**Signed off:** yes, by bea');
  });

  it('charges a task its share of the seat months it used, exactly', async () => {
    // November's $10 copilot-gpt seat was used by acme/site#2 and globex/site#3.
    const [two, three, eight] = await Promise.all([
      receiptOf('acme/site#2'),
      receiptOf('globex.site.3'), // by folder key as well as by id
      receiptOf('globex/site#8'),
    ]);
    expect(two.cost.seats).toEqual([
      {
        model: 'copilot-gpt',
        month: '2026-11',
        feeMicros: 10_000_000,
        tasks: 2,
        shareMicros: 5_000_000,
      },
    ]);
    expect(two.cost.seatMicros + three.cost.seatMicros).toBe(10_000_000);
    expect(two.cost.totalMicros).toBe(5_000_000 + 30_000_000);
    expect(two.status).toBe('rejected');
    expect(eight.cost.seatMicros).toBe(10_000_000);
    expect(eight.status).toBe('asked');
    expect(eight.questions[0]?.questions).toEqual(['Which pages?']);
  });

  it('says plainly when no AI was used, and keeps internals out unless asked', async () => {
    const scripted = await receiptOf('acme/site#7');
    expect(scripted.disclosure.scriptedOnly).toBe(true);
    expect(scripted.disclosure.text).toMatch(
      /^No AI model produced this work: its answers were scripted/,
    );
    expect(scripted.cost.premium).toBeUndefined();
    const planOnly = await receiptOf('acme/site#6');
    expect(planOnly.disclosure.text).toMatch(/^No AI model was used for this task\./);

    const plain = renderReceiptMarkdown(await receiptOf('globex/site#4'));
    expect(plain).not.toContain('no answer in time'); // the failed call's error text
    expect(plain).not.toContain('b'.repeat(64)); // answer hashes
    expect(plain).toContain('llama3.1:8b (ollama)');
    const internal = renderReceiptMarkdown(await receiptOf('globex/site#4', true));
    expect(internal).toContain('## Internal (not for the client)');
    expect(internal).toContain('timeout no answer in time');
    expect(internal).toContain(`answer ${'b'.repeat(12)}`);
  });

  it('writes Markdown that passes the markdown gate, from the real command', async () => {
    const r = await runBin(['receipt', 'acme/site#1', '--repo', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Receipt: Fixture task acme\/site#1\n/);
    expect(r.stdout).toContain('| Total | $60.02 |');
    expect(r.stdout).toContain('## AI use');
    const verdict = await createMarkdownLintGate().run({
      files: [{ path: 'receipt.md', content: r.stdout }],
      kind: 'writing',
      taskId: 't',
    });
    expect(verdict.findings).toEqual([]);
    const json = JSON.parse(
      (await runCli(['receipt', 'acme/site#2', '--repo', dir, '--format', 'json'])).stdout,
    ) as Receipt;
    expect(json.cost.seatMicros).toBe(5_000_000);
    const missing = await runCli(['receipt', 'acme/site#404', '--repo', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No task "acme\/site#404" in the ledger/);
  });
});
