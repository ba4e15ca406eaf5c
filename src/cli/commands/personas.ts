import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { color, line, printJson } from '../output.js';

async function loadFrom(dir: string | undefined) {
  const { defaultPersonaDir, loadPersonas } = await import('../../personas/load-personas.js');
  return loadPersonas(dir ? resolve(dir) : defaultPersonaDir());
}

async function personaDir(dir: string | undefined): Promise<string> {
  const { defaultPersonaDir } = await import('../../personas/load-personas.js');
  return dir ? resolve(dir) : defaultPersonaDir();
}

/** Write files under a root, all prepared before the first write. */
async function writeAll(root: string, files: readonly { path: string; content: string }[]) {
  for (const f of files) {
    const target = join(root, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
}

export function registerPersonas(program: Command): void {
  const personas = program
    .command('personas')
    .description('List, show, check, export and import personas.');
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
          `${color.cyan(p.name.padEnd(24))} ${p.role} · kinds ${p.kinds.join(', ')} · tier ${p.tier ?? 'by rule'} · writes ${p.writes.join(', ') || 'nothing'}`,
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
      line(
        `${color.bold(persona.name)}: ${persona.role} (v${persona.version}, owner ${persona.owner})`,
      );
      line(persona.description);
      line(
        `kinds: ${persona.kinds.join(', ')} · tier: ${persona.tier ?? 'by rule'} · gates: ${persona.gates.join(', ') || 'none'}`,
      );
      line(`writes: ${persona.writes.join(', ') || 'nothing'}`);
      line(
        `standards: ${persona.standards.join(', ') || 'none'} · evals: ${persona.evals ?? 'none'}`,
      );
      line('declines:');
      for (const d of persona.declines)
        line(
          `  - ${d.say}${d.kinds ? ` [${d.kinds.join(', ')}]` : ''}${d.handoff ? ` → ${d.handoff}` : ''}`,
        );
      line();
      line(persona.instructions);
    });
  personas
    .command('lint')
    .description(
      'Check every persona: schema, duplicates, TODOs, handoffs, writes, standards, tiers, rules; exits 2 on an error.',
    )
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--config <file>', 'config file (default: .github/aios.yml, else the shipped defaults)')
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .option('--json', 'print findings as JSON')
    .action(async (opts: { dir?: string; config?: string; repo: string; json?: boolean }) => {
      const { loadConfig } = await import('../../config/config-file.js');
      const { lintPersonas } = await import('../../personas/lint-personas.js');
      const config = await loadConfig({ file: opts.config, repoDir: resolve(opts.repo) });
      const configText = await readFile(
        existsSync(config.file) ? config.file : resolve(config.file),
        'utf8',
      ).catch(async () => {
        const { packageRoot } = await import('../../core/package-root.js');
        return readFile(join(packageRoot(), config.file), 'utf8').catch(() => undefined);
      });
      const result = await lintPersonas({ dir: await personaDir(opts.dir), config, configText });
      if (opts.json)
        printJson({
          personas: result.personas.length,
          errors: result.errors,
          warnings: result.warnings,
          findings: result.findings,
        });
      else {
        for (const f of result.findings) {
          const where = `${f.location?.file ?? ''}${f.location?.line ? `:${f.location.line}` : ''}`;
          const tag = f.severity === 'error' ? color.red('error') : color.yellow('warning');
          line(`${tag} ${where}: ${f.field ? `${f.field}: ` : ''}${f.message} (${f.rule})`);
        }
        line(
          `${result.personas.length} persona(s) checked: ${result.errors} error(s), ${result.warnings} warning(s)`,
        );
      }
      if (result.errors > 0) process.exitCode = 2;
    });
  personas
    .command('export')
    .description(
      'Write the personas as Claude Code subagents (.claude/agents/*.md) or Copilot custom agents (.github/agents/*.agent.md).',
    )
    .requiredOption('--to <target>', 'claude or copilot')
    .option('--out <dir>', 'repository root to write under', '.')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--json', 'print what was written as JSON')
    .action(async (opts: { to: string; out: string; dir?: string; json?: boolean }) => {
      const { exportPersonas, EXPORT_TARGETS } = await import('../../personas/export-personas.js');
      if (!(opts.to in EXPORT_TARGETS))
        throw new InputError(`Cannot export to "${opts.to}".`, [], {
          hint: `Choose one of: ${Object.keys(EXPORT_TARGETS).join(', ')}.`,
        });
      const files = exportPersonas(
        (await loadFrom(opts.dir)).list(),
        opts.to as keyof typeof EXPORT_TARGETS,
      );
      await writeAll(resolve(opts.out), files);
      if (opts.json) return printJson(files.map((f) => ({ path: f.path, dropped: f.dropped })));
      for (const f of files)
        line(
          `${color.green('wrote')} ${f.path}${f.dropped.length ? color.dim(` (dropped: ${f.dropped.join(', ')})`) : ''}`,
        );
      line(`${files.length} persona(s) exported to ${opts.to}`);
    });
  personas
    .command('import')
    .description(
      'Convert Claude Code subagents, Copilot custom agents or agency-agents markdown into personas; kinds, writes and declines are left as TODO for lint to refuse until filled.',
    )
    .argument('<dir>', 'folder of agent markdown files')
    .option('--out <dir>', 'persona folder to write into', 'personas')
    .option('--force', 'overwrite personas that already exist')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, opts: { out: string; force?: boolean; json?: boolean }) => {
      const { importAgents } = await import('../../personas/import-personas.js');
      const { reports, skipped } = await importAgents(resolve(dir));
      const out = resolve(opts.out);
      const clash = reports.filter((r) => existsSync(join(out, r.path)));
      if (clash.length && !opts.force)
        throw new InputError(
          `${clash.length} persona(s) already exist; nothing was written.`,
          clash.map((r) => ({
            location: { file: join(out, r.path) },
            message: `would be overwritten by ${r.source}`,
          })),
          { hint: 'Pass --force to overwrite, or --out to write elsewhere.' },
        );
      await writeAll(out, reports);
      if (opts.json)
        return printJson({
          imported: reports.map(({ content: _c, ...r }) => r),
          skipped,
        });
      for (const r of reports) {
        line(`${color.green('imported')} ${r.source} (${r.format}) → ${join(opts.out, r.path)}`);
        line(`  mapped: ${r.mapped.join(', ')}`);
        if (r.dropped.length) line(`  dropped: ${r.dropped.join(', ')}`);
        line(`  TODO before lint passes: ${r.todo.join(', ')}`);
      }
      for (const s of skipped) line(`${color.yellow('skipped')} ${s.file}: ${s.reason}`);
    });
}
