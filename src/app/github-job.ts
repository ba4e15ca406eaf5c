import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedConfig } from '../config/load-config.js';
import type { ModelConfig } from '../config/config-schema.js';
import { systemClock } from '../core/clock.js';
import { InputError } from '../core/errors.js';
import { createGitHubForge } from '../forge/github-forge.js';
import { createOctokit } from '../forge/octokit.js';
import { admitSpools, costOfEntries, seedSpool, spoolRefs } from '../jobs/accept-spool.js';
import { writePlanArtifact, writeWorkArtifact } from '../jobs/artifacts.js';
import {
  PLAN_DIR,
  PLAN_SPOOL,
  readPlanArtifact,
  type PlanArtifact,
} from '../jobs/plan-artifact.js';
import { readWorkArtifact, WORK_DIR, WORK_SPOOL } from '../jobs/work-artifact.js';
import { repoOf, type AiosEvent } from '../jobs/events.js';
import { fetchBranch, fetchBranches } from '../git/remote.js';
import { GitLedgerStore } from '../ledger/git-ledger-store.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { ModelProvider } from '../models/model-provider.js';
import { stopOnSignals } from './stop-signals.js';
import { inPlaceCheckout, refCheckout } from '../pipeline/work-checkout.js';
import { personaFolder } from '../personas/load-personas.js';
import { assertConfigSound } from '../config/check-config.js';
import { classifyProvider } from './classify-provider.js';
import { modelsOfPlan } from '../jobs/plan-models.js';
import type { LearningSource } from '../routing/plan-lanes.js';

/** What a job needs from the action's inputs. */
export interface GitHubJobInputs {
  readonly command: 'intake' | 'work' | 'deliver' | 'signoff' | 'stop';
  readonly config?: string | undefined;
  readonly githubToken: string;
  readonly artifactDir: string;
  readonly personas?: string | undefined;
  readonly ollamaHost?: string | undefined;
  /** The sha256 of intake's plan (its job output), which the work and deliver jobs verify. */
  readonly planSha256?: string | undefined;
}

export interface JobResult {
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly failed: boolean;
}

/**
 * The composition root for the GitHub path: one job of the workflow, with real adapters
 * (Octokit, the checkout's git, the git ledger pushed to origin, model providers).
 */
