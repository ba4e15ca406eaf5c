import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';

// Issue 13, wiring: the gates each shipped kind runs match its work. Code is read for
// readability (and WordPress code for security too), pages for accessibility, edited prose by
// the editorial checkers. A code kind shipped with no gate, or an accessibility kind gated by
// markdown lint alone, delivers unchecked work under the consultant's name.
const CODE = [
  'code-hardening',
  'typescript',
  'php',
  'css',
  'frontend-performance',
  'tests',
  'refactor',
];
const WORDPRESS_CODE = [
  'wp-theme',
  'wp-plugin',
  'wp-blocks',
  'woocommerce',
  'wp-multisite',
  'wp-i18n',
];
const PAGES = ['accessibility', 'accessible-forms', 'email-template'];
const EDITED_PROSE = ['writing', 'copy-editing', 'proofreading'];
// Written prose delivered to readers (issue 13: writing → editorial): docs, plans, search and
// interface copy, release notes and client messages are read by the editorial checkers too.
const WRITTEN_PROSE = [
  'technical-writing',
  'content-strategy',
  'seo-writing',
  'ux-writing',
  'release-notes',
  'client-communication',
];

// The other shipped kinds: reports, audits, plans and reviews whose deliverable is a written
// finding (markdown structure), or work with no file a checker reads. Listed so that a new
// kind must be placed in one of these lists: a kind nobody placed fails below.
const FINDINGS_AND_PLANS = [
  'content-audit',
  'review',
  'fact-check',
  'alt-text',
  'localisation-review',
  'brand-voice',
  'wcag-audit',
  'screen-reader-review',
  'colour-contrast',
  'document-accessibility',
  'accessibility-statement',
  'captions',
  'ui-design',
  'design-system',
  'usability-review',
  'information-architecture',
  'wp-operations',
  'code-readability-review',
  'security-review',
  'dependency-audit',
  'release',
  'seo-audit',
  'structured-data',
  'redirect-map',
  'migration-plan',
  'analytics-review',
  'privacy-review',
  'legal-flag',
  'ai-disclosure',
  'handover',
  'strategy',
  'estimate',
  'incident-review',
];

describe('gates of the shipped kinds', () => {
  it('places every shipped kind in one of the lists this file checks', async () => {
    const { config } = parseConfig(await readFile(defaultConfigPath(), 'utf8'), 'aios.yml');
    const placed = new Set([
      ...CODE,
      ...WORDPRESS_CODE,
      ...PAGES,
      ...EDITED_PROSE,
      ...WRITTEN_PROSE,
      ...FINDINGS_AND_PLANS,
    ]);
    expect(Object.keys(config.kinds).filter((k) => !placed.has(k))).toEqual([]);
  });

  it('match the work: readability for code, security for WordPress code, accessibility for pages, editorial for edited prose', async () => {
    const { config } = parseConfig(await readFile(defaultConfigPath(), 'utf8'), 'aios.yml');
    const gatesOf = (kind: string): string[] => {
      const k = config.kinds[kind];
      expect(k, `kind ${kind}`).toBeDefined();
      return [...(k?.gates ?? [])];
    };
    for (const kind of [...CODE, ...WORDPRESS_CODE])
      expect(gatesOf(kind), kind).toContain('code-readability');
    for (const kind of WORDPRESS_CODE) expect(gatesOf(kind), kind).toContain('wordpress-security');
    for (const kind of PAGES) expect(gatesOf(kind), kind).toContain('accessibility');
    for (const kind of [...EDITED_PROSE, ...WRITTEN_PROSE])
      expect(gatesOf(kind), kind).toContain('editorial');
    // The reviewer persona reads the writing and accessibility kinds' work.
    expect(gatesOf('writing')).toContain('reviewer');
    expect(gatesOf('accessibility')).toContain('reviewer');
  });
});
