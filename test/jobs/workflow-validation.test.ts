import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderWorkflow } from '../../src/app/init-repo.js';
import { packageRoot } from '../../src/core/package-root.js';

const root = packageRoot();
const trace = new NoOperationTraceWriter();

interface Job {
  permissions?: Record<string, string> | string;
  'timeout-minutes'?: number;
  steps: {
    run?: string;
    uses?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }[];
}

async function validWorkflow(name: string, content: string) {
  const result = parseWorkflow({ name, content }, trace);
  const errors = result.context.errors.getErrors().map((e) => e.message);
  expect(errors, `${name} must parse with GitHub's workflow parser`).toEqual([]);
  const template = await convertWorkflowTemplate(result.context, result.value!);
  expect(template.errors ?? [], `${name} must convert`).toEqual([]);
  return template;
}

describe('the shipped workflow and action', () => {
  it('the template (as aios init writes it) and this repository’s workflows are valid GitHub workflows', async () => {
    const rendered = await renderWorkflow('owner/aios@v0', '["self-hosted","ollama"]');
    const template = await validWorkflow('aios.yml', rendered);
    expect(template.jobs.map((j) => j.id.toString())).toEqual([
      'intake',
      'work',
      'deliver',
      'signoff',
      'evals',
    ]);
    for (const file of ['aios.yml', 'ci.yml'])
      await validWorkflow(file, await readFile(join(root, '.github', 'workflows', file), 'utf8'));
    expect(await readFile(join(root, '.github', 'workflows', 'aios.yml'), 'utf8')).toBe(
      await renderWorkflow('./', '["self-hosted","ollama"]'),
    );
  });

  it('gives every job least privilege and a timeout; the job that calls models cannot write', async () => {
    const wf = parse(await renderWorkflow('owner/aios@v0', '["self-hosted","ollama"]')) as {
      permissions: unknown;
      concurrency: { group: string };
      jobs: Record<string, Job>;
    };
    expect(wf.permissions).toEqual({});
    expect(wf.concurrency.group).toContain('github.event.issue.number');
    for (const [id, job] of Object.entries(wf.jobs)) {
      expect(job['timeout-minutes'], id).toBeGreaterThan(0);
      expect(typeof job.permissions, id).toBe('object');
    }
    const writes = (j: Job) =>
      Object.entries(j.permissions as Record<string, string>)
        .filter(([, v]) => v === 'write')
        .map(([k]) => k);
    expect(writes(wf.jobs.intake!)).toEqual([]);
    expect(writes(wf.jobs.work!)).toEqual([]);
    expect(writes(wf.jobs.deliver!).sort()).toEqual(['contents', 'issues', 'pull-requests']);
    // The work job's checkout keeps no credentials.
    expect(wf.jobs.work!.steps[0]?.with?.['persist-credentials']).toBe(false);
  });

  it('puts no expression inside a run step (no untrusted text can reach a shell)', async () => {
    for (const text of [
      await renderWorkflow('owner/aios@v0', '["self-hosted"]'),
      await readFile(join(root, '.github', 'workflows', 'ci.yml'), 'utf8'),
    ]) {
      const wf = parse(text) as { jobs: Record<string, Job> };
      for (const job of Object.values(wf.jobs))
        for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
    }
  });

  it('action.yml is a valid node24 action whose inputs the entry reads', async () => {
    const content = await readFile(join(root, 'action.yml'), 'utf8');
    const result = parseAction({ name: 'action.yml', content }, trace);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const action = convertActionTemplate(result.context, result.value!);
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/action.js' });
    const inputs = Object.keys((parse(content) as { inputs: Record<string, unknown> }).inputs);
    const entry = await readFile(join(root, 'src', 'action', 'run-action.ts'), 'utf8');
    for (const name of inputs)
      expect(entry, `the entry reads input ${name}`).toContain(`io.input('${name}')`);
  });

  it('the validator bites: a broken workflow is reported', () => {
    const broken =
      'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { contents: writ }\n    timeout-minutes: soon\n    steps: []\n';
    const result = parseWorkflow({ name: 'broken.yml', content: broken }, trace);
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('refuses a bad runner list or action reference', async () => {
    await expect(renderWorkflow('owner/aios@v0', 'ollama')).rejects.toThrow(
      /JSON list of runner labels/,
    );
    await expect(renderWorkflow('not a ref', '["x"]')).rejects.toThrow(/not an action reference/);
  });
});
