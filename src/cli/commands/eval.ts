import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { MatrixCase } from '../../evals/eval-matrix.js';
import type { ProviderFor } from '../../evals/run-evals.js';
import type { ModelProvider } from '../../models/model-provider.js';
import { color, line, printJson } from '../output.js';

interface Common {
  dir?: string;
  config?: string;
  repo: string;
  persona?: string;
}

async function prepare(opts: Common) {
  const { prepareEvals } = await import('../../evals/prepare-evals.js');
  const { defaultPersonaDir } = await import('../../personas/load-personas.js');
  return prepareEvals({
    personaDir: opts.dir ? resolve(opts.dir) : defaultPersonaDir(),
    configFile: opts.config,
    repoDir: resolve(opts.repo),
    persona: opts.persona,
  });
}

const pct = (n: number | null): string => (n === null ? '  n/a' : `${(n * 100).toFixed(1)}%`);

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerEval(program: Command): void {
  const evalCmd = program
    .command('eval')
    .description(
      "Run the personas' evals (in-lane, near-miss and the cross-persona matrix) and hold them to the bars; exits 1 below a bar.",
    )
    .option('--persona <id>', 'only this persona')
    .option(
      '--model <name>',
      'config model id to run on (repeatable; default: the persona tier’s first model)',
      collect,
    )
    .option('--grader <name>', 'config model id that grades llm-rubric assertions')
    .option('--script <file>', 'scripted answers and grades per row (no model; labelled scripted)')
    .option('--screen-only', 'measure the router and the lane screen alone, with no model at all')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--config <file>', 'config file')
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        opts: Common & {
          model?: string[];
          grader?: string;
          script?: string;
          screenOnly?: boolean;
          json?: boolean;
        },
      ) => {
        const prepared = await prepare(opts);
        const { config } = prepared.config;
        if (opts.screenOnly) {
          const { screenEval } = await import('../../evals/screen-eval.js');
          const report = screenEval(prepared.personas, prepared.matrix, config);
          const shown = {
            ...report,
            personas: report.personas.filter((r) =>
              prepared.selected.some((p) => p.name === r.persona),
            ),
          };
          if (opts.json) printJson(shown);
          else {
            for (const r of shown.personas)
              line(
                `${color.cyan(r.persona.padEnd(26))} out-of-lane stopped ${r.stopped}/${r.outOfLane} (by kind ${r.stoppedByKind}, by screen ${r.stoppedByScreen}) · in-lane wrongly stopped ${r.wronglyStopped}/${r.inLane}`,
              );
            const t = report.total;
            line(
              `total: out-of-lane stopped before any call ${pct(t.stoppedShare)} (bar ≥ 80%; screen alone ${pct(t.stoppedByScreenShare)}) · in-lane wrongly stopped ${pct(t.wronglyStoppedShare)} (bar ≤ 2%)`,
            );
            for (const f of report.failures) line(color.red(`below the bar: ${f}`));
          }
          if (!report.pass) process.exitCode = 1;
          return;
        }
        const { runEvals } = await import('../../evals/run-evals.js');
        let providerFor: ProviderFor;
        let graderFor: ((row: MatrixCase) => Promise<ModelProvider>) | undefined;
        let models: string[];
        if (opts.script) {
          const { loadEvalScript, scriptedGraderFor, scriptedProviderFor } =
            await import('../../evals/eval-script.js');
          const script = await loadEvalScript(resolve(opts.script));
          models = ['scripted'];
          providerFor = async (_m, row) => scriptedProviderFor(script, row);
          graderFor = async (row) => scriptedGraderFor(script, row);
        } else {
          const { createProvider } = await import('../../models/create-provider.js');
          const modelConfig = (id: string) => {
            const m = config.models[id];
            if (!m)
              throw new InputError(`No model named "${id}" in the config.`, [], {
                hint: `Known models: ${Object.keys(config.models).join(', ')}.`,
              });
            return m;
          };
          const tierModel = (tier: string | undefined) => config.tiers[tier ?? '']?.models[0];
          models = opts.model?.length
            ? opts.model
            : [
                ...new Set(
                  prepared.selected.map(
                    (p) => tierModel(p.tier) ?? Object.keys(config.models)[0] ?? '',
                  ),
                ),
              ];
          const cache = new Map<string, Promise<ModelProvider>>();
          const provider = (id: string) => {
            let p = cache.get(id);
            if (!p) {
              p = createProvider(id, modelConfig(id), { env: process.env });
              cache.set(id, p);
            }
            return p;
          };
          for (const m of models) modelConfig(m);
          providerFor = (m) => provider(m);
          if (opts.grader) {
            const grader = opts.grader;
            modelConfig(grader);
            graderFor = () => provider(grader);
          }
        }
        const report = await runEvals({
          personas: prepared.selected,
          matrix: prepared.matrix,
          models,
          providerFor,
          graderFor,
          config,
        });
        if (opts.json) printJson({ ...report, scripted: Boolean(opts.script) });
        else {
          if (opts.script)
            line(color.yellow('scripted answers: these figures test the machinery, not a model'));
          for (const r of report.reports) {
            const status = r.failures.length ? color.red('✘') : color.green('✔');
            line(
              `${status} ${color.cyan(r.persona.padEnd(24))} ${r.model.padEnd(14)} cases ${String(r.cases).padStart(3)} · decline recall ${pct(r.declineRecall)} · false declines ${pct(r.falseDeclines)} · partial ${pct(r.partialCompliance)} · handoff ${pct(r.handoffAccuracy)} · ask rate ${pct(r.askRate)} · assertions ${r.assertions.passed}/${r.assertions.total}`,
            );
            for (const f of r.failures) line(color.red(`    below the bar: ${f}`));
          }
        }
        if (!report.pass) process.exitCode = 1;
      },
    );
  evalCmd
    .command('export')
    .description('Write the eval matrix as promptfoo configs or OpenAI Evals samples.')
    .requiredOption('--format <format>', 'promptfoo or openai-evals')
    .option('--out <dir>', 'folder to write into', 'eval-export')
    .option('--persona <id>', 'only this persona')
    .option('--dir <dir>', 'persona folder (default: the shipped personas)')
    .option('--config <file>', 'config file')
    .option('--repo <dir>', 'repository whose .github/aios.yml to use', '.')
    .action(async (own: Common & { format: string; out: string }, cmd: Command) => {
      // `--dir`, `--persona`, `--config` are also options of `aios eval`: commander hands them to
      // the parent, so read them with the parent's.
      const opts = cmd.optsWithGlobals<Common & { format: string; out: string }>();
      void own;
      if (opts.format !== 'promptfoo' && opts.format !== 'openai-evals')
        throw new InputError(`Cannot export evals as "${opts.format}".`, [], {
          hint: 'Choose promptfoo or openai-evals.',
        });
      const prepared = await prepare(opts);
      const { exportEvals } = await import('../../evals/export-evals.js');
      const files = exportEvals(
        prepared.selected,
        prepared.matrix,
        prepared.config.config,
        opts.format,
      );
      for (const f of files) {
        const target = join(resolve(opts.out), f.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, f.content);
        line(`${color.green('wrote')} ${join(opts.out, f.path)}`);
      }
    });
}
