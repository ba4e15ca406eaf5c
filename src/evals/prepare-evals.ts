import { dirname } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { InputError } from '../core/errors.js';
import { loadPersonas } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';
import { buildMatrix, loadSuites, type MatrixCase } from './eval-matrix.js';

/** Everything an eval run needs, loaded and validated. */
export interface PreparedEvals {
  readonly config: LoadedConfig;
  /** Every persona (the matrix needs all of them); `selected` are the ones to report. */
  readonly personas: readonly Persona[];
  readonly selected: readonly Persona[];
  readonly matrix: readonly MatrixCase[];
}

/**
 * Load the config, every persona and its eval file, and build the cross-persona matrix.
 * Eval paths are relative to the folder that holds the persona folder (the repository root).
 */
export async function prepareEvals(options: {
  personaDir: string;
  configFile?: string | undefined;
  repoDir?: string | undefined;
  persona?: string | undefined;
}): Promise<PreparedEvals> {
  const [config, registry] = await Promise.all([
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    loadPersonas(options.personaDir),
  ]);
  const personas = registry.list();
  const selected = options.persona ? [registry.require(options.persona)] : personas;
  const suites = await loadSuites(personas, dirname(options.personaDir));
  const matrix = buildMatrix(personas, suites, config.config).filter((r) =>
    selected.some((p) => p.name === r.persona),
  );
  if (!matrix.length)
    throw new InputError('No eval cases to run.', [], {
      hint: 'Give each persona an `evals:` file (personas/evals/<id>.yml).',
    });
  return { config, personas, selected, matrix };
}
