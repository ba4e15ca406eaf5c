import { z } from 'zod';
import { AiosConfigSchema } from '../config/config-schema.js';
import { LedgerEntry } from '../core/ledger-entry.js';
import { PersonaAnswer } from '../core/persona-answer.js';
import { Plan } from '../core/plan.js';
import { Task } from '../core/task.js';
import { EvalFile } from '../evals/eval-file.js';
import { StandardFrontMatter } from '../personas/load-standards.js';
import { PersonaFrontMatter } from '../personas/persona-schema.js';
import { TaskFileFrontMatter } from '../pipeline/intake.js';

/** Every schema AIOS publishes, generated from the same zod definitions that validate input. */
export const SCHEMAS = {
  config: { schema: AiosConfigSchema, io: 'input' },
  persona: { schema: PersonaFrontMatter, io: 'input' },
  answer: { schema: PersonaAnswer, io: 'output' },
  ledger: { schema: LedgerEntry, io: 'output' },
  plan: { schema: Plan, io: 'output' },
  task: { schema: Task, io: 'output' },
  'task-file': { schema: TaskFileFrontMatter, io: 'input' },
  eval: { schema: EvalFile, io: 'input' },
  standard: { schema: StandardFrontMatter, io: 'input' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/** The JSON Schema of one published definition (input side for files people write). */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const { schema, io } = SCHEMAS[name];
  return {
    ...(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>),
    title: `AIOS ${name}`,
  };
}
