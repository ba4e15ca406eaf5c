import type { Page as Tab } from 'playwright-core';

/**
 * WCAG 2.4.7 Focus Visible, in Chromium: does focusing each control change how anything looks?
 * axe has no rule for it (a removed focus ring is style, not markup), and it is one of the most
 * common keyboard barriers (`:focus { outline: none }`). After one real key press (so Chromium
 * treats focus as keyboard focus and `:focus-visible` styles apply, as they would for someone
 * tabbing), one focusable control of each style is focused from script and its look compared
 * with its look unfocused: its outline, borders, shadow, colours, text decoration, size and
 * place, and those of its ::before and ::after; of its labels, the two elements after it and its
 * first children (a custom radio's ring on `input:focus + label::before`, a button's inner span);
 * and the outline, border, shadow and background of four ancestors (a `:focus-within` field, a
 * card lit by `:has(a:focus)`). Transitions are off while it reads. A control for which nothing
 * changes has no visible focus indicator.
 */

/** A control whose look does not change when it takes focus. */
export interface UnseenFocus {
  /** A CSS selector for it (tag and :nth-of-type steps from the root, or its id). */
  readonly selector: string;
  /** What it is, for the message: `a "Account"`, `button "Search"`. */
  readonly label: string;
}

/** What the check found on one page. */
export interface FocusCheck {
  readonly unseen: UnseenFocus[];
  /** Controls focused and compared (one of each style: see `styleKey`). */
  readonly checked: number;
  /** Controls past `FOCUS_CHECK_LIMIT`, not checked (said in the verdict's notChecked). */
  readonly skipped: number;
}

/** Controls checked per page at most (each styled differently from those before it). */
export const FOCUS_CHECK_LIMIT = 200;

/** The little of the DOM the check uses (the project compiles without the DOM library). */
interface El {
  readonly id: string;
  readonly localName: string;
  readonly parentElement: El | null;
  readonly previousElementSibling: El | null;
  readonly nextElementSibling: El | null;
  readonly children: ArrayLike<El>;
  /** A form control's labels. */
  readonly labels?: Iterable<El> | null;
  readonly textContent: string | null;
  readonly tabIndex?: number;
  readonly disabled?: boolean;
  getAttribute(name: string): string | null;
  appendChild?(child: El): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  focus?(options?: { preventScroll?: boolean }): void;
  blur?(): void;
}
interface Doc {
  readonly activeElement: El | null;
  readonly body: El | null;
  readonly head: El | null;
  readonly documentElement: El;
  createElement(tag: string): El & { textContent: string | null; remove(): void };
  querySelectorAll(selector: string): Iterable<El> & { readonly length: number };
}
interface Win {
  readonly document: Doc;
  readonly CSS: { escape(text: string): string };
  getComputedStyle(el: El, pseudo: string | null): { getPropertyValue(name: string): string };
}

/**
 * Runs in the page (serialized by Playwright: no closure over this module). Returns the
 * controls whose focus shows nothing.
 */
