import { describe, expect, it } from 'vitest';
import { learningFrom } from '../../src/app/ledger-learning.js';
import { CellBuilder, type CellTable } from '../../src/reports/cells.js';

describe('the learn clauses’ lookups over a cell read', () => {
  it('index a table once, however many plans ask, and again only for a new table', async () => {
    const first = new CellBuilder().finish();
    const second = new CellBuilder().finish();
    let table: CellTable = first;
    let reads = 0;
    const learning = learningFrom(async () => {
      reads++;
      return table;
    });
    const a = await learning();
    const b = await learning();
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(reads).toBe(2);
    expect(a?.lbMethod).toBe(first.lbMethod);
    table = second;
    const c = await learning();
    expect(c).not.toBe(a);
    expect(await learning()).toBe(c);
  });
});
