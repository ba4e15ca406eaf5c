import type { Finding } from '../core/gate-verdict.js';
import { readPageFacts, type PageFacts } from './page-facts.js';

/** Elements a keyboard reaches and activates without help. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, label, option, details, area[href], iframe';
const WIDGET_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'treeitem',
  'gridcell',
  'slider',
  'spinbutton',
  'combobox',
  'textbox',
  'searchbox',
]);

/** A page parsed by jsdom with source locations; its own scripts never run. */
export interface PageDom {
  /** The source line of the element a CSS selector names, if it can be found. */
  lineOf(selector: string): number | undefined;
  /** Run axe (its source text) in this page; the violations. */
  runAxe(source: string, options: Record<string, unknown>): Promise<unknown[]>;
  /** Elements given a click handler in markup that a keyboard can neither reach nor use. */
  clickWithoutKeyboard(path: string): Finding[];
  /** The page's text by language and its file-name alternatives (page-facts.ts). */
  facts(): PageFacts;
}

/**
 * Parse markup into a PageDom (jsdom is loaded on first use). `locations: false` skips source
 * locations (parse5 tracking them costs time on a large page): such a copy only runs axe, and
 * its `lineOf` knows no lines.
 */
export async function loadPageDom(
  markup: string,
  { locations = true }: { locations?: boolean } = {},
): Promise<PageDom> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom reports what it does not implement (canvas) on the console; axe probes for it.
  const dom = new JSDOM(markup, {
    includeNodeLocations: locations,
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
  });
  const document = dom.window.document;
  const line = (el: Element | null): number | undefined => {
    if (!el || !locations) return undefined;
    try {
      return dom.nodeLocation(el)?.startLine;
    } catch {
      return undefined;
    }
  };
  return {
    lineOf(selector) {
      try {
        return line(document.querySelector(selector));
      } catch {
        return undefined;
      }
    },
    async runAxe(source, options) {
      const win = dom.window as unknown as {
        eval(code: string): void;
        axe: { run(ctx: unknown, options: unknown): Promise<{ violations: unknown[] }> };
      };
      win.eval(source);
      return (await win.axe.run(document, options)).violations;
    },
    facts() {
      return readPageFacts(document as unknown as Document);
    },
    clickWithoutKeyboard(path) {
      const out: Finding[] = [];
      for (const el of document.querySelectorAll('[onclick]')) {
        if (el.matches(INTERACTIVE)) continue;
        const role = el.getAttribute('role')?.trim().split(/\s+/)[0] ?? '';
        const focusable = el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) >= 0;
        const keys =
          el.hasAttribute('onkeydown') ||
          el.hasAttribute('onkeyup') ||
          el.hasAttribute('onkeypress');
        if (WIDGET_ROLES.has(role) && focusable && keys) continue;
        const missing = [
          WIDGET_ROLES.has(role) ? '' : 'a widget role',
          focusable ? '' : 'tabindex="0"',
          keys ? '' : 'a key handler',
        ].filter(Boolean);
        const at = line(el);
        out.push({
          rule: 'aios/click-without-keyboard',
          severity: 'error',
          message: `<${el.localName}> has a click handler but lacks ${missing.join(', ')}: keyboard users cannot use it. Use a <button> or <a href> (WCAG 2.1.1, 4.1.2).`,
          path,
          ...(at ? { line: at } : {}),
          selector: el.localName + (el.id ? `#${el.id}` : ''),
          wcag: ['2.1.1', '4.1.2'],
        });
      }
      return out;
    },
  };
}
