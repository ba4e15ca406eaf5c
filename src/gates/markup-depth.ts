/**
 * How deep a page's elements nest, estimated from its markup without building a DOM: jsdom
 * builds and html-validate walks a tree recursively, and a page nested some thousands deep runs
 * either out of stack (after seconds of work), so such a page is told apart before either sees
 * it. Browsers do not build such trees either: Chromium's parser re-parents elements past a depth
 * of 512.
 */

/** Elements that never hold others (void), or whose end tag may be left out and that never nest in themselves. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
]);

/** Elements whose content is text, not markup (a `<div>` inside a script is not an element). */
const RAW_TEXT =
  /<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g;

/** The deepest nesting of elements in `markup` (an estimate from its tags: comments, raw text, void and self-closed elements aside). */
export function markupDepth(markup: string): number {
  const text = markup.replace(RAW_TEXT, '');
  let depth = 0;
  let deepest = 0;
  for (const m of text.matchAll(TAG)) {
    const name = m[2]?.toLowerCase();
    if (!name || NOT_NESTING.has(name)) continue; // a comment, or an element that holds no nesting
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3]) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** Past this depth a page is not checked further, and sent back (see above). */
export const DEEPEST_CHECKED = 1_000;
