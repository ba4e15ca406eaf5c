import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurationSequencer } from '../support/duration-sequencer.js';

const root = '/repo';
const spec = (project: string, file: string, groupOrder = 0) => ({
  project: { name: project, config: { sequence: { groupOrder } } },
  moduleId: join(root, file),
});
type Spec = ReturnType<typeof spec>;

function sequencer(cached: Map<string, { duration: number; failed: boolean }>) {
  const ctx = {
    config: { root },
    cache: {
      getTestSpecificationResult: (s: Spec) => cached.get(s.moduleId.slice(root.length + 1)),
    },
  };
  const seq = new DurationSequencer(ctx as never);
  // The committed figures of the suite, as test/durations.json would give them.
  Object.assign(seq as unknown as { committed: Record<string, number> }, {
    committed: {
      'test/slow.test.ts': 16_000,
      'test/mid.test.ts': 4_000,
      'test/quick.test.ts': 200,
    },
  });
  return seq;
}

describe('the test sequencer', () => {
  it('runs the longest files first by the committed figures where the cache has none, keeping the project order', async () => {
    const files = [
      spec('main', 'test/quick.test.ts'),
      spec('main', 'test/new.test.ts'),
      spec('gates', 'test/mid.test.ts'),
      spec('main', 'test/slow.test.ts'),
      spec('gates', 'test/quick.test.ts'),
    ];
    const sorted = (await sequencer(new Map()).sort(files as never)) as unknown as Spec[];
    expect(sorted.map((s) => `${s.project.name} ${s.moduleId.slice(root.length + 1)}`)).toEqual([
      'gates test/mid.test.ts',
      'gates test/quick.test.ts',
      'main test/slow.test.ts',
      'main test/new.test.ts', // unknown: ranked as a middling one (1 s)
      'main test/quick.test.ts',
    ]);
  });

  it("prefers this machine's own results, and runs known failures first", async () => {
    const files = [
      spec('main', 'test/slow.test.ts'),
      spec('main', 'test/quick.test.ts'),
      spec('main', 'test/mid.test.ts'),
    ];
    const cached = new Map([
      ['test/quick.test.ts', { duration: 30_000, failed: false }],
      ['test/mid.test.ts', { duration: 10, failed: true }],
    ]);
    const sorted = (await sequencer(cached).sort(files as never)) as unknown as Spec[];
    expect(sorted.map((s) => s.moduleId.slice(root.length + 1))).toEqual([
      'test/mid.test.ts',
      'test/quick.test.ts',
      'test/slow.test.ts',
    ]);
  });
});
