/**
 * The intake, work and deliver jobs over the port fakes (memory ledger and forge, scripted
 * providers) with the shipped config, personas and gates, handing each other the artifacts as
 * the workflow does. The end-to-end tests (test/e2e/github-*.test.ts) run the same jobs as
 * processes against the local GitHub server and real git.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedConfig } from '../../src/config/load-config.js';
import type { Clock } from '../../src/core/clock.js';
import { PlanArtifact, WorkArtifact } from '../../src/jobs/artifacts.js';
import { deliverJob } from '../../src/jobs/deliver-job.js';
import { parseEvent } from '../../src/jobs/events.js';
import { intakeJob } from '../../src/jobs/intake-job.js';
import { workJob } from '../../src/jobs/work-job.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { asCellEntry } from '../../src/reports/cell-entry.js';
import { buildCells } from '../../src/reports/cells.js';
import { cellLookup } from '../../src/routing/learn-apply.js';
import { outcomeEntries } from '../support/outcome-ledger.js';
import { answerJson } from '../support/fake-provider.js';
import type { MemoryForge } from '../support/memory-forge.js';
import type { MemoryLedgerStore } from '../support/memory-ledger-store.js';
import {
  expectChained,
  pipelineOverFakes,
  shippedWritingGates,
} from '../support/pipeline-fakes.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

const POST = '# Launch\n\nWe launched a new site today.\n';
const TASK = 'acme/site#7';

/** `issues.labeled` for #7 with the given labels on the issue, the last one just added. */
function labeled(labels: string[], sender = 'ann') {
  const payload = webhookFixture('issues.labeled', {
    owner: 'acme',
    repo: 'site',
    number: 7,
    label: labels.at(-1) ?? 'aios',
    sender,
  });
  payload.issue.title = 'Write the launch post';
  payload.issue.body = 'Draft a short post about the launch.';
  const [template] = payload.issue.labels ?? [];
  if (!template) throw new Error('the fixture has no label to copy');
  payload.issue.labels = labels.map((name, i) => ({ ...template, id: template.id + i, name }));
  return parseEvent('issues', payload);
}

interface World {
  forge: MemoryForge;
  ledger: MemoryLedgerStore;
  config: LoadedConfig;
  clock: Clock;
  logs: string[];
  deps: Awaited<ReturnType<typeof pipelineOverFakes>>['deps'];
}

async function world(steps: Parameters<typeof pipelineOverFakes>[0] = []): Promise<World> {
  const w = await pipelineOverFakes(steps);
  w.forge.permissions.set('ann', 'write');
  w.forge.permissions.set('mallory', 'read');
  return { ...w, logs: [] };
}

const intakeDeps = (w: World) => ({
  forge: w.forge,
  config: w.config,
  ledger: w.ledger,
  personas: personaFolder(),
  clock: w.clock,
  log: (line: string) => w.logs.push(line),
});
const deliverDeps = (w: World) => ({ ...intakeDeps(w), forge: w.forge });

/** Artifacts travel as JSON and are re-validated when read: do the same here. */
const travel = <T>(schema: { parse(x: unknown): T }, value: T): T =>
  schema.parse(JSON.parse(JSON.stringify(value)));

