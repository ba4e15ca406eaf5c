import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  runTask
} from "./chunk-CRJXOMLX.js";
import {
  worktreeCheckout
} from "./chunk-GFVZ4CMW.js";
import {
  assertEnabled
} from "./chunk-H3VFXYDI.js";
import {
  createLocalForge
} from "./chunk-AETESVYL.js";
import {
  assertWritableRepository
} from "./chunk-QISHNKRG.js";
import {
  ledgerLearning
} from "./chunk-GRDGC47R.js";
import {
  defaultGates
} from "./chunk-AW4A6OQC.js";
import {
  GitLedgerStore
} from "./chunk-JWSZY43H.js";
import {
  gitConfigValues
} from "./chunk-WAD5MR4F.js";
import {
  createProvider
} from "./chunk-AS63FHV3.js";
import {
  loadScript
} from "./chunk-BCUH6QNP.js";
import {
  monthOf,
  readMonthSpend
} from "./chunk-ZICY33XF.js";
import {
  assertConfigSound
} from "./chunk-D64RV72G.js";
import {
  systemClock
} from "./chunk-OSDM3B4E.js";
import {
  taskFromFile
} from "./chunk-4QRJGA6Q.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import {
  openGitWorkspace
} from "./chunk-E2G2CGYN.js";
import {
  personaFolder
} from "./chunk-4GYJU3D3.js";
import {
  ModelError,
  describeError
} from "./chunk-BXJ33WYV.js";

// src/app/local-runner.ts
import { basename } from "node:path";

// src/ledger/close-unfinished.ts
var ENDINGS = /* @__PURE__ */ new Set(["delivered", "failed", "asked", "declined", "signoff", "outcome"]);
async function closeUnfinished(ledger, task, error) {
  await ledger.flush();
  let last;
  let planned;
  let calls = 0;
  for await (const e of ledger.entries({ task })) {
    if (!last || e.id > last.id) last = e;
    if (e.event === "planned" && (!planned || e.id > planned.id)) planned = e;
  }
  if (!last || !planned || ENDINGS.has(last.event)) return void 0;
  for await (const e of ledger.entries({ task }))
    if (e.event === "attempt" && e.id > planned.id) calls++;
  return ledger.append({
    task,
    work: planned.work,
    rule: planned.rule,
    event: "failed",
    actor: { type: "system", component: "runner" },
    data: {
      stage: calls > 0 ? "work" : "plan",
      reason: describeError(error).split("\n")[0] ?? "the run stopped",
      ...error instanceof ModelError ? { errorClass: error.errorClass } : {}
    }
  });
}

// src/app/local-runner.ts
async function createLocalRunner(options) {
  const clock = options.clock ?? systemClock();
  const env = options.env ?? process.env;
  const [gitDir, config, gitConfig] = await Promise.all([
    assertWritableRepository(options.repoDir),
    // not a repository, or unwritable: bad input (2)
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    // Who is asking, and whether ledger commits are signed: one git process for both.
    gitConfigValues(options.repoDir, ["user.name", "user.signingkey"])
  ]);
  const userName = gitConfig.get("user.name") ?? null;
  assertEnabled(config.config, env, config.file);
  const personas = personaFolder(options.personaDir);
  await assertConfigSound(config, personas);
  const gates = defaultGates();
  const ledger = await GitLedgerStore.open({
    repoDir: options.repoDir,
    branch: config.config.ledger.branch,
    remote: options.ledgerRemote ?? config.config.ledger.remote,
    clock,
    gitDir,
    sign: gitConfig.has("user.signingkey")
  });
  let script;
  let modelOverride;
  if (options.models.type === "scripted") {
    script = await loadScript(options.models.scriptFile);
    modelOverride = {
      modelId: "scripted",
      model: {
        provider: "scripted",
        model: "scripted",
        billing: "scripted",
        price: {
          inputPerMTokMicros: 0,
          outputPerMTokMicros: 0,
          cachedInputPerMTokMicros: 0,
          perSecondMicros: 0
        }
      }
    };
  } else if (options.models.type === "ollama") {
    const local = Object.values(config.config.models).find((m) => m.provider === "ollama");
    modelOverride = {
      modelId: "ollama-override",
      model: {
        provider: "ollama",
        model: options.models.model,
        host: options.models.host,
        keepAlive: "10m",
        billing: "local",
        price: local?.price ?? {
          inputPerMTokMicros: 0,
          outputPerMTokMicros: 0,
          cachedInputPerMTokMicros: 0,
          perSecondMicros: 0
        },
        shadowModel: local?.shadowModel
      }
    };
  }
  const providers = /* @__PURE__ */ new Map();
  const provider = async (modelId, model) => {
    let p = providers.get(modelId);
    if (!p) {
      p = await createProvider(modelId, model, { env, script });
      providers.set(modelId, p);
    }
    return p;
  };
  const repoName = basename(options.repoDir.replace(/\/+$/, "")) || "repo";
  const requestedBy = userName ?? env.USER ?? "local-user";
  const forge = createLocalForge({ repoDir: options.repoDir });
  let spend;
  const pastSpend = () => {
    const now = clock.now();
    if (spend?.month !== monthOf(now)) {
      const read = readMonthSpend({ repoDir: options.repoDir, ref: ledger.readRef, now });
      const cached = { month: monthOf(now), read };
      spend = cached;
      read.catch(() => {
        if (spend === cached) spend = void 0;
      });
    }
    return spend.read;
  };
  const learning = ledgerLearning(options.repoDir, ledger.readRef, config.config);
  const run = async (task, runOptions = {}) => {
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
          learning
        },
        runOptions
      );
    } catch (error) {
      await closeUnfinished(ledger, task.id, error).catch(() => void 0);
      throw error;
    } finally {
      await workspace.close();
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
    async runFile(taskFile) {
      const task = await taskFromFile(taskFile, {
        repoName,
        requestedBy,
        now: clock.now(),
        repoDir: options.repoDir
      });
      return { task, outcome: await run(task) };
    }
  };
}

export {
  createLocalRunner
};
