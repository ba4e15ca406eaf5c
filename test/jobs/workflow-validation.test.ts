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
  if?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
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
      'stop',
      'route-diff',
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
      jobs: Record<string, Job>;
    };
    expect(wf.permissions).toEqual({});
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
    // `/aios stop` cancels runs in flight from a job that can do that and nothing else, started
    // only by intake's verdict, with the plan it verifies.
    const stop = wf.jobs.stop! as Job & { needs?: string };
    expect(stop.permissions).toEqual({ actions: 'write' });
    expect(stop.needs).toBe('intake');
    expect(stop.if).toBe("needs.intake.outputs.stop == 'true'");
    const stopStep = stop.steps.find((s) => s.with?.command === 'stop')!;
    expect(stopStep.with?.['plan-sha256']).toBe('${{ needs.intake.outputs.plan-sha256 }}');
    // The stop job finds the task's runs by these job names (src/jobs/stop-runs.ts).
    const key = '${{ github.event.issue.number || github.event.pull_request.number }}';
    expect((wf.jobs.work as Job & { name?: string }).name).toBe(`aios work #${key}`);
    expect((wf.jobs.deliver as Job & { name?: string }).name).toBe(`aios deliver #${key}`);
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

  it('serialises only work and deliver, per issue; pre-filters intake and signoff; refuses forks', async () => {
    const wf = parse(await renderWorkflow('owner/aios@v0', '["self-hosted","ollama"]')) as {
      concurrency?: unknown;
      jobs: Record<string, Job>;
    };
    // A workflow-level group would let any comment cancel or queue ahead of a stop or sign-off.
    expect(wf.concurrency).toBeUndefined();
    for (const id of ['work', 'deliver']) {
      expect(wf.jobs[id]!.concurrency?.group, id).toMatch(
        /github\.event\.issue\.number \|\| github\.event\.pull_request\.number/,
      );
      expect(wf.jobs[id]!.concurrency?.['cancel-in-progress'], id).toBe(false);
    }
    for (const id of ['intake', 'signoff']) expect(wf.jobs[id]!.concurrency, id).toBeUndefined();
    const intake = wf.jobs.intake!.if ?? '';
    expect(intake).toContain("github.event.label.name == (vars.AIOS_LABEL || 'aios')");
    expect(intake).toContain("contains(github.event.comment.body, '/aios')");
    expect(intake).toContain('github.event.comment.author_association');
    expect(intake).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const signoff = wf.jobs.signoff!.if ?? '';
    expect(signoff).toContain("startsWith(github.event.pull_request.head.ref, 'aios/')");
    expect(signoff).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    // List checks parse the JSON list instead of searching its text.
    const work = wf.jobs.work!.steps.find((s) => s.with?.command === 'work')!;
    expect(work.env?.OPENAI_API_KEY).toContain('contains(fromJSON(needs.intake.outputs.api-keys)');
    expect(work.with?.['github-token']).toContain("'GITHUB_TOKEN') && github.token || ''");
  });

  it('runs evals and the route diff on opened, synchronize and reopened pull requests, and nothing else on them', async () => {
    const wf = parse(await renderWorkflow('owner/aios@v0', '["self-hosted","ollama"]')) as {
      on: { pull_request: { types: string[] } };
      jobs: Record<string, Job & { needs?: string | string[] }>;
    };
    const types = wf.on.pull_request.types;
    for (const t of ['opened', 'synchronize', 'reopened', 'labeled', 'closed'])
      expect(types, t).toContain(t);
    // Exactly two read-only jobs look at a pull request's own changes: the persona evals and the
    // route diff of a changed config. Both run only for same-repository heads, without secrets.
    const prJobs = ['evals', 'route-diff'];
    for (const id of prJobs) {
      const job = wf.jobs[id]!;
      const cond = job.if ?? '';
      expect(cond, id).toContain('fromJSON(\'["opened","synchronize","reopened"]\')');
      expect(cond, id).toContain(
        'github.event.pull_request.head.repo.full_name == github.repository',
      );
      expect(cond, id).not.toContain('labeled');
      expect(job.permissions, id).toEqual({ contents: 'read' });
      expect(JSON.stringify(job), id).not.toMatch(/secrets\./);
    }
    // Every other job either names the pull_request actions it takes or waits on intake.
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (prJobs.includes(id)) continue;
      const cond = job.if ?? '';
      const needs = [job.needs ?? []].flat();
      if (needs.includes('intake')) {
        expect(cond, id).toMatch(/needs\.intake\./);
        continue;
      }
      for (const clause of cond.split(/\|\|(?![^(]*\))/))
        if (clause.includes("github.event_name == 'pull_request'"))
          expect(clause, `${id}: a pull_request clause names its action`).toMatch(
            /github\.event\.action == '(labeled|closed)'/,
          );
    }
    expect(wf.jobs.intake!.if).toContain("github.event.action == 'labeled'");
    expect(wf.jobs.signoff!.if).toContain("github.event.action == 'closed'");
  });

  it('pins every action by commit SHA and keeps no git credentials in any checkout', async () => {
    const text = await renderWorkflow(
      'owner/aios@0123456789abcdef0123456789abcdef01234567',
      '["x"]',
    );
    const wf = parse(text) as { jobs: Record<string, Job> };
    for (const [id, job] of Object.entries(wf.jobs))
      for (const step of job.steps) {
        if (!step.uses) continue;
        expect(step.uses, id).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        if (step.uses.startsWith('actions/checkout@')) {
          expect(step.with?.['persist-credentials'], id).toBe(false);
          if (step.with?.path === undefined) {
            // The workspace every job reads config, personas and rules from: the default branch.
            expect(step.with?.ref, id).toBe('${{ github.event.repository.default_branch }}');
            continue;
          }
          // Only the evals job (a PR's personas and standards) and the route-diff job (a PR's
          // config) take files of the PR, as data, into a side folder, from a same-repository
          // head, with a read-only token.
          const sideFiles: Record<string, string[]> = {
            evals: ['personas', 'standards'],
            'route-diff': ['.github/aios.yml'],
          };
          expect(Object.keys(sideFiles)).toContain(id);
          expect(step.with.ref).toBe('${{ github.event.pull_request.head.sha }}');
          expect(step.with.path).toBe('.aios-pr');
          expect(step.with['sparse-checkout']?.trim().split('\n')).toEqual(sideFiles[id]);
          expect(job.if).toContain(
            'github.event.pull_request.head.repo.full_name == github.repository',
          );
          expect(job.permissions).toEqual({ contents: 'read' });
        }
      }
    expect(text).not.toMatch(/persist-credentials: true/);
  });

  it('aios init resolves a tag to its commit, refuses what it cannot resolve, and writes Dependabot', async () => {
    const { mkdtemp, mkdir, readFile: read } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { simpleGit } = await import('simple-git');
    const { initRepo, pinAction } = await import('../../src/app/init-repo.js');
    const base = await mkdtemp(join(tmpdir(), 'aios-pin-'));
    const src = join(base, 'src');
    await mkdir(src);
    const g = simpleGit(src);
    await g.init();
    await g.addConfig('user.name', 'A');
    await g.addConfig('user.email', 'a@example.com');
    await g.commit('v0', ['--allow-empty']);
    await g.addAnnotatedTag('v0', 'v0');
    const sha = (await g.revparse(['HEAD'])).trim();
    await mkdir(join(base, 'owner'));
    await simpleGit().clone(src, join(base, 'owner', 'aios'), ['--bare']);
    expect(await pinAction('owner/aios@v0', { gitBaseUrl: base })).toBe(`owner/aios@${sha} # v0`);
    await expect(pinAction('owner/aios@v9', { gitBaseUrl: base })).rejects.toThrow(
      /Cannot resolve owner\/aios@v9 to a commit SHA/,
    );
    expect(await pinAction('owner/aios@v9', { allowTag: true })).toBe('owner/aios@v9');
    const repo = join(base, 'repo');
    await mkdir(repo);
    const written = await initRepo({
      repoDir: repo,
      action: 'owner/aios@v0',
      workRunner: '["self-hosted"]',
      gitBaseUrl: base,
    });
    expect(written.written).toContain('.github/dependabot.yml');
    expect(await read(join(repo, '.github', 'workflows', 'aios.yml'), 'utf8')).toContain(
      `uses: owner/aios@${sha} # v0`,
    );
    expect(parse(await read(join(repo, '.github', 'dependabot.yml'), 'utf8'))).toMatchObject({
      updates: [{ 'package-ecosystem': 'github-actions' }],
    });
  });
});
