import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { LocalModelMode } from '../../app/local-runner.js';
import { cliProgress } from '../output.js';
import { reportFlush } from './ledger-waiting.js';
import { reportRun } from './outcome.js';

export function modelMode(opts: {
  scripted?: string;
  ollama?: string | boolean;
  ollamaHost?: string;
}): LocalModelMode {
  if (opts.scripted) return { type: 'scripted', scriptFile: resolve(opts.scripted) };
  if (opts.ollama)
    return {
      type: 'ollama',
      model: typeof opts.ollama === 'string' ? opts.ollama : 'llama3.1:8b',
      host: opts.ollamaHost,
    };
  return { type: 'config' };
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      'Run one task file through plan, work, gates and delivery, recording every step in the ledger.',
    )
    .argument(
      '<task>',
      'task file: markdown with YAML front matter (title, labels, client, estimate)',
    )
    .option('--repo <dir>', 'the git repository to work in', '.')
    .option(
      '--config <file>',
      'config file (default: <repo>/.github/aios.yml, else the shipped defaults)',
    )
    .option(
      '--scripted <file>',
      'answer from a script file instead of models (labelled scripted everywhere)',
    )
    .option('--ollama [model]', 'send every tier to this Ollama model (default llama3.1:8b)')
    .option(
      '--ollama-host <url>',
      'Ollama base URL (default: OLLAMA_HOST or http://127.0.0.1:11434)',
    )
    .option('--json', 'print the outcome as JSON')
    .action(
      async (
        taskFile: string,
        opts: {
          repo: string;
          config?: string;
          scripted?: string;
          ollama?: string | boolean;
          ollamaHost?: string;
          json?: boolean;
        },
      ) => {
        // Imported on use, so `--help` and other commands do not load the pipeline.
        const [{ createLocalRunner }, { stopOnSignals }] = await Promise.all([
          import('../../app/local-runner.js'),
          import('../../app/stop-signals.js'),
        ]);
        // SIGINT/SIGTERM cancel the model call in flight; the ledger records it and the task fails.
        const stop = stopOnSignals();
        let result;
        let runner;
        try {
          runner = await createLocalRunner({
            repoDir: resolve(opts.repo),
            configFile: opts.config,
            models: modelMode(opts),
            progress: cliProgress({ quiet: Boolean(opts.json) }),
            signal: stop.signal,
          });
          result = await runner.runFile(resolve(taskFile));
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
