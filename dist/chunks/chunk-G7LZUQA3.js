import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  commitHoldsFiles
} from "./chunk-WYR5LKUU.js";
import {
  runTask
} from "./chunk-LZES4WEG.js";
import {
  checkRuleLanes
} from "./chunk-S2HZ5M33.js";
import {
  GitLedgerStore,
  commitFiles
} from "./chunk-IDDXR6GH.js";
import {
  createProvider
} from "./chunk-ZMROKJ2H.js";
import {
  loadScript
} from "./chunk-6BVLDT4U.js";
import {
  monthOf,
  readMonthSpend
} from "./chunk-IABHKNR6.js";
import {
  systemClock
} from "./chunk-OSDM3B4E.js";
import {
  openGitWorkspace
} from "./chunk-DO43DO7L.js";
import {
  personaFolder
} from "./chunk-SUBDYCZQ.js";
import {
  taskFromFile
} from "./chunk-5ZZKTIWS.js";
import {
  gitWithInput
} from "./chunk-NBMJ4FYU.js";
import {
  defaultGates
} from "./chunk-EFV4PE26.js";
import {
  loadConfig
} from "./chunk-7ACFVJZF.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  ForgeError,
  ModelError,
  describeError
} from "./chunk-AYJEV7GA.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/app/local-runner.ts
import { basename } from "node:path";

// src/forge/local-forge.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var LOCAL_FORGE_DIR = ".aios";
async function head(repoDir) {
  const r = await gitWithInput(repoDir, ["rev-parse", "HEAD", "--abbrev-ref", "HEAD"], void 0);
  const [commit, branch] = r.stdout.toString("utf8").trim().split("\n");
  if (r.code !== 0 || !commit || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new ForgeError(`${repoDir} has no commit to build the task branch on.`, void 0, {
      hint: "Commit the repository first: AIOS branches from the current HEAD."
    });
  }
  return { commit, branch: branch && branch !== "HEAD" ? branch : "HEAD" };
}
async function branchTip(repoDir, ref) {
  const r = await gitWithInput(repoDir, ["for-each-ref", "--format=%(objectname)", ref], void 0);
  return r.stdout.toString("utf8").trim() || void 0;
}
function createLocalForge(options) {
  const { repoDir } = options;
  const author = options.author ?? { name: "AIOS", email: "aios@localhost" };
  return {
    kind: "local",
    async deliver(d) {
      const ref = `refs/heads/${d.branch}`;
      const [existing, current] = await Promise.all([branchTip(repoDir, ref), head(repoDir)]);
      const unchanged = existing !== void 0 && await commitHoldsFiles(repoDir, existing, d.files);
      const commit = unchanged && existing ? existing : await commitFiles(repoDir, {
        ref,
        parent: existing ?? current.commit,
        files: d.files,
        message: d.commitMessage,
        author,
        time: Math.floor(d.time.getTime() / 1e3)
      });
      const dir = join(repoDir, LOCAL_FORGE_DIR, "pulls");
      const file = join(dir, `${d.task.key}.md`);
      await mkdir(dir, { recursive: true });
      const created = !await readFile(file, "utf8").then(
        () => true,
        () => false
      );
      const front = (0, import_yaml.stringify)({
        title: d.pr.title,
        state: "draft",
        head: d.branch,
        headCommit: commit,
        base: current.branch,
        reviewers: [...d.reviewers],
        task: d.task.id
      });
      await writeFile(file, `---
${front}---
${d.pr.body}`);
      return {
        branch: d.branch,
        commit,
        committed: !unchanged,
        pr: { url: `${LOCAL_FORGE_DIR}/pulls/${d.task.key}.md`, created }
      };
    },
    async ask(q) {
      const dir = join(repoDir, LOCAL_FORGE_DIR, "questions");
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${q.task.key}.md`);
      const body = [
        `# AIOS needs a human: ${q.task.title}`,
        "",
        `Stage: ${q.stage}. ${q.reason}`,
        "",
        ...q.questions.map((x) => `- ${x}`),
        ""
      ].join("\n");
      await writeFile(file, body);
      return { url: `${LOCAL_FORGE_DIR}/questions/${q.task.key}.md` };
    }
  };
}

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
  const [config, userName] = await Promise.all([
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    // Exit code 1 means unset; either way the fallback below applies.
    gitWithInput(options.repoDir, ["config", "user.name"], void 0).then(
      (r) => r.code === 0 ? r.stdout.toString("utf8").trim() || null : null,
      () => null
    )
  ]);
  const personas = personaFolder(options.personaDir);
  await checkRuleLanes(config, personas);
  const gates = defaultGates();
  const ledger = await GitLedgerStore.open({
    repoDir: options.repoDir,
    branch: config.config.ledger.branch,
    remote: options.ledgerRemote ?? config.config.ledger.remote,
    clock
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
  const run = async (task) => {
    const workspace = await openGitWorkspace(options.repoDir);
    try {
      return await runTask(task, {
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
        signal: options.signal
      });
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
