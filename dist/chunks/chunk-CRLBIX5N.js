import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HiddenText
} from "./chunk-OJX3CLAV.js";
import {
  Size,
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/task.ts
var TaskSource = external_exports.discriminatedUnion("type", [
  external_exports.object({ type: external_exports.literal("file"), path: external_exports.string(), repo: external_exports.string() }),
  external_exports.object({
    type: external_exports.literal("issue"),
    owner: external_exports.string(),
    repo: external_exports.string(),
    number: external_exports.number().int().positive(),
    url: external_exports.url(),
    isPullRequest: external_exports.boolean()
  })
]);
var Task = external_exports.object({
  /** `owner/repo#12` for GitHub, `local/<repo>#<file-stem>` for task files. */
  id: external_exports.string().min(3),
  /** Path-safe form of the id, used in branch names and ledger folders. */
  key: external_exports.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  source: TaskSource,
  title: external_exports.string().min(1),
  /** Body with hidden text removed (see sanitize). */
  body: external_exports.string(),
  labels: external_exports.array(external_exports.string()),
  client: external_exports.string().optional(),
  /** By-hand estimate: a size or minutes. */
  estimate: external_exports.union([Size, external_exports.number().int().positive()]).optional(),
  /** A kind named by the person, which wins over classification by labels. */
  kind: Slug.optional(),
  author: external_exports.string().optional(),
  /** Who started the work (applied the label, or ran the CLI). */
  requestedBy: external_exports.string(),
  /** sha256 of title + body as received, before sanitising: proves which text was worked on. */
  textHash: external_exports.string().regex(/^[0-9a-f]{64}$/),
  /** What sanitising removed, so a reviewer can see that hidden text was there. */
  removed: external_exports.array(external_exports.string()),
  /** The same by kind, with counts and characters (core/hidden-text.ts); recorded when planned. */
  hidden: external_exports.array(HiddenText).optional(),
  receivedAt: external_exports.iso.datetime()
});
function taskKey(id) {
  const key = id.toLowerCase().replace(/[/#]+/g, ".").replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").replace(/[.-]+$/, "");
  return key.length > 0 ? key : "task";
}

export {
  Task,
  taskKey
};
