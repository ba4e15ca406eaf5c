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
  // Depth first with a stack of its own, in document order: a page nested thousands of
  // elements deep must not run the page's call stack out.
  const stack: [Node, Element][] = d.body ? [[d.body, root]] : [];
  while (stack.length > 0) {
    const [node, owner] = stack.pop()!;
    if (node.nodeType === 3) {
      const list = chunks.get(owner) ?? [];
      list.push(node.nodeValue ?? '');
      chunks.set(owner, list);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (skip.has(el.localName.toLowerCase())) continue;
    // `<body lang>` too: it, not the root's, is the language of what the page shows.
    const mine = el.hasAttribute('lang') ? el : owner;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, mine]);
  }
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
