import { basename, resolve } from 'node:path';
import { assertConfigSound } from '../config/check-config.js';
import { loadConfig } from '../config/config-file.js';
import type { RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { personaFolder } from '../personas/load-personas.js';
import { decidePlan } from '../pipeline/decide-plan.js';
import { taskFromFile } from '../pipeline/intake.js';
import { shadowChoice } from '../routing/shadow-choice.js';
import { classifyTask } from '../routing/classify-task.js';
import { assertFolder } from './check-repo.js';
import { killSwitchReason } from './kill-switch.js';
import { routeCellSource } from './route-cells.js';

/**
 * What `aios run` would decide for a task, without a model call or a ledger entry: switched
 * off (the kill switch, as run checks it), or the route decision, with what run would add: the
 * classifier call it would make while the kind is open, and whether the task gets a shadow run.
 */
export type RoutePreview =
  | { readonly type: 'off'; readonly reason: string }
  | (RouteDecision & {
      /** `aios run` would ask this classifier before deciding (route makes no model call). */
      readonly classifier?: string | undefined;
      /** Whether the task gets a shadow run, and on which model (pipeline/shadow-run.ts). */
      readonly shadow?: string | undefined;
    });

export interface RoutePreviewOptions {
  readonly taskFile: string;
  readonly repoDir: string;
  readonly configFile?: string | undefined;
  readonly personaDir?: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly now?: Date | undefined;
}

/**
 * `aios route`: load as `aios run` loads (config, kill switch, the whole-config check,
 * personas), read the task as run reads it (same id, so the same shadow choice), and plan with
 * run's own planning code (pipeline/decide-plan.ts), minus the classifier's model call.
 */
export async function previewRoute(options: RoutePreviewOptions): Promise<{
  task?: Task | undefined;
  preview: RoutePreview;
  /** The ledger's outcome cells, read on first call (for `--explain`; app/route-cells.ts). */
  cells?: ReturnType<typeof routeCellSource>['table'] | undefined;
}> {
  const repoDir = resolve(options.repoDir);
  await assertFolder(repoDir); // a --repo that does not exist is bad input, not the defaults
  const loaded = await loadConfig({ file: options.configFile, repoDir });
  const off = killSwitchReason(loaded.config, options.env, loaded.file);
  if (off)
    return {
      preview: { type: 'off', reason: `AIOS is switched off: ${off}; aios run would stop here` },
    };
  const personas = personaFolder(options.personaDir ? resolve(options.personaDir) : undefined);
  await assertConfigSound(loaded, personas);
  const task = await taskFromFile(resolve(options.taskFile), {
    repoName: basename(repoDir.replace(/\/+$/, '')) || 'repo',
    requestedBy: 'route-preview',
    now: options.now ?? new Date(),
    repoDir,
  });
  // The ledger's outcome cells: read for a rule's `learn` clause or for --explain only.
  const cellSource = routeCellSource(repoDir, loaded.config);
  const decision = await decidePlan(task, {
    config: loaded,
    personas,
    modelOverride: undefined,
    learning: cellSource.learning,
  });
  const { config } = loaded;
  const cells = cellSource.table;
  if (decision.type === 'ask') {
    const open = config.classify && !classifyTask(task, config).kind;
    return {
      task,
      cells,
      preview: open ? { ...decision, classifier: config.classify?.model } : decision,
    };
  }
  if (!config.shadow) return { task, cells, preview: decision };
  const shadow = shadowChoice(task.id, decision.plan, config);
  return {
    task,
    cells,
    preview: {
      ...decision,
      shadow: shadow.type === 'shadow' ? `on ${shadow.modelId}` : `none: ${shadow.why}`,
    },
  };
}
