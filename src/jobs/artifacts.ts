import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../core/hash.js';
import { PLAN_DIR, PLAN_FILE, serializePlan, type PlanArtifact } from './plan-artifact.js';
import { WORK_DIR, WORK_FILE, WorkArtifact } from './work-artifact.js';

/**
 * What travels between the jobs of the workflow, each in its own folder of the artifact
 * folder: `plan/` (intake's artifact: plan.json and intake's ledger spool) and `work/` (the
 * work job's artifact: work.json and its ledger spool). Schemas live in plan-artifact.ts and
 * work-artifact.ts, shared by the writer and the reader.
 */
export { PlanArtifact, Reply } from './plan-artifact.js';
export { WorkArtifact } from './work-artifact.js';

/** Write the plan; returns the sha256 of its bytes (intake's job output `plan-sha256`). */
export async function writePlanArtifact(artifactDir: string, plan: PlanArtifact): Promise<string> {
  const dir = join(artifactDir, PLAN_DIR);
  await mkdir(dir, { recursive: true });
  const text = serializePlan(plan);
  await writeFile(join(dir, PLAN_FILE), text);
  return sha256(text);
}

export async function writeWorkArtifact(artifactDir: string, work: WorkArtifact): Promise<string> {
  const dir = join(artifactDir, WORK_DIR);
  await mkdir(dir, { recursive: true });
  const file = join(dir, WORK_FILE);
  await writeFile(file, `${JSON.stringify(WorkArtifact.parse(work), null, 2)}\n`);
  return file;
}
