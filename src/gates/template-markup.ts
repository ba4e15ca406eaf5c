/**
 * What a PHP template's own PHP may print, so the accessibility gate does not send back a
 * template for what it cannot see. A WordPress theme splits one page across templates
 * (`header.php` opens `<html>`, `<body>` and the page's wrapper; `footer.php` closes them), and
 * prints attributes and content with PHP: `<html <?php language_attributes(); ?>>` gives the
 * page its `lang`, `wp_head()` its `<title>`, `<meta charset="<?php bloginfo( 'charset' ); ?>">`
 * its charset. In the static markup each PHP block stands as `php` (html-source.ts).
 */

/** The placeholder a PHP block leaves (html-source.ts): as a word, an attribute or a value. */
const PLACEHOLDER = /\bphp\b/;
/**
 * A start tag with a PHP block among its attributes: `<html php>`, `<body class="a" php>` in
 * the markup, `<img php="">` as a browser serialises it.
 */
const PRINTS_ATTRIBUTES = /^<[a-zA-Z][^\s/>]*(?:\s+[^>]*?)?\sphp(?=[\s/>]|="")/;

/** Is this markup a PHP template's (the gate's own test: its path)? */
export function isTemplate(path: string): boolean {
  return /\.php$/i.test(path);
}

/**
 * Whether a template is a whole page: it opens the document AND closes it. `header.php` opens
 * what `footer.php` closes; judged alone, neither is a page (no main landmark, no level-one
 * heading: the templates between print them).
 */
export function wholeTemplate(markup: string, opensDocument: boolean): boolean {
  return opensDocument && /<\/html\s*>/i.test(markup);
}

/** Where the start tag that `offset` points into begins (html-validate points at its name). */
function tagStart(markup: string, offset: number): number {
  return markup[offset] === '<' ? offset : markup.lastIndexOf('<', offset);
}

/** The start tag at `offset` (up to its `>`), or ''. */
function startTagAt(markup: string, offset: number): string {
  const at = tagStart(markup, offset);
  if (at < 0) return '';
  const end = markup.indexOf('>', at);
  return end < 0 ? '' : markup.slice(at, end + 1);
}

/** The content of the element whose start tag is at `offset`, up to its end tag (or the end). */
function contentAt(markup: string, offset: number): string {
  const tag = startTagAt(markup, offset);
  const name = /^<([a-zA-Z][^\s/>]*)/.exec(tag)?.[1];
  if (!name) return '';
  const from = tagStart(markup, offset) + tag.length;
  const close = markup.toLowerCase().indexOf(`</${name.toLowerCase()}`, from);
  return markup.slice(from, close < 0 ? markup.length : close);
}

/**
 * axe rules whose subject a whole template's PHP prints: the `lang` when `<html>` takes
 * attributes from PHP, the `<title>` when `<head>` holds PHP (`wp_head()`).
 */
export function rulesPrintedByTemplate(markup: string): string[] {
  const out: string[] = [];
  const html = /<html\b[^>]*>/i.exec(markup);
  if (html && PRINTS_ATTRIBUTES.test(html[0]))
    out.push('html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'valid-lang');
  const head = /<head\b[^>]*>/i.exec(markup);
  if (head && PLACEHOLDER.test(contentAt(markup, head.index))) out.push('document-title');
  return out;
}

/**
 * Whether an html-validate finding on a template is about something its PHP may print or
 * another template holds: an attribute the tag takes from PHP, a value PHP prints, content
 * PHP prints, or, in a template that is not a whole page, an element opened or closed in
 * another template.
 */
export function printedByTemplate(
  markup: string,
  whole: boolean,
  finding: { ruleId: string; message: string; offset: number },
): boolean {
  switch (finding.ruleId) {
    case 'close-order':
      // `Stray end tag '</div>'`, `Unclosed element '<div>'`: split across templates. A whole
      // page opens and closes its own elements: there they are mistakes.
      return !whole && /^(Stray end tag|Unclosed element|Missing end tag)/i.test(finding.message);
    case 'element-required-attributes':
      return PRINTS_ATTRIBUTES.test(startTagAt(markup, finding.offset));
    case 'element-required-content':
    case 'element-permitted-occurrences':
      return PLACEHOLDER.test(contentAt(markup, finding.offset));
    case 'attribute-allowed-values':
    case 'valid-id':
    case 'no-dup-id':
      return /"[^"]*\bphp\b[^"]*"/.test(finding.message);
    default:
      return false;
  }
}

/**
 * Whether an axe finding on a template's element may be about what its PHP prints: the
 * element takes attributes from PHP (any of them may be the one missing), or the rule judges
 * ids and references whose values PHP prints (two `id="<?php echo $id; ?>"` are not one id).
 */
export function axeFindingPrinted(rule: string, elementHtml: string): boolean {
  if (PRINTS_ATTRIBUTES.test(elementHtml)) return true;
  return REFERENCE_RULES.has(rule) && /="[^"]*\bphp\b[^"]*"/.test(elementHtml);
}

/** axe rules that judge ids and the references to them. */
const REFERENCE_RULES = new Set([
  'duplicate-id',
  'duplicate-id-active',
  'duplicate-id-aria',
  'aria-valid-attr-value',
  'label',
  'landmark-unique',
]);
