import type { Task } from '../core/task.js';
import type { RepoForge } from '../forge/forge.js';

/**
 * For a task on a pull request, the paths its branch changes, listed through the forge at intake
 * (the job with `pull-requests: read`), for the plan artifact: the work job, which holds no
 * GitHub token, shows them as the `changed` candidate class, after the files the task names.
 * Nothing for an issue.
 */
export async function prChangedPaths(
  task: Task,
  forge: Partial<Pick<RepoForge, 'pullRequestFiles'>>,
): Promise<{ changedPaths?: string[] }> {
  if (task.source.type !== 'issue' || !task.source.isPullRequest || !forge.pullRequestFiles)
    return {};
  const paths = await forge.pullRequestFiles(task.source.number);
  return paths.length ? { changedPaths: paths } : {};
}
