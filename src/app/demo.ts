import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { Task } from '../core/task.js';
import { initRepoWithFiles } from '../git/init-repo.js';
import { buildReport, type LedgerReport } from '../reports/report.js';
import { pricingFromConfig } from '../reports/report-pricing.js';
import type { ProgressSink } from '../pipeline/progress.js';
import type { RunOutcome } from '../pipeline/run-task.js';
import { outcomeLocal, signoffLocal } from './local-finish.js';
import { createLocalRunner, type LocalModelMode } from './local-runner.js';

/** Who reviews the demo's work: the studio that owns the demo repository. */
const DEMO_REVIEWER = 'Acme Studio';

/** The demo's shipped material: a small client repository, three task files and a script. */
export function demoAssets(): { repo: string; tasks: string; script: string } {
  const root = join(packageRoot(), 'examples', 'demo');
  return { repo: join(root, 'repo'), tasks: join(root, 'tasks'), script: join(root, 'script.yml') };
}

/** The consultant's normal day, in order: a content audit, a plugin hardening, a blog post. */
export const DEMO_TASKS = ['content-audit.md', 'plugin-hardening.md', 'blog-post.md'] as const;

/**
 * Build the throwaway client repository: the site's files committed on `main`, the task files
 * under `.aios/tasks/` (issues are not part of the repository).
 */
export async function buildDemoRepo(dir?: string): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), 'aios-demo-')));
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0) {
    const { InputError } = await import('../core/errors.js');
    throw new InputError(`The demo folder ${target} is not empty.`, [], {
      hint: 'Pass --dir with a new or empty folder.',
    });
  }
  const assets = demoAssets();
  await cp(assets.repo, target, { recursive: true });
  await initRepoWithFiles(target, {
    branch: 'main',
    who: { name: 'Acme Studio', email: 'studio@acme.example' },
    message: 'Acme Studio site and newsletter plugin',
  });
  await cp(assets.tasks, join(target, '.aios', 'tasks'), { recursive: true });
  return target;
}

export interface DemoResult {
  readonly dir: string;
  readonly runs: { file: string; task: Task; outcome: RunOutcome; prBody: string | undefined }[];
  readonly report: LedgerReport;
  readonly scripted: boolean;
}

/** Run the three demo tasks and report the ledger. */
export async function runDemo(options: {
  dir?: string | undefined;
  models?: LocalModelMode | undefined;
  progress?: ProgressSink | undefined;
  onTaskStart?: ((file: string) => void) | undefined;
  onTaskEnd?: ((run: DemoResult['runs'][number]) => void) | undefined;
}): Promise<DemoResult> {
  const dir = await buildDemoRepo(options.dir);
  const models = options.models ?? { type: 'scripted', scriptFile: demoAssets().script };
  const runner = await createLocalRunner({ repoDir: dir, models, progress: options.progress });
  const runs: DemoResult['runs'] = [];
  for (const file of DEMO_TASKS) {
    options.onTaskStart?.(file);
    const { task, outcome } = await runner.runFile(join(dir, '.aios', 'tasks', file));
    const prBody =
      outcome.status === 'delivered'
        ? await readFile(join(dir, '.aios', 'pulls', `${task.key}.md`), 'utf8')
        : undefined;
    const run = { file, task, outcome, prBody };
    runs.push(run);
    options.onTaskEnd?.(run);
  }
  // The consultant reviews and accepts the delivered work, as `aios signoff` and `aios outcome`
  // would, so the report ends with a cost per accepted outcome.
  const finish = { ledger: runner.ledger, config: runner.config.config, login: DEMO_REVIEWER };
  for (const r of runs)
    if (r.outcome.status === 'delivered') {
      await signoffLocal(finish, r.task.id);
      await outcomeLocal(finish, r.task.id, 'accepted');
    }
  await runner.ledger.flush();
  // Priced like any report: seats amortised, review time, the premium counterfactual.
  const report = await buildReport(runner.ledger.entries(), {
    by: 'persona',
    pricing: pricingFromConfig(runner.config.config),
  });
  return { dir, runs, report, scripted: models.type === 'scripted' };
}
