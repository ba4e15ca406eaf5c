import { neutralise } from './neutralise.js';

/**
 * Remove text that a person reading the issue cannot see but a model would: HTML comments,
 * zero-width and bidirectional control characters, and link titles. What is removed is
 * reported, so the plan can say that hidden text was there.
 */

// Zero-width, word-joiner, BOM, soft hyphen and the Unicode bidi controls (including isolates).
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Unicode "tag" characters (U+E0000–U+E007F) carry invisible ASCII; used to smuggle prompts.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;

export interface Sanitized {
  readonly text: string;
  readonly removed: string[];
}

export function sanitizeUntrusted(input: string): Sanitized {
  const removed: string[] = [];
  let text = input.replace(/\r\n/g, '\n');

  const comments = text.match(/<!--[\s\S]*?(-->|$)/g);
  if (comments) {
    removed.push(`${comments.length} HTML comment(s)`);
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, '');
  }
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  const tags = text.match(TAGS)?.length ?? 0;
  if (invisible + tags > 0) {
    removed.push(`${invisible + tags} invisible character(s)`);
    text = text.replace(INVISIBLE, '').replace(TAGS, '');
  }
  // [text](url "title") and [ref]: url "title": the title is hover text, unseen in the page.
  let titles = 0;
  text = text.replace(
    /(\]\(\s*<?[^\s)>]+>?)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*\)/g,
    (_m, head: string) => {
      titles++;
      return `${head})`;
    },
  );
  text = text.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*\S+)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$/gm,
    (_m, head: string) => {
      titles++;
      return head;
    },
  );
  if (titles > 0) removed.push(`${titles} link title(s)`);
  return { text, removed };
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
