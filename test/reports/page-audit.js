/* global document, window, getComputedStyle, NodeFilter, SVGElement */
// Accessibility checks every AIOS page must pass, evaluated inside the page by
// report-html.test.ts (plain JavaScript: it runs in the browser, not in Node). The value of
// this file is the list of what is wrong.
(() => {
  const wrong = [];
  if (document.documentElement.lang !== 'en') wrong.push('html has no lang');
  if (document.querySelectorAll('h1').length !== 1) wrong.push('not exactly one h1');
  for (const t of document.querySelectorAll('table'))
    if (!t.querySelector('caption')?.textContent?.trim()) wrong.push('a table has no caption');
  for (const svg of document.querySelectorAll('svg')) {
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
    const name = ids
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (svg.getAttribute('role') !== 'img' || name.length < 10)
      wrong.push('a chart has no accessible name');
  }
  // Text contrast, WCAG AA: 4.5:1 (3:1 for large text), against the nearest opaque background.
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0) return c;
    }
    return [255, 255, 255];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim() || el.closest('title, desc')) continue;
    const style = getComputedStyle(el);
    const inSvg = el instanceof SVGElement;
    const fg = rgb(inSvg ? style.fill : style.color);
    const l1 = lum(fg);
    const l2 = lum(inSvg ? [255, 255, 255] : background(el));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const large =
      parseFloat(style.fontSize) >= 24 ||
      (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5))
      wrong.push(`contrast ${ratio.toFixed(2)} for "${n.textContent.trim().slice(0, 30)}"`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    wrong.push('the page scrolls sideways');
  return wrong;
})();
