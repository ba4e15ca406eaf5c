import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { taskKey } from '../core/task.js';
import { LOCAL_FORGE_DIR } from '../forge/local-forge.js';
import { refExists, resolveCommit } from '../git/refs.js';
import { revertCommits } from '../git/revert-commits.js';
import type { FinishDeps } from './local-finish.js';

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;
type Reverted = Extract<LedgerEntry, { event: 'reverted' }>;

/** The branch a task's revert is opened on. */
export function revertBranch(task: string): string {
  return `aios/revert-${taskKey(task)}`;
}

/**
 * Roll a delivered task back (`aios revert <task>`): one commit undoing every commit AIOS
 * delivered for it, newest first, on a new `aios/revert-<task>` branch from the current HEAD,
 * opened as a draft PR file under `.aios/pulls/`, and a `reverted` entry in the ledger. Nothing
 * is merged; the revert is a proposal like any delivery. Reports count the task as not useful.
 */
export async function revertLocal(
  deps: FinishDeps & { readonly repoDir: string; readonly now?: Date | undefined },
  task: string,
  options: { reason?: string | undefined } = {},
): Promise<Reverted> {
  const history: LedgerEntry[] = [];
  for await (const e of deps.ledger.entries({ task })) history.push(e);
  history.sort((a, b) => a.id.localeCompare(b.id));
  const delivered = history.filter((e): e is Delivered => e.event === 'delivered');
  const last = delivered.at(-1);
  if (!last)
    throw new InputError(
      history.length === 0
        ? `There is no task "${task}" in the ledger.`
        : `Task ${task} has no delivered work to revert.`,
      [],
      { hint: 'Name the task as the ledger does (e.g. local/<repo>#<file name>).' },
    );
  if (history.some((e) => e.event === 'reverted' && e.id > last.id))
    throw new InputError(`Task ${task} is already reverted since its last delivery.`);
  const commits = [...new Set(delivered.map((d) => d.data.commit))].reverse();
  const branch = revertBranch(task);
  if (await refExists(deps.repoDir, `refs/heads/${branch}`))
    throw new InputError(`The branch ${branch} already exists.`, [], {
      hint: `Delete it (git branch -D ${branch}) to open the revert again.`,
    });
  const onto = await resolveCommit(deps.repoDir, 'HEAD');
  if (!onto) throw new InputError(`${deps.repoDir} has no commit to build the revert on.`);
  const now = deps.now ?? new Date();
  const message = [
    `Revert ${task}`,
    '',
    `This reverts ${commits.length === 1 ? 'commit' : 'commits'} ${commits.join(', ')}, delivered by AIOS.`,
    ...(options.reason ? ['', `Why: ${options.reason}`] : []),
    '',
    `Reverted-by: ${deps.login}`,
  ].join('\n');
  const commit = await revertCommits(deps.repoDir, {
    commits,
    onto,
    branch,
    message,
    author: { name: deps.login, email: `${deps.login}@localhost` },
    time: Math.floor(now.getTime() / 1000),
  });
  const dir = join(deps.repoDir, LOCAL_FORGE_DIR, 'pulls');
  await mkdir(dir, { recursive: true });
  const url = `${LOCAL_FORGE_DIR}/pulls/revert-${taskKey(task)}.md`;
  const front = stringify({
    title: `Revert ${task}`,
    state: 'draft',
    head: branch,
    headCommit: commit,
    base: 'HEAD',
    task,
    reverts: commits,
  });
  await writeFile(
    join(deps.repoDir, url),
    `---\n${front}---\n${message}\n\nDelivered in ${last.data.pr.url}. Review and merge to roll the work back.\n`,
  );
  const entry = await deps.ledger.append({
    task,
    work: last.work,
    rule: last.rule,
    event: 'reverted',
    actor: { type: 'human', login: deps.login },
    data: { by: deps.login, commits, branch, commit, pr: { url }, reason: options.reason },
  });
  return entry as Reverted;
}
