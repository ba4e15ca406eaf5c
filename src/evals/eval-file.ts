import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { Slug } from '../core/work.js';
import { parseYamlWith } from '../core/yaml-source.js';

const Text = z.string().min(1);

/** A JS regular expression, checked at load (promptfoo compiles `regex` values with `new RegExp`). */
const RegexSource = Text.refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid JavaScript regular expression' },
);

/** A JSON Schema given inline, as promptfoo's `is-json` takes it. */
const JsonSchemaValue = z.record(z.string(), z.unknown()).refine(
  (s) => {
    try {
      z.fromJSONSchema(s as never);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a JSON Schema AIOS can check' },
);

/**
 * The assertion types AIOS runs: a strict subset of promptfoo's. `javascript`, `python` and
 * the rest are refused: an eval file must not run code.
 */
export const EvalAssertion = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('equals'),
      value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    })
    .strict(),
  z.object({ type: z.literal('contains'), value: Text }).strict(),
  z.object({ type: z.literal('icontains'), value: Text }).strict(),
  z.object({ type: z.literal('regex'), value: RegexSource }).strict(),
  z.object({ type: z.literal('is-json'), value: JsonSchemaValue.optional() }).strict(),
  z.object({ type: z.literal('llm-rubric'), value: Text }).strict(),
]);
export type EvalAssertion = z.output<typeof EvalAssertion>;

/** One test case, in promptfoo's test-case shape; AIOS's expectations live in `metadata`. */
export const EvalCase = z
  .object({
    description: z.string().min(3),
    vars: z
      .object({
        title: Text,
        body: z.string().default(''),
        labels: z.array(z.string()).default([]),
      })
      .strict(),
    metadata: z
      .object({
        lane: z.enum(['in', 'near-miss']),
        expect: z.enum(['done', 'decline', 'ask']),
        handoff: Slug.optional(),
        writesWithin: z.boolean().optional(),
      })
      .strict(),
    assert: z.array(EvalAssertion).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.metadata.lane === 'in' && c.metadata.expect === 'decline')
      ctx.addIssue({
        code: 'custom',
        path: ['metadata', 'expect'],
        message: 'an in-lane case cannot expect a decline; call it near-miss',
      });
    if (c.metadata.handoff && c.metadata.expect !== 'decline')
      ctx.addIssue({
        code: 'custom',
        path: ['metadata', 'handoff'],
        message: 'a handoff is only expected of a decline',
      });
  });
export type EvalCase = z.output<typeof EvalCase>;

export const EvalFile = z.array(EvalCase).min(1);

/** Parse an eval file; every problem with file, line and field. Duplicate descriptions are errors. */
export function parseEvalFile(text: string, file: string): EvalCase[] {
  const cases = parseYamlWith(EvalFile, text, file, { what: 'eval file' });
  const seen = new Map<string, number>();
  cases.forEach((c, i) => {
    const j = seen.get(c.description);
    if (j !== undefined)
      throw new InputError(`The eval file ${file} has two cases named alike.`, [
        {
          location: { file },
          field: `[${i}].description`,
          message: `"${c.description}" is also case ${j}`,
        },
      ]);
    seen.set(c.description, i);
  });
  return cases;
}

/** Read and parse an eval file. */
export async function loadEvalFile(file: string): Promise<EvalCase[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`Cannot read the eval file ${file}.`, [], { cause });
  }
  return parseEvalFile(text, file);
}
