import type { Command } from 'commander';
import { color, line, printJson } from '../output.js';

export function registerContext(program: Command): void {
  program
    .command('context')
    .description(
      'Show what a task would send to its persona and why: each file or excerpt taken (named, changed, lane, retrieved), what was left out, the budget and how tokens were counted.',
    )
    .argument('<task>', 'task file')
    .option('--repo <dir>', 'repository to read (and index)', '.')
    .option('--config <file>', 'config file')
    .option('--tier <name>', "use this tier's budget and models instead of the plan's")
    .option('--json', 'print the context record as JSON')
    .action(
      async (
        taskFile: string,
        opts: { repo: string; config?: string; tier?: string; json?: boolean },
      ) => {
        const { previewContext } = await import('../../app/preview-context.js');
        const tty = Boolean(process.stderr.isTTY) && !opts.json;
        const preview = await previewContext({
          taskFile,
          repoDir: opts.repo,
          configFile: opts.config,
          tier: opts.tier,
          onIndexProgress: tty
            ? (done, total) => process.stderr.write(`\rindexing ${done}/${total} files`)
            : undefined,
        });
        if (tty) process.stderr.write('\r\x1b[K');
        const { context, index } = preview;
        if (opts.json)
          return printJson({
            persona: preview.persona,
            tier: preview.tier,
            index,
            context: context.record,
          });
        const r = context.record;
        if (index)
          line(
            `index: ${index.files} files (${index.added} added, ${index.changed} changed, ${index.removed} removed, ${index.chunks} chunks written) in ${index.ms} ms`,
          );
        line(
          `${preview.persona} on ${preview.tier}: ${r.tokens} of ${r.budget} tokens (${r.tokenizer}); retrieval: ${r.retrieval === 'none' ? 'none (no index)' : r.retrieval === 'lexical' ? 'lexical (no Ollama embeddings configured)' : r.retrieval}`,
        );
        if (r.taskBodyCutAt !== undefined)
          line(`task body cut at ${r.taskBodyCutAt} characters to fit`);
        line('taken:');
        for (const s of r.shown) {
          const ranges = s.ranges
            ? ` lines ${s.ranges.map(([a, b]) => `${a}-${b}`).join(',')}`
            : '';
          line(
            `  ${color.green('✔')} ${s.path}${ranges}  ${s.why}, ${s.tokens} tokens, score ${s.score}`,
          );
        }
        if (r.omittedCount) {
          line(`left out (${r.omittedCount}):`);
          for (const o of r.omitted) line(`  · ${o.path}: ${o.why}`);
          if (r.omittedCount > r.omitted.length)
            line(`  … and ${r.omittedCount - r.omitted.length} more`);
        }
        for (const n of r.notes) line(`note: ${n}`);
      },
    );
}
