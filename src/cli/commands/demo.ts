import { resolve } from 'node:path';
import type { Command } from 'commander';
import { cliProgress, color, line, printJson } from '../output.js';
import { printReportTable } from './ledger.js';
import { printOutcome } from './outcome.js';
import { modelMode } from './run.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      "A consultant's day end to end: content audit, plugin hardening, blog post; routing, gates, draft PRs, ledger.",
    )
    .option(
      '--dir <dir>',
      'build the demo repository here and keep it (default: a temporary folder)',
    )
    .option('--ollama [model]', 'use a reachable Ollama instead of scripted answers')
    .option('--ollama-host <url>', 'Ollama base URL')
    .option('--json', 'print the results as JSON')
    .action(
      async (opts: {
        dir?: string;
        ollama?: string | boolean;
        ollamaHost?: string;
        json?: boolean;
      }) => {
        const models = opts.ollama ? modelMode(opts) : undefined;
        const quiet = Boolean(opts.json);
        if (!quiet) {
          line(color.bold("AIOS demo: a consultant's normal day"));
          line(
            models
              ? `Models: Ollama (${models.type === 'ollama' ? models.model : ''}).`
              : color.yellow(
                  'Answers are SCRIPTED: hand-written, not produced by any AI model. Every ledger entry and PR says so.',
                ),
          );
        }
        const { runDemo } = await import('../../app/demo.js');
        const result = await runDemo({
          dir: opts.dir ? resolve(opts.dir) : undefined,
          models,
          progress: cliProgress({ quiet }),
          onTaskStart: (file) => {
            if (!quiet) process.stderr.write(`\n${color.bold(`▶ ${file}`)}\n`);
          },
          onTaskEnd: (run) => {
            if (quiet) return;
            printOutcome(run.task, run.outcome);
          },
        });
        if (opts.json) {
          printJson({
            dir: result.dir,
            scripted: result.scripted,
            runs: result.runs.map(({ prBody: _p, ...r }) => r),
            report: result.report,
          });
        } else {
          line();
          line(color.bold('Draft PRs'));
          for (const r of result.runs) {
            if (r.outcome.status === 'delivered')
              line(`  ${r.outcome.delivery.pr.url}  (branch ${r.outcome.delivery.branch})`);
          }
          line();
          line(color.bold('Ledger report (by persona)'));
          printReportTable(result.report);
          line();
          line(`Repository: ${result.dir}`);
          line(`  task branches: git -C ${result.dir} branch --list 'aios/*'`);
          line(`  ledger:        git -C ${result.dir} log --stat aios-ledger`);
        }
        process.exitCode = result.runs.every((r) => r.outcome.status === 'delivered') ? 0 : 1;
      },
    );
}
