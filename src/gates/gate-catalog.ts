import type { GateEntry } from './gate.js';

/**
 * Every gate AIOS provides. Only this list is imported up front: each gate's code and checkers
 * load when the gate first runs, so a run pays only for the gates it uses. Costs order the
 * gates cheap → dear.
 */
export const GATE_CATALOG: readonly GateEntry[] = [
  {
    id: 'markdown-lint',
    aliases: [],
    description: 'Markdown structure and style',
    checkers: ['markdownlint'],
    cost: 1,
    load: async () => (await import('./markdown-lint-gate.js')).createMarkdownLintGate(),
  },
  {
    id: 'wordpress-security',
    aliases: ['wp-plugin-security'],
    description:
      'WordPress security on the PHP syntax tree (rules named after the WPCS sniffs they mirror)',
    checkers: ['php-parser'],
    cost: 2,
    load: async () => (await import('./wordpress-security-gate.js')).createWordPressSecurityGate(),
  },
  {
    id: 'editorial',
    aliases: [],
    description:
      'Prose: spelling, readability, passive voice, simpler words, inconsiderate language, house style (Vale rules)',
    checkers: [
      'retext-spell',
      'dictionary-en',
      'retext-readability',
      'retext-passive',
      'retext-simplify',
      'retext-equality',
      'retext-repeated-words',
      'dictionary-en-gb',
      '@cspell/dict-software-terms',
    ],
    cost: 3,
    load: async () => (await import('./editorial-gate.js')).createEditorialGate(),
  },
  {
    id: 'code-readability',
    aliases: [],
    description:
      'Readability of TypeScript/JavaScript (ESLint), PHP (syntax tree) and CSS (Stylelint); the repository check command',
    checkers: ['eslint', '@typescript-eslint/parser', 'php-parser', 'stylelint'],
    cost: 4,
    load: async () => (await import('./code-readability-gate.js')).createCodeReadabilityGate(),
  },
  {
    id: 'accessibility',
    aliases: [],
    description:
      'WCAG 2.0–2.2 A/AA in HTML and PHP templates (axe-core in Chromium, or jsdom without layout rules; html-validate)',
    checkers: ['axe-core', 'html-validate', 'playwright-core', 'jsdom'],
    cost: 5,
    load: async () => (await import('./accessibility-gate.js')).createAccessibilityGate(),
  },
];

/** Every name a config may use for a gate (ids, aliases, and the reviewer). */
export function knownGateNames(): string[] {
  return [...GATE_CATALOG.flatMap((g) => [g.id, ...g.aliases]), 'reviewer'];
}

/**
 * The catalog id of a gate name (an old id such as `wp-plugin-security` is an alias of
 * `wordpress-security`); a name the catalog does not hold (the reviewer) is its own id. A plan
 * lists each gate once by this id, so a kind naming the gate and a persona naming its alias do
 * not run it twice.
 */
export function canonicalGateId(name: string): string {
  return GATE_CATALOG.find((g) => g.id === name || g.aliases.includes(name))?.id ?? name;
}

/** A gate's settings from the config's `gates` map, written under its id or any alias. */
export function gateSettingsOf<T>(
  settings: Readonly<Record<string, T>>,
  name: string,
): T | undefined {
  const id = canonicalGateId(name);
  const entry = GATE_CATALOG.find((g) => g.id === id);
  for (const n of [name, id, ...(entry?.aliases ?? [])])
    if (settings[n] !== undefined) return settings[n];
  return undefined;
}
