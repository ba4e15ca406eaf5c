import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { parseYamlWith } from '../core/yaml-source.js';
import type { ModelProvider } from '../models/model-provider.js';
import { createScriptedProvider, ScriptedAnswer } from '../models/scripted-provider.js';
import { Grade } from './assertions.js';
import type { MatrixCase } from './eval-matrix.js';

/**
 * Scripted answers for `aios eval --script`: per matrix row id, the persona's answer, and per
 * row the grades for its `llm-rubric` assertions in order. Hand-written, never AI output:
 * every figure from it is labelled `scripted`. It is how CI exercises the eval machinery.
 */
export const EvalScript = z
  .object({
    notice: z.string().optional(),
    answers: z.record(z.string(), ScriptedAnswer),
    grades: z.record(z.string(), z.array(Grade)).default({}),
  })
  .strict();
export type EvalScript = z.output<typeof EvalScript>;

export async function loadEvalScript(file: string): Promise<EvalScript> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`Cannot read the eval script ${file}.`, [], { cause });
  }
  return parseYamlWith(EvalScript, text, file, { what: 'eval script' });
}

/** The scripted provider answering one row (the real `scripted` adapter, one answer long). */
export function scriptedProviderFor(script: EvalScript, row: MatrixCase): ModelProvider {
  const answer = script.answers[row.id];
  if (!answer)
    throw new InputError(`The eval script has no answer for "${row.id}".`, [], {
      hint: 'Add it under `answers:`; `aios eval --json` lists every row id.',
    });
  return createScriptedProvider({
    modelId: 'scripted',
    script: { answers: { [row.persona]: [answer] } },
  });
}

/** The scripted grader for one row: its grades in order, as raw JSON answers. */
export function scriptedGraderFor(script: EvalScript, row: MatrixCase): ModelProvider {
  const grades = script.grades[row.id] ?? [];
  return createScriptedProvider({
    modelId: 'scripted-grader',
    script: {
      answers: grades.length ? { grader: grades.map((g) => ({ raw: JSON.stringify(g) })) } : {},
    },
  });
}
