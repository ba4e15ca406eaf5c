import type { Command } from 'commander';
import { z } from 'zod';
import { AiosConfigSchema } from '../../config/config-schema.js';
import { InputError } from '../../core/errors.js';
import { LedgerEntry } from '../../core/ledger-entry.js';
import { PersonaAnswer } from '../../core/persona-answer.js';
import { Plan } from '../../core/plan.js';
import { Task } from '../../core/task.js';
import { PersonaFrontMatter } from '../../personas/persona-schema.js';
import { TaskFileFrontMatter } from '../../pipeline/intake.js';
import { printJson } from '../output.js';

/** Every schema AIOS publishes, generated from the same zod definitions that validate input. */
export const SCHEMAS = {
  config: { schema: AiosConfigSchema, io: 'input' },
  persona: { schema: PersonaFrontMatter, io: 'input' },
  answer: { schema: PersonaAnswer, io: 'output' },
  ledger: { schema: LedgerEntry, io: 'output' },
  plan: { schema: Plan, io: 'output' },
  task: { schema: Task, io: 'output' },
  'task-file': { schema: TaskFileFrontMatter, io: 'input' },
} as const;

export function jsonSchemaFor(name: keyof typeof SCHEMAS): Record<string, unknown> {
  const { schema, io } = SCHEMAS[name];
  return {
    ...(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>),
    title: `AIOS ${name}`,
  };
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(`Print a JSON Schema: ${Object.keys(SCHEMAS).join(', ')}.`)
    .argument('<name>', 'which schema')
    .action((name: string) => {
      if (!(name in SCHEMAS)) {
        throw new InputError(`No schema named "${name}".`, [], {
          hint: `Choose one of: ${Object.keys(SCHEMAS).join(', ')}.`,
        });
      }
      printJson(jsonSchemaFor(name as keyof typeof SCHEMAS));
    });
}