describe('intake job over the fakes', () => {
  it('plans a labelled issue from a writer: a work artifact and a planned entry', async () => {
    const w = await world();
    const plan = await intakeJob(labeled(['blog', 'aios']), intakeDeps(w));
    expect(plan).toMatchObject({
      decision: 'work',
      issueNumber: 7,
      branch: 'aios/issue-7',
      task: { id: TASK, requestedBy: 'ann' },
      plan: { persona: 'editor', rule: { id: 'writing-in-voice' } },
    });
    if (plan.decision !== 'work') throw new Error('expected work');
    expect(plan.coAuthor).toMatch(/^ann <\d+\+ann@users\.noreply\.github\.com>$/);
    expect(w.ledger.all().map((e) => [e.event, e.task])).toEqual([['planned', TASK]]);
    expect(w.forge.calls).toEqual(['permission ann']); // read-only: nothing written to GitHub
  });

  it('applies a learn clause with the ledger cells the job is given, and the plan travels with it', async () => {
    const w = await world();
    const rules = w.config.config.rules.map((r) =>
      r.id === 'writing-in-voice'
        ? {
            ...r,
            learn: {
              mode: 'apply' as const,
              cheaper: ['flat'],
              minSamples: 5,
              minAcceptanceLB: 0.5,
              risks: ['low' as const, 'medium' as const],
            },
          }
        : r,
    );
    const config = { ...w.config, config: { ...w.config.config, rules } };
    const before = await intakeJob(labeled(['blog', 'aios']), intakeDeps(w));
    if (before.decision !== 'work') throw new Error('expected work');
    const cells = cellLookup(
      await buildCells(
        outcomeEntries([
          {
            rule: 'writing-in-voice',
            persona: 'editor',
            model: 'copilot-gpt',
            tier: 'flat',
            kind: 'writing',
            size: before.plan.size,
            risk: before.plan.risk,
            accepted: 10,
          },
        ]).map(asCellEntry),
      ),
    );
    const plan = travel(
      PlanArtifact,
      await intakeJob(labeled(['blog', 'aios']), {
        ...intakeDeps(w),
        config,
        learning: async () => cells,
      }),
    );
    if (plan.decision !== 'work') throw new Error('expected work');
    expect(plan.plan).toMatchObject({
      tier: 'flat',
      learn: { applied: true, from: { tier: before.plan.tier }, to: { model: 'copilot-gpt' } },
    });
    const planned = w.ledger.all().at(-1);
    expect(planned?.event === 'planned' && planned.data.learn?.applied).toBe(true);
  });

  it('ignores someone without write access: a log line only, nothing recorded', async () => {
    const w = await world();
    const plan = await intakeJob(labeled(['blog', 'aios'], 'mallory'), intakeDeps(w));
    expect(plan.decision).toBe('ignore');
    expect(w.ledger.all()).toEqual([]);
    expect(w.logs.join('\n')).toContain('mallory has read access');
  });

  it('asks at plan when no kind fits, and the deliver job posts the question', async () => {
    const w = await world();
    const plan = await intakeJob(labeled(['aios']), intakeDeps(w));
    expect(plan).toMatchObject({ decision: 'reply', reply: { kind: 'ask', stage: 'plan' } });
    expect(w.ledger.all().map((e) => e.event)).toEqual(['asked']);
    const result = await deliverJob(travel(PlanArtifact, plan), undefined, deliverDeps(w));
    expect(result.outcome).toBe('asked');
    expect(w.forge.questions).toHaveLength(1);
    expect(w.forge.labels.get(7)?.has('aios:needs-human')).toBe(true);
  });

  it('stops at the kill switch with a comment and records nothing', async () => {
    const w = await world();
    const plan = await intakeJob(labeled(['blog', 'aios']), {
      ...intakeDeps(w),
      disabledByVariable: true,
    });
    expect(plan).toMatchObject({
      decision: 'reply',
      reply: { kind: 'comment', marker: 'aios:off' },
    });
    expect(w.ledger.all()).toEqual([]);
  });
});

