import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-LR4JCTUH.js";
import "./chunk-S6HROR5V.js";
import "./chunk-WNKLULRX.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-4Q6FN5NW.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-YC5I4YKA.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-W72E5NBK.js";
import "./chunk-QFIPCHZE.js";
import "./chunk-S2BERF5H.js";
import "./chunk-OFDAJMUN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-4RKDV5ZG.js";
import "./chunk-NV2LNVE6.js";
import {
  buildReport
} from "./chunk-TQAPOIZL.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-2K2IB55S.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-DKOVT4EB.js";
import "./chunk-UAGYTAGT.js";
import "./chunk-KYZ73INA.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";
import "./chunk-VXN4A7KG.js";
import "./chunk-RVPZGDFG.js";
import "./chunk-WKNUSV6H.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GEAMK3OW.js";
import {
  gitWithInput
} from "./chunk-NBMJ4FYU.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import {
  pricingFromConfig
} from "./chunk-XZI2RTLF.js";
import {
  GitError
} from "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/app/demo.ts
import { cp, mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/git/init-repo.ts
async function git(dir, args) {
  const r = await gitWithInput(dir, args, void 0);
  if (r.code !== 0)
    throw new GitError(`git ${args[0] ?? ""} failed in ${dir}: ${r.stderr.trim()}`, {
      hint: "Install git 2.36 or newer and put it on PATH."
    });
  return r.stdout.toString("utf8");
}
async function initRepoWithFiles(dir, options) {
  await git(dir, ["init", `--initial-branch=${options.branch}`, "--quiet"]);
  await git(dir, ["config", "user.name", options.who.name]);
  await git(dir, ["config", "user.email", options.who.email]);
  await git(dir, ["add", "--all", "."]);
  await git(dir, ["commit", "--quiet", "--no-verify", "-m", options.message]);
}

// src/app/demo.ts
var DEMO_REVIEWER = "Acme Studio";
function demoAssets() {
  const root = join(packageRoot(), "examples", "demo");
  return { repo: join(root, "repo"), tasks: join(root, "tasks"), script: join(root, "script.yml") };
}
var DEMO_TASKS = ["content-audit.md", "plugin-hardening.md", "blog-post.md"];
async function buildDemoRepo(dir) {
  const target = dir ?? await mkdtemp(join(tmpdir(), "aios-demo-"));
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0) {
    const { InputError } = await import("./errors-5QXM65LH.js");
    throw new InputError(`The demo folder ${target} is not empty.`, [], {
      hint: "Pass --dir with a new or empty folder."
    });
  }
  const assets = demoAssets();
  await cp(assets.repo, target, { recursive: true });
  await initRepoWithFiles(target, {
    branch: "main",
    who: { name: "Acme Studio", email: "studio@acme.example" },
    message: "Acme Studio site and newsletter plugin"
  });
  await cp(assets.tasks, join(target, ".aios", "tasks"), { recursive: true });
  return target;
}
async function runDemo(options) {
  const dir = await buildDemoRepo(options.dir);
  const models = options.models ?? { type: "scripted", scriptFile: demoAssets().script };
  const runner = await createLocalRunner({ repoDir: dir, models, progress: options.progress });
  const runs = [];
  for (const file of DEMO_TASKS) {
    options.onTaskStart?.(file);
    const { task, outcome } = await runner.runFile(join(dir, ".aios", "tasks", file));
    const prBody = outcome.status === "delivered" ? await readFile(join(dir, ".aios", "pulls", `${task.key}.md`), "utf8") : void 0;
    const run = { file, task, outcome, prBody };
    runs.push(run);
    options.onTaskEnd?.(run);
  }
  const finish = { ledger: runner.ledger, config: runner.config.config, login: DEMO_REVIEWER };
  for (const r of runs)
    if (r.outcome.status === "delivered") {
      await signoffLocal(finish, r.task.id);
      await outcomeLocal(finish, r.task.id, "accepted");
    }
  await runner.ledger.flush();
  const report = await buildReport(runner.ledger.entries(), {
    by: "persona",
    pricing: pricingFromConfig(runner.config.config)
  });
  return { dir, runs, report, scripted: models.type === "scripted" };
}
export {
  DEMO_TASKS,
  buildDemoRepo,
  demoAssets,
  runDemo
};
