import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { runCli } from '../support/run-cli.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { sharedBrowsers } from '../support/shared-browser.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(packageRoot(), 'test-artifacts');
const present = existsSync(CHROMIUM);

/** A desktop window and a phone (360 CSS px wide, the narrowest common Android width). */
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
] as const;

let dir = '';
let browser: Browser | undefined;

/**
 * What does not fit, measured in the page: any element whose box reaches past the viewport's
 * left or right edge, and any table column a reader cannot see (a cell with no width, hidden,
 * clipped by a scrolling box, or outside the viewport; on a phone, a cell whose column name is
 * not shown beside it).
 */
function misfits(page: Page, stacked: boolean): Promise<string[]> {
  return page.evaluate((stackedLayout) => {
    const wrong: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw)
      wrong.push(
        `the page is ${document.documentElement.scrollWidth}px wide in a ${vw}px viewport`,
      );
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > vw + 0.5 || r.left < -0.5)
        wrong.push(`${name(el)} spans ${r.left.toFixed(0)}–${r.right.toFixed(0)}px`);
    }
    for (const table of document.querySelectorAll('table')) {
      const caption = table.querySelector('caption')?.textContent ?? '?';
      const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = [...row.children];
        if (cells.length !== columns.length)
          wrong.push(`${caption}: a row has ${cells.length} cells for ${columns.length} columns`);
        cells.forEach((cell, i) => {
          const r = cell.getBoundingClientRect();
          const style = getComputedStyle(cell);
          if (
            r.width < 1 ||
            r.height < 1 ||
            style.visibility === 'hidden' ||
            style.display === 'none'
          )
            wrong.push(`${caption}: column "${columns[i]}" is not shown`);
          else if (r.left < -0.5 || r.right > vw + 0.5)
            wrong.push(`${caption}: column "${columns[i]}" is outside the viewport`);
          // A box that scrolls sideways hides whatever it cuts off.
          for (let p = cell.parentElement; p; p = p.parentElement) {
            const pr = p.getBoundingClientRect();
            if (
              getComputedStyle(p).overflowX !== 'visible' &&
              (r.right > pr.right + 0.5 || r.left < pr.left - 0.5)
            )
              wrong.push(`${caption}: column "${columns[i]}" is scrolled out of view`);
          }
          if (stackedLayout && i > 0) {
            const label = getComputedStyle(cell, '::before').content;
            if (label !== JSON.stringify(columns[i]))
              wrong.push(`${caption}: a "${columns[i]}" cell is shown as ${label}`);
          }
        });
      }
    }
    return [...new Set(wrong)];
  }, stacked);
}

describe.skipIf(!present)('the HTML report and receipt fit a desktop and a phone', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aios-fit-'));
    await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
    await writeFixtureLedger(dir);
    await mkdir(ARTIFACTS, { recursive: true });
    files.report = join(dir, 'report.html');
    files.receipt = join(dir, 'receipt.html');
    const report = await runCli([
      'ledger',
      'report',
      '--repo',
      dir,
      '--format',
      'html',
      '--output',
      files.report,
    ]);
    expect(report.code, report.stderr).toBe(0);
    const receipt = await runCli([
      'receipt',
      'acme/site#1',
      '--repo',
      dir,
      '--format',
      'html',
      '--output',
      files.receipt,
    ]);
    expect(receipt.code, receipt.stderr).toBe(0);
    // The worker's browser (test/support/shared-browser.ts), a context of its own per view.
    browser = await sharedBrowsers.browser(CHROMIUM);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // One offline tab for the four views (a context each started a renderer each): each view
  // sets the window's size and loads its page afresh, so it is laid out at that width only.
  let tab: Page | undefined;
  afterAll(async () => {
    await tab?.context().close();
  });

  for (const page of ['report', 'receipt'] as const)
    for (const view of WIDTHS)
      it(`the ${page} at ${view.width} px: nothing overflows, every column is visible`, async () => {
        tab ??= await (
          await browser!.newContext({ offline: true, deviceScaleFactor: 1 })
        ).newPage();
        const p = tab;
        await p.setViewportSize({ width: view.width, height: view.height });
        await p.goto(`file://${files[page]}`, { waitUntil: 'load' });
        const tables = await p.locator('table').count();
        expect(tables).toBeGreaterThan(page === 'report' ? 5 : 2);
        await p.screenshot({ path: join(ARTIFACTS, `${page}-${view.width}.png`), fullPage: true });
        expect(await misfits(p, view.width < 700)).toEqual([]);
        // Stacked or not, a table is still a table to a screen reader, named by its caption.
        expect(await p.getByRole('table').count()).toBe(tables);
      });
});
