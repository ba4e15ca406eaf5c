import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../../src/core/package-root.js';
import { createAccessibilityGate } from '../../src/gates/accessibility-gate.js';
import { defaultGates } from '../../src/gates/default-gates.js';
import { GateSettings } from '../../src/gates/gate-settings.js';
import { sharedBrowsers } from './shared-browser.js';

const Corpus = z.object({
  gate: z.string(),
  settings: GateSettings.optional(),
  /** Run each case alone (gates whose rules look across files, such as handler lookup). */
  alone: z.boolean().optional(),
  cases: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      content: z.string(),
      expect: z.array(z.string()),
      browser: z.boolean().optional(),
    }),
  ),
});
export type Corpus = z.infer<typeof Corpus>;

export interface CaseResult {
  readonly name: string;
  readonly path: string;
  readonly expect: readonly string[];
  readonly blocking: readonly string[];
  readonly skipped: boolean;
  /** Defect: every expected rule blocks. Clean: nothing blocks. */
  readonly ok: boolean;
}

export interface CorpusScore {
  readonly gate: string;
  readonly defects: number;
  readonly caught: number;
  readonly clean: number;
  readonly falseSendBacks: number;
  readonly skipped: number;
  readonly results: readonly CaseResult[];
}

export async function loadCorpus(name: string): Promise<Corpus> {
  const file = join(packageRoot(), 'test/fixtures/gates', `${name}.yml`);
  return Corpus.parse(parse(await readFile(file, 'utf8')));
}

/** Run a corpus through its gate (all cases in one run unless `alone`) and score it. */
export async function scoreCorpus(
  corpus: Corpus,
  options: { browser: boolean },
): Promise<CorpusScore> {
  // The accessibility gate borrows the worker's browser instead of launching one for the run.
  const gate =
    corpus.gate === 'accessibility'
      ? createAccessibilityGate({ browsers: sharedBrowsers })
      : defaultGates().get(corpus.gate);
  if (!gate) throw new Error(`no gate ${corpus.gate}`);
  const settings = { ...corpus.settings, ...(options.browser ? {} : { browser: 'off' as const }) };
  const input = (cases: Corpus['cases']) => ({
    files: cases.map((c) => ({ path: c.path, content: c.content })),
    kind: 'corpus',
    taskId: 'corpus',
    risk: 'medium' as const,
    settings,
    root: packageRoot(),
  });
  const verdicts = corpus.alone
    ? await Promise.all(corpus.cases.map((c) => gate.run(input([c]))))
    : [await gate.run(input(corpus.cases))];
  const blocking = new Map<string, string[]>();
  for (const v of verdicts)
    for (const f of v.findings)
      if (f.severity === 'error' && f.path)
        blocking.set(f.path, [...(blocking.get(f.path) ?? []), f.rule]);
  const results = corpus.cases.map((c): CaseResult => {
    const got = blocking.get(c.path) ?? [];
    const skipped = Boolean(c.browser && !options.browser);
    const ok = c.expect.length ? c.expect.every((r) => got.includes(r)) : got.length === 0;
    return { name: c.name, path: c.path, expect: c.expect, blocking: got, skipped, ok };
  });
  const counted = results.filter((r) => !r.skipped);
  const defects = counted.filter((r) => r.expect.length);
  const clean = counted.filter((r) => !r.expect.length);
  return {
    gate: corpus.gate,
    defects: defects.length,
    caught: defects.filter((r) => r.ok).length,
    clean: clean.length,
    falseSendBacks: clean.filter((r) => !r.ok).length,
    skipped: results.length - counted.length,
    results,
  };
}
