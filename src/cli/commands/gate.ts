import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { defaultGates } from '../../gates/default-gates.js';
import { formatVerdict, line, printJson } from '../output.js';

export function registerGate(program: Command): void {
  const gate = program.command('gate').description('Run the quality gates by hand.');
  gate
    .command('run')
    .description('Run one gate over files; exits 1 when it would send the work back.')
    .argument('<gate>', 'gate id')
    .argument('<files...>', 'files to check')
    .option('--kind <kind>', 'kind of work', 'manual')
    .option('--json', 'print the verdict as JSON')
    .action(async (id: string, files: string[], opts: { kind: string; json?: boolean }) => {
      const registry = defaultGates();
      const g = registry.get(id);
      if (!g)
        throw new InputError(`No gate named "${id}".`, [], {
          hint: `Gates: ${registry.ids().join(', ')}.`,
        });
      const work = await Promise.all(
        files.map(async (path) => {
          try {
            return { path, content: await readFile(path, 'utf8') };
          } catch (cause) {
            throw new InputError(`Cannot read ${path}.`, [], { cause });
          }
        }),
      );
      const verdict = await g.run({ files: work, kind: opts.kind, taskId: 'manual' });
      if (opts.json) printJson(verdict);
      else line(formatVerdict(verdict, 1));
      process.exitCode = verdict.pass ? 0 : 1;
    });
}
