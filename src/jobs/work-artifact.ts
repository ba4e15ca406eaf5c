import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { GateVerdict } from '../core/gate-verdict.js';
import { Plan } from '../core/plan.js';
import { Hops } from './handoff-check.js';

/**
 * The work artifact: what the work job hands the deliver job, one shape per outcome. It comes
 * from the self-hosted runner, which read untrusted issue text and ran model output through
 * checkers, so deliver reads it through this schema, with a size cap, and re-checks what it can.
 */

const CostTotals = z.object({
  actualMicros: z.number().int().nonnegative(),
  shadowMicros: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});

export const WorkArtifact = z.object({
  version: z.literal(1),
  /**
   * Declines the work job followed to another persona (`pipeline/decline-handoff.ts`), and the
   * plan the last persona worked under. deliver re-derives both (`jobs/handoff-check.ts`).
   */
  handoffs: Hops.optional(),
  plan: Plan.optional(),
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

/** The work job's folder inside the artifact folder, its file, and its ledger spool. */
export const WORK_DIR = 'work';
export const WORK_FILE = 'work.json';
export const WORK_SPOOL = 'ledger-spool';
/** Files the persona wrote travel here; 20 MB bounds a runaway answer without limiting real work. */
const MAX_WORK_BYTES = 20_000_000;

/** Read `<artifactDir>/work/work.json`; undefined when the work job left none (it did not finish). */
export async function readWorkArtifact(artifactDir: string): Promise<WorkArtifact | undefined> {
  const file = join(artifactDir, WORK_DIR, WORK_FILE);
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile() || info.size > MAX_WORK_BYTES) {
    throw new InputError(
      `The work artifact ${file} is refused: ${info.isFile() ? `${info.size} bytes, above the ${MAX_WORK_BYTES}-byte cap` : 'not a regular file (a symlink or a folder)'}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new InputError(`The work artifact ${file} is not JSON.`, [], { cause });
  }
  const result = WorkArtifact.safeParse(json);
  if (!result.success) {
    throw new InputError(
      `The work artifact ${file} is not valid.`,
      result.error.issues.map((i) => ({
        location: { file },
        field: i.path.map(String).join('.'),
        message: i.message,
      })),
    );
  }
  return result.data;
}
