import { Command, CommanderError } from 'commander';
import { describeError, exitCodeOf } from '../core/errors.js';
import { cleanUpNow } from '../core/exit-cleanup.js';
import { packageVersion } from '../core/package-version.js';
import { registerContext } from './commands/context.js';
import { registerDemo } from './commands/demo.js';
import { registerDoctor } from './commands/doctor.js';
import { registerEval } from './commands/eval.js';
import { registerGate } from './commands/gate.js';
import { registerInit } from './commands/init.js';
import { registerLedger } from './commands/ledger.js';
import { registerPersonas } from './commands/personas.js';
import { registerReceipt } from './commands/receipt.js';
import { registerRoute } from './commands/route.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { routeConsoleToStderr } from './console-to-stderr.js';
import { registerFinish } from './commands/finish.js';
import { registerConfig } from './commands/config.js';
import { registerAnswer } from './commands/answer.js';
import { color } from './output.js';

/** Build the `aios` command tree. Each command is wiring: parse, call the core, report. */
export function buildProgram(): Command {
  const program = new Command('aios')
    .description(
      'AIOS: route client work to scoped AI personas, gate it, deliver draft PRs, and ledger every step.',
    )
    .version(packageVersion())
    .showHelpAfterError()
    .exitOverride()
    // zod set up before the first action loads a schema; --help, --version and usage errors
    // never load zod at all.
    .hook('preAction', async () =>
      (await import('../core/zod-setup.js')).setUpZodForShortProcesses(),
    );
  registerRun(program);
  registerDemo(program);
  registerRoute(program);
  registerSchema(program);
  registerPersonas(program);
  registerGate(program);
  registerLedger(program);
  registerReceipt(program);
  registerInit(program);
  registerDoctor(program);
  registerEval(program);
  registerFinish(program);
  registerAnswer(program);
  registerContext(program);
  registerConfig(program);
  return program;
}

/** Run the CLI; resolves to the exit code (0 ok, 1 work failed, 2 bad input). */
export async function main(argv: readonly string[]): Promise<number> {
  routeConsoleToStderr(); // stdout is for what the command prints (--json stays valid JSON)
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors are bad input.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`${color.red('error:')} ${describeError(error)}\n`);
    if (process.env.AIOS_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return exitCodeOf(error);
  } finally {
    // The command's scratch (the archive reader's pipes) goes now, not at exit: nothing is
    // left behind when main runs again in the same process.
    cleanUpNow();
  }
}
