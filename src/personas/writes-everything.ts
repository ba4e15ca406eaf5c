import picomatch from 'picomatch';

/**
 * Paths from every corner of a repository. A `writes` glob that matches all of them is an
 * allow-list in name only (a double star, a star-dot-star under it …), whatever its spelling.
 */
const PROBES = [
  'README.md',
  'package.json',
  'src/index.ts',
  'wp-content/plugins/x/x.php',
  '.github/workflows/ci.yml',
  'assets/css/site.css',
  'docs/deep/er/page.html',
  'Makefile',
];

/** Does a glob list let a persona write anywhere? */
export function matchesEverything(globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const isMatch = picomatch([...globs], { dot: true });
  return PROBES.every((p) => isMatch(p));
}
