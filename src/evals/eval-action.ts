import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createProvider } from '../models/create-provider.js';
import { defaultPersonaDir } from '../personas/load-personas.js';
import { prepareEvals } from './prepare-evals.js';
import { runEvals } from './run-evals.js';
import { screenEval } from './screen-eval.js';

const pct = (n: number | null): string => (n === null ? 'n/a' : `${(n * 100).toFixed(1)}%`);

/**
 * The workflow's `eval` step: the screen-only figures (no model) always, and the model evals
 * on `model` when one is named (the self-hosted runner's Ollama). Returns the job summary in
 * Markdown and whether every bar held.
 */
export async function runEvalStep(options: {
  repoDir: string;
  configFile?: string | undefined;
  personaDir?: string | undefined;
  model?: string | undefined;
  env: NodeJS.ProcessEnv;
}): Promise<{ summary: string; failed: boolean }> {
  const repoPersonas = join(options.repoDir, 'personas');
  const personaDir =
    options.personaDir !== undefined
      ? join(options.repoDir, options.personaDir)
      : existsSync(repoPersonas)
        ? repoPersonas
        : defaultPersonaDir();
  const prepared = await prepareEvals({
    personaDir,
    configFile: options.configFile && join(options.repoDir, options.configFile),
    repoDir: options.repoDir,
  });
  const lines = ['## AIOS persona evals', ''];
  const screen = screenEval(prepared.personas, prepared.matrix, prepared.config.config);
  const t = screen.total;
  lines.push(
    `**Lane screen (no model):** out-of-lane tasks stopped before any call ${pct(t.stoppedShare)} (bar ≥ 80%), in-lane tasks wrongly stopped ${pct(t.wronglyStoppedShare)} (bar ≤ 2%), over ${t.outOfLane + t.inLane} cases.`,
    '',
  );
  for (const f of screen.failures) lines.push(`- ❌ ${f}`);
  let failed = !screen.pass;
  if (options.model) {
    const model = prepared.config.config.models[options.model];
    if (!model) throw new Error(`no model named ${options.model} in the config`);
    const provider = await createProvider(options.model, model, { env: options.env });
    const report = await runEvals({
      personas: prepared.selected,
      matrix: prepared.matrix,
      models: [options.model],
      providerFor: async () => provider,
      config: prepared.config.config,
    });
    lines.push(
      '',
      '| persona | model | decline recall | false declines | partial | handoff | ask rate | assertions | bars |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of report.reports)
      lines.push(
        `| ${r.persona} | ${r.model} | ${pct(r.declineRecall)} | ${pct(r.falseDeclines)} | ${pct(r.partialCompliance)} | ${pct(r.handoffAccuracy)} | ${pct(r.askRate)} | ${r.assertions.passed}/${r.assertions.total} | ${r.failures.length ? `❌ ${r.failures.join('; ')}` : '✅'} |`,
      );
    failed ||= !report.pass;
  } else lines.push('', 'No `eval-model` given: the model evals did not run.');
  return { summary: lines.join('\n'), failed };
}
