import { basename } from 'node:path';
import type { ModelConfig } from '../config/config-schema.js';
import { loadConfig, type LoadedConfig } from '../config/config-file.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { Task } from '../core/task.js';
import { openGitWorkspace } from '../context/workspace.js';
import { worktreeCheckout } from '../pipeline/work-checkout.js';
import { createLocalForge } from '../forge/local-forge.js';
import { defaultGates } from '../gates/default-gates.js';
import type { GateRegistry } from '../gates/gate.js';
import { gitConfigValues } from '../git/config-value.js';
import { closeUnfinished } from '../ledger/close-unfinished.js';
import { GitLedgerStore } from '../ledger/git-ledger-store.js';
import { createProvider } from '../models/create-provider.js';
import type { ModelProvider } from '../models/model-provider.js';
import { monthOf, readMonthSpend, type MonthSpend } from '../ledger/month-spend.js';
import { loadScript, type ScriptFile } from '../models/scripted-provider.js';
import { personaFolder, type PersonaSource } from '../personas/load-personas.js';
import { taskFromFile } from '../pipeline/intake.js';
import { assertConfigSound } from '../config/check-config.js';
import { assertWritableRepository } from './check-repo.js';
import { assertEnabled } from './kill-switch.js';
import { ledgerLearning } from './ledger-learning.js';
import type { ProgressSink } from '../pipeline/progress.js';
import { runTask, type RunOptions, type RunOutcome } from '../pipeline/run-task.js';

/** How a local run chooses its models. */
export type LocalModelMode =
  | { readonly type: 'config' }
  | { readonly type: 'scripted'; readonly scriptFile: string }
  | { readonly type: 'ollama'; readonly model: string; readonly host?: string | undefined };

export interface LocalRunOptions {
  readonly repoDir: string;
  readonly configFile?: string | undefined;
  readonly personaDir?: string | undefined;
  readonly models: LocalModelMode;
  readonly progress?: ProgressSink | undefined;
  readonly clock?: Clock | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Ledger remote; undefined uses the config's. */
  readonly ledgerRemote?: string | undefined;
  /** Aborts the model call in flight (SIGINT/SIGTERM, see stop-signals.ts). */
  readonly signal?: AbortSignal | undefined;
}

/** A prepared local environment: loaded once, used for one or more tasks. */
export interface LocalRunner {
  readonly config: LoadedConfig;
  readonly personas: PersonaSource;
  readonly gates: GateRegistry;
  readonly ledger: GitLedgerStore;
  readonly repoName: string;
  runFile(taskFile: string): Promise<{ task: Task; outcome: RunOutcome }>;
  /** `humanAnswer`: a person's answer to the task's questions (`aios answer`). */
  runTask(task: Task, options?: Pick<RunOptions, 'humanAnswer'>): Promise<RunOutcome>;
}

/**
 * The composition root for local runs (`aios run`, `aios demo`, tests): real git repository,
 * git ledger, local forge, providers from config or an override.
 */
