import { describe, expect, it } from 'vitest';
import { htmlTable } from '../../src/reports/html-page.js';
import { nextId, onePage } from '../../src/reports/page-ids.js';
import { barChart } from '../../src/reports/report-svg.js';

const table = (caption: string) =>
  htmlTable({ caption, header: [{ text: 'a' }], rows: [{ cells: ['x'] }] });
const chart = () => barChart({ title: 'c', bars: [{ label: 'a', value: 1, display: '1' }] });
const ids = (html: string) => [...html.matchAll(/ id="([a-z]+-\d+)(?:-t)?"/g)].map((m) => m[1]);

describe('ids of an HTML page', () => {
  it('number each page’s tables and charts from 1, whatever was rendered before', () => {
    table('outside a page'); // ids a process gave out earlier
    chart();
    const page = () => onePage(() => [table('one'), chart(), table('two'), chart()].join('\n'));
    const first = page();
    expect(ids(first)).toEqual(['table-1', 'chart-1', 'table-2', 'chart-2']);
    expect(page()).toBe(first);
  });

  it('go on around a page rendered inside another', () => {
    const outer = onePage(() => {
      const before = nextId('table');
      const inner = onePage(() => nextId('table'));
      return [before, inner, nextId('table')];
    });
    expect(outer).toEqual(['table-1', 'table-1', 'table-2']);
  });
});
