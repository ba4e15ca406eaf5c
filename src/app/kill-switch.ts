import type { AiosConfig } from '../config/config-schema.js';
import { AiosError } from '../core/errors.js';

/** AIOS is switched off: nothing is planned, called or recorded. Exit 1 (the work was not done). */
export class DisabledError extends AiosError {
  readonly code = 'disabled';
  readonly exitCode = 1 as const;
}

/**
 * Why AIOS is switched off, or undefined when it is on: `enabled: false` in the config, or
 * `AIOS_ENABLED=false` in the environment (a repository variable on GitHub). The same switch
 * intake reads, so a local `aios run` stops exactly when the workflow would.
 */
export function killSwitchReason(
  config: Pick<AiosConfig, 'enabled'>,
  env: NodeJS.ProcessEnv,
  file: string,
): string | undefined {
  if (!config.enabled) return `\`enabled: false\` in ${file}`;
  if (env.AIOS_ENABLED?.trim().toLowerCase() === 'false')
    return 'AIOS_ENABLED=false in the environment';
  return undefined;
}

/** Throw `DisabledError` when the kill switch is on. */
export function assertEnabled(
  config: Pick<AiosConfig, 'enabled'>,
  env: NodeJS.ProcessEnv,
  file: string,
): void {
  const why = killSwitchReason(config, env, file);
  if (why)
    throw new DisabledError(`AIOS is switched off: ${why}. Nothing was planned or recorded.`, {
      hint: 'Set `enabled: true` in the config and unset AIOS_ENABLED (or set it to true) to turn AIOS back on.',
    });
}
