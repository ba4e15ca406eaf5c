import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { formatVerdict, line, printJson } from '../output.js';

interface RunOptions {
  kind: string;
  json?: boolean;
  config?: string;
  risk: string;
  root?: string;
}

export function registerGate(program: Command): void {
  const gate = program.command('gate').description('Run the quality gates by hand.');
  gate
    .command('run')
    .description(
      'Run one gate over files with its settings from the config; exits 0 on pass, 1 when it would send the work back, 2 on bad input.',
    )
    .argument('<gate>', 'gate id (see `aios gate list`)')
    .argument('<files...>', 'files to check')
    .option('--kind <kind>', 'kind of work', 'manual')
    .option('--risk <risk>', 'task risk: low, medium or high (thresholds depend on it)', 'medium')
    .option('--config <file>', 'config file (default: .github/aios.yml, else the shipped defaults)')
    .option('--root <dir>', "the checkout, for the repository's check command and style files", '.')
    .option('--json', 'print the verdict as JSON')
    .action(async (id: string, files: string[], opts: RunOptions) => {
      // Loaded when the command runs, not when any command starts: the config loader, the
      // schemas and the gate registry are most of what every `aios` process would load.
      const [{ loadConfig }, { Risk }, { defaultGates }] = await Promise.all([
        import('../../config/config-file.js'),
        import('../../core/work.js'),
        import('../../gates/default-gates.js'),
      ]);
      const registry = defaultGates();
      const g = registry.get(id);
      if (!g)
        throw new InputError(`No gate named "${id}".`, [], {
          hint: `Gates: ${registry.ids().join(', ')}.`,
        });
      const risk = Risk.safeParse(opts.risk);
      if (!risk.success)
        throw new InputError(`--risk must be low, medium or high, not "${opts.risk}".`);
      const { config } = await loadConfig({ file: opts.config, repoDir: opts.root });
      const work = await Promise.all(
        files.map(async (path) => {
          try {
            return { path, content: await readFile(path, 'utf8') };
          } catch (cause) {
            throw new InputError(`Cannot read ${path}.`, [], { cause });
          }
        }),
      );
      const settings = config.gates[g.id] ?? config.gates[id];
      const verdict = await g.run({
        files: work,
        kind: opts.kind,
        taskId: 'manual',
        risk: risk.data,
        settings,
        root: opts.root,
      });
      if (opts.json) printJson(verdict);
      else line(formatVerdict(verdict, 1));
      process.exitCode = verdict.pass ? 0 : 1;
    });
  gate
    .command('list')
    .description('The gates, cheap to dear, with their checkers and installed versions.')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const [{ GATE_CATALOG }, { packageVersion }] = await Promise.all([
        import('../../gates/gate-catalog.js'),
        import('../../gates/package-version.js'),
      ]);
      const rows = [...GATE_CATALOG]
        .sort((a, b) => a.cost - b.cost)
        .map((g) => ({
          id: g.id,
          aliases: [...g.aliases],
          description: g.description,
          checkers: g.checkers.map((name) => ({ name, version: packageVersion(name) })),
        }));
      if (opts.json) return printJson(rows);
      for (const r of rows) {
        line(`${r.id}${r.aliases.length ? ` (also: ${r.aliases.join(', ')})` : ''}`);
        line(`    ${r.description}`);
        line(`    ${r.checkers.map((c) => `${c.name} ${c.version}`).join(' · ')}`);
      }
    });
}
