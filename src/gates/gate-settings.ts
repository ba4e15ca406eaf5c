import { z } from 'zod';
import { Severity, type Finding } from '../core/gate-verdict.js';
import { Risk } from '../core/work.js';

/** The lowest severity that blocks, per risk tier of the task. */
const BlockAt = z
  .object({ low: Severity.optional(), medium: Severity.optional(), high: Severity.optional() })
  .strict();

/**
 * Per-gate settings in `aios.yml` under `gates.<id>`. One shape for every gate: each gate reads
 * the fields that concern it, and a field no gate reads is refused (`strict`) so a typo fails
 * at load time.
 */
export const GateSettings = z
  .object({
    blockAt: BlockAt.optional().describe(
      'Lowest finding severity that sends work back, per task risk (default: error)',
    ),
    // accessibility
    browser: z
      .enum(['auto', 'required', 'off'])
      .optional()
      .describe(
        'auto: Chromium when present, else jsdom with layout rules reported as not checked; required: fail closed without a browser',
      ),
    requireBrowserAtRisk: z
      .array(Risk)
      .optional()
      .describe('Task risks at which the accessibility gate fails closed without a browser'),
    browserPath: z.string().optional().describe('Chromium or Chrome executable'),
    // editorial
    targetGrade: z.number().positive().optional().describe('Readability target (US grade)'),
    language: z
      .enum(['en-US', 'en-GB'])
      .optional()
      .describe('Spelling dictionary; absent: a word either en-US or en-GB spells right passes'),
    maxSentenceWords: z.number().int().positive().optional(),
    brandTerms: z
      .array(z.string())
      .optional()
      .describe('Terms spelt exactly so (e.g. WordPress); other casings are findings'),
    bannedWords: z
      .record(z.string(), z.string())
      .optional()
      .describe('Word or phrase → what to write instead'),
    words: z.array(z.string()).optional().describe('Extra words the spelling check accepts'),
    wordLists: z
      .array(z.string())
      .optional()
      .describe('cspell-style word list files (one word a line, # comments), repository-relative'),
    valeStyles: z
      .array(z.string())
      .optional()
      .describe('Folders of Vale YAML rules, repository-relative'),
    // code-readability
    limits: z
      .object({
        complexity: z.number().int().positive().optional(),
        cognitive: z.number().int().positive().optional(),
        maxDepth: z.number().int().positive().optional(),
        maxLinesPerFunction: z.number().int().positive().optional(),
        maxParams: z.number().int().positive().optional(),
        maxNestedCallbacks: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    checkCommand: z
      .string()
      .optional()
      .describe("The repository's own check command, run in the checkout (e.g. npm test)"),
    checkTimeoutMs: z.number().int().positive().optional(),
    // reviewer
    personas: z
      .record(z.string(), z.string())
      .optional()
      .describe('Reviewer persona per kind of work (`*` for any other kind)'),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Below this confidence the reviewer sends the work back'),
  })
  .strict();
export type GateSettings = z.infer<typeof GateSettings>;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Apply the threshold: a finding at or above the blocking severity for this risk becomes an
 * `error` (errors send work back); the rest stay advice. `error` always blocks.
 */
export function applyThreshold(
  findings: readonly Finding[],
  settings: GateSettings | undefined,
  risk: Risk | undefined,
): Finding[] {
  const at = settings?.blockAt?.[risk ?? 'medium'] ?? 'error';
  return findings.map((f) =>
    RANK[f.severity] >= RANK[at] && f.severity !== 'error' ? { ...f, severity: 'error' } : f,
  );
}
