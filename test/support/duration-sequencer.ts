import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Where `npm run test:durations` keeps each test file's last measured time (ms). */
export const DURATIONS_FILE = join(import.meta.dirname, '..', 'durations.json');

/** A file with no figure yet (new): ranked as a middling one. */
const UNKNOWN_MS = 1_000;

/**
 * Test files in the order that packs the workers best: longest first. Vitest orders by the
 * durations of the last run on this machine (its results cache) and, without them, by file
 * size; a fresh clone (CI) has no cache, and size is a poor guide here: the GOV.UK barrier test
 * is 62 lines and the longest file of the suite (144 pages in Chromium), so it started last
 * among the gates files and the whole run waited for it (a cold run measured 59.0 s against
 * 52–55 s warm, the barrier test starting at 12 s instead of at 1 s). So the figures of the last
 * full run are kept in test/durations.json and used where this machine has none of its own.
 * The projects keep vitest's order (gates, then main), and known failures still run first.
 */
export class DurationSequencer extends BaseSequencer {
  private readonly committed: Record<string, number> = existsSync(DURATIONS_FILE)
    ? (JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>)
    : {};

  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const root = this.ctx.config.root;
    const known = (spec: TestSpecification) => {
      const result = cache.getTestSpecificationResult(spec);
      const ms = result?.duration ?? this.committed[relative(root, spec.moduleId)] ?? UNKNOWN_MS;
      return { failed: result?.failed === true, ms };
    };
    const facts = new Map(files.map((spec) => [spec, known(spec)]));
    return Promise.resolve(
      [...files].sort((a, b) => {
        const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
        if (group !== 0) return group;
        if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
        const fa = facts.get(a)!;
        const fb = facts.get(b)!;
        if (fa.failed !== fb.failed) return fa.failed ? -1 : 1;
        return fb.ms - fa.ms;
      }),
    );
  }
}