export async function runGitHubJobWith(
  inputs: GitHubJobInputs,
  env: NodeJS.ProcessEnv,
  io: { info(line: string): void },
  known: {
    event: Exclude<AiosEvent, { kind: 'ignored' }>;
    config: LoadedConfig;
    repoDir: string;
    /** The checkout's git folder, when the caller has it (one git process fewer per job). */
    gitDir?: string | undefined;
  },
): Promise<JobResult> {
  const { event, config, repoDir } = known;
  const { owner, repo, defaultBranch } = repoOf(event);
  const clock = systemClock();
  // AIOS_GITHUB_RETRIES: retries (and write throttling) for GitHub calls; 0 turns both off, for
  // a GitHub Enterprise server with its own limits, or a local test server.
  const retries =
    env.AIOS_GITHUB_RETRIES === undefined ? undefined : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token: inputs.githubToken,
    baseUrl: env.GITHUB_API_URL,
    retries,
    log: (m) => io.info(m),
  });
  const forge = createGitHubForge({
    octokit,
    owner,
    repo,
    repoDir,
    defaultBranch,
    needsHumanLabel: config.config.intake.needsHumanLabel,
    // With a GitHub App token (AIOS_BOT_LOGIN=<slug>[bot]) AIOS's comments carry the App's login.
    botLogin: env.AIOS_BOT_LOGIN?.trim() || undefined,
    // The comment id AIOS recorded with its last delivery for the issue (ledger, `delivered`).
    recordedComment: async (issue, marker) => {
      if (marker !== 'aios:delivered') return undefined;
      let id: number | undefined;
      for await (const e of ledger.entries({ task: `${owner}/${repo}#${issue}` }))
        if (e.event === 'delivered' && e.data.comment?.issue === issue) id = e.data.comment.id;
      return id;
    },
  });
  const personas = personaFolder(inputs.personas);
  await assertConfigSound(config, personas); // every job loads through the whole-config check
  // Each job spools into its own folder: intake's travels in the plan artifact, the work job's
  // in the work artifact, and deliver pushes only its own, into which it moves what it accepts.
  const planSpool = join(inputs.artifactDir, PLAN_DIR, PLAN_SPOOL);
  const workSpool = join(inputs.artifactDir, WORK_DIR, WORK_SPOOL);
  const spoolDir = {
    intake: planSpool,
    work: workSpool,
    deliver: join(inputs.artifactDir, 'deliver-spool'),
    signoff: undefined,
    stop: undefined,
  }[inputs.command];
  // Opened on first use: most label events (any label on any issue) start the workflow and
  // end at intake without touching the ledger, and should end fast.
  let opened: Promise<GitLedgerStore> | undefined;
  const open = (): Promise<GitLedgerStore> =>
    (opened ??= GitLedgerStore.open({
      repoDir,
      gitDir: known.gitDir,
      branch: config.config.ledger.branch,
      remote: 'origin',
      clock,
      spoolDir,
      // The job's only writer of the ledger ref: a task's history is read once between fetches.
      cacheTaskReads: true,
    }));
  const ledger: LedgerStore & { readonly readRef: string } = {
    readRef: `refs/remotes/origin/${config.config.ledger.branch}`,
    append: async (draft) => (await open()).append(draft),
    flush: async () => (await open()).flush(),
    head: async (task) => (await open()).head(task),
    keep: async (objects) => (await open()).keep(objects),
    entries: (filter) => ({
      async *[Symbol.asyncIterator]() {
        yield* (await open()).entries(filter);
      },
    }),
  };
  /**
   * The ledger branch as origin holds it now, into `ledger.readRef` (a failed fetch reads what
   * is there); the store is told, so its own first read or flush does not fetch it again.
   */
  const fetchLedger = async (): Promise<void> => {
    const branch = config.config.ledger.branch;
    if (await fetchBranch(repoDir, 'origin', branch, ledger.readRef).catch(() => undefined))
      (await open()).noteFetched();
  };
  const log = (line: string): void => io.info(line);

  switch (inputs.command) {
    case 'intake': {
      // Each job loads only its own code (one chunk per job in dist/).
      const { intakeJob } = await import('../jobs/intake-job.js');
      let learned: ReturnType<LearningSource> | undefined;
      const artifact = await intakeJob(event, {
        forge,
        config,
        ledger,
        personas,
        clock,
        disabledByVariable: env.AIOS_ENABLED?.trim().toLowerCase() === 'false',
        log,
        // A rule's `learn` clause reads the outcome cells of the ledger branch on origin:
        // fetched and read once for the job, however many rules ask.
        learning: () =>
          (learned ??= (async () => {
            await fetchLedger();
            const { ledgerLearning } = await import('./ledger-learning.js');
            return ledgerLearning(repoDir, ledger.readRef, config.config)();
          })()),
        // The classifier call, when `classify:` is set (app/classify-provider.ts).
        provider: classifyProvider(config.config, env, inputs),
      });
      const planSha256 = await writePlanArtifact(inputs.artifactDir, {
        ...artifact,
        ledger: await spoolRefs(planSpool),
      });
      // The work job is given only the API keys the plan's models use.
      const keys = [
        ...new Set(
          // With a cascade's and a shadow run's models (jobs/plan-models.ts).
          (artifact.decision === 'work'
            ? modelsOfPlan(artifact.task.id, artifact.plan, config.config)
            : []
          )
            .map((m) => config.config.models[m])
            .flatMap((m) => (m?.provider === 'openai' ? [m.apiKeyEnv] : [])),
        ),
      ];
      return {
        outputs: {
          decision: artifact.decision,
          'api-keys': JSON.stringify(keys),
          'plan-sha256': planSha256,
          // Starts the stop job (actions: write), which cancels the task's runs in flight.
          stop: String(artifact.decision === 'reply' && artifact.reply.kind === 'stop'),
        },
        summary: `AIOS intake: ${artifact.decision} (${artifact.note}).\n`,
        failed: false,
      };
    }
    case 'work': {
      const plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      if (plan.decision !== 'work')
        return {
          outputs: { status: 'skipped' },
          summary: 'AIOS: no work was planned.\n',
          failed: false,
        };
      const ref = await workspaceRef(repoDir, plan);
      // Local models pinned by digest in the config are checked before anything runs.
      const { verifyModelDigests } = await import('../jobs/model-digest.js');
      const planModels = modelsOfPlan(plan.task.id, plan.plan, config.config);
      await verifyModelDigests(
        planModels,
        config.config,
        inputs.ollamaHost ? { ...env, OLLAMA_HOST: inputs.ollamaHost } : env,
      );
      const [
        { openGitWorkspace },
        { workJob },
        { defaultGates },
        { createProvider },
        { readMonthSpend },
      ] = await Promise.all([
        import('../context/workspace.js'),
        import('../jobs/work-job.js'),
        import('../gates/default-gates.js'),
        import('../models/create-provider.js'),
        import('../ledger/month-spend.js'),
      ]);
      const workspace = await openGitWorkspace(repoDir, ref);
      // Intake's entries start this job's spool, so its entries chain to them; they are taken
      // out again afterwards: the work artifact carries only this job's own entries.
      const seeded = await seedSpool(planSpool, workSpool, plan.ledger ?? []);
      const providers = new Map<string, ModelProvider>();
      const providerEnv = inputs.ollamaHost ? { ...env, OLLAMA_HOST: inputs.ollamaHost } : env;
      // `aios doctor` for the plan's models before the first call (no test call): the log
      // shows a missing key, an unreachable endpoint or an unpulled model up front.
      const { runDoctor, formatReport } = await import('../models/doctor.js');
      for (const report of await runDoctor({
        config: config.config,
        env: providerEnv,
        models: planModels,
        call: false,
      }))
        for (const text of formatReport(report)) log(text);
      // A cancelled run (SIGINT, then SIGTERM) cancels the call in flight and records it; the
      // handlers go with the job (one process may run several jobs: the tests do).
      const stop = stopOnSignals(log);
      try {
        const result = await workJob(plan, {
          config,
          personas,
          gates: defaultGates(),
          ledger,
          workspace,
          clock,
          provider: async (modelId: string, model: ModelConfig) => {
            let p = providers.get(modelId);
            if (!p)
              providers.set(
                modelId,
                (p = await createProvider(modelId, model, { env: providerEnv })),
              );
            return p;
          },
          // Month, tier and person budgets: this month's spend from the ledger branch on origin.
          pastSpend: async () => {
            await fetchLedger();
            return readMonthSpend({ repoDir, ref: ledger.readRef, now: clock.now() });
          },
          progress: {
            routed: () => undefined,
            modelStart: ({ modelId, persona, attempt }) =>
              log(`${persona} working on ${modelId} (attempt ${attempt})`),
            modelProgress: () => undefined,
            modelEnd: ({ modelId, ok }) => log(`${modelId} ${ok ? 'answered' : 'call failed'}`),
            gate: (v, attempt) =>
              log(
                `attempt ${attempt}: ${v.gate} ${v.pass ? 'passed' : `sent the work back (${v.findings.length} finding(s))`}`,
              ),
            note: log,
          },
          signal: stop.signal,
          // The repository's check command runs in this job's checkout (a PR's head: a worktree).
          checkout: ref === 'HEAD' ? inPlaceCheckout(repoDir) : refCheckout(repoDir, ref),
        });
        if (!result)
          return {
            outputs: { status: 'skipped' },
            summary: 'AIOS: no work was planned.\n',
            failed: false,
          };
        await writeWorkArtifact(inputs.artifactDir, result);
        return {
          outputs: { status: result.outcome.status },
          summary: `AIOS work: ${result.outcome.status}.\n`,
          failed: false,
        };
      } finally {
        stop.dispose();
        await workspace.close();
        await Promise.all(seeded.map((f) => rm(f, { force: true })));
      }
    }
    case 'deliver': {
      let plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      let work = await readWorkArtifact(inputs.artifactDir);
      // Handoffs the work job followed are re-derived here, with this job's own config and
      // persona files; deliver then works under the plan it derived itself.
      const handoff =
        plan.decision === 'work' && work?.handoffs?.length
          ? await (
              await import('../jobs/handoff-check.js')
            ).checkReportedHandoffs(plan, work, { personas, config })
          : undefined;
      if (handoff?.ok && plan.decision === 'work') plan = { ...plan, plan: handoff.final };
      const admitted = await admitSpools({
        planSpool,
        workSpool,
        deliverSpool: spoolDir ?? '',
        listed: plan.ledger ?? [],
        work:
          plan.decision === 'work'
            ? {
                task: plan.task.id,
                plan: handoff?.ok ? handoff.first : plan.plan,
                hops: handoff?.ok ? handoff.hops : undefined,
                config: config.config,
              }
            : undefined,
      });
      const refused = [...(handoff && !handoff.ok ? [handoff.reason] : []), ...admitted.refused];
      for (const r of refused) log(`refused: ${r}`);
      // The figures shown are the checked entries' sums, not the work job's own totals.
      if (work && !refused.length)
        work = { ...work, outcome: { ...work.outcome, cost: costOfEntries(admitted.work) } };
      const [{ deliverJob }, { whyNotWanted }, { switchedOffOnDefaultBranch }] = await Promise.all([
        import('../jobs/deliver-job.js'),
        import('../jobs/still-wanted.js'),
        import('../jobs/default-branch.js'),
      ]);
      const result = await deliverJob(plan, work, {
        forge,
        ledger,
        config,
        personas,
        clock,
        log,
        refused,
        // An App token (its bot login set in AIOS_BOT_LOGIN) triggers CI; the job token does not.
        checksRun: Boolean(env.AIOS_BOT_LOGIN?.trim()),
        whyNotWanted: async (p) => {
          // The ledger as origin holds it now: a stop recorded while the work ran counts.
          // and so does the default branch's config: both fetched in one call.
          const branch = config.config.ledger.branch;
          await fetchBranches(repoDir, 'origin', [
            { branch, into: ledger.readRef },
            { branch: defaultBranch, into: `refs/remotes/origin/${defaultBranch}` },
          ]);
          (await open()).noteFetched(); // its flush need not fetch the ledger again
          return whyNotWanted(p, {
            forge,
            ledger,
            config,
            disabledByVariable: env.AIOS_ENABLED?.trim().toLowerCase() === 'false',
            switchedOff: () =>
              switchedOffOnDefaultBranch(repoDir, defaultBranch, { fetched: true }),
          });
        },
      });
      return {
        outputs: { outcome: result.outcome, ...(result.prUrl ? { 'pr-url': result.prUrl } : {}) },
        summary: result.summary,
        failed: result.outcome === 'failed',
      };
    }
    case 'stop': {
      const plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      if (plan.decision !== 'reply' || plan.reply.kind !== 'stop')
        return { outputs: { cancelled: '[]' }, summary: 'AIOS: no stop.\n', failed: false };
      const ownRunId = Number(env.GITHUB_RUN_ID);
      if (!Number.isSafeInteger(ownRunId) || ownRunId <= 0)
        throw new InputError(`GITHUB_RUN_ID is not a run id: "${env.GITHUB_RUN_ID ?? ''}".`, [], {
          hint: 'Run the stop step as a job of the AIOS workflow.',
        });
      const [{ cancelTaskRuns }, { githubWorkflowRuns }] = await Promise.all([
        import('../jobs/stop-runs.js'),
        import('../forge/github-workflow-runs.js'),
      ]);
      const result = await cancelTaskRuns(
        githubWorkflowRuns(octokit, owner, repo),
        { issueNumber: plan.issueNumber, ownRunId },
        log,
      );
      return {
        outputs: { cancelled: JSON.stringify(result.cancelled) },
        summary: `AIOS stop: ${result.cancelled.length} run(s) of #${plan.issueNumber} cancelled.\n`,
        failed: false,
      };
    }
    case 'signoff': {
      const { signoffJob } = await import('../jobs/signoff-job.js');
      const result = await signoffJob(event, { forge, ledger, config, log });
      return {
        outputs: { recorded: result.recorded ?? 'nothing' },
        summary: result.summary,
        failed: false,
      };
    }
  }
}

/** Work on a labelled PR reads its head branch; work on an issue reads the checkout's HEAD. */
async function workspaceRef(
  repoDir: string,
  plan: Extract<PlanArtifact, { decision: 'work' }>,
): Promise<string> {
  if (plan.task.source.type !== 'issue' || !plan.task.source.isPullRequest || !plan.branch)
    return 'HEAD';
  const into = `refs/remotes/origin/${plan.branch}`;
  const fetched = await fetchBranch(repoDir, 'origin', plan.branch, into).catch(() => 'failed');
  return fetched === 'fetched' ? into : 'HEAD';
}
