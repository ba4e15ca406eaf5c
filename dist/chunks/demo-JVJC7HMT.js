import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-W72E5NBK.js";
import {
  createLocalRunner
} from "./chunk-G7LZUQA3.js";
import "./chunk-WYR5LKUU.js";
import "./chunk-LZES4WEG.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-IDTFERLW.js";
import "./chunk-S2HZ5M33.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-IDDXR6GH.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZMROKJ2H.js";
import "./chunk-6BVLDT4U.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-IABHKNR6.js";
import "./chunk-E57OUHFC.js";
import "./chunk-U657X6YM.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-TERA2OTG.js";
import "./chunk-7YDNKIQB.js";
import "./chunk-3NV5635D.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-DO43DO7L.js";
import "./chunk-S2BERF5H.js";
import "./chunk-SUBDYCZQ.js";
import "./chunk-2ZRMGOS4.js";
import "./chunk-5ZZKTIWS.js";
import "./chunk-LKFK2C7T.js";
import {
  buildReport
} from "./chunk-I2AMYJ73.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-2K2IB55S.js";
import "./chunk-AOHIPDJV.js";
import "./chunk-WLCXD5WQ.js";
import "./chunk-X6HZWWGC.js";
import "./chunk-GEAMK3OW.js";
import {
  gitWithInput
} from "./chunk-NBMJ4FYU.js";
import "./chunk-BM7RQP47.js";
import {
  pricingFromConfig
} from "./chunk-XZI2RTLF.js";
import "./chunk-MSKR657F.js";
import "./chunk-EFV4PE26.js";
import "./chunk-7ACFVJZF.js";
import "./chunk-N7SQINWI.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-CKTALJYW.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import {
  GitError
} from "./chunk-AYJEV7GA.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";
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
