import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../config/config-file.js';
import { InputError } from '../core/errors.js';
import type { Task } from '../core/task.js';
import { taskFromFile } from '../pipeline/intake.js';
import { personaFolder } from '../personas/load-personas.js';
import { diffRoutes, type RouteChange } from '../routing/route-diff.js';

/**
 * `aios route --diff OLD.yml NEW.yml TASKS_DIR`: load both configs (each checked as a run
 * checks it), read every task file (`*.md`) in the folder, and replay them through both.
 */
export async function runRouteDiff(options: {
  readonly oldConfig: string;
  readonly newConfig: string;
  readonly tasksDir: string;
  readonly personas?: string | undefined;
}): Promise<{ changes: RouteChange[]; tasks: number }> {
  const dir = resolve(options.tasksDir);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir)
    throw new InputError(`${options.tasksDir} is not a folder of task files.`, [], {
      hint: 'Pass a folder holding task files (*.md with front matter), as `aios run` reads them.',
    });
  const [oldLoaded, newLoaded] = await Promise.all([
    loadConfig({ file: resolve(options.oldConfig) }),
    loadConfig({ file: resolve(options.newConfig) }),
  ]);
  const files = (await readdir(dir, { recursive: true }))
    .filter((f) => /\.(md|markdown)$/i.test(f))
    .sort();
  const now = new Date();
  const tasks: Task[] = [];
  for (const f of files)
    tasks.push(
      await taskFromFile(join(dir, f), {
        repoName: basename(dir),
        requestedBy: 'route-diff',
        now,
        repoDir: dir,
      }),
    );
  return diffRoutes(
    tasks,
    oldLoaded,
    newLoaded,
    personaFolder(options.personas ? resolve(options.personas) : undefined),
  );
}
