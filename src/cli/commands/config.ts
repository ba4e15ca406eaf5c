import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, type InputIssue } from '../../core/errors.js';
import { color, line, printJson } from '../output.js';

interface ConfigOpts {
  repo: string;
  config?: string;
  personas?: string;
  json?: boolean;
}

/** Load the config and every persona, as `aios run` does, for the checks below. */
async function loadAll(opts: ConfigOpts) {
  const [{ loadConfig }, { loadPersonas }] = await Promise.all([
    import('../../config/config-file.js'),
    import('../../personas/load-personas.js'),
  ]);
  const [loaded, personas] = await Promise.all([
    loadConfig({ file: opts.config, repoDir: resolve(opts.repo) }),
    loadPersonas(opts.personas ? resolve(opts.personas) : undefined),
  ]);
  return { loaded, personas: personas.list() };
}

function formatIssue(i: InputIssue): string {
  const where = i.location
    ? `${i.location.file}${i.location.line ? `:${i.location.line}` : ''}: `
    : '';
  return `${where}${i.field ? `${i.field}: ` : ''}${i.message}`;
}

export function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('Check the config with its personas, gates and budgets; list owners.');
  const common = (c: Command) =>
    c
      .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
      .option('--config <file>', 'config file')
      .option('--personas <dir>', 'persona folder (default: the shipped personas)')
      .option('--json', 'print JSON');

  common(
    config
      .command('check')
      .description(
        'Validate config, personas, standards and gates together; every problem with file:line. Exit 2 on any.',
      ),
  ).action(async (opts: ConfigOpts) => {
    const { loaded, personas } = await loadAll(opts);
    const { configProblems } = await import('../../config/check-config.js');
    const { errors, warnings } = configProblems(loaded, personas);
    if (opts.json) printJson({ file: loaded.file, errors, warnings });
    else if (errors.length + warnings.length === 0)
      line(
        `${color.green('✔')} ${loaded.file}: ${loaded.config.rules.length} rules, ${personas.length} personas, no problems`,
      );
    else {
      for (const i of errors) line(`${color.red('error')} ${formatIssue(i)}`);
      for (const i of warnings) line(`${color.yellow('warning')} ${formatIssue(i)}`);
    }
    if (errors.length + warnings.length > 0) {
      if (opts.json) process.exitCode = 2;
      else
        throw new InputError(
          `The config ${loaded.file} has ${errors.length} error(s) and ${warnings.length} warning(s).`,
          [],
          {
            hint: 'Fix each line shown above. Errors also stop `aios run`; warnings stop only this check.',
          },
        );
    }
  });

  common(
    config.command('owners').description('List who answers for each rule and each persona.'),
  ).action(async (opts: ConfigOpts) => {
    const { loaded, personas } = await loadAll(opts);
    const rules = loaded.config.rules.map((r) => ({
      rule: r.id,
      owner: r.owner ?? loaded.config.owner ?? null,
      source: r.owner ? 'rule' : loaded.config.owner ? 'config owner' : 'none',
    }));
    const people = personas.map((p) => ({ persona: p.name, owner: p.owner }));
    if (opts.json) return printJson({ rules, personas: people });
    line('rules:');
    for (const r of rules)
      line(
        `  ${r.rule}: ${r.owner ?? color.red('no owner')}${r.source === 'config owner' ? ' (config owner)' : ''}`,
      );
    line('personas:');
    for (const p of people) line(`  ${p.persona}: ${p.owner}`);
  });
}