export async function createLocalRunner(options: LocalRunOptions): Promise<LocalRunner> {
  const clock = options.clock ?? systemClock();
  const env = options.env ?? process.env;
  // Independent start-up work runs side by side: each waits mostly on I/O or a git process.
  const [gitDir, config, gitConfig] = await Promise.all([
    assertWritableRepository(options.repoDir), // not a repository, or unwritable: bad input (2)
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    // Who is asking, and whether ledger commits are signed: one git process for both.
    gitConfigValues(options.repoDir, ['user.name', 'user.signingkey']),
  ]);
  const userName = gitConfig.get('user.name') ?? null;
  assertEnabled(config.config, env, config.file); // the kill switch stops runs as it stops intake
  const personas = personaFolder(options.personaDir);
  await assertConfigSound(config, personas); // the whole-config check, as `aios config check`
  const gates = defaultGates();
  // Opening the store checks that the folder is a git repository, with a clear error if not.
  const ledger = await GitLedgerStore.open({
    repoDir: options.repoDir,
    branch: config.config.ledger.branch,
    remote: options.ledgerRemote ?? config.config.ledger.remote,
    clock,
    gitDir,
    sign: gitConfig.has('user.signingkey'),
  });

  let script: ScriptFile | undefined;
  let modelOverride: { modelId: string; model: ModelConfig } | undefined;
  if (options.models.type === 'scripted') {
    script = await loadScript(options.models.scriptFile);
    modelOverride = {
      modelId: 'scripted',
      model: {
        provider: 'scripted',
        model: 'scripted',
        billing: 'scripted',
        price: {
          inputPerMTokMicros: 0,
          outputPerMTokMicros: 0,
          cachedInputPerMTokMicros: 0,
          perSecondMicros: 0,
        },
      },
    };
  } else if (options.models.type === 'ollama') {
    const local = Object.values(config.config.models).find((m) => m.provider === 'ollama');
    modelOverride = {
      modelId: 'ollama-override',
      model: {
        provider: 'ollama',
        model: options.models.model,
        host: options.models.host,
        keepAlive: '10m',
        billing: 'local',
        price: local?.price ?? {
          inputPerMTokMicros: 0,
          outputPerMTokMicros: 0,
          cachedInputPerMTokMicros: 0,
          perSecondMicros: 0,
        },
        shadowModel: local?.shadowModel,
      },
    };
  }

  const providers = new Map<string, ModelProvider>();
  const provider = async (modelId: string, model: ModelConfig): Promise<ModelProvider> => {
    let p = providers.get(modelId);
    if (!p) {
      p = await createProvider(modelId, model, { env, script });
      providers.set(modelId, p);
    }
    return p;
  };

  const repoName = basename(options.repoDir.replace(/\/+$/, '')) || 'repo';
  const requestedBy = userName ?? env.USER ?? 'local-user';
  const forge = createLocalForge({ repoDir: options.repoDir });

  // The month's past spend, for the month, tier and person budgets: read from the ledger branch
  // on the first task that could spend money (never for scripted or free models), then kept
  // current by the budget guard as calls are recorded, so later tasks need no second read.
  let spend: { readonly month: string; readonly read: Promise<MonthSpend> } | undefined;
  const pastSpend = (): Promise<MonthSpend> => {
    const now = clock.now();
    if (spend?.month !== monthOf(now)) {
      const read = readMonthSpend({ repoDir: options.repoDir, ref: ledger.readRef, now });
      const cached = { month: monthOf(now), read };
      spend = cached;
      // A failed read fails its task; the next task tries again.
      read.catch(() => {
        if (spend === cached) spend = undefined;
      });
    }
    return spend.read;
  };

  // The ledger's outcome cells, read only when a rule with `learn` fires (app/ledger-learning.ts).
  const learning = ledgerLearning(options.repoDir, ledger.readRef, config.config);

  const run = async (
    task: Task,
    runOptions: Pick<RunOptions, 'humanAnswer'> = {},
  ): Promise<RunOutcome> => {
    const workspace = await openGitWorkspace(options.repoDir);
    try {
      return await runTask(
        task,
        {
          config,
          personas,
          gates,
          forge,
          ledger,
          workspace,
          provider,
          clock,
          progress: options.progress,
          modelOverride,
          pastSpend,
          signal: options.signal,
          checkout: worktreeCheckout(options.repoDir, `aios/${task.key}`),
          learning,
        },
        runOptions,
      );
    } catch (error) {
      // Stopped before the pipeline recorded an ending (a missing key…): no dangling `planned`.
      await closeUnfinished(ledger, task.id, error).catch(() => undefined);
      throw error;
    } finally {
      await workspace.close();
      // Entries are durable in the spool already; this puts them on the ledger branch.
      await ledger.flush();
    }
  };

  return {
    config,
    personas,
    gates,
    ledger,
    repoName,
    runTask: run,
    async runFile(taskFile: string) {
      const task = await taskFromFile(taskFile, {
        repoName,
        requestedBy,
        now: clock.now(),
        repoDir: options.repoDir,
      });
      return { task, outcome: await run(task) };
    },
  };
}
