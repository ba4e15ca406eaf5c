import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/gates/chromium.js';

const hasBrowser = findChromium() !== undefined;

// In a file of its own (it was part of corpus.test.ts): 144 pages through the accessibility gate
// is the longest single test, and a file of its own runs beside the corpora on the other worker.
//
// The GOV.UK accessibility tool audit's barriers, each on a page of our own. Reported beside the
// published figures in docs/benchmarks.md, not targeted; the floor below only catches a
// regression (it is under the last measured rate).
describe('the GOV.UK barrier list', () => {
  it('reports how many barriers the accessibility gate sends back, by category', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { parse } = await import('yaml');
    const { packageRoot } = await import('../../src/core/package-root.js');
    const { createAccessibilityGate } = await import('../../src/gates/accessibility-gate.js');
    const { sharedBrowsers } = await import('../support/shared-browser.js');
    const list = parse(
      await readFile(join(packageRoot(), 'test/fixtures/gates/accessibility-barriers.yml'), 'utf8'),
    ) as {
      settings: object;
      barriers: {
        category: string;
        barrier: string;
        path: string;
        content: string;
        axe2017?: 'found' | 'not found';
      }[];
    };
    // The gate borrows the worker's browser instead of launching one for the run.
    const v = await createAccessibilityGate({ browsers: sharedBrowsers }).run({
      files: list.barriers.map((b) => ({ path: b.path, content: b.content })),
      kind: 'corpus',
      taskId: 'barriers',
      risk: 'medium',
      settings: { ...list.settings, ...(hasBrowser ? {} : { browser: 'off' as const }) },
    });
    const blocked = new Set(v.findings.filter((f) => f.severity === 'error').map((f) => f.path));
    const byCategory = new Map<string, [number, number]>();
    for (const b of list.barriers) {
      const [c, n] = byCategory.get(b.category) ?? [0, 0];
      byCategory.set(b.category, [c + (blocked.has(b.path) ? 1 : 0), n + 1]);
    }
    const caught = list.barriers.filter((b) => blocked.has(b.path)).length;
    // Beside the audit's own result for axe (2017) on the same barriers.
    const axeThen = list.barriers.filter((b) => b.axe2017 === 'found');
    console.log(
      `barriers: ${caught}/${list.barriers.length} sent back (${hasBrowser ? 'Chromium' : 'jsdom'}); ` +
        `the audit's axe (2017) found ${axeThen.length}; of those we send back ${axeThen.filter((b) => blocked.has(b.path)).length}\n` +
        [...byCategory].map(([c, [k, n]]) => `  ${c}: ${k}/${n}`).join('\n') +
        `\n  missed: ${list.barriers
          .filter((b) => !blocked.has(b.path))
          .map((b) => b.barrier)
          .join('; ')}`,
    );
    // Regression floor under the measured rate (64/144 in Chromium; jsdom skips layout rules).
    expect(list.barriers).toHaveLength(144);
    expect(caught / list.barriers.length).toBeGreaterThanOrEqual(hasBrowser ? 0.4 : 0.33);
  }, 180_000);
});
