import { resolve } from 'node:path';
import type { Command } from 'commander';
import { cliProgress } from '../output.js';
import { reportFlush } from './ledger-waiting.js';
import { reportRun } from './outcome.js';
import { modelMode } from './run.js';

/** `aios answer <task> <text>`: answer a local task's questions and run it again with them. */
export function registerAnswer(program: Command): void {
  program
    .command('answer')
    .description(
      'Answer the questions a local task stopped on and run it again with the answer, as `/aios answer` does on GitHub.',
    )
    .argument('<task>', 'the task id, e.g. local/site#blog-post')
    .argument('<text...>', 'the answer')
    .option('--repo <dir>', 'the git repository to work in', '.')
    .option('--config <file>', 'config file (default: <repo>/.github/aios.yml, else the defaults)')
    .option('--file <task-file>', 'the task file, when it moved since the task was planned')
    .option('--scripted <file>', 'answer from a script file instead of models (labelled scripted)')
    .option('--ollama [model]', 'send every tier to this Ollama model (default llama3.1:8b)')
    .option('--ollama-host <url>', 'Ollama base URL')
    .option('--json', 'print the outcome as JSON')
    .action(
      async (
        taskId: string,
        words: string[],
        opts: {
          repo: string;
          config?: string;
          file?: string;
          scripted?: string;
          ollama?: string | boolean;
          ollamaHost?: string;
          json?: boolean;
        },
      ) => {
        const [{ createLocalRunner }, { answerLocal }, { stopOnSignals }, { systemClock }] =
          await Promise.all([
            import('../../app/local-runner.js'),
            import('../../app/local-answer.js'),
            import('../../app/stop-signals.js'),
            import('../../core/clock.js'),
          ]);
        const repoDir = resolve(opts.repo);
        const stop = stopOnSignals();
        let result;
        let runner;
        try {
          runner = await createLocalRunner({
            repoDir,
            configFile: opts.config,
            models: modelMode(opts),
            progress: cliProgress({ quiet: Boolean(opts.json) }),
            signal: stop.signal,
          });
          result = await answerLocal(runner, taskId, words.join(' '), {
            repoDir,
            requestedBy: process.env.USER ?? 'local-user',
            now: systemClock().now(),
            taskFile: opts.file === undefined ? undefined : resolve(opts.file),
          });
        } finally {
          stop.dispose();
          // A run stopped by an error still says what its flushes recovered after a crash.
          if (!result && runner)
            reportFlush(runner.ledger.lastFlush, (t) => process.stderr.write(`${t}\n`));
        }
        reportRun(result, runner.ledger.lastFlush, Boolean(opts.json));
      },
    );
}
