import { resolve } from 'node:path';
import type { Command } from 'commander';
import { line, printJson } from '../output.js';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Check every configured model: key present, endpoint answers, Ollama model pulled (digest), window and output cap, and a one-token structured call.',
    )
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .option('--config <file>', 'config file')
    .option('--model <id...>', 'only these model ids')
    .option('--no-call', 'skip the one-token structured call')
    .option('--json', 'print the reports as JSON')
    .action(
      async (opts: {
        repo: string;
        config?: string;
        model?: string[];
        call: boolean;
        json?: boolean;
      }) => {
        const [{ loadConfig }, { runDoctor, formatReport }] = await Promise.all([
          import('../../config/config-file.js'),
          import('../../models/doctor.js'),
        ]);
        const loaded = await loadConfig({ file: opts.config, repoDir: resolve(opts.repo) });
        const reports = await runDoctor({
          config: loaded.config,
          env: process.env,
          models: opts.model,
          call: opts.call,
        });
        if (opts.json) printJson(reports);
        else for (const r of reports) for (const text of formatReport(r)) line(text);
        if (reports.some((r) => !r.ok)) process.exitCode = 1;
      },
    );
}
