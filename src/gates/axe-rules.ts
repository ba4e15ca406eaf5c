import type { Severity } from '../core/gate-verdict.js';

/** The axe tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Best-practice rules kept beside the WCAG ones: each marks a real barrier in a page and holds
 * for fragments; `page-has-heading-one` and `landmark-one-main` run on whole documents only.
 * `region` is left out: it flags any content outside landmarks, which most templates are.
 */
export const BEST_PRACTICE_RULES = [
  'heading-order',
  'empty-heading',
  'empty-table-header',
  'image-redundant-alt',
  'label-title-only',
  'tabindex',
  'presentation-role-conflict',
  'aria-allowed-role',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'skip-link',
  'accesskeys',
  'frame-tested',
  'meta-viewport',
  'page-has-heading-one',
  'landmark-one-main',
] as const;

/** Rules that need a layout engine: jsdom computes no boxes or colours, so they are not run there. */
export const LAYOUT_RULES = [
  'color-contrast',
  'target-size',
  'scrollable-region-focusable',
  'link-in-text-block',
  'css-orientation-lock',
] as const;

/** Rules that judge a whole document, not run on fragments. */
export const DOCUMENT_RULES = [
  'document-title',
  'html-has-lang',
  'bypass',
  'meta-viewport',
  'page-has-heading-one',
  'landmark-one-main',
] as const;

/** `wcag1412` → `1.4.12`; tags that are not success criteria give nothing. */
export function wcagCriteria(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(t);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return out;
}

/** axe's impact → AIOS severity: critical and serious block by default, moderate warns. */
export function severityOfImpact(impact: string | null | undefined): Severity {
  if (impact === 'critical' || impact === 'serious') return 'error';
  if (impact === 'moderate') return 'warning';
  return 'info';
}
