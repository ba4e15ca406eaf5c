import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { cachedValidationAsync } from '../core/validated-cache.js';
import type { AiosConfig } from './config-schema.js';

// Finding and loading the config file. Kept apart from the schema and the YAML parsers
// (src/config/config-text.ts), which load only when a config text is validated: a command whose
// config was validated before (the validated cache) never builds the config schema at all.

/** A validated config and where it came from. */
export interface LoadedConfig {
  readonly config: AiosConfig;
  /** The file it was read from, as given (relative paths stay relative for messages). */
  readonly file: string;
  /** sha256 of the validated config: every ledger entry names the config that decided it. */
  readonly hash: string;
  /** The YAML text, for checks after parsing that report file:line. */
  readonly text?: string | undefined;
}

/** Where a repository keeps its config, relative to its root. */
export const REPO_CONFIG_PATH = '.github/aios.yml';

/** The config that ships with AIOS. */
export function defaultConfigPath(): string {
  return join(packageRoot(), 'defaults', 'aios.yml');
}

/**
 * Load the config: an explicit file, else the repository's `.github/aios.yml`, else the
 * shipped defaults. A text validated before is read back from the validated cache (keyed by
 * the text itself, so any change is validated again), as `parseConfig` does.
 */
export async function loadConfig(
  options: { file?: string | undefined; repoDir?: string | undefined } = {},
): Promise<LoadedConfig> {
  let file = options.file;
  if (!file && options.repoDir) {
    const candidate = join(options.repoDir, REPO_CONFIG_PATH);
    if (existsSync(candidate)) file = candidate;
  }
  file ??= defaultConfigPath();
  let text: string;
  try {
    text = readFileSync(file, 'utf8'); // one small file: a promise-based read costs more
  } catch (cause) {
    throw new InputError(`Cannot read the config file ${file}.`, [], {
      cause,
      hint: 'Check the path, or omit --config to use .github/aios.yml or the shipped defaults.',
    });
  }
  const display = file.startsWith(packageRoot()) ? relative(packageRoot(), file) : file;
  const { config, hash } = await cachedValidationAsync('config', [text], async () =>
    (await import('./config-text.js')).validateConfigText(text, display),
  );
  return { config, file: display, hash, text };
}
