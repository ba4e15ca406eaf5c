import { resolve, basename } from 'node:path';
import type { Command } from 'commander';
import { formatDecision, line, printJson } from '../output.js';

export function registerRoute(program: Command): void {
  program
    .command('route')
    .description('Show where a task would go and which rule decides it, without running it.')
    .argument('<task>', 'task file')
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .option('--config <file>', 'config file')
    .option('--personas <dir>', 'persona folder (default: the shipped personas)')
    .option('--explain', 'list every rule and why it did or did not fire')
    .option('--json', 'print the decision as JSON')
    .action(
      async (
        taskFile: string,
        opts: {
          repo: string;
          config?: string;
          personas?: string;
          explain?: boolean;
          json?: boolean;
        },
      ) => {
        const [{ loadConfig }, { taskFromFile }, { planWithLanes }, { personaFolder }] =
          await Promise.all([
            import('../../config/load-config.js'),
            import('../../pipeline/intake.js'),
            import('../../routing/plan-lanes.js'),
            import('../../personas/load-personas.js'),
          ]);
        const repoDir = resolve(opts.repo);
        const { assertFolder } = await import('../../app/check-repo.js');
        await assertFolder(repoDir); // a --repo that does not exist is bad input, not the defaults
        const loaded = await loadConfig({ file: opts.config, repoDir });
        const task = await taskFromFile(resolve(taskFile), {
          repoName: basename(repoDir),
          requestedBy: 'route-preview',
          now: new Date(),
        });
        // The rules, the personas' lanes and the lane screen, as a run would plan it.
        const decision = await planWithLanes({
          task,
          config: loaded.config,
          configHash: loaded.hash,
          personas: personaFolder(opts.personas ? resolve(opts.personas) : undefined),
        });
        // The same exit code with and without --json: an unmatched task asks (1).
        if (decision.type === 'ask') process.exitCode = 1;
        if (opts.json) return printJson(decision);
        line(formatDecision(decision));
        if (opts.explain) {
          const trace = decision.type === 'route' ? decision.plan.trace : decision.trace;
          line('  rules, in order, then the lane screen:');
          for (const t of trace) line(`    ${t.matched ? '✔' : '·'} ${t.rule}: ${t.why}`);
          if (decision.type === 'route')
            line(`  by hand: ${decision.plan.byHand.minutes} min (${decision.plan.byHand.source})`);
        }
      },
    );
}
