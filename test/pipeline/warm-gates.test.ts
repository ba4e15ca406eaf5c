import { describe, expect, it } from 'vitest';
import type { GateVerdict } from '../../src/core/gate-verdict.js';
import { defaultGates } from '../../src/gates/default-gates.js';
import { createEditorialGate } from '../../src/gates/editorial-gate.js';
import { GateRegistry, type Gate, type GateEntry } from '../../src/gates/gate.js';
import type { GateSettings } from '../../src/gates/gate-settings.js';
import type { PipelineDeps } from '../../src/pipeline/run-task.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { warmGates } from '../../src/pipeline/warm-gates.js';
import { answerJson } from '../support/fake-provider.js';
import { issueTask, pipelineOverFakes } from '../support/pipeline-fakes.js';

const pass = (gate: string): GateVerdict => ({ gate, pass: true, findings: [], durationMs: 0 });

/** A registry and config as the pipeline passes them, with the `gates` settings given. */
function deps(gates: GateRegistry, settings: Record<string, GateSettings>) {
  return { gates, config: { config: { gates: settings } } } as unknown as Pick<
    PipelineDeps,
    'gates' | 'config'
  >;
}

describe('warmGates', () => {
  it("prepares each of the plan's gates once, with the settings it will run with, under any of its names", async () => {
    const prepared: [string, GateSettings | undefined][] = [];
    const gate = (id: string): Gate => ({
      id,
      description: id,
      run: async () => pass(id),
      prepare: async (settings) => {
        prepared.push([id, settings]);
      },
    });
    const registry = new GateRegistry([gate('a'), gate('b'), { ...gate('c'), prepare: undefined }]);
    warmGates(
      { gates: ['a', 'b', 'a', 'c', 'reviewer', 'missing'] },
      deps(registry, { a: { words: ['Acme'] } }),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(prepared).toEqual([
      ['a', { words: ['Acme'] }],
      ['b', undefined],
    ]);
  });

  it('starts as soon as runTask has a plan, before the plan is recorded, and the gates still run', async () => {
    const w = await pipelineOverFakes([
      {
        text: answerJson({
          files: [{ path: 'posts/launch.md', content: '# Launch\n\nWe launched.\n' }],
        }),
      },
      { text: answerJson({ files: [] }) },
    ]);
    const seen: { id: string; entries: number }[] = [];
    const ran: string[] = [];
    const gate = (id: string): Gate => ({
      id,
      description: id,
      run: async () => {
        ran.push(id);
        return pass(id);
      },
      prepare: async () => {
        seen.push({ id, entries: w.ledger.all().length });
      },
    });
    const outcome = await runTask(issueTask(['aios', 'blog']), {
      ...w.deps,
      gates: new GateRegistry([gate('markdown-lint'), gate('editorial')]),
    });
    expect(outcome.status).toBe('delivered');
    expect(seen[0]).toEqual({ id: 'markdown-lint', entries: 0 });
    expect(seen.filter((s) => s.entries === 0).map((s) => s.id)).toEqual([
      'markdown-lint',
      'editorial',
    ]);
    expect(ran).toEqual(['markdown-lint', 'editorial']);
  });

  it('leaves a failure to load for the gate run to report, as it did before', async () => {
    let loads = 0;
    const entry: GateEntry = {
      id: 'broken',
      aliases: [],
      description: 'fails to load',
      checkers: [],
      cost: 1,
      load: () => {
        loads++;
        return Promise.reject(new Error('checker missing'));
      },
    };
    const registry = new GateRegistry([], [entry]);
    // Not awaited and never thrown: the run goes on.
    expect(() => warmGates({ gates: ['broken'] }, deps(registry, {}))).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    await expect(
      registry.get('broken')!.run({ files: [], kind: 'writing', taskId: 't' }),
    ).rejects.toThrow('checker missing');
    expect(loads).toBe(1);
  });

  it('gives the verdicts an unprepared run gives (the shipped markdown and editorial gates)', async () => {
    const text =
      '# Offer\n\nWe ship Qwertyplex to clients and we recieve letters.\n\nThe the end\n';
    const input = (settings?: GateSettings) => ({
      files: [{ path: 'post.md', content: text }],
      kind: 'writing',
      taskId: 't',
      settings,
    });
    const strip = (v: GateVerdict) => ({ ...v, durationMs: 0 });
    const cold = [
      strip(await createEditorialGate().run(input({ words: ['Qwertyplex'] }))),
      strip(await createEditorialGate().run(input())),
      strip(await defaultGates().get('markdown-lint')!.run(input())),
    ];
    const registry = defaultGates();
    warmGates(
      { gates: ['markdown-lint', 'editorial'] },
      deps(registry, { editorial: { words: ['Qwertyplex'] } }),
    );
    // Run at once, while the preparation may still be going on, as the pipeline may.
    const warm = [
      strip(await registry.get('editorial')!.run(input({ words: ['Qwertyplex'] }))),
      strip(await registry.get('editorial')!.run(input())),
      strip(await registry.get('markdown-lint')!.run(input())),
    ];
    expect(warm).toEqual(cold);
    // The word list prepared for is the run's own: without it the word is a finding again.
    const spelled = (v: GateVerdict) => v.findings.map((f) => f.message).join('\n');
    expect(spelled(warm[0]!)).not.toContain('Qwertyplex');
    expect(spelled(warm[1]!)).toContain('Qwertyplex');
    expect(spelled(warm[0]!)).toContain('recieve');
  });
});
