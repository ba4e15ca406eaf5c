import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of AIOS's own package.json, found by walking up from this module. Works the same
 * from the TypeScript sources (tests) and from the bundle in dist/ (CLI and action), which is
 * why shipped files (defaults, personas) are located this way rather than relative to a file.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'aios') return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the AIOS package root (package.json named "aios")');
    dir = parent;
  }
}
