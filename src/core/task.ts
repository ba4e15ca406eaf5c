import { HiddenText } from './hidden-text.js';
import { z } from 'zod';
import { Size, Slug } from './work.js';

/**
 * Where a task came from. Both paths (a local task file, a GitHub issue or PR) build the same
 * Task, so everything after intake is indifferent to the source.
 */
export const TaskSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), path: z.string(), repo: z.string() }),
  z.object({
    type: z.literal('issue'),
    owner: z.string(),
    repo: z.string(),
    number: z.number().int().positive(),
    url: z.url(),
    isPullRequest: z.boolean(),
  }),
]);
export type TaskSource = z.infer<typeof TaskSource>;

/** A unit of work, snapshotted at the moment a person started it. Its text is untrusted data. */
export const Task = z.object({
  /** `owner/repo#12` for GitHub, `local/<repo>#<file-stem>` for task files. */
  id: z.string().min(3),
  /** Path-safe form of the id, used in branch names and ledger folders. */
  key: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  source: TaskSource,
  title: z.string().min(1),
  /** Body with hidden text removed (see sanitize). */
  body: z.string(),
  labels: z.array(z.string()),
  client: z.string().optional(),
  /** By-hand estimate: a size or minutes. */
  estimate: z.union([Size, z.number().int().positive()]).optional(),
  /** A kind named by the person, which wins over classification by labels. */
  kind: Slug.optional(),
  author: z.string().optional(),
  /** Who started the work (applied the label, or ran the CLI). */
  requestedBy: z.string(),
  /** sha256 of title + body as received, before sanitising: proves which text was worked on. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** What sanitising removed, so a reviewer can see that hidden text was there. */
  removed: z.array(z.string()),
  /** The same by kind, with counts and characters (core/hidden-text.ts); recorded when planned. */
  hidden: z.array(HiddenText).optional(),
  receivedAt: z.iso.datetime(),
});
export type Task = z.infer<typeof Task>;

/** Turn an id such as `acme/site#12` into a path- and ref-safe key: `acme.site.12`. */
export function taskKey(id: string): string {
  const key = id
    .toLowerCase()
    .replace(/[/#]+/g, '.')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[.-]+$/, '');
  return key.length > 0 ? key : 'task';
}
