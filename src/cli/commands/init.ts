import { resolve } from 'node:path';
import type { Command } from 'commander';
import { line, printJson } from '../output.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      'Set a repository up for AIOS: the workflow (.github/workflows/aios.yml, actions pinned by commit SHA), the config (.github/aios.yml) and a Dependabot entry that keeps the pins current.',
    )
    .option('--repo <dir>', 'the repository', '.')
    .option(
      '--action <ref>',
      'how the workflow uses the action (owner/repo@ref)',
      'aios-dev/aios@v0',
    )
    .option(
      '--work-runner <labels>',
      'JSON list of labels of the self-hosted runner with Ollama',
      '["self-hosted","ollama"]',
    )
    .option(
      '--allow-tag',
      'use the --action ref as given instead of pinning it to the commit it names now',
    )
    .option('--force', 'overwrite existing files')
    .option(
      '--github <owner/repo>',
      'protect the ledger branch of this GitHub repository with a ruleset (no force-push, no deletion), with GITHUB_TOKEN; defaults to GITHUB_REPOSITORY',
    )
    .option('--ledger-branch <name>', 'the ledger branch to protect', 'aios-ledger')
    .option('--json', 'print what was written as JSON')
    .action(
      async (opts: {
        repo: string;
        action: string;
        workRunner: string;
        force?: boolean;
        allowTag?: boolean;
        json?: boolean;
        github?: string;
        ledgerBranch: string;
      }) => {
        const { initRepo } = await import('../../app/init-repo.js');
        const result = await initRepo({
          repoDir: resolve(opts.repo),
          action: opts.action,
          workRunner: opts.workRunner,
          force: opts.force,
          allowTag: opts.allowTag,
          gitBaseUrl: process.env.AIOS_GIT_BASE_URL,
        });
        const { protectLedgerFromInit } = await import('../../app/protect-ledger.js');
        const protection = await protectLedgerFromInit(opts.github, opts.ledgerBranch, process.env);
        if (opts.json) return printJson({ ...result, ledgerProtection: protection });
        for (const f of result.written) line(`wrote ${f}`);
        for (const f of result.kept) line(`kept ${f} (exists; --force to overwrite)`);
        if ('id' in protection)
          line(
            `${protection.status === 'created' ? 'protected' : 'already protected:'} the ledger branch ${opts.ledgerBranch} (ruleset ${protection.id}: no force-push, no deletion)`,
          );
        else if (protection.status === 'not-allowed')
          line(
            `The token may not manage rulesets (HTTP ${protection.httpStatus ?? '?'}).\n${protection.how}`,
          );
        else line(`Ledger branch not protected: ${protection.reason}.\n${protection.how}`);
      },
    );
}
