import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContextRecord } from '../core/context-record.js';
import type { Finding } from '../core/gate-verdict.js';
import { sha256 } from '../core/hash.js';
import type { PromptRecord } from '../core/prompt-record.js';
import type { Task } from '../core/task.js';
import type { Workspace } from '../context/workspace.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { promptObject, type PromptObject } from '../ledger/prompt-objects.js';
import type { ChatMessage } from '../models/model-provider.js';
import type { Persona } from '../personas/persona-schema.js';
import { standardsDirFor } from '../personas/load-standards.js';

/** The parts of a prompt record shared by every attempt of one task's work. */
export type PromptBase = Pick<PromptRecord, 'task' | 'persona' | 'standards' | 'minConfidence'>;

/**
 * Keep the texts a task's prompts are built from as git objects in the ledger: the task (body in
 * full), the persona file and the standards it cites, as read now, and every repository file
 * the context shows (whole blobs: a client branch may be rewritten or deleted later, the
 * ledger's copy stays). Undefined when the ledger cannot hold objects, or a text cannot be read
 * as it was loaded (the persona file changed since): then no attempt claims a prompt record it
 * could not back.
 *
 * Returns one keeper per task, called with each context the task's prompts are built from (a
 * cascade's stages each have their own): the task, persona and standards are read and kept
 * once, and of each context's shown files only those not kept already are read and kept.
 */
export function promptBaseKeeper(options: {
  ledger: Pick<LedgerStore, 'keep'>;
  workspace: Pick<Workspace, 'readBlobs' | 'objectsOf'>;
  task: Task;
  persona: Persona;
  minConfidence: number;
}): (context: ContextRecord) => Promise<PromptBase | undefined> {
  const { ledger } = options;
  let texts: Promise<SharedTexts | undefined> | undefined;
  /** Ids handed to the ledger already (the shared texts, the files earlier contexts showed). */
  const kept = new Set<string>();
  return async (context) => {
    if (!ledger.keep) return undefined;
    const shared = await (texts ??= readSharedTexts(options));
    if (!shared) return undefined;
    // The hash in the context record is of the file the persona was loaded from.
    if (context.personaHash && shared.personaHash !== context.personaHash) return undefined;
    const objects = shared.objects.filter((o) => !kept.has(o.id));
    const blobs = [
      ...new Set(context.shown.filter((s) => s.why !== 'lesson').map((s) => s.blob)),
    ].filter((b) => !kept.has(b));
    if (blobs.length) {
      const read = (await options.workspace.readBlobs?.(blobs)) ?? new Map<string, Buffer>();
      for (const b of blobs) {
        const bytes = read.get(b);
        if (!bytes) return undefined; // a shown file that cannot be kept: no record to claim
        const o = promptObject(bytes);
        if (o.id !== b) return undefined;
        objects.push({ ...o, fromRepository: true, heldBy: options.workspace.objectsOf });
      }
    }
    if (objects.length) await ledger.keep(objects);
    for (const o of objects) kept.add(o.id);
    return shared.base;
  };
}

/** The texts every prompt of a task shares, read once: the record's part and their objects. */
interface SharedTexts {
  readonly base: PromptBase;
  readonly personaHash: string;
  readonly objects: readonly PromptObject[];
}

/** The task, persona and standards texts as objects; undefined when the persona cannot be read. */
async function readSharedTexts(options: {
  task: Task;
  persona: Persona;
  minConfidence: number;
}): Promise<SharedTexts | undefined> {
  const { persona } = options;
  const personaText = await readFile(persona.file).catch(() => undefined);
  if (!personaText) return undefined;
  const objects: PromptObject[] = [];
  const keep = (text: string | Buffer): string => {
    const o = promptObject(text);
    objects.push(o);
    return o.id;
  };
  const base: PromptBase = {
    task: keep(JSON.stringify(options.task)),
    persona: keep(personaText),
    minConfidence: options.minConfidence,
  };
  const standards: Record<string, string> = {};
  const standardsDir = standardsDirFor(dirname(persona.file));
  for (const [id, hash] of Object.entries(persona.standardHashes ?? {})) {
    const text = await readFile(join(standardsDir, `${id}.md`)).catch(() => undefined);
    // Only the document the attempt's hash names: a file edited since is not that document.
    if (text && sha256(text) === hash) standards[id] = keep(text);
  }
  if (Object.keys(standards).length) base.standards = standards;
  return { base, personaHash: sha256(personaText), objects };
}

/**
 * One attempt's prompt record: the shared texts plus what this attempt added (a person's
 * answer, the findings it was sent back with), kept as objects first.
 */
export async function keepAttemptPrompt(
  ledger: Pick<LedgerStore, 'keep'>,
  base: PromptBase,
  added: { humanAnswer?: string | undefined; sentBack?: readonly Finding[] | undefined },
): Promise<PromptRecord> {
  const objects: PromptObject[] = [];
  const record: PromptRecord = { ...base };
  if (added.humanAnswer) {
    const o = promptObject(added.humanAnswer);
    objects.push(o);
    record.answer = o.id;
  }
  if (added.sentBack?.length) {
    const o = promptObject(JSON.stringify(added.sentBack));
    objects.push(o);
    record.sentBack = o.id;
  }
  await ledger.keep?.(objects);
  return record;
}

/** A repair call's record: the attempt's, plus the turns the repair added (kept as an object). */
export async function keepRepairPrompt(
  ledger: Pick<LedgerStore, 'keep'>,
  record: PromptRecord,
  added: readonly ChatMessage[],
): Promise<PromptRecord> {
  const o = promptObject(JSON.stringify(added));
  await ledger.keep?.([o]);
  return { ...record, repair: o.id };
}
