import { z } from 'zod';
import { InputError } from '../core/errors.js';

/** The action's inputs, parsed once. GitHub passes an unset input as "", which means undefined. */
export const ActionInputs = z.object({
  command: z.enum(['plan']),
  config: z.string().optional(),
});
export type ActionInputs = z.infer<typeof ActionInputs>;

/** Read inputs from the environment the runner sets (`INPUT_<NAME>`). */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const get = (name: string): string | undefined => {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return v === '' ? undefined : v;
  };
  const result = ActionInputs.safeParse({ command: get('command'), config: get('config') });
  if (!result.success) {
    throw new InputError(
      'The action inputs are invalid.',
      result.error.issues.map((i) => ({ field: `with.${i.path.join('.')}`, message: i.message })),
      { hint: 'Check the `with:` block of the workflow step against action.yml.' },
    );
  }
  return result.data;
}
