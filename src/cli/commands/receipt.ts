import { resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { printJson } from '../output.js';

export function registerReceipt(program: Command): void {
  program
    .command('receipt')
    .description(
      'The client-facing account of one task: what was asked, what was done by which persona and model under which rule, what the checks found, what it cost, what it would have taken by hand, who approved it, and the AI-use disclosure.',
    )
    .argument(
      '<task>',
      'task id (acme/site#12, local/<repo>#<file>) or its ledger folder (acme.site.12)',
    )
    .option('--repo <dir>', 'repository holding the ledger branch', '.')
    .option('--ref <ref>', 'ledger ref (default: the config ledger branch)')
    .option('--config <file>', 'config file (prices for seats and review time)')
    .option('--format <format>', 'output: md, html or json', 'md')
    .option('--output <file>', 'write to a file instead of stdout')
    .option(
      '--internal',
      "include what the client should not normally see: raw model answers, error texts, the rule trace, the config hash, and each call's exact prompt rebuilt from the ledger's git objects",
    )
    .action(
      async (
        task: string,
        opts: {
          repo: string;
          ref?: string;
          config?: string;
          format: string;
          output?: string;
          internal?: boolean;
        },
      ) => {
        if (!['md', 'html', 'json'].includes(opts.format))
          throw new InputError(`--format ${opts.format} is not one of the choices.`, [], {
            hint: 'Use md, html or json.',
          });
        const [{ loadConfig }, { resolveLedgerRef }, receipts, { pricingFromConfig }] =
          await Promise.all([
            import('../../config/config-file.js'),
            import('../../ledger/ledger-ref.js'),
            import('../../reports/receipt.js'),
            import('../../reports/report-pricing.js'),
          ]);
        const repoDir = resolve(opts.repo);
        const { config } = await loadConfig({ file: opts.config, repoDir });
        const ref = await resolveLedgerRef(repoDir, config.ledger, opts.ref);
        const pricing = pricingFromConfig(config);
        const entries = await receipts.readTaskEntries(repoDir, ref, task);
        const seats = await receipts.seatSharesOf(repoDir, ref, entries, pricing);
        const built = receipts.buildReceipt(entries, {
          pricing,
          seats,
          internal: Boolean(opts.internal),
        });
        // Internal: each call's prompt, rebuilt from the ledger's git objects.
        const receipt = built.internal
          ? {
              ...built,
              internal: {
                ...built.internal,
                prompts: await (
                  await import('../../reports/rebuild-prompts.js')
                ).rebuildPromptsIn(repoDir, entries),
              },
            }
          : built;
        if (opts.format === 'json') {
          if (!opts.output) return printJson(receipt);
          return writeFile(opts.output, `${JSON.stringify(receipt, null, 2)}\n`);
        }
        const render = await import('../../reports/receipt-render.js');
        const text =
          opts.format === 'html'
            ? render.renderReceiptHtml(receipt)
            : render.renderReceiptMarkdown(receipt);
        if (opts.output) await writeFile(opts.output, text);
        else process.stdout.write(text);
      },
    );
}
