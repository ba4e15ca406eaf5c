import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/prompt-record.ts
var BlobId = external_exports.string().regex(/^[0-9a-f]{40}$/, "a git blob id (40 hex digits)");
var PromptRecord = external_exports.object({
  /** The task as the pipeline had it (JSON of the Task, body in full). */
  task: BlobId,
  /** The persona file's text as read (`personas/<name>.md`). */
  persona: BlobId,
  /** Each cited standard's file text, by standard id. */
  standards: external_exports.record(external_exports.string(), BlobId).optional(),
  /** The asking threshold the answer contract names. */
  minConfidence: external_exports.number().min(0).max(1),
  /** A person's earlier answer shown to the persona (text). */
  answer: BlobId.optional(),
  /** The gates' findings the work was sent back with (JSON array of findings). */
  sentBack: BlobId.optional(),
  /** A repair call's added turns: the broken answer's excerpt and the repair request (JSON messages). */
  repair: BlobId.optional()
});
function promptBlobIds(record) {
  const out = [
    { id: record.task, field: "task" },
    { id: record.persona, field: "persona" }
  ];
  for (const [k, v] of Object.entries(record.standards ?? {}))
    out.push({ id: v, field: `standards.${k}` });
  if (record.answer) out.push({ id: record.answer, field: "answer" });
  if (record.sentBack) out.push({ id: record.sentBack, field: "sentBack" });
  if (record.repair) out.push({ id: record.repair, field: "repair" });
  return out;
}

export {
  BlobId,
  PromptRecord,
  promptBlobIds
};
