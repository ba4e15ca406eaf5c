import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  commitFiles,
  commitHoldsFiles,
  systemClock
} from "./chunk-CNRVN5EL.js";
import {
  runTask
} from "./chunk-JCZ4UWYT.js";
import {
  createProvider,
  loadScript
} from "./chunk-XF6ZXXVX.js";
import {
  monthOf,
  readMonthSpend
} from "./chunk-EDMX6M7X.js";
import {
  taskFromFile
} from "./chunk-A5ABGCAF.js";
import {
  assertConfigSound
} from "./chunk-X27CT7QJ.js";
import {
  personaFolder
} from "./chunk-WWRAG24T.js";
import {
  openGitWorkspace
} from "./chunk-LCIDOOOC.js";
import {
  loadConfig
} from "./chunk-VTACSIEY.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  gitDirOf
} from "./chunk-UVKDXZ4B.js";
import {
  gitWithInput
} from "./chunk-CLZH5OHK.js";
import {
  defaultGates
} from "./chunk-JO7JOFQI.js";
import {
  ForgeError,
  GitError,
  InputError
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
      return { branch: d.branch, commit, committed: !unchanged, pr: { url: file, created } };
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
      return { url: file };
    }
  };
}

// src/app/check-repo.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
async function assertWritableRepository(repoDir) {
  const exists = await stat(repoDir).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (!exists)
    throw new InputError(`${repoDir} is not a folder.`, [], {
      hint: "Name the folder of a git repository (the default is the current folder)."
    });
  let gitDir;
  try {
    gitDir = await gitDirOf(repoDir);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new InputError(`${repoDir} is not a git repository.`, [], {
      cause: error,
      hint: `AIOS records its work in the repository's git folder: run \`git init\` in ${repoDir}, or run AIOS in a repository.`
    });
  }
  for (const dir of [gitDir, join2(gitDir, "objects"), join2(gitDir, "refs")]) {
    try {
      await access(dir, constants.W_OK);
    } catch (cause) {
      throw new InputError(
        `AIOS cannot write to the repository ${repoDir}: ${dir} is not writable.`,
        [],
        {
          cause,
          hint: "AIOS writes its ledger and task branches into the git folder: run it as a user who can write there, or on a clone you own."
        }
      );
    }
  }
  return gitDir;
}

// src/app/local-runner.ts
async function createLocalRunner(options) {
  const clock = options.clock ?? systemClock();
  const env = options.env ?? process.env;
  const [, config, userName] = await Promise.all([
    assertWritableRepository(options.repoDir),
    // not a repository, or unwritable: bad input (2)
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    // Exit code 1 means unset; either way the fallback below applies.
    gitWithInput(options.repoDir, ["config", "user.name"], void 0).then(
      (r) => r.code === 0 ? r.stdout.toString("utf8").trim() || null : null,
      () => null
    )
  ]);
  const personas = personaFolder(options.personaDir);
  await assertConfigSound(config, personas);
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
        pastSpend
      });
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
      const task = await taskFromFile(taskFile, { repoName, requestedBy, now: clock.now() });
      return { task, outcome: await run(task) };
    }
  };
}

export {
  createLocalRunner
};
