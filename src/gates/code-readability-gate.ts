import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import { runShellCommand } from '../process/run-command.js';
import { eslintReadability } from './eslint-readability.js';
import type { Gate, GateInput } from './gate.js';
import { applyThreshold, type GateSettings } from './gate-settings.js';
import { packageVersion } from './package-version.js';
import { parsePhpFile } from './php-ast.js';
import { phpReadability, type ReadabilityLimits } from './php-readability.js';

/** Defaults: ESLint's documented complexity default (20) is lenient; these are common team limits. */
export const DEFAULT_LIMITS: ReadabilityLimits = {
  complexity: 10,
  cognitive: 15,
  maxDepth: 4,
  maxLinesPerFunction: 60,
  maxParams: 5,
  maxNestedCallbacks: 3,
};

const SCRIPT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;

/** Stylelint's rules that concern readability and mistakes a reader trips on. */
const STYLELINT_RULES = {
  'max-nesting-depth': 3,
  'selector-max-compound-selectors': 4,
  'selector-max-id': 1,
  'no-duplicate-selectors': true,
  'declaration-block-no-duplicate-properties': true,
  'block-no-empty': true,
  'color-no-invalid-hex': true,
  'property-no-unknown': true,
  'unit-no-unknown': true,
  'declaration-block-no-shorthand-property-overrides': true,
};

async function stylelint(files: readonly { path: string; content: string }[]): Promise<Finding[]> {
  if (!files.length) return [];
  const { default: lint } = await import('stylelint');
  const out: Finding[] = [];
  for (const f of files) {
    const result = await lint.lint({
      code: f.content,
      codeFilename: f.path,
      config: { rules: STYLELINT_RULES },
    });
    for (const r of result.results) {
      for (const w of r.warnings)
        out.push({
          rule: `stylelint/${w.rule}`,
          severity: 'error',
          message: w.text.replace(/\s*\([^)]*\)$/, ''),
          path: f.path,
          line: w.line,
        });
      for (const e of r.parseErrors ?? [])
        out.push({
          rule: 'stylelint/parse-error',
          severity: 'error',
          message: e.text,
          path: f.path,
          line: e.line,
        });
    }
  }
  return out;
}

/** The repository's own check command, run in the checkout with a deadline. */
async function checkCommand(settings: GateSettings, root: string): Promise<Finding[]> {
  const command = settings.checkCommand!;
  const timeoutMs = settings.checkTimeoutMs ?? 300_000;
  const { code, timedOut, output } = await runShellCommand(command, { cwd: root, timeoutMs });
  if (code === 0) return [];
  const why = timedOut ? `was stopped after ${timeoutMs} ms` : `exited with ${code}`;
  return [
    {
      rule: 'check-command',
      severity: 'error',
      message: `\`${command}\` ${why}:\n${output.trim().split('\n').slice(-20).join('\n')}`,
    },
  ];
}

/**
 * Code readability: ESLint (with typescript-eslint's parser) for TypeScript and JavaScript, the
 * same limits on the PHP syntax tree, Stylelint for CSS, and the repository's own check command.
 */
export function createCodeReadabilityGate(): Gate {
  return {
    id: 'code-readability',
    description: 'Readability of TypeScript/JavaScript, PHP and CSS; the repository check command',
    async run(input: GateInput): Promise<GateVerdict> {
      const started = performance.now();
      const limits = { ...DEFAULT_LIMITS, ...input.settings?.limits };
      const scripts = input.files.filter((f) => SCRIPT.test(f.path));
      const php = input.files.filter((f) => /\.php$/i.test(f.path));
      const css = input.files.filter((f) => /\.(css|scss)$/i.test(f.path));
      const findings: Finding[] = [];
      const checkers = [];
      if (scripts.length) {
        findings.push(...(await eslintReadability(scripts, limits)));
        checkers.push(
          { name: 'eslint', version: packageVersion('eslint') },
          {
            name: '@typescript-eslint/parser',
            version: packageVersion('@typescript-eslint/parser'),
          },
        );
      }
      if (php.length) {
        for (const f of php) {
          const parsed = await parsePhpFile(f);
          findings.push(
            ...('error' in parsed
              ? [parsed.error]
              : phpReadability(f.path, f.content, parsed.ast, limits)),
          );
        }
        checkers.push({ name: 'php-parser', version: packageVersion('php-parser') });
      }
      if (css.length) {
        findings.push(...(await stylelint(css)));
        checkers.push({ name: 'stylelint', version: packageVersion('stylelint') });
      }
      if (input.settings?.checkCommand && input.root)
        findings.push(...(await checkCommand(input.settings, input.root)));
      const judged = applyThreshold(findings, input.settings, input.risk);
      return {
        gate: 'code-readability',
        pass: !judged.some((f) => f.severity === 'error'),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers,
      };
    },
  };
}
