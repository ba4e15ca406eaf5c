import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-BRRXRLNK.js";
import "./chunk-2O3G5VUY.js";
import "./chunk-LTA224LT.js";
import "./chunk-GQXQSTY4.js";
import {
  wo
} from "./chunk-OPFM54M4.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-2LFGVXAD.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-ICF7VQCS.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-SPFN5JVL.js";
import "./chunk-EJ4ZRYJA.js";
import "./chunk-ZKDYZKRR.js";
import "./chunk-RLITK63G.js";
import "./chunk-QSC22QXC.js";
import "./chunk-HQBHEEDR.js";
import "./chunk-XQDBF3P2.js";
import {
  buildReport
} from "./chunk-JTFXGSZY.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-2K2IB55S.js";
import "./chunk-4ODOM3HQ.js";
import "./chunk-OTAEPFPO.js";
import "./chunk-FT6KL63P.js";
import "./chunk-H3BZYI6F.js";
import {
  pricingFromConfig
} from "./chunk-RJNZGAYP.js";
import "./chunk-OTTWMORF.js";
import "./chunk-JBK6AXZN.js";
import "./chunk-7QUKERPI.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AYJEV7GA.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";
import "./chunk-YHUUYJMY.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";

// src/app/demo.ts
import { cp, mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function demoAssets() {
  const root = join(packageRoot(), "examples", "demo");
  return { repo: join(root, "repo"), tasks: join(root, "tasks"), script: join(root, "script.yml") };
}
var DEMO_TASKS = ["content-audit.md", "plugin-hardening.md", "blog-post.md"];
async function buildDemoRepo(dir) {
  const target = dir ?? await mkdtemp(join(tmpdir(), "aios-demo-"));
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0) {
    const { InputError } = await import("./errors-EABFWQMM.js");
    throw new InputError(`The demo folder ${target} is not empty.`, [], {
      hint: "Pass --dir with a new or empty folder."
    });
  }
  const assets = demoAssets();
  await cp(assets.repo, target, { recursive: true });
  const git = wo(target);
  await git.init(["--initial-branch=main", "--quiet"]);
  await git.addConfig("user.name", "Acme Studio");
  await git.addConfig("user.email", "studio@acme.example");
  await git.add(".");
  await git.commit("Acme Studio site and newsletter plugin");
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
