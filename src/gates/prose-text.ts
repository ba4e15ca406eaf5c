/**
 * Markdown with everything that is not prose blanked out (fenced and inline code, front matter,
 * HTML tags and comments, link and image targets, bare URLs), every character replaced by a
 * space and every line break kept: offsets and lines in the result are those of the source.
 */
export function proseOf(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return withoutFrontMatter(markdown)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(\n\1[^\n]*|$(?![\s\S]))/gm, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, blank)
    .replace(/\bhttps?:\/\/\S+/g, blank);
}

/**
 * Front matter at the top of a page (YAML between `---` lines, as Jekyll, Hugo, Astro and
 * Eleventy read it; TOML between `+++` lines, as Hugo does) blanked out: keys, slugs and paths
 * are not prose, and a markdown parser would read the block as a heading. Line breaks are kept,
 * so lines in the result are those of the source.
 */
export function withoutFrontMatter(markdown: string): string {
  return markdown.replace(/^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?=\r?\n|$)/, (m) =>
    m.replace(/[^\r\n]/g, ' '),
  );
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line starts, for many lookups in one text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Escape a literal for use in a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
