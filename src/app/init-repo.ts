import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defaultConfigPath, REPO_CONFIG_PATH } from '../config/load-config.js';
import { InputError } from '../core/errors.js';
import { addAiosIgnoreLine } from './aios-ignore.js';
import { packageRoot } from '../core/package-root.js';

export const WORKFLOW_PATH = '.github/workflows/aios.yml';

export interface InitOptions {
  readonly repoDir: string;
  /** How the workflow refers to the action: `owner/repo@ref`, or `./` inside AIOS's own repository. */
  readonly action: string;
  /** JSON list of runner labels for the work job (the self-hosted runner with Ollama). */
  readonly workRunner: string;
  readonly force?: boolean | undefined;
}

/** The workflow users copy, with the action reference and work runner filled in. */
export async function renderWorkflow(action: string, workRunner: string): Promise<string> {
  let labels: unknown;
  try {
    labels = JSON.parse(workRunner);
  } catch {
    labels = undefined;
  }
  if (
    !Array.isArray(labels) ||
    labels.length === 0 ||
    !labels.every((l) => typeof l === 'string' && /^[\w.-]+$/.test(l))
  ) {
    throw new InputError(`--work-runner ${workRunner} is not a JSON list of runner labels.`, [], {
      hint: `Write it like '["self-hosted","ollama"]'.`,
    });
  }
  if (!/^(\.\/|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+)$/.test(action)) {
    throw new InputError(`--action ${action} is not an action reference.`, [], {
      hint: 'Use owner/repo@ref, or ./ for a local checkout.',
    });
  }
  const template = await readFile(join(packageRoot(), 'templates', 'workflow.yml'), 'utf8');
  return template
    .replaceAll('__AIOS_ACTION__', action)
    .replaceAll('__AIOS_WORK_RUNNER__', JSON.stringify(labels));
}

/**
 * Set a repository up for AIOS: the workflow and the config, written only where absent (or
 * with `force`). Returns the files written and the ones left alone.
 */
export async function initRepo(
  options: InitOptions,
): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  const workflow = await renderWorkflow(options.action, options.workRunner);
  for (const [path, write] of [
    [WORKFLOW_PATH, (file: string) => writeFile(file, workflow)],
    [REPO_CONFIG_PATH, (file: string) => copyFile(defaultConfigPath(), file)],
  ] as const) {
    const file = join(options.repoDir, path);
    if (existsSync(file) && !options.force) {
      kept.push(path);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await write(file);
    written.push(path);
  }
  if (await addAiosIgnoreLine(options.repoDir)) written.push('.gitignore');
  return { written, kept };
}
