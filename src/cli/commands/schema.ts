import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { printJson } from '../output.js';

/** Listed here, not imported, so that `aios --help` does not load every schema. */
export const SCHEMA_NAMES = [
  'config',
  'persona',
  'answer',
  'ledger',
  'plan',
  'task',
  'task-file',
  'eval',
  'standard',
] as const;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(`Print a JSON Schema: ${SCHEMA_NAMES.join(', ')}.`)
    .argument('<name>', 'which schema')
    .action(async (name: string) => {
      if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
        throw new InputError(`No schema named "${name}".`, [], {
          hint: `Choose one of: ${SCHEMA_NAMES.join(', ')}.`,
        });
      }
      const { jsonSchemaFor } = await import('../../app/published-schemas.js');
      printJson(jsonSchemaFor(name as (typeof SCHEMA_NAMES)[number]));
    });
}
