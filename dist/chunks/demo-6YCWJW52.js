import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-6TE7K2SL.js";
import "./chunk-CRJXOMLX.js";
import "./chunk-GFVZ4CMW.js";
import "./chunk-TXLM4J63.js";
import "./chunk-H3VFXYDI.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-MSMON4FE.js";
import "./chunk-QPVFDYXY.js";
import "./chunk-R6WOP76V.js";
import "./chunk-AETESVYL.js";
import "./chunk-QISHNKRG.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-RP4X2TDN.js";
import "./chunk-GRDGC47R.js";
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-QEGCGGY3.js";
import "./chunk-Z3RF3NEM.js";
import "./chunk-BCTLDQ7G.js";
import "./chunk-AW4A6OQC.js";
import "./chunk-JWSZY43H.js";
import "./chunk-WAD5MR4F.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-AS63FHV3.js";
import "./chunk-BCUH6QNP.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-ZICY33XF.js";
import "./chunk-D64RV72G.js";
import "./chunk-ZNMLEDWB.js";
import "./chunk-YDI6AOID.js";
import "./chunk-JRGQ7BIS.js";
import "./chunk-7CYNIJV5.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-OOTTZM4J.js";
import "./chunk-4QRJGA6Q.js";
import "./chunk-T7MCIRC2.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-SW6LTCAU.js";
import "./chunk-WF7FCXME.js";
import {
  buildReport
} from "./chunk-NXWZ6V65.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-N5R6LZEM.js";
import {
  pricingFromConfig
} from "./chunk-4SOEMDSL.js";
import "./chunk-A5JTEFZF.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-XQPV75ZH.js";
import "./chunk-6PLSYQK3.js";
import "./chunk-KZQHJZOX.js";
import "./chunk-E2G2CGYN.js";
import "./chunk-LBO5STXY.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
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
    const { InputError } = await import("./errors-QQVXHBRM.js");
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
