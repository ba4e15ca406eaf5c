import { z } from 'zod';

/** A git blob id (sha1, 40 hex): what the ledger's `prompts/` tree stores each text under. */
export const BlobId = z.string().regex(/^[0-9a-f]{40}$/, 'a git blob id (40 hex digits)');

/**
 * What an attempt's prompt was built from, each text kept as a git object in the ledger
 * (`prompts/<aa>/<rest of the id>` on the ledger branch), so `aios receipt --internal` rebuilds
 * the exact messages sent: the task as it was snapshotted (its full body, even where the prompt
 * cut it), the persona file and the standards it cites as read, and the inputs that changed
 * from attempt to attempt (a person's answer, the findings sent back, a repair call's turn).
 * The shown files are the context record's blobs, kept in the same tree.
 */
export const PromptRecord = z.object({
  /** The task as the pipeline had it (JSON of the Task, body in full). */
  task: BlobId,
  /** The persona file's text as read (`personas/<name>.md`). */
  persona: BlobId,
  /** Each cited standard's file text, by standard id. */
  standards: z.record(z.string(), BlobId).optional(),
  /** The asking threshold the answer contract names. */
  minConfidence: z.number().min(0).max(1),
  /** A person's earlier answer shown to the persona (text). */
  answer: BlobId.optional(),
  /** The gates' findings the work was sent back with (JSON array of findings). */
  sentBack: BlobId.optional(),
  /** A repair call's added turns: the broken answer's excerpt and the repair request (JSON messages). */
  repair: BlobId.optional(),
});
export type PromptRecord = z.infer<typeof PromptRecord>;

/** Every blob id a prompt record names, with the field that names it (for verify). */
export function promptBlobIds(record: PromptRecord): { id: string; field: string }[] {
  const out = [
    { id: record.task, field: 'task' },
    { id: record.persona, field: 'persona' },
  ];
  for (const [k, v] of Object.entries(record.standards ?? {}))
    out.push({ id: v, field: `standards.${k}` });
  if (record.answer) out.push({ id: record.answer, field: 'answer' });
  if (record.sentBack) out.push({ id: record.sentBack, field: 'sentBack' });
  if (record.repair) out.push({ id: record.repair, field: 'repair' });
  return out;
}
