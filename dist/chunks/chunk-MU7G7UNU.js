import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/gates/gate-catalog.ts
var GATE_CATALOG = [
  {
    id: "markdown-lint",
    aliases: [],
    description: "Markdown structure and style",
    checkers: ["markdownlint"],
    cost: 1,
    load: async () => (await import("./markdown-lint-gate-ZYVZQCJB.js")).createMarkdownLintGate()
  },
  {
    id: "wordpress-security",
    aliases: ["wp-plugin-security"],
    description: "WordPress security on the PHP syntax tree (rules named after the WPCS sniffs they mirror)",
    checkers: ["php-parser"],
    cost: 2,
    load: async () => (await import("./wordpress-security-gate-6DGL6AQQ.js")).createWordPressSecurityGate()
  },
  {
    id: "editorial",
    aliases: [],
    description: "Prose: spelling, readability, passive voice, simpler words, inconsiderate language, house style (Vale rules)",
    checkers: [
      "retext-spell",
      "dictionary-en",
      "retext-readability",
      "retext-passive",
      "retext-simplify",
      "retext-equality",
      "retext-repeated-words",
      "dictionary-en-gb",
      "@cspell/dict-software-terms"
    ],
    cost: 3,
    load: async () => (await import("./editorial-gate-PVMQW5LH.js")).createEditorialGate()
  },
  {
    id: "code-readability",
    aliases: [],
    description: "Readability of TypeScript/JavaScript (ESLint), PHP (syntax tree) and CSS (Stylelint); the repository check command",
    checkers: ["eslint", "@typescript-eslint/parser", "php-parser", "stylelint"],
    cost: 4,
    load: async () => (await import("./code-readability-gate-MM54U5AQ.js")).createCodeReadabilityGate()
  },
  {
    id: "accessibility",
    aliases: [],
    description: "WCAG 2.0\u20132.2 A/AA in HTML and PHP templates (axe-core in Chromium, or jsdom without layout rules; html-validate)",
    checkers: ["axe-core", "html-validate", "playwright-core", "jsdom"],
    cost: 5,
    load: async () => (await import("./accessibility-gate-NJTNHZWL.js")).createAccessibilityGate()
  }
];
function knownGateNames() {
  return [...GATE_CATALOG.flatMap((g) => [g.id, ...g.aliases]), "reviewer"];
}
function canonicalGateId(name) {
  return GATE_CATALOG.find((g) => g.id === name || g.aliases.includes(name))?.id ?? name;
}
function gateSettingsOf(settings, name) {
  const id = canonicalGateId(name);
  const entry = GATE_CATALOG.find((g) => g.id === id);
  for (const n of [name, id, ...entry?.aliases ?? []])
    if (settings[n] !== void 0) return settings[n];
  return void 0;
}

export {
  GATE_CATALOG,
  knownGateNames,
  canonicalGateId,
  gateSettingsOf
};
