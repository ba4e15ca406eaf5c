/**
 * Which pages the accessibility gate navigates to afresh instead of writing into the previous
 * page's document (LEAVES_STATE in src/gates/accessibility-gate.ts). Each kind of markup the
 * rule names is checked here, so a pattern dropped from it fails; the Chromium tests show the
 * findings that depend on a few of them.
 */
import { describe, expect, it } from 'vitest';
import { leavesState } from '../../src/gates/accessibility-gate.js';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('pages that get a document of their own', () => {
  it.each([
    ['an http-equiv pragma', page('<p>x</p>', '<meta http-equiv="content-language" content="fr">')],
    ['autofocus', page('<input autofocus aria-label="q">')],
    ['a colour scheme', page('<p>x</p>', '<meta name="color-scheme" content="dark">')],
    [
      'a declarative shadow root',
      page('<div><template shadowrootmode="open"><p>x</p></template></div>'),
    ],
    ['a titled style sheet', page('<p>x</p>', '<style title="Alt">p{color:#777}</style>')],
    ['a titled linked sheet', page('<p>x</p>', '<link rel="stylesheet" href="a.css" title="Alt">')],
    ['a title after a quoted ">"', page('<p>x</p>', '<style media="a>b" title="Alt"></style>')],
    ['an iframe', page('<iframe title="map" src="about:blank"></iframe>')],
    ['a frame set', '<!doctype html><html><frameset><frame src="a.html"></frameset></html>'],
    ['an object', page('<object data="a.svg" aria-label="a"></object>')],
    ['an embed', page('<embed src="a.svg">')],
    ['a base address', page('<a href="x">x</a>', '<base href="https://example.org/">')],
    ['a byte order mark', `\uFEFF${page('<p>x</p>')}`],
    ['a lone high surrogate', page('<p>a\uD800b</p>')],
    ['a lone low surrogate', page('<p>a\uDC00b</p>')],
  ])('%s', (_, markup) => {
    expect(leavesState({ markup })).toBe(true);
  });
});

describe('pages written into the previous document', () => {
  it.each([
    ['a plain page', page('<main><h1>Hello</h1><p>Text.</p></main>')],
    [
      'an untitled style sheet and link',
      page('<p>x</p>', '<style>p{}</style><link rel="stylesheet" href="a.css">'),
    ],
    [
      'a title attribute on other elements',
      page('<p title="note">x</p><abbr title="HyperText">HTML</abbr>'),
    ],
    [
      'words that name such markup in prose',
      page('<p>The frame, the base and the object of it.</p>'),
    ],
    ['a whole surrogate pair (an emoji)', page('<p>Done \u{1F600}</p>')],
    ['an element whose name starts like one', page('<basefont><p>x</p>')],
  ])('%s', (_, markup) => {
    expect(leavesState({ markup })).toBe(false);
  });
});
