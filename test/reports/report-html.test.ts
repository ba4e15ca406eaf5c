import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { runCli } from '../support/run-cli.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { sharedBrowsers } from '../support/shared-browser.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(packageRoot(), 'test-artifacts');
const present = existsSync(CHROMIUM);
if (!present)
  process.stderr.write(
    `SKIPPED the HTML report tests: ${CHROMIUM} is not installed (apt-get install -y chromium).\n`,
  );

let dir = '';
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** Open a local file offline; collect console errors, page errors and any request that is not the file. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    offline: true,
    viewport: { width: 1100, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) problems.push(`request: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems };
}

/** Accessibility checks every AIOS page must pass (page-audit.js, run in the page). */
const AUDIT = readFileSync(join(packageRoot(), 'test', 'reports', 'page-audit.js'), 'utf8');
function audit(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(AUDIT);
}

describe.skipIf(!present)('the HTML report and receipt in headless Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aios-html-'));
    await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
    await writeFixtureLedger(dir);
    await mkdir(ARTIFACTS, { recursive: true });
    // The worker's browser (test/support/shared-browser.ts), a context of its own per page.
    browser = await sharedBrowsers.browser(CHROMIUM);
  });
  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the figures, charts and tables, offline, accessibly, with no console error', async () => {
    const file = join(dir, 'report.html');
    // The real CLI with the shipped config: $120/h review, a $10 seat, premium-gpt.
    const r = await runCli([
      'ledger',
      'report',
      '--repo',
      dir,
      '--format',
      'html',
      '--output',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { page, problems } = await open(file);
    const figure = (id: string) => page.locator(`[data-figure="${id}"]`).first().textContent();
    expect(await figure('cost-per-accepted')).toBe('$40.67');
    expect(await figure('spend')).toBe('$122.02');
    expect(await figure('accepted')).toBe('3');
    expect(await figure('review')).toBe('51 min');
    expect(await figure('savings')).toBe('$19.98 more');
    expect(await figure('by-hand')).toBe('7 h');
    await expect(page.locator('h1').textContent()).resolves.toBe('AIOS ledger report');
    expect(await page.locator('section h2').allTextContents()).toEqual([
      'Cost per useful outcome',
      'Where the money went',
      'Savings against premium-gpt',
      'By hand, against what it cost',
      'Drift: acceptance, send-back and ask rates',
      'Spend and share by persona, model, kind, client and rule',
      'Flat-rate seats',
      'How these figures are made',
    ]);
    // The tier chart draws its bars to scale: flat (seats + review) is the largest.
    const bars = await page
      .locator('#by-tier + figure svg rect')
      .evaluateAll((rects) =>
        rects.map((b) => [b.getAttribute('data-value'), b.getBoundingClientRect().width]),
      );
    expect(bars.map(([v]) => v)).toEqual(['62000000', '60020250', '4200', '0']);
    const widths = bars.map(([, w]) => Number(w));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(62_000_000 / 60_020_250, 1);
    // The drift table and the per-client table carry the hand-computed rates and splits.
    const drift = page.getByRole('table', { name: 'Rates by month, with what they divide' });
    await expect(drift.locator('tbody tr').allTextContents()).resolves.toEqual([
      '2026-1166.7% (2/3)25.0% (1/4)0.0% (0/3)',
      '2026-12100.0% (1/1)0.0% (0/2)40.0% (2/5)',
    ]);
    const clients = page.getByRole('table', { name: 'Spend and outcomes by client' });
    expect(await clients.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe(
      '$95.02',
    );
    expect(
      await page.getByRole('img', { name: /Acceptance, send-back and ask rates by month/ }).count(),
    ).toBe(1);
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-report.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('renders a receipt a client can read, and nothing internal', async () => {
    const file = join(dir, 'receipt.html');
    const r = await runCli([
      'receipt',
      'acme/site#1',
      '--repo',
      dir,
      '--format',
      'html',
      '--output',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { page, problems } = await open(file);
    expect(await page.locator('[data-figure="status"]').textContent()).toBe('Accepted');
    expect(await page.locator('[data-figure="total"]').textContent()).toBe('$60.02');
    expect(await page.locator('[data-figure="approved-by"]').textContent()).toBe('lead');
    expect(await page.locator('[data-figure="disclosure"]').textContent()).toMatch(
      /drafted with AI: gpt-5 \(openai\), working as the editor persona under the rule writing-in-voice/,
    );
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Heading levels should only increment by one level at a time');
    expect(text).not.toContain('b'.repeat(64)); // answer hash: internal
    expect(text).not.toContain('c'.repeat(64)); // config hash: internal
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'receipt.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
