import { z } from 'zod';

/**
 * Text a person reading an issue cannot see but a model would, removed at intake
 * (core/sanitize.ts): what kind, how many pieces, how many characters. Recorded in the
 * `planned` entry and shown in the PR body and the receipt, so a reviewer knows it was there.
 */
export const HiddenKind = z.enum([
  'html-comment',
  'zero-width',
  'bidi-control',
  'unicode-tag',
  'link-title',
]);
export type HiddenKind = z.infer<typeof HiddenKind>;

export const HiddenText = z
  .object({
    kind: HiddenKind,
    /** Pieces removed: comments, titles, or single characters. */
    count: z.number().int().positive(),
    /** Characters removed in all (UTF-16 code units for comments and titles, code points otherwise). */
    characters: z.number().int().positive(),
  })
  .strict();
export type HiddenText = z.infer<typeof HiddenText>;

const NAMES: Record<HiddenKind, [string, string]> = {
  'html-comment': ['HTML comment', 'HTML comments'],
  'zero-width': ['zero-width character', 'zero-width characters'],
  'bidi-control': ['bidirectional control character', 'bidirectional control characters'],
  'unicode-tag': ['invisible Unicode tag character', 'invisible Unicode tag characters'],
  'link-title': ['link title', 'link titles'],
};

/** One removal in words: `2 HTML comments (148 characters)`. */
export function describeHidden(h: HiddenText): string {
  const [one, many] = NAMES[h.kind];
  const what = `${h.count} ${h.count === 1 ? one : many}`;
  return h.kind === 'html-comment' || h.kind === 'link-title'
    ? `${what} (${h.characters} character${h.characters === 1 ? '' : 's'})`
    : what;
}

/** Add up removals of the same kind (e.g. from a title and a body), in the kinds' order. */
export function mergeHidden(...lists: readonly (readonly HiddenText[])[]): HiddenText[] {
  const by = new Map<HiddenKind, HiddenText>();
  for (const h of lists.flat()) {
    const seen = by.get(h.kind);
    by.set(
      h.kind,
      seen
        ? { kind: h.kind, count: seen.count + h.count, characters: seen.characters + h.characters }
        : { ...h },
    );
  }
  return HiddenKind.options.flatMap((k) => {
    const h = by.get(k);
    return h ? [h] : [];
  });
}
