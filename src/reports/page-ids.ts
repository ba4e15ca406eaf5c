/**
 * Ids for the tables and charts of one HTML page (`table-1`, `chart-1`, …), numbered from 1 on
 * each page: a page reads the same whatever the process rendered before it (a process that
 * renders two pages, or the tests running the CLI's `main` again in one process).
 */
let counters = new Map<string, number>();

/** The next id with this prefix on the page being rendered. */
export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}

/** Render one page: its ids start from 1, and the page around it (if any) goes on after. */
export function onePage<T>(render: () => T): T {
  const outer = counters;
  counters = new Map();
  try {
    return render();
  } finally {
    counters = outer;
  }
}
