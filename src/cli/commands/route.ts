import type { Command } from 'commander';
import { formatDecision, line, printJson } from '../output.js';

export function registerRoute(program: Command): void {
  program
    .command('route')
    .description('Show where a task would go and which rule decides it, without running it.')
    .argument(
      '<task...>',
      'task file; with --diff: OLD.yml NEW.yml TASKS_DIR; `replay`: the ledger through this config',
    )
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .option('--config <file>', 'config file')
    .option('--personas <dir>', 'persona folder (default: the shipped personas)')
    .option('--explain', 'list every rule and why it did or did not fire')
    .option('--json', 'print the decision as JSON')
    .option(
      '--diff',
      'replay a folder of task files through two configs and list every task whose route changed',
    )
    .option('--summary <file>', 'with --diff: also append the diff as markdown to this file')
    .option(
      '--ledger <ref>',
      'with replay: the ledger ref to replay (default: the config ledger branch)',
    )
    .option(
      '--premium <model-id>',
      'with replay: the premium model (default: the dearest with cells)',
    )
    .action(
      async (
        args: string[],
        opts: {
          repo: string;
          config?: string;
          personas?: string;
          explain?: boolean;
          json?: boolean;
          diff?: boolean;
          summary?: string;
          ledger?: string;
          premium?: string;
        },
      ) => {
        if (opts.diff) return routeDiff(args, opts);
        // `aios route replay`: the ledger's tasks through this config's routing (cli/commands/route-replay.ts).
        if (args[0] === 'replay')
          return (await import('./route-replay.js')).routeReplay(args, opts);
        const [taskFile, ...extra] = args;
        if (!taskFile || extra.length) {
          const { InputError } = await import('../../core/errors.js');
          throw new InputError(`aios route takes one task file, not ${args.length}.`, [], {
            hint: 'To compare two configs over a folder of tasks: aios route --diff OLD.yml NEW.yml TASKS_DIR.',
          });
        }
        // What `aios run` would decide, by run's own planning code (app/route-preview.ts).
        const { previewRoute } = await import('../../app/route-preview.js');
        const { preview: decision, cells: cellTable } = await previewRoute({
          taskFile,
          repoDir: opts.repo,
          configFile: opts.config,
          personaDir: opts.personas,
          env: process.env,
        });
        if (decision.type === 'off') {
          process.exitCode = 1; // as `aios run` exits when switched off
          if (opts.json) return printJson(decision);
          return line(`  ${decision.reason}`);
        }
        const { cellsForDecision } = await import('../../app/route-cells.js');
        const cells =
          opts.explain && cellTable ? cellsForDecision(decision, await cellTable()) : undefined;
        // The same exit code with and without --json: an unmatched task asks (1).
        if (decision.type === 'ask') process.exitCode = 1;
        if (opts.json) return printJson(cells ? { ...decision, cells } : decision);
        line(formatDecision(decision));
        if (decision.type === 'ask' && decision.classifier)
          line(`  aios run would first ask the classifier (${decision.classifier}) for the kind`);
        if (decision.type === 'route') {
          for (const c of decision.plan.cascade ?? [])
            line(
              `  on a failed deterministic gate: escalate to ${c.tier} (${c.models.join(' → ')})`,
            );
          if (decision.shadow) line(`  shadow run: ${decision.shadow}`);
        }
        if (opts.explain) {
          const trace = decision.type === 'route' ? decision.plan.trace : decision.trace;
          line('  rules, in order, then the lane screen:');
          for (const t of trace) line(`    ${t.matched ? '✔' : '·'} ${t.rule}: ${t.why}`);
          if (decision.type === 'route')
            line(`  by hand: ${decision.plan.byHand.minutes} min (${decision.plan.byHand.source})`);
          if (cells) await (await import('./route-replay.js')).printRouteCells(cells);
        }
      },
    );
}

/** `aios route --diff OLD.yml NEW.yml TASKS_DIR` (app/route-diff-run.ts). */
async function routeDiff(
  args: string[],
  opts: { personas?: string; json?: boolean; summary?: string },
): Promise<void> {
  const { InputError } = await import('../../core/errors.js');
  const [oldConfig, newConfig, tasksDir, ...extra] = args;
  if (!oldConfig || !newConfig || !tasksDir || extra.length)
    throw new InputError(`aios route --diff takes three paths, not ${args.length}.`, [], {
      hint: 'aios route --diff OLD.yml NEW.yml TASKS_DIR',
    });
  const [{ runRouteDiff }, { routeDiffMarkdown, routeDiffText }] = await Promise.all([
    import('../../app/route-diff-run.js'),
    import('../../routing/route-diff.js'),
  ]);
  const result = await runRouteDiff({ oldConfig, newConfig, tasksDir, personas: opts.personas });
  if (opts.summary) {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(opts.summary, routeDiffMarkdown(result));
  }
  if (opts.json) return printJson(result);
  line(routeDiffText(result));
}
