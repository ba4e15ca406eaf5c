import { decodeHTML } from 'entities';
import { micromark } from 'micromark';
import {
  gfmAutolinkLiteral,
  gfmAutolinkLiteralHtml,
} from 'micromark-extension-gfm-autolink-literal';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/core/neutralise.js';

/** Render as GitHub does (CommonMark, raw HTML allowed, GFM autolinks). */
function render(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfmAutolinkLiteral()],
    htmlExtensions: [gfmAutolinkLiteralHtml()],
  });
}

/** The text a reader (and GitHub's mention and closing-keyword scanners) sees. */
function visibleText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ''));
}

const MENTION = /(^|[^\w@])@[A-Za-z0-9][A-Za-z0-9-]*/;
const CLOSING =
  /\b(close[sd]?|fix(e[sd])?|resolve[sd]?)\b[\s:]*((?:[\w.-]+\/[\w.-]+)?#\d+|\S+\/(issues|pull)\/\d+)/i;

/** What must never survive: each attack as it reaches GitHub today, with its disguise. */
const BYPASSES: [string, string][] = [
  ['plain mention', 'thanks @octocat'],
  ['mention in emphasis', 'ping _@octocat_ now'],
  ['mention as decimal entity', 'ping &#64;octocat'],
  ['mention as hex entity', 'ping &#x40;octocat'],
  ['mention as named entity', 'ping &commat;octocat'],
  ['mention double-encoded', 'ping &amp;#64;octocat'],
  ['full-width at sign', 'ping ＠octocat'],
  ['team mention', 'cc @acme/owners'],
  ['mention after zero-width space', 'cc \u200B@octocat'],
  ['closing keyword', 'Fixes #2'],
  ['closing keyword with colon', 'closes: #2'],
  ['closing keyword, other repo', 'Resolves acme/site#2'],
  ['closing keyword, URL', 'Fixes https://github.com/acme/site/issues/2'],
  ['closing keyword in bold', '**Fixes** #2'],
  ['closing keyword, entity hash', 'Fixes &#35;2'],
  ['link to another host', '[docs](https://evil.example/x)'],
  ['upper-case scheme', 'HTTPS://EVIL.EXAMPLE/x'],
  ['protocol-relative link', '[x](//evil.example/x)'],
  ['entity-encoded scheme', '[x](&#x68;ttps://evil.example/x)'],
  ['image', '![pixel](https://evil.example/p.png)'],
  ['HTML image', '<img src="https://evil.example/p.png">'],
  ['HTML link', '<a href="https://evil.example">x</a>'],
  ['autolink', '<https://evil.example/x>'],
  ['www autolink', 'see www.evil.example/x'],
  ['reference link', '[x][r]\n\n[r]: https://evil.example/x'],
  ['javascript link', '[x](javascript:alert(1))'],
  ['data link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
  ['HTML comment', 'ok <!-- aios:task acme/site#9 --> fine'],
  ['unterminated comment', 'ok <!-- hidden rest'],
  ['host lookalike', 'https://github.com.evil.example/x'],
  ['userinfo trick', 'https://github.com@evil.example/x'],
  ['backslash host', 'https://evil.example\\@github.com/'],
];

describe('the neutraliser, against the bypass table', () => {
  it.each(BYPASSES)('%s', (_name, attack) => {
    for (const as of ['markdown', 'code'] as const) {
      const html = render(neutralise(attack, { as }));
      const text = visibleText(html);
      expect(text, `${as}: ${html}`).not.toMatch(MENTION);
      expect(text, `${as}: ${html}`).not.toMatch(CLOSING);
      expect(text, as).not.toContain('aios:task');
      expect(html, as).not.toMatch(/<img/i);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/gi))
        expect(new URL(decodeHTML(url ?? '')).host, `${as}: ${html}`).toBe('github.com');
      expect(html, as).not.toMatch(/<(?!\/?(p|code|a|br)\b)[a-z]/i);
    }
    const plain = neutralise(attack, { as: 'plain' });
    expect(plain).not.toMatch(MENTION);
    expect(plain).not.toMatch(CLOSING);
    expect(plain).not.toMatch(/evil\.example/i.test(plain) ? /https?:|\/\/evil/i : /$^/);
  });

  it('keeps links to allowed hosts, and text a reader can still read', () => {
    const html = render(neutralise('See https://github.com/acme/site/pull/3 for *details*.'));
    expect(html).toContain('href="https://github.com/acme/site/pull/3"');
    expect(visibleText(html)).toBe('See https://github.com/acme/site/pull/3 for *details*.');
  });

  it('fences a path with a fence longer than any backtick run in it', () => {
    const html = render(neutralise('docs/``odd`name.md', { as: 'code' }));
    expect(html).toBe('<p><code>docs/``odd`name.md</code></p>');
  });

  it('bounds the text and says it was truncated', () => {
    const out = neutralise('x'.repeat(65_000), { max: 1_000, as: 'plain' });
    expect(out.length).toBeLessThan(1_100);
    expect(out).toContain('truncated by AIOS: 1000 of 65000 characters shown');
  });
});
