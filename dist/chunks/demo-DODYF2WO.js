import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-D6NKBFO7.js";
import "./chunk-IOSOOVCN.js";
import "./chunk-IDTFERLW.js";
import "./chunk-XL3R5FSU.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-47OWUINJ.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MP3GRWRY.js";
import "./chunk-VW7YZO5R.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-VBNX3N7K.js";
import "./chunk-RLITK63G.js";
import "./chunk-F4JUWQLB.js";
import "./chunk-PJUQ6L73.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-4FKOSWJW.js";
import "./chunk-YAN25746.js";
import "./chunk-6UMYNDPG.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-FJYX5WYP.js";
import "./chunk-7UKZKS4R.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import {
  buildReport
} from "./chunk-DHN6RC3Y.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-2K2IB55S.js";
import "./chunk-AEE5UV7H.js";
import "./chunk-VSON3O2O.js";
import "./chunk-XWVIX7UQ.js";
import "./chunk-BM7RQP47.js";
import "./chunk-4HEM3VW4.js";
import "./chunk-GJUGMOXT.js";
import {
  gitWithInput
} from "./chunk-ILL5PG4L.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import {
  pricingFromConfig
} from "./chunk-LQ46LOPW.js";
import "./chunk-OLMWM5MA.js";
import "./chunk-UJV43JK7.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import {
  GitError
} from "./chunk-ZFFYD355.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";
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
function demoAssets() {
  const root = join(packageRoot(), "examples", "demo");
  return { repo: join(root, "repo"), tasks: join(root, "tasks"), script: join(root, "script.yml") };
}
var DEMO_TASKS = ["content-audit.md", "plugin-hardening.md", "blog-post.md"];
async function buildDemoRepo(dir) {
  const target = dir ?? await mkdtemp(join(tmpdir(), "aios-demo-"));
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0) {
    const { InputError } = await import("./errors-ENTARHIJ.js");
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
