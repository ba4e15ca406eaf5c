import { describeHidden, type HiddenText } from './hidden-text.js';
import { neutralise } from './neutralise.js';

/**
 * Remove text that a person reading the issue cannot see but a model would: HTML comments,
 * zero-width and bidirectional control characters, and link titles. What is removed is
 * reported, so the plan can say that hidden text was there.
 */

// Zero-width, word-joiner, invisible operators, BOM and soft hyphen.
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/g;
// The Unicode bidi controls: marks, embeddings, overrides and isolates.
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Unicode "tag" characters (U+E0000–U+E007F) carry invisible ASCII; used to smuggle prompts.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;

export interface Sanitized {
  readonly text: string;
  /** What was removed, in words (`2 HTML comments (148 characters)`). */
  readonly removed: string[];
  /** What was removed, by kind, with counts and characters: recorded in the `planned` entry. */
  readonly hidden: HiddenText[];
}

export function sanitizeUntrusted(input: string): Sanitized {
  const hidden: HiddenText[] = [];
  let text = input.replace(/\r\n/g, '\n');

  const comments = text.match(/<!--[\s\S]*?(-->|$)/g);
  if (comments) {
    hidden.push({
      kind: 'html-comment',
      count: comments.length,
      characters: comments.reduce((n, c) => n + c.length, 0),
    });
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, '');
  }
  for (const [kind, pattern] of [
    ['zero-width', ZERO_WIDTH],
    ['bidi-control', BIDI],
    ['unicode-tag', TAGS],
  ] as const) {
    const found = text.match(pattern)?.length ?? 0;
    if (found > 0) {
      hidden.push({ kind, count: found, characters: found });
      text = text.replace(pattern, '');
    }
  }
  // [text](url "title") and [ref]: url "title": the title is hover text, unseen in the page.
  let titles = 0;
  let titleChars = 0;
  const dropTitle = (head: string, title: string): string => {
    titles++;
    titleChars += title.length - 2; // the title without its quotes or brackets
    return head;
  };
  text = text.replace(
    /(\]\(\s*<?[^\s)>]+>?)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*\)/g,
    (_m, head: string, title: string) => `${dropTitle(head, title)})`,
  );
  text = text.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*\S+)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$/gm,
    (_m, head: string, title: string) => dropTitle(head, title),
  );
  if (titles > 0)
    hidden.push({ kind: 'link-title', count: titles, characters: Math.max(titles, titleChars) });
  return { text, removed: hidden.map(describeHidden), hidden };
}

/**
 * Make model-written text safe to post on GitHub: the one neutraliser (core/neutralise.ts),
 * kept under this name for the callers that render prose.
 */
export function neutralizeForGitHub(
  text: string,
  allowedHosts: readonly string[] = ['github.com'],
  max?: number,
): string {
  return neutralise(text, { allowedHosts, max });
}
