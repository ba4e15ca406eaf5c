/**
 * What the accessibility gate reads from a page's DOM beside axe: the text of the page and of
 * each part marked with its own `lang` (WCAG 3.1.1, 3.1.2), and image alternatives that are a
 * file's name (WCAG 1.1.1, failure F30). Read the same way in Chromium and in jsdom.
 */
export interface PageFacts {
  /** The `lang` of the root element, when it has one. */
  readonly lang: string | undefined;
  /** The text outside every part marked with a `lang` of its own (code and scripts left out). */
  readonly text: string;
  /** Each element with a `lang` of its own, with its text (nested marked parts left out). */
  readonly parts: readonly { lang: string; text: string; selector: string }[];
  /** Elements whose text alternative is a file's name. */
  readonly fileNameAlts: readonly { alt: string; selector: string }[];
}

/**
 * Read a page's facts from its document. Self-contained (no imports, no closures over this
 * module): Playwright sends its source to the page, and jsdom calls it with its own document.
 */
export function readPageFacts(doc?: Document): PageFacts {
  const d = doc ?? (globalThis as unknown as { document: Document }).document;
  // Text in these is not prose in the page's language: code, scripts, a field's value.
  const skip = new Set([
    'script',
    'style',
    'template',
    'noscript',
    'code',
    'pre',
    'kbd',
    'samp',
    'var',
    'textarea',
    'svg',
    'math',
  ]);
  const root = d.documentElement;
  const chunks = new Map<Element, string[]>();
  const walk = (el: Element, owner: Element): void => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        const list = chunks.get(owner) ?? [];
        list.push(child.nodeValue ?? '');
        chunks.set(owner, list);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (skip.has(c.localName.toLowerCase())) continue;
        walk(c, c.hasAttribute('lang') ? c : owner);
      }
    }
  };
  if (d.body) walk(d.body, root);
  const textOf = (el: Element) => (chunks.get(el) ?? []).join(' ').replace(/\s+/g, ' ').trim();
  const quoted = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
  const parts: { lang: string; text: string; selector: string }[] = [];
  for (const el of chunks.keys()) {
    if (el === root) continue;
    const lang = el.getAttribute('lang') ?? '';
    const id = el.getAttribute('id');
    parts.push({
      lang,
      text: textOf(el),
      selector: id ? `#${id.replace(/[^\w-]/g, '\\$&')}` : `${el.localName}[lang=${quoted(lang)}]`,
    });
  }
  // A name with an image's extension, or a camera's own numbering (IMG_1234, DSC01234).
  const fileName =
    /^(?:[^\s/\\]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|ico|heic)|(?:img|dsc|dscn|pxl|dcim)[-_]?\d{3,}(?:\.\w{2,4})?)$/i;
  const fileNameAlts: { alt: string; selector: string }[] = [];
  for (const el of Array.from(
    d.querySelectorAll('img[alt], input[type="image"][alt], area[alt]'),
  )) {
    const alt = (el.getAttribute('alt') ?? '').trim();
    if (fileName.test(alt))
      fileNameAlts.push({
        alt,
        selector: `${el.localName}[alt=${quoted(el.getAttribute('alt') ?? '')}]`,
      });
  }
  const lang = root.getAttribute('lang')?.trim();
  return { lang: lang || undefined, text: textOf(root), parts, fileNameAlts };
}
