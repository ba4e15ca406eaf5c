import { decodeHTML } from 'entities';

/**
 * The one neutraliser for model-written (and other untrusted) text that AIOS posts to GitHub
 * or puts in a commit message. Regex patches on the raw text miss encodings GitHub undoes
 * before it renders (`&#64;user`, `&#x68;ttps:`, full-width letters), so the text is first
 * decoded and normalised to what GitHub will see, then made inert:
 *
 * - HTML comments are dropped (hidden text, and AIOS's own markers, cannot be planted);
 * - closing keywords are stripped (`Fixes #2`, `closes acme/site#2`, `Resolves https://…/issues/2`);
 * - links and images whose host is not on the allow-list are redacted, whatever their case or
 *   scheme (`HTTPS://`, `//host`, `javascript:`, `data:`), and `www.` autolinks too;
 * - mentions are broken (`@user`, `_@user_`, `@org/team`): a zero-width space after the `@`;
 * - in `markdown` form every Markdown- and HTML-significant character is escaped, so no link,
 *   image, heading, table, tag or emphasis survives; in `code` form the text is an inline code
 *   span with a fence longer than any backtick run in it (file paths render this way);
 *   `plain` (commit messages) does all of the above but the escaping;
 * - the result is bounded: longer text is truncated and says so.
 */
export interface NeutraliseOptions {
  /** `markdown` (default): escaped prose; `code`: an inline code span; `plain`: commit text. */
  readonly as?: 'markdown' | 'code' | 'plain';
  /** Characters kept before the truncation note (counted after decoding). */
  readonly max?: number;
  /** Hosts whose links are kept (and their subdomains). */
  readonly allowedHosts?: readonly string[];
}

/** Default bounds: one summary, question or finding fits; a PR body stays under GitHub's 65 536. */
export const BOUNDS = {
  summary: 20_000,
  question: 2_000,
  finding: 1_000,
  title: 200,
  path: 300,
  comment: 60_000,
} as const;

const DEFAULT_MAX = 20_000;

// Zero-width, word-joiner, BOM, soft hyphen, bidi controls and isolates, Unicode tag characters.
const INVISIBLE =
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/gu;

/** Decode entities until stable (double encoding like `&amp;#64;` included), NFKC, no invisibles. */
export function decodeAndNormalise(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < 4; i++) {
    const next = decodeHTML(out);
    if (next === out) break;
    out = next;
  }
  return out.normalize('NFKC').replace(INVISIBLE, '');
}

const CLOSING =
  /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b([\s:*_~]*)(?=(?:[\w.-]+\/[\w.-]+)?#\d|[a-z][a-z0-9+.-]*:\/\/\S*\/(?:issues|pull)\/\d|\/\/\S*\/(?:issues|pull)\/\d)/gi;

// A URL in any form GitHub (or a browser) would follow: scheme://, protocol-relative //, www.,
// and the schemes that need no slashes.
const URL_LIKE =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|(?<![\w/])\/\/(?=[^\s/])|\bwww\.(?=[a-z0-9-]+\.))[^\s<>"'`)\]]*|\b(?:javascript|data|vbscript|file|mailto):[^\s<>"'`)\]]*/gi;

function hostOf(url: string): string | undefined {
  const m =
    /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/\\?#\s]*)/i.exec(url) ?? /^(www\.[^/\\?#\s]*)/i.exec(url);
  if (!m) return undefined;
  const host = (m[1] ?? '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '');
  return host.toLowerCase();
}

function allowed(url: string, hosts: readonly string[]): boolean {
  if (!/^(?:https?:)?\/\/|^www\./i.test(url)) return false; // javascript:, data:, ftp: …
  const host = hostOf(url);
  if (!host) return false;
  return hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
}

// Every ASCII punctuation CommonMark lets a backslash escape, minus those turned into entities.
const MD_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|~=^$]/g;
const HTML_SIGNIFICANT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Cut text to `max` characters (whole code points) with a note saying so. */
export function boundText(text: string, max: number): string {
  return truncate(text, max);
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}\n\n(truncated by AIOS: ${max} of ${chars.length} characters shown)`;
}

/** Make untrusted text safe to post on GitHub (see the module comment). */
export function neutralise(text: string, options: NeutraliseOptions = {}): string {
  const as = options.as ?? 'markdown';
  const hosts = options.allowedHosts ?? ['github.com'];
  let out = decodeAndNormalise(text);
  // Comments first (also unterminated ones, which hide the rest of the text).
  out = out.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  out = truncate(out, options.max ?? DEFAULT_MAX);
  if (as === 'code') out = out.replace(/\s+/g, ' ');
  out = out.replace(CLOSING, '');
  // Links: kept (as text GitHub autolinks) only for allowed hosts; the rest say what was removed.
  const parts = out.split(new RegExp(`(${URL_LIKE.source})`, 'gi'));
  const kept = new Set<number>();
  for (let i = 1; i < parts.length; i += 2) {
    const url = parts[i] ?? '';
    if (allowed(url, hosts)) {
      kept.add(i);
      // Characters Markdown would read inside a URL are percent-encoded; the link still works.
      parts[i] = url.replace(
        /[\\`*_[\]()<>|~!{}^$]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      );
    } else
      parts[i] = `(link removed: ${hostOf(url) ?? url.split(':')[0]?.toLowerCase() ?? 'link'})`;
  }
  // A mention is `@` then a login or org/team; a zero-width space after the `@` breaks it.
  for (let i = 0; i < parts.length; i++)
    if (!kept.has(i)) parts[i] = (parts[i] ?? '').replace(/@(?=[A-Za-z0-9])/g, '@\u200B');
  if (as !== 'markdown') out = parts.join('');
  if (as === 'code') {
    const longest = Math.max(0, ...[...out.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = out.startsWith('`') || out.endsWith('`') || out.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${out}${pad}${fence}`;
  }
  if (as === 'plain') return out;
  return parts
    .map((part, i) =>
      kept.has(i)
        ? part
        : part
            .replace(/[&<>]/g, (c) => HTML_SIGNIFICANT[c] ?? c)
            .replace(MD_SIGNIFICANT, (c) => `\\${c}`),
    )
    .join('');
}