describe('deliver job over the fakes', () => {
  async function planAndWork(w: World) {
    const plan = travel(PlanArtifact, await intakeJob(labeled(['blog', 'aios']), intakeDeps(w)));
    const work = await workJob(plan, w.deps);
    return { plan, work: work && travel(WorkArtifact, work) };
  }

  it('delivers accepted work, records it once, and pushes every entry of the run', async () => {
    const w = await world([
      { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      // The writing kind's reviewer persona reads the work once the deterministic gates pass.
      { text: answerJson({ files: [] }) },
    ]);
    const { plan, work } = await planAndWork(w);
    expect(work?.outcome.status).toBe('accepted');
    const result = await deliverJob(plan, work, deliverDeps(w));
    expect(result.outcome).toBe('delivered');
    expect(w.forge.filesOn('aios/issue-7')?.get('posts/launch.md')).toBe(POST);
    expect(w.ledger.spooled).toEqual([]); // flushed
    const events = w.ledger.all().map((e) => e.event);
    const gateIds = await shippedWritingGates(w.config);
    // The author's call, the reviewer's call when the shipped gates name it (it runs while the
    // gates run, so its attempt comes before the verdicts), then one verdict per gate.
    const reviewerCalls = gateIds.includes('reviewer') ? ['attempt'] : [];
    expect(events).toEqual([
      'planned',
      'attempt',
      ...reviewerCalls,
      ...gateIds.map(() => 'gate'),
      'delivered',
    ]);
    const gates = w.ledger.all().filter((e) => e.event === 'gate');
    expect(gates.map((e) => [e.data.gate, e.data.pass])).toEqual(gateIds.map((id) => [id, true]));
    expectChained(w.ledger.all());

    // A re-run of the same deliver job: same commit, no second `delivered`.
    const again = await deliverJob(plan, work, deliverDeps(w));
    expect(again.outcome).toBe('delivered');
    expect(w.ledger.all().filter((e) => e.event === 'delivered')).toHaveLength(1);
    expect(w.forge.pulls.size).toBe(1);
  });

  it('records a failed work job and asks a person to look at its log', async () => {
    const w = await world();
    const plan = travel(PlanArtifact, await intakeJob(labeled(['blog', 'aios']), intakeDeps(w)));
    const result = await deliverJob(plan, undefined, deliverDeps(w));
    expect(result.outcome).toBe('failed');
    expect(w.ledger.all().at(-1)).toMatchObject({
      event: 'failed',
      actor: { type: 'system', component: 'deliver' },
      data: { stage: 'work' },
    });
    expect(w.forge.questions[0]?.questions).toEqual([
      'Check the work job log, then `/aios retry`.',
    ]);
  });

  it('follows a decline by the written handoff, then puts the task to a person', async () => {
    // The editor's reason matches its written decline of line edits, whose handoff is the copy
    // editor; the copy editor's reason matches its own decline of drafting, whose handoff (the
    // editor) already had the task, so a person is asked.
    const editorReason = 'Line edits on a finished draft, not new writing.';
    const decline = (reason: string) => ({
      text: answerJson({ decision: 'decline', files: [], declineReason: reason }),
    });
    const w = await world([decline(editorReason), decline('Not writing.')]);
    const { plan, work } = await planAndWork(w);
    expect(work?.handoffs).toEqual([{ from: 'editor', reason: editorReason, to: 'copy-editor' }]);
    expect(work?.plan?.persona).toBe('copy-editor');
    const result = await deliverJob(plan, work, deliverDeps(w));
    expect(result.outcome).toBe('asked');
    expect(w.forge.questions[0]).toMatchObject({
      stage: 'work',
      reason: 'The copy-editor persona declined: Not writing.',
    });
    expect(w.forge.branches.has('aios/issue-7')).toBe(false);
  });

  it('refuses work that breaks the write policy, whatever the work artifact says', async () => {
    const w = await world([
      { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      // The writing kind's reviewer persona reads the work once the deterministic gates pass.
      { text: answerJson({ files: [] }) },
    ]);
    const { plan, work } = await planAndWork(w);
    if (work?.outcome.status !== 'accepted') throw new Error('expected accepted work');
    const tampered = travel(WorkArtifact, {
      ...work,
      outcome: {
        ...work.outcome,
        files: [{ path: '.github/workflows/x.yml', content: 'on: push\n' }],
      },
    });
    const result = await deliverJob(plan, tampered, deliverDeps(w));
    expect(result.outcome).toBe('failed');
    expect(w.forge.branches.has('aios/issue-7')).toBe(false);
    expect(w.ledger.all().at(-1)).toMatchObject({
      event: 'failed',
      actor: { type: 'system', component: 'deliver' },
      data: { stage: 'deliver' },
    });
    expect(w.forge.questions[0]?.stage).toBe('gate');
  });
});
