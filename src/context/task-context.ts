import { readFile } from 'node:fs/promises';
import type { AiosConfig } from '../config/config-schema.js';
import type { ContextRecord } from '../core/context-record.js';
import { describeError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { Persona } from '../personas/persona-schema.js';
import { gatherContext, type GatheredContext, type PromptRenderer } from './gather-context.js';
import { fuseByRank } from './rank-fusion.js';
import type { RetrievedChunk } from './repo-index.js';
import { configuredEmbedder, semanticHits } from './semantic-retrieval.js';
import { lessonsFor } from './task-lessons.js';
import { openUpdatedIndex } from './open-index.js';
import type { IndexUpdate } from './repo-index.js';
import { tokenCounterFor } from './token-counter.js';
import { ratioFileBeside } from './token-ratio.js';
import type { Workspace } from './workspace.js';

/** The prompt budget for a tier: its context budget minus the output cap. */
export function promptBudget(config: AiosConfig, tier: string): number {
  const t = config.context.tiers[tier];
  const max = t?.maxTokens ?? config.context.maxTokens;
  const out = t?.outputTokens ?? config.context.outputTokens;
  return Math.max(0, max - out);
}

/**
 * Findings of a send-back are added to later prompts: a tenth of the budget (at most 2,000
 * tokens) is kept free for them.
 */
function sendBackReserve(budget: number): number {
  return Math.min(2_000, Math.floor(budget / 10));
}

/**
 * The context for one task as the pipeline needs it: the tier's budget, the first model's
 * tokenizer, the whole prompt held to the budget, and the persona file's hash in the record.
 */
export async function gatherTaskContext(options: {
  workspace: Workspace;
  task: Task;
  plan: Plan;
  persona: Persona;
  config: AiosConfig;
  answers?: string | undefined;
  changedPaths?: readonly string[] | undefined;
  render: PromptRenderer;
  /** Told the index's counts and time after each update (first build or incremental). */
  onIndex?: ((update: IndexUpdate) => void) | undefined;
  onIndexProgress?: ((done: number, total: number) => void) | undefined;
  /** The ledger whose past tasks become lessons; without it there are none. */
  ledger?: Pick<LedgerStore, 'entries'> | undefined;
}): Promise<GatheredContext> {
  const { config, plan } = options;
  const first = plan.models[0] ? config.models[plan.models[0]] : undefined;
  const { indexFile } = options.workspace;
  const counter = first
    ? await tokenCounterFor(first, indexFile ? ratioFileBeside(indexFile) : undefined)
    : undefined;
  const budget = promptBudget(config, plan.tier);
  // The index is a cache: when it cannot be opened (a read-only checkout, a broken file) the
  // context is chosen without it, and the record says why.
  let indexed: ContextRecord['index'];
  let lessonError: string | undefined;
  const index = await openUpdatedIndex(
    options.workspace,
    (u) => {
      indexed = u;
      options.onIndex?.(u);
    },
    options.onIndexProgress,
  ).catch((error: unknown) => {
    indexed = { error: describeError(error) };
    return undefined;
  });
  const lessons = options.ledger
    ? await lessonsFor({
        ledger: options.ledger,
        indexFile: options.workspace.indexFile,
        task: options.task,
        kind: plan.kind,
        client: plan.client ?? options.task.client,
        settings: config.context.lessons,
      }).catch((error: unknown) => {
        lessonError = describeError(error);
        return [];
      })
    : [];
  // Semantic retrieval only when embeddings are configured; any failure leaves it lexical,
  // and the record says why.
  const embedder = configuredEmbedder(config);
  let semantic: RetrievedChunk[] | undefined;
  let semanticError: string | undefined;
  const { readBlobs } = options.workspace;
  if (index && embedder && indexFile && readBlobs) {
    semantic = await semanticHits({
      indexFile,
      embedder,
      read: (blobs) => readBlobs.call(options.workspace, blobs),
      task: options.task,
    }).catch((error: unknown) => {
      semanticError = describeError(error);
      return undefined;
    });
  }
  const context = await gatherContext({
    lessons,
    retrieval: semantic ? 'lexical+semantic' : 'lexical',
    workspace: options.workspace,
    task: options.task,
    laneGlobs: options.persona.writes,
    maxTokens: budget,
    counter,
    answers: options.answers,
    changedPaths: options.changedPaths,
    render: options.render,
    reserveTokens: sendBackReserve(budget),
    retrieve: index
      ? (terms) =>
          semantic ? fuseByRank([index.search(terms, 60), semantic]) : index.search(terms, 60)
      : undefined,
    repoMap: index ? (seeds, terms) => index.repoMap(seeds, terms) : undefined,
  }).finally(() => index?.close());
  const personaHash = await readFile(options.persona.file).then(
    (b) => sha256(b),
    () => undefined,
  );
  return {
    ...context,
    record: {
      ...context.record,
      ...(lessonError ? { lessonsError: lessonError } : {}),
      ...(semanticError ? { semanticError } : {}),
      ...(indexed ? { index: indexed } : {}),
      ...(personaHash ? { personaHash } : {}),
    },
  };
}
