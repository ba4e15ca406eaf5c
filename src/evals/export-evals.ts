import { taskOnlyContext } from '../context/gather-context.js';
import picomatch from 'picomatch';
import { stringify } from 'yaml';
import type { AiosConfig } from '../config/config-schema.js';
import { buildPrompt } from '../personas/build-prompt.js';
import type { Persona } from '../personas/persona-schema.js';
import { buildTask } from '../pipeline/intake.js';
import type { EvalAssertion } from './eval-file.js';
import type { MatrixCase } from './eval-matrix.js';

export type EvalExportFormat = 'promptfoo' | 'openai-evals';

/** A file to write, relative to the output folder. */
export interface EvalExportFile {
  readonly path: string;
  readonly content: string;
}

/** The persona's prompt with promptfoo/Nunjucks variables where the task goes. */
function promptMessages(persona: Persona, config: AiosConfig) {
  const task = buildTask({
    id: `eval/${persona.name}`,
    source: { type: 'file', path: 'eval.yml', repo: 'eval' },
    title: '{{title}}',
    body: '{{body}}',
    labels: ['{{labels}}'],
    requestedBy: 'aios-eval',
    receivedAt: new Date(0),
  });
  return buildPrompt({
    persona,
    task,
    context: taskOnlyContext(task.body),
    attempt: 1,
    minConfidence: config.asking.minConfidence,
  });
}

/**
 * AIOS's metadata expectations as promptfoo `is-json` assertions on the answer JSON, so that
 * the exported suite checks the same things without AIOS.
 */
export function expectationAsserts(row: MatrixCase, persona: Persona): EvalAssertion[] {
  const properties: Record<string, unknown> = {};
  if (row.expect !== 'done') properties.decision = { const: row.expect };
  if (row.expect === 'decline') properties.files = { maxItems: 0 };
  if (row.handoff) properties.suggestedPersona = { const: row.handoff };
  if (row.writesWithin) {
    const pattern = persona.writes.map((g) => picomatch.makeRe(g, { dot: true }).source).join('|');
    properties.files = {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string', pattern: pattern || '(?!)' } },
      },
    };
  }
  if (!Object.keys(properties).length) return [];
  return [
    { type: 'is-json', value: { type: 'object', required: Object.keys(properties), properties } },
  ];
}

function providersFor(persona: Persona, config: AiosConfig): string[] {
  const tier = config.tiers[persona.tier ?? ''] ?? Object.values(config.tiers)[0];
  return (tier?.models ?? []).flatMap((id) => {
    const m = config.models[id];
    if (!m) return [];
    if (m.provider === 'ollama') return [`ollama:chat:${m.model}`];
    if (m.provider === 'openai') return [`openai:chat:${m.model}`];
    return [];
  });
}

/**
 * Write the matrix out: one promptfoo config per persona (prompt, providers from its tier,
 * tests with the assertions plus the expectations as `is-json`), or an OpenAI Evals registry
 * entry and samples per persona (`Includes` on the expected decision).
 */
export function exportEvals(
  personas: readonly Persona[],
  matrix: readonly MatrixCase[],
  config: AiosConfig,
  format: EvalExportFormat,
): EvalExportFile[] {
  const files: EvalExportFile[] = [];
  for (const p of personas) {
    const rows = matrix.filter((r) => r.persona === p.name);
    if (!rows.length) continue;
    const messages = promptMessages(p, config);
    if (format === 'promptfoo') {
      const doc = {
        description: `AIOS evals for ${p.name} (v${p.version}): in-lane, near-miss and out-of-lane cases`,
        prompts: [{ id: p.name, label: p.name, raw: JSON.stringify(messages) }],
        providers: providersFor(p, config),
        tests: rows.map((r) => ({
          description: r.id,
          vars: {
            title: r.case.vars.title,
            body: r.case.vars.body,
            labels: r.case.vars.labels.join(', '),
          },
          metadata: {
            lane: r.lane,
            expect: r.expect,
            ...(r.handoff ? { handoff: r.handoff } : {}),
            origin: r.origin,
          },
          assert: [...r.case.assert, ...expectationAsserts(r, p)],
        })),
      };
      files.push({ path: `promptfoo/${p.name}.yaml`, content: stringify(doc, { lineWidth: 0 }) });
    } else {
      const samples = rows.map((r) => {
        const fill = (s: string) =>
          s
            .replaceAll('{{title}}', r.case.vars.title)
            .replaceAll('{{body}}', r.case.vars.body)
            .replaceAll('{{labels}}', r.case.vars.labels.join(', '));
        return JSON.stringify({
          input: messages.map((m) => ({ role: m.role, content: fill(m.content) })),
          ideal: [`"decision":"${r.expect}"`, `"decision": "${r.expect}"`],
          metadata: { id: r.id, lane: r.lane, handoff: r.handoff ?? null },
        });
      });
      files.push({
        path: `openai-evals/data/aios-${p.name}/samples.jsonl`,
        content: `${samples.join('\n')}\n`,
      });
      files.push({
        path: `openai-evals/registry/aios-${p.name}.yaml`,
        content: stringify({
          [`aios-${p.name}`]: {
            id: `aios-${p.name}.dev.v${p.version}`,
            description: `AIOS lane evals for ${p.name}`,
            metrics: ['accuracy'],
          },
          [`aios-${p.name}.dev.v${p.version}`]: {
            class: 'evals.elsuite.basic.includes:Includes',
            args: { samples_jsonl: `aios-${p.name}/samples.jsonl` },
          },
        }),
      });
    }
  }
  return files;
}
