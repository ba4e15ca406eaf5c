import { resolve } from 'node:path';
import type { Command } from 'commander';
import { color, line, printJson } from '../output.js';
import { signoffWords, signsOff } from '../../ledger/signoff-state.js';
import { reportFlush } from './ledger-waiting.js';

interface FinishOpts {
  repo: string;
  config?: string;
  as?: string;
  json?: boolean;
}

/** Config, ledger store and the acting person, loaded on use (not by `aios --help`). */
async function open(opts: FinishOpts) {
  const repoDir = resolve(opts.repo);
  const [{ loadConfig }, { GitLedgerStore }, { systemClock }, { gitConfigValue }] =
    await Promise.all([
      import('../../config/config-file.js'),
      import('../../ledger/git-ledger-store.js'),
      import('../../core/clock.js'),
      import('../../git/config-value.js'),
    ]);
  const config = await loadConfig({ file: opts.config, repoDir });
  const ledger = await GitLedgerStore.open({
    repoDir,
    branch: config.config.ledger.branch,
    remote: config.config.ledger.remote,
    clock: systemClock(),
  });
  const login =
    opts.as ?? (await gitConfigValue(repoDir, 'user.name')) ?? process.env.USER ?? 'local-user';
  // What a crashed run left in the spool goes to the branch first, so the task's history is
  // whole before it is read, and the person hears at once what was recovered or set aside.
  const before = await ledger.flush();
  reportFlush({ ...before, pending: 0 }, stderrLine);
  /** At the end: entries still waiting, and anything recovered since the first flush. */
  const reportEnd = (): void => {
    const last = ledger.lastFlush;
    if (!last) return;
    const waiting = reportFlush(
      {
        ...last,
        recovered: Math.max(0, (last.recovered ?? 0) - (before.recovered ?? 0)),
        quarantined: (last.quarantined ?? []).slice(before.quarantined?.length ?? 0),
      },
      stderrLine,
    );
    if (waiting) process.exitCode = waiting;
  };
  return { deps: { ledger, config: config.config, login }, ledger, reportEnd };
}

const stderrLine = (t = ''): void => {
  process.stderr.write(`${t}\n`);
};

function common(cmd: Command): Command {
  return cmd
    .option('--repo <dir>', 'the git repository whose ledger to write', '.')
    .option('--config <file>', 'config file (default: <repo>/.github/aios.yml, else the defaults)')
    .option('--as <login>', 'who is acting (default: git user.name)')
    .option('--json', 'print the entry as JSON');
}

/** `aios signoff` and `aios outcome`: finish a local task as the GitHub path would. */
export function registerFinish(program: Command): void {
  common(
    program
      .command('signoff')
      .description(
        'Sign off a delivered task as its reviewer, writing the same `signoff` entry an approving review writes on GitHub.',
      )
      .argument('<task>', 'the task id, e.g. local/site#blog-post')
      .option('--minutes <n>', 'minutes the review took (else the kind’s reviewMinutes in config)'),
  ).action(async (task: string, opts: FinishOpts & { minutes?: string }) => {
    const { signoffLocal } = await import('../../app/local-finish.js');
    const { deps, ledger, reportEnd } = await open(opts);
    const entry = await signoffLocal(deps, task, {
      minutes: opts.minutes === undefined ? undefined : Number(opts.minutes),
    });
    await ledger.flush();
    if (opts.json) printJson(entry);
    else
      line(
        entry.data.counts
          ? `${signsOff(entry.data) ? color.green(signoffWords(entry.data)) : color.yellow(signoffWords(entry.data))} ${task} by ${entry.data.login}`
          : `${color.yellow('approved')} ${task} by ${entry.data.login}${color.yellow(' (not an allowed approver: recorded, not a sign-off)')}`,
      );
    reportEnd();
  });

  common(
    program
      .command('outcome')
      .description(
        'Record whether a delivered task was accepted or rejected, as a merge or a close records it on GitHub.',
      )
      .argument('<task>', 'the task id, e.g. local/site#blog-post')
      .argument('<outcome>', 'accepted or rejected'),
  ).action(async (task: string, outcome: string, opts: FinishOpts) => {
    const { outcomeLocal } = await import('../../app/local-finish.js');
    const { deps, ledger, reportEnd } = await open(opts);
    const entry = await outcomeLocal(deps, task, outcome);
    await ledger.flush();
    if (opts.json) printJson(entry);
    else line(`${color.green(entry.data.outcome)} ${task} (by ${entry.data.by})`);
    reportEnd();
  });

  common(
    program
      .command('revert')
      .description(
        'Roll a delivered task back: a revert of its delivered commit(s) on aios/revert-<task> as a draft PR, and a `reverted` ledger entry.',
      )
      .argument('<task>', 'the task id, e.g. local/site#blog-post')
      .option('--reason <text>', 'why the work is rolled back (in the PR and the entry)'),
  ).action(async (task: string, opts: FinishOpts & { reason?: string }) => {
    const { revertLocal } = await import('../../app/revert-task.js');
    const { deps, ledger, reportEnd } = await open(opts);
    const entry = await revertLocal({ ...deps, repoDir: resolve(opts.repo) }, task, {
      reason: opts.reason,
    });
    await ledger.flush();
    if (opts.json) printJson(entry);
    else
      line(
        `${color.yellow('reverted')} ${task} → branch ${color.cyan(entry.data.branch)} (${entry.data.commit.slice(0, 10)}), draft PR ${entry.data.pr.url}`,
      );
    reportEnd();
  });
}
