import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { Plan } from '../core/plan.js';
import { Task } from '../core/task.js';
import { WorkInfo } from '../core/work.js';

/**
 * The plan artifact: what intake decided, written by intake and read by work and deliver. It
 * travels only in intake's artifact (its own folder, downloaded by name), and intake publishes
 * the sha256 of its bytes as a job output, which the work job cannot forge; readers verify it
 * before they read a field.
 */

/** Something the deliver job must post instead of delivering work. */
export const Reply = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ask'),
    stage: z.enum(['plan', 'work', 'gate']),
    reason: z.string(),
    questions: z.array(z.string()),
  }),
  z.object({ kind: z.literal('comment'), marker: z.string(), body: z.string() }),
  z.object({
    kind: z.literal('stop'),
    by: z.string(),
    label: z.string(),
    work: WorkInfo.optional(),
    rule: z.object({ id: z.string(), configHash: z.string() }).optional(),
  }),
  z.object({
    /** `/aios revert` by an approver (checked by intake against the forge): jobs/revert-request.ts. */
    kind: z.literal('revert'),
    by: z.string(),
    task: z.string(),
    reason: z.string().optional(),
    /** The delivered commits to undo, newest first, and the branch they were delivered on. */
    commits: z.array(z.string().regex(/^[0-9a-f]{40}$/)).min(1),
    from: z.string(),
    deliveredPr: z.string(),
    work: WorkInfo,
    rule: z.object({ id: z.string(), configHash: z.string() }),
  }),
]);
export type Reply = z.infer<typeof Reply>;

/** A ledger entry intake spooled, named by its path in the spool and the sha256 of its bytes. */
export const SpooledEntryRef = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SpooledEntryRef = z.infer<typeof SpooledEntryRef>;

const common = {
  version: z.literal(1),
  /** Why, for the job log. */
  note: z.string(),
  /** The ledger entries intake spooled beside the plan: deliver accepts only these from intake. */
  ledger: z.array(SpooledEntryRef).optional(),
};

/** The plan artifact, one shape per decision. */
export const PlanArtifact = z.discriminatedUnion('decision', [
  z.object({ ...common, decision: z.literal('ignore') }),
  z.object({
    ...common,
    decision: z.literal('reply'),
    issueNumber: z.number().int().positive(),
    task: Task.optional(),
    reply: Reply,
  }),
  z.object({
    ...common,
    decision: z.literal('work'),
    issueNumber: z.number().int().positive(),
    task: Task,
    plan: Plan,
    humanAnswer: z.string().optional(),
    /** A PR task's changed paths, as the forge listed them at intake (a context candidate class). */
    changedPaths: z.array(z.string().min(1).max(4096)).max(3000).optional(),
    /** Branch to deliver to: `aios/issue-<n>`, or the head of the labelled PR (re-checked by deliver). */
    branch: z.string(),
    /** `login <id+login@users.noreply.github.com>` of the person who started the work. */
    coAuthor: z.string(),
  }),
]);
export type PlanArtifact = z.infer<typeof PlanArtifact>;
export type WorkPlan = Extract<PlanArtifact, { decision: 'work' }>;

/** The plan's folder inside the artifact folder, and the file in it. */
export const PLAN_DIR = 'plan';
export const PLAN_FILE = 'plan.json';
/** Intake's ledger spool, inside the plan folder. */
export const PLAN_SPOOL = 'ledger-spool';
/** Far above any real plan (a task snapshot and a routing trace), far below a memory problem. */
const MAX_PLAN_BYTES = 2_000_000;

/** The bytes intake writes: their sha256 is the job output `plan-sha256`. */
export function serializePlan(plan: PlanArtifact): string {
  return `${JSON.stringify(PlanArtifact.parse(plan), null, 2)}\n`;
}

/**
 * Read the plan from `<artifactDir>/plan/plan.json`, verifying first that its bytes hash to
 * `expectedSha256` (intake's job output). A missing output, a symlink, an oversized file or a
 * different hash is refused before any field is read.
 */
export async function readPlanArtifact(
  artifactDir: string,
  expectedSha256: string | undefined,
): Promise<PlanArtifact> {
  const file = join(artifactDir, PLAN_DIR, PLAN_FILE);
  if (!expectedSha256 || !/^[0-9a-f]{64}$/.test(expectedSha256)) {
    throw new InputError(
      `The plan's sha256 (the intake job's output plan-sha256) is missing or malformed: "${expectedSha256 ?? ''}".`,
      [{ field: 'with.plan-sha256', message: 'expected 64 lower-case hex digits' }],
      {
        hint: 'Pass `plan-sha256: ${{ needs.intake.outputs.plan-sha256 }}` to the work and deliver steps.',
      },
    );
  }
  let bytes: Buffer;
  try {
    const info = await lstat(file);
    if (!info.isFile()) throw new Error('not a regular file (a symlink or a folder)');
    if (info.size > MAX_PLAN_BYTES)
      throw new Error(`${info.size} bytes, above the ${MAX_PLAN_BYTES}-byte cap`);
    bytes = await readFile(file);
  } catch (cause) {
    throw new InputError(`Cannot read the plan artifact ${file}: ${String(cause)}.`, [], {
      cause,
      hint: 'Download the intake artifact by name into its own folder (<artifact-dir>/plan).',
    });
  }
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new InputError(
      `The plan artifact ${file} is not the one intake wrote: its sha256 is ${actual}, intake published ${expectedSha256}.`,
      [{ location: { file }, message: 'sha256 mismatch' }],
      { hint: 'Something between intake and this job replaced the plan; nothing was done.' },
    );
  }
  let json: unknown;
  try {
    json = parseJsonBytes(bytes);
  } catch (cause) {
    throw new InputError(`The plan artifact ${file} is not JSON.`, [], { cause });
  }
  const result = PlanArtifact.safeParse(json);
  if (!result.success) {
    throw new InputError(
      `The plan artifact ${file} is not valid.`,
      result.error.issues.map((i) => ({
        location: { file },
        field: i.path.map(String).join('.'),
        message: i.message,
      })),
    );
  }
  return result.data;
}
