import { basename, resolve } from 'node:path';
import { loadConfig } from '../config/config-file.js';
import type { GatheredContext } from '../context/gather-context.js';
import type { IndexUpdate } from '../context/repo-index.js';
import { gatherTaskContext } from '../context/task-context.js';
import { openGitWorkspace } from '../context/workspace.js';
import { InputError } from '../core/errors.js';
import { firstAttemptPrompt } from '../personas/build-prompt.js';
import { personaFolder } from '../personas/load-personas.js';
import { taskFromFile } from '../pipeline/intake.js';
import { route } from '../routing/router.js';

/** What `aios context` shows: the plan's persona and tier, the index update, and the context. */
export interface ContextPreview {
  readonly persona: string;
  readonly tier: string;
  readonly index: IndexUpdate | undefined;
  readonly context: GatheredContext;
}

/**
 * Gather the context a task would get, exactly as `aios run` would for its first attempt,
 * without calling a model or writing anything but the index cache.
 */
export async function previewContext(options: {
  taskFile: string;
  repoDir: string;
  configFile?: string | undefined;
  personaDir?: string | undefined;
  tier?: string | undefined;
  onIndexProgress?: (done: number, total: number) => void;
}): Promise<ContextPreview> {
  const repoDir = resolve(options.repoDir);
  const loaded = await loadConfig({ file: options.configFile, repoDir });
  const { config } = loaded;
  const task = await taskFromFile(resolve(options.taskFile), {
    repoName: basename(repoDir),
    requestedBy: 'context-preview',
    now: new Date(),
  });
  const decision = route({ task, config, configHash: loaded.hash });
  if (decision.type !== 'route')
    throw new InputError(`The task cannot be routed: ${decision.reason}`, [], {
      hint: 'Run `aios route --explain` on the task to see why.',
    });
  let plan = decision.plan;
  if (options.tier !== undefined) {
    const tier = config.tiers[options.tier];
    if (!tier)
      throw new InputError(`No tier named "${options.tier}".`, [], {
        hint: `Tiers: ${Object.keys(config.tiers).join(', ')}.`,
      });
    plan = { ...plan, tier: options.tier, models: [...tier.models] };
  }
  const persona = await personaFolder(options.personaDir).load(plan.persona);
  const workspace = await openGitWorkspace(repoDir);
  let index: IndexUpdate | undefined;
  try {
    const context = await gatherTaskContext({
      workspace,
      task,
      plan,
      persona,
      config,
      render: firstAttemptPrompt({
        persona,
        task,
        minConfidence: config.asking.minConfidence,
      }),
      onIndex: (u) => (index = u),
      onIndexProgress: options.onIndexProgress,
    });
    return { persona: plan.persona, tier: plan.tier, index, context };
  } finally {
    await workspace.close();
  }
}
