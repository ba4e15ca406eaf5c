import type { Finding } from '../core/gate-verdict.js';
import type { Gate, GateInput } from './gate.js';

/**
 * Style-only rules: reported as warnings, which do not send work back but are posted on the
 * lines concerned for the reviewer. Everything else is an error.
 */
const WARNING_RULES = new Set(['MD026', 'MD036', 'MD024']);

/**
 * markdownlint's settings for the gate. Line length is off (prose is wrapped by editors), and
 * trailing spaces as hard line breaks are refused: they are invisible in review. The first
 * heading must be the top level, but what comes before it is allowed: a README's centred logo
 * and badges come first on GitHub as a rule.
 */
export const MARKDOWNLINT_CONFIG = {
  default: true,
  MD013: false,
  MD033: false,
  MD041: { allow_preamble: true },
  MD009: { br_spaces: 0 },
} as const;

/**
 * Markdown structure and style, by markdownlint (the checker behind the VS Code extension and
 * markdownlint-cli).
 */
export function createMarkdownLintGate(): Gate {
  return {
    id: 'markdown-lint',
    description: 'Markdown structure and style (markdownlint)',
    async run(input: GateInput) {
      const started = performance.now();
      // Loaded on first use: most runs never lint markdown, and the linter is large.
      const { lint } = await import('markdownlint/promise');
      const files = input.files.filter((f) => /\.(md|markdown)$/i.test(f.path));
      const strings = Object.fromEntries(files.map((f) => [f.path, f.content]));
      const results = await lint({
        strings,
        config: MARKDOWNLINT_CONFIG,
      });
      const findings: Finding[] = [];
      for (const [path, errors] of Object.entries(results)) {
        for (const e of errors) {
          findings.push({
            rule: `${e.ruleNames[0] ?? 'MD'}/${e.ruleNames[1] ?? ''}`.replace(/\/$/, ''),
            severity: WARNING_RULES.has(e.ruleNames[0] ?? '') ? 'warning' : 'error',
            message: `${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`,
            path,
            line: e.lineNumber,
          });
        }
      }
      return {
        gate: 'markdown-lint',
        pass: !findings.some((f) => f.severity === 'error'),
        findings,
        durationMs: Math.round(performance.now() - started),
      };
    },
  };
}
