import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/**
 * The source files a module loads with it: its static imports and re-exports that are not
 * type-only, followed through the tree (a dynamic `import()` is loaded when it runs, not here).
 * Returns the chain of imports that reaches `target`, or undefined.
 */
function staticChainTo(entry: string, target: string): string[] | undefined {
  const from = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (file === target) {
      const chain: string[] = [];
      for (let f: string | undefined = file; f; f = from.get(f)) chain.unshift(f.slice(SRC.length));
      return chain;
    }
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)';/gm,
    )) {
      if (m[1]) continue; // `import type` / `export type`: erased
      const next = resolve(dirname(file), (m[2] ?? '').replace(/\.js$/, '.ts'));
      if (from.has(next)) continue;
      from.set(next, file);
      queue.push(next);
    }
  }
  return undefined;
}

describe('the config schema, built only to validate a config text', () => {
  // config-file.ts reads a validated config back from the validated cache without the schema
  // (~8 ms of CPU to build); the runners and the job start must not load it beside.
  it.each([
    'app/local-runner.ts',
    'app/github-runner.ts',
    'jobs/default-branch.ts',
    'app/preview-context.ts',
    'app/route-preview.ts',
    'app/route-diff-run.ts',
    'app/route-replay-run.ts',
  ])('is not loaded with %s', (entry) => {
    expect(staticChainTo(join(SRC, entry), join(SRC, 'config', 'config-schema.ts'))).toBe(
      undefined,
    );
  });

  it('is loaded with load-config.ts (the walk finds what it should)', () => {
    expect(
      staticChainTo(join(SRC, 'config', 'load-config.ts'), join(SRC, 'config', 'config-schema.ts')),
    ).toEqual(['/config/load-config.ts', '/config/config-text.ts', '/config/config-schema.ts']);
  });
});