function unseenFocusInPage(limit: number): FocusCheck {
  const win = globalThis as unknown as Win;
  const doc = win.document;
  const CSS = win.CSS;
  type Style = { getPropertyValue(name: string): string };
  // What shows of a style, invisible parts left out: an outline or a border that is not drawn
  // (style none, or no width) shows none of its colour, width or offset (Chromium's own focus
  // style moves a link's outline offset without drawing an outline), a text decoration with
  // no line shows no colour.
  const outline = (st: Style): string => {
    const style = st.getPropertyValue('outline-style');
    const width = st.getPropertyValue('outline-width');
    if (style === 'none' || width === '0px') return 'none';
    return [
      style,
      width,
      st.getPropertyValue('outline-color'),
      st.getPropertyValue('outline-offset'),
    ].join(' ');
  };
  const border = (st: Style, side: string): string => {
    const style = st.getPropertyValue(`border-${side}-style`);
    const width = st.getPropertyValue(`border-${side}-width`);
    if (style === 'none' || style === 'hidden' || width === '0px') return 'none';
    return [style, width, st.getPropertyValue(`border-${side}-color`)].join(' ');
  };
  const decoration = (st: Style): string => {
    const line = st.getPropertyValue('text-decoration-line');
    if (line === 'none') return 'none';
    return [
      line,
      st.getPropertyValue('text-decoration-color'),
      st.getPropertyValue('text-decoration-thickness'),
      st.getPropertyValue('text-decoration-style'),
      st.getPropertyValue('text-underline-offset'),
    ].join(' ');
  };
  const plain = (st: Style, props: readonly string[]): string[] =>
    props.map((p) => st.getPropertyValue(p));
  const SIDES = ['top', 'right', 'bottom', 'left'];
  const OWN = [
    'box-shadow',
    'background-color',
    'background-image',
    'color',
    'font-weight',
    'opacity',
    'transform',
    'filter',
    'clip-path',
    'clip',
    'fill',
    'stroke',
  ];
  const PSEUDO = [
    'content',
    'box-shadow',
    'background-color',
    'opacity',
    'transform',
    'width',
    'height',
  ];
  const AROUND = ['box-shadow', 'background-color'];
  const own = (el: El): string => {
    const st = win.getComputedStyle(el, null);
    return [
      outline(st),
      ...SIDES.map((s) => border(st, s)),
      decoration(st),
      ...plain(st, OWN),
    ].join('|');
  };
  const pseudo = (el: El, which: string): string => {
    const st = win.getComputedStyle(el, which);
    return [outline(st), border(st, 'bottom'), ...plain(st, PSEUDO)].join('|');
  };
  const around = (el: El): string => {
    const st = win.getComputedStyle(el, null);
    return [outline(st), border(st, 'top'), border(st, 'bottom'), ...plain(st, AROUND)].join('|');
  };
  // Where a focus indicator may be drawn besides the control: its label and the two elements
  // after it (a custom radio or checkbox hides the input and draws the ring on
  // `input:focus + label` or its ::before), its first children, with their pseudo-elements.
  const beside = (el: El): El[] => {
    const out = el.labels ? [...el.labels] : [];
    const next = el.nextElementSibling;
    if (next) out.push(next);
    if (next?.nextElementSibling) out.push(next.nextElementSibling);
    // …and inside it: a button styled through its inner span, an icon's fill or stroke.
    for (let i = 0; i < el.children.length && i < 3; i++) out.push(el.children[i]!);
    return out;
  };
  const look = (el: El): string => {
    const box = el.getBoundingClientRect();
    const parts = [
      own(el),
      pseudo(el, '::before'),
      pseudo(el, '::after'),
      `${box.x},${box.y},${box.width},${box.height}`,
    ];
    for (const b of beside(el)) parts.push(own(b), pseudo(b, '::before'), pseudo(b, '::after'));
    // Ancestors: a `:focus-within` field, a card styled by `:has(a:focus)`.
    let up = el.parentElement;
    for (let i = 0; i < 4 && up && up !== doc.body; i++, up = up.parentElement)
      parts.push(around(up));
    return parts.join('#');
  };
  const selectorOf = (el: El): string => {
    if (el.id && doc.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1)
      return `#${CSS.escape(el.id)}`;
    const steps: string[] = [];
    for (let e: El | null = el; e && e !== doc.documentElement; e = e.parentElement) {
      const tag = e.localName;
      let n = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling)
        if (s.localName === tag) n++;
      steps.unshift(`${tag}:nth-of-type(${n})`);
    }
    return `html > ${steps.join(' > ')}`;
  };
  const labelOf = (el: El): string => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    return `${el.localName}${text ? ` "${text.slice(0, 40)}"` : ''}`;
  };
  const candidates = doc.querySelectorAll(
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"]',
  );
  // Transitions and animations off while the check runs: a style read just after focus would
  // otherwise see a transition's first frame, the unfocused look (`transition: box-shadow .2s`).
  const still = doc.createElement('style');
  still.textContent =
    '*, *::before, *::after { transition: none !important; animation: none !important; }';
  (doc.head ?? doc.documentElement).appendChild?.(still);
  const out: UnseenFocus[] = [];
  let checked = 0;
  let skipped = 0;
  // Controls styled alike (the same element, classes, type, inline style and parent) show focus
  // alike: the first of each is checked, so a menu of 300 links costs one check, not 300, and
  // one finding names the rule to fix.
  const seen = new Set<string>();
  const styleKey = (el: El): string => {
    const parent = el.parentElement;
    return [
      el.localName,
      el.getAttribute('class'),
      el.getAttribute('type'),
      el.getAttribute('style'),
      parent?.localName,
      parent?.getAttribute('class'),
    ].join('|');
  };
  for (const el of candidates) {
    if (!el.focus || !el.blur || (el.tabIndex ?? -1) < 0 || el.disabled === true) continue;
    const key = styleKey(el);
    if (seen.has(key)) continue;
    if (checked >= limit) {
      skipped++;
      continue;
    }
    el.blur();
    const before = look(el);
    el.focus({ preventScroll: true });
    // Not focusable after all (hidden, inert): the next one styled alike is tried instead (a
    // menu hidden at this width beside the one shown).
    if (doc.activeElement !== el) continue;
    seen.add(key);
    checked++;
    const after = look(el);
    el.blur();
    if (before === after) out.push({ selector: selectorOf(el), label: labelOf(el) });
  }
  doc.activeElement?.blur?.();
  still.remove();
  return { unseen: out, checked, skipped };
}

/**
 * The controls of the page in `tab` whose focus shows nothing. Presses one key first (Tab,
 * through the DevTools protocol: a trusted keyboard event) so that focus counts as keyboard
 * focus; focus is moved off every control afterwards.
 */
export async function unseenFocus(tab: Tab): Promise<FocusCheck> {
  await tab.keyboard.press('Tab');
  // Sent as its source, with a stand-in for the `__name` helper a bundler that keeps function
  // names (esbuild's keepNames, as tsx runs it) wraps the inner functions in: the page has none.
  return tab.evaluate(
    `(() => { const __name = (f) => f; return (${unseenFocusInPage.toString()})(${FOCUS_CHECK_LIMIT}); })()`,
  ) as Promise<FocusCheck>;
}
