import { loadConfig } from '../../src/config/load-config.js';
import { steppingClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { serializeEntry, type LedgerEntry } from '../../src/core/ledger-entry.js';
import type { Task } from '../../src/core/task.js';
import { defaultGates } from '../../src/gates/default-gates.js';
import { canonicalGateId } from '../../src/gates/gate-catalog.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { buildTask } from '../../src/pipeline/intake.js';
import type { PipelineDeps } from '../../src/pipeline/run-task.js';
import { FakeProvider, type FakeStep } from './fake-provider.js';
import { MemoryForge } from './memory-forge.js';
import { MemoryLedgerStore } from './memory-ledger-store.js';
import { memoryWorkspace } from './memory-workspace.js';

/**
 * The pipeline over the port fakes: the shipped config, personas and gates (real), the memory
 * ledger, forge and workspace, and one scripted FakeProvider per model id. Unit tests of
 * run-task and the jobs build on this; the end-to-end tests keep the real adapters.
 */
export async function pipelineOverFakes(
  steps: FakeStep[],
  files: Record<string, string> = { 'README.md': '# Site\n' },
) {
  const config = await loadConfig();
  const clock = steppingClock(new Date('2026-11-03T10:00:00Z'));
  const ledger = MemoryLedgerStore.create(clock);
  const forge = new MemoryForge('acme', 'site', files);
  const providers = new Map<string, FakeProvider>();
  const deps: PipelineDeps = {
    config,
    personas: personaFolder(),
    gates: defaultGates(),
    forge,
    ledger,
    workspace: memoryWorkspace(files),
    // Every model of the plan answers from the one script, in order.
    provider: async (modelId) => {
      const p = providers.get(modelId) ?? new FakeProvider(modelId, steps);
      providers.set(modelId, p);
      return p;
    },
    clock,
    sleep: async () => undefined,
  };
  return { deps, ledger, forge, providers, config, clock };
}

/** An issue task with the given labels. */
export function issueTask(labels: string[], body = 'Draft a short post about the launch.'): Task {
  return buildTask({
    id: 'acme/site#7',
    source: {
      type: 'issue',
      owner: 'acme',
      repo: 'site',
      number: 7,
      url: 'https://github.test/acme/site/issues/7',
      isPullRequest: false,
    },
    title: 'Write the launch post',
    body,
    labels,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-03T09:00:00Z'),
  });
}

/** Throws unless each task's entries form one chain by the sha256 of the previous entry. */
export function expectChained(entries: readonly LedgerEntry[]): void {
  const last = new Map<string, LedgerEntry>();
  for (const e of entries) {
    const prev = last.get(e.task);
    const expected = prev ? sha256(serializeEntry(prev)) : null;
    if (e.prev !== expected) throw new Error(`entry ${e.id} (${e.event}) is not chained`);
    last.set(e.task, e);
  }
}

/**
 * The gates a blog task's attempt runs under the shipped config and personas, in order: the
 * write policy, then the writing kind's, the writing rule's and the editor persona's gates,
 * each once. Read from the shipped files so a gate added to the kind is expected here too.
 */
export async function shippedWritingGates(
  config: Awaited<ReturnType<typeof loadConfig>>,
): Promise<string[]> {
  const { kinds, rules } = config.config;
  const rule = rules.find((r) => r.id === 'writing-in-voice');
  const editor = await personaFolder().load('editor');
  return [
    'write-policy',
    ...new Set(
      [...(kinds.writing?.gates ?? []), ...(rule?.route.gates ?? []), ...editor.gates].map(
        canonicalGateId,
      ),
    ),
  ];
}
