import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherContext } from '../../src/context/gather-context.js';
import { RepoIndex } from '../../src/context/repo-index.js';
import { replayContext } from '../../src/context/replay-context.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import type { Task } from '../../src/core/task.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const filler = (name: string, n: number) =>
  Array.from({ length: n }, (_, i) => `  const ${name}Step${i} = ${i} * 2; // working line`).join(
    '\n',
  );

const repo = {
  'src/cart.ts': [
    "import { formatPrice } from './money';",
    "import { TaxTable } from './tax';",
    'export class Cart {',
    '  total(table: TaxTable): string {',
    '    return formatPrice(table.rateFor("fr") * 100);',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/money.ts': [
    '/** Money as text. */',
    'export function formatPrice(cents: number): string {',
    filler('price', 30),
    '  return (cents / 100).toFixed(2);',
    '}',
    '',
  ].join('\n'),
  'src/tax.ts': [
    'export class TaxTable {',
    filler('table', 20),
    '  rateFor(country: string): number {',
    filler('rate', 30),
    '    return 0.2;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/footer/render-footer.ts': [
    'export function renderFooter(year: number): string {',
    filler('footer', 30),
    '  return `© ${year}`;',
    '}',
    '',
  ].join('\n'),
  'src/footer/page.ts': [
    "import { renderFooter } from './render-footer';",
    'export const pageFooter = renderFooter(2026);',
    '',
  ].join('\n'),
};

function task(body: string): Task {
  return {
    id: 'local/shop#1',
    key: 'local.shop.1',
    source: { type: 'file', path: 'task.md', repo: 'shop' },
    title: 'Round the cart total',
    body,
    labels: [],
    requestedBy: 'test',
    textHash: '0'.repeat(64),
    removed: [],
    receivedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function withIndex(fn: (index: RepoIndex, dir: string) => Promise<void>): Promise<void> {
  const dir = await tempRepo(repo);
  const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
  const ws = await openGitWorkspace(dir);
  try {
    await index.update(await ws.listEntries!(), (b) => ws.readBlobs!(b));
    await fn(index, dir);
  } finally {
    index.close();
    await ws.close();
  }
}

describe('the repository map', () => {
  it('ranks the definitions the seed files use, by personalised PageRank', async () => {
    await withIndex(async (index) => {
      const map = index.repoMap(['src/cart.ts'], ['cart', 'total']);
      const paths = map.map((m) => m.path);
      expect(paths.slice(0, 2).sort()).toEqual(['src/money.ts', 'src/tax.ts']);
      expect(paths).not.toContain('src/cart.ts');
      // TaxTable.rateFor is shown with its scope: the class line and the method line.
      const tax = map.find((m) => m.path === 'src/tax.ts');
      expect(tax?.lines).toEqual(expect.arrayContaining([1, 22]));
      // Seeded by the footer page instead, the footer's definition comes first.
      const other = index.repoMap(['src/footer/page.ts'], []);
      expect(other[0]?.path).toBe('src/footer/render-footer.ts');
    });
  });

  it('is shown as definition lines only, recorded with why map, and replayed', async () => {
    await withIndex(async (index, dir) => {
      const ws = await openGitWorkspace(dir);
      try {
        const t = task('The total in src/cart.ts should be rounded.');
        const context = await gatherContext({
          workspace: ws,
          task: t,
          laneGlobs: [],
          maxTokens: 4000,
          repoMap: (seeds, terms) => index.repoMap(seeds, terms),
        });
        const mapped = context.files.filter((f) => f.why === 'map');
        expect(mapped.map((f) => f.path).sort()).toEqual(
          expect.arrayContaining(['src/money.ts', 'src/tax.ts']),
        );
        const money = mapped.find((f) => f.path === 'src/money.ts');
        expect(money?.content).toContain('export function formatPrice(cents: number): string {');
        expect(money?.content).not.toContain('priceStep');
        const tax = mapped.find((f) => f.path === 'src/tax.ts');
        expect(tax?.content).toContain('export class TaxTable {');
        expect(tax?.content).toContain('rateFor(country: string): number {');
        expect(tax?.content).not.toContain('rateStep');
        const recorded = context.record.shown.filter((s) => s.why === 'map');
        expect(recorded.length).toBe(mapped.length);
        for (const r of recorded) expect(r.ranges?.length).toBeGreaterThan(0);
        expect(context.record.tokens).toBeLessThanOrEqual(4000);
        const replayed = await replayContext(context.record, t, async (blob) =>
          (await ws.readBlobs!([blob])).get(blob),
        );
        expect(replayed.files.map((f) => f.content)).toEqual(context.files.map((f) => f.content));
      } finally {
        await ws.close();
      }
    });
  });
});
