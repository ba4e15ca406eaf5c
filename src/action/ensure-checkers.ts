import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from '../core/errors.js';
import { runShellCommand, type CommandResult } from '../process/run-command.js';

/**
 * The command that installs the action's production dependencies from its own lockfile:
 * integrity-checked against package-lock.json, development tools left out, and no package's
 * install script run.
 */
export const INSTALL_CHECKERS = 'npm ci --omit=dev --ignore-scripts --no-audit --no-fund';

/** A package every gate's checkers come with (the editorial gate's first import). */
const PROBE = 'vfile';

/** What `ensureCheckers` needs from its surroundings; tests give their own. */
export interface CheckerSetup {
  /** Can the bundle import the checkers from where it sits? */
  readonly resolvable: () => boolean;
  readonly run: (command: string, cwd: string) => Promise<CommandResult>;
  readonly log: (message: string) => void;
}

function probe(): boolean {
  try {
    import.meta.resolve(PROBE);
    return true;
  } catch {
    return false;
  }
}

/**
 * Make the gates' checkers importable before a step that runs gates (work, eval). The bundle
 * keeps them out (scripts/bundle-options.mjs: they load when their gate first runs, and some
 * read data files beside their code), so they come from node_modules; GitHub checks an action
 * out without its node_modules. When the bundle cannot resolve them, install them once into the
 * action's folder with `INSTALL_CHECKERS`; a runner that keeps its actions (a self-hosted one)
 * keeps them for the next job. Nothing happens where they resolve (an npm install, a clone).
 */
export async function ensureCheckers(
  root: string,
  setup: Partial<CheckerSetup> = {},
): Promise<'present' | 'installed'> {
  const resolvable = setup.resolvable ?? probe;
  if (resolvable()) return 'present';
  if (!existsSync(join(root, 'package-lock.json')))
    throw new SetupError(
      `The gates' checkers are not installed beside ${root}, and there is no package-lock.json there to install them from.`,
      {
        hint: 'Use the action from a release or commit of the AIOS repository (it carries package-lock.json), or install AIOS with npm.',
      },
    );
  const log = setup.log ?? (() => undefined);
  const run =
    setup.run ??
    ((command: string, cwd: string) => runShellCommand(command, { cwd, timeoutMs: 15 * 60_000 }));
  log(`Installing the gates' checkers into ${root} (${INSTALL_CHECKERS}) …`);
  const result = await run(INSTALL_CHECKERS, root);
  // Checked on disk: the module resolver may keep the miss it saw before the install.
  if (result.code !== 0 || !existsSync(join(root, 'node_modules', PROBE, 'package.json')))
    throw new SetupError(
      `Could not install the gates' checkers into ${root}: ${INSTALL_CHECKERS} ${result.timedOut ? 'timed out' : `exited ${result.code ?? 'by a signal'}`}.${result.output ? `\n${result.output.trim()}` : ''}`,
      {
        retryable: true,
        hint: `The runner needs npm on PATH and access to the npm registry for this step (or run \`${INSTALL_CHECKERS}\` in ${root} once on a self-hosted runner).`,
      },
    );
  return 'installed';
}
