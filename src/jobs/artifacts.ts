import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { GateVerdict } from '../core/gate-verdict.js';
import { Plan } from '../core/plan.js';
import { Task } from '../core/task.js';
import { WorkInfo } from '../core/work.js';

/**
 * What travels between the jobs of the workflow. The job that reads issue text and calls
 * models writes files here; the job with write permission reads them back through these
 * schemas and re-checks policy: an artifact is data from a less trusted job, never trusted as is.
 */

/** Something the deliver job must post instead of (or besides) delivering work. */
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
]);
export type Reply = z.infer<typeof Reply>;

export const PlanArtifact = z.object({
  version: z.literal(1),
  decision: z.enum(['work', 'reply', 'ignore']),
  /** Why, for the job log. */
  note: z.string(),
  issueNumber: z.number().int().positive().optional(),
  task: Task.optional(),
  plan: Plan.optional(),
  reply: Reply.optional(),
  humanAnswer: z.string().optional(),
  /** Branch to deliver to: `aios/issue-<n>`, or the head of the labelled PR. */
  branch: z.string().optional(),
  /** `login <id+login@users.noreply.github.com>` of the person who started the work. */
  coAuthor: z.string().optional(),
});
export type PlanArtifact = z.infer<typeof PlanArtifact>;

const CostTotals = z.object({
  actualMicros: z.number().int().nonnegative(),
  shadowMicros: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});

export const WorkArtifact = z.object({
  version: z.literal(1),
  outcome: z.discriminatedUnion('status', [
    z.object({
      status: z.literal('accepted'),
      files: z.array(z.object({ path: z.string(), content: z.string() })),
      summary: z.string(),
      attempts: z.array(
        z.object({ attempt: z.number().int().positive(), verdicts: z.array(GateVerdict) }),
      ),
      cost: CostTotals,
      by: z.object({
        provider: z.string(),
        model: z.string(),
        modelId: z.string(),
        scripted: z.boolean(),
      }),
    }),
    z.object({
      status: z.literal('asked'),
      stage: z.enum(['work', 'gate']),
      reason: z.string(),
      questions: z.array(z.string()),
      cost: CostTotals,
    }),
    z.object({ status: z.literal('declined'), reason: z.string(), cost: CostTotals }),
    z.object({
      status: z.literal('failed'),
      stage: z.enum(['work', 'gate', 'budget']),
      reason: z.string(),
      cost: CostTotals,
    }),
  ]),
});
export type WorkArtifact = z.infer<typeof WorkArtifact>;

export const ARTIFACT_FILES = {
  plan: 'plan.json',
  work: 'work.json',
  spool: 'ledger-spool',
} as const;

export async function writeArtifact(
  dir: string,
  name: 'plan' | 'work',
  value: PlanArtifact | WorkArtifact,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, ARTIFACT_FILES[name]);
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** Read and validate an artifact; a missing or malformed one names the file. */
export async function readArtifact<S extends typeof PlanArtifact | typeof WorkArtifact>(
  dir: string,
  name: 'plan' | 'work',
  schema: S,
): Promise<z.infer<S>> {
  const file = join(dir, ARTIFACT_FILES[name]);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new InputError(`Cannot read the ${name} artifact ${file}.`, [], {
      cause,
      hint: 'Check that the previous job uploaded it and this job downloaded it to the same path.',
    });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new InputError(
      `The ${name} artifact ${file} is not valid.`,
      result.error.issues.map((i) => ({
        location: { file },
        field: i.path.map(String).join('.'),
        message: i.message,
      })),
    );
  }
  return result.data as z.infer<S>;
}
