/**
 * Paths a task's text names: `content/pricing.md`, `src/plugin.php`. Used by routing rules
 * (`when.paths`) and to put the named files first in the context.
 */
export function pathsNamedIn(text: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[\s(`'"[])((?:\.{0,2}\/)?(?:[\w@.-]+\/)*[\w@-][\w@.-]*\.[A-Za-z0-9]{1,8})(?=$|[\s)`'",;:\]!?]|\.(?:\s|$))/gm;
  for (const match of text.matchAll(pattern)) {
    const raw = match[1];
    if (!raw) continue;
    // A URL's host or a version number is not a path.
    if (/^\d+(\.\d+)+$/.test(raw) || /^(www\.|[\w-]+\.(com|org|net|io|dev)$)/.test(raw)) continue;
    const path = raw.replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..')) continue;
    found.add(path);
  }
  return [...found];
}
