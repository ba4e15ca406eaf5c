import { resolve } from 'node:path';
import type { Command } from 'commander';
import { color, line, printJson } from '../output.js';

async function loadFrom(dir: string | undefined) {
  const { defaultPersonaDir, loadPersonas } = await import('../../personas/load-personas.js');
  return loadPersonas(dir ? resolve(dir) : defaultPersonaDir());
}

export function registerPersonas(program: Command): void {
  const personas = program.command('personas').description('List, show and check personas.');
  personas
    .command('list')
    .description('List the personas with their role, kinds and write lane.')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--json', 'print as JSON')
    .action(async (opts: { dir?: string; json?: boolean }) => {
      const registry = await loadFrom(opts.dir);
      const list = registry.list().map(({ instructions: _i, file: _f, ...p }) => p);
      if (opts.json) return printJson(list);
      for (const p of list)
        line(
          `${color.cyan(p.name.padEnd(24))} ${p.role} · kinds ${p.kinds.join(', ')} · writes ${p.writes.join(', ') || 'nothing'}`,
        );
    });
  personas
    .command('show')
    .description("Show one persona's front matter and instructions.")
    .argument('<id>', 'persona id')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { dir?: string; json?: boolean }) => {
      const persona = (await loadFrom(opts.dir)).require(id);
      if (opts.json) return printJson(persona);
      line(`${color.bold(persona.name)}: ${persona.role}`);
      line(persona.description);
      line(
        `kinds: ${persona.kinds.join(', ')} · tier: ${persona.tier ?? 'by rule'} · gates: ${persona.gates.join(', ') || 'none'}`,
      );
      line(`writes: ${persona.writes.join(', ') || 'nothing'}`);
      line(`declines: ${persona.declines.join('; ')}`);
      line();
      line(persona.instructions);
    });
  personas
    .command('lint')
    .description('Validate every persona file; exits 2 with file:line for each problem.')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .action(async (opts: { dir?: string }) => {
      const registry = await loadFrom(opts.dir);
      line(`${registry.list().length} persona(s) valid`);
    });
}
