import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-AVLPKBLU.js";
import "./chunk-RK6NU3OT.js";
import "./chunk-257Y2EBZ.js";
import "./chunk-Y7WXPU5U.js";
import "./chunk-6S4KCGYJ.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-67DAXTJ3.js";
import "./chunk-GLMLQFKF.js";
import "./chunk-35YPKIUJ.js";
import "./chunk-LWVMTKLN.js";
import "./chunk-NMJVERAR.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-H7RJYMJZ.js";
import "./chunk-CD6GAUDS.js";
import "./chunk-3WGCPASX.js";
import "./chunk-MVIPI4DD.js";
import "./chunk-P37YMYK7.js";
import "./chunk-DO5JBREO.js";
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-C2A52CNL.js";
import "./chunk-Z3RF3NEM.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-2B2C2WHS.js";
import "./chunk-4MFG2O66.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import {
  buildReport
} from "./chunk-J2MTLMHX.js";
import "./chunk-ISMHOPT6.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-7426IQ7J.js";
import "./chunk-2NB723QM.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-HPMKEWHZ.js";
import "./chunk-GX4TUWCP.js";
import "./chunk-2LBTZ6DX.js";
import "./chunk-KCDWL3UY.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-DL7IDUS6.js";
import "./chunk-RPM3G3AV.js";
import "./chunk-BOEWF7GH.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-XNCQ7H2J.js";
import "./chunk-ZWUDHE62.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-C375VZDX.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import {
  gitWithInput
} from "./chunk-O4HDCP25.js";
import "./chunk-N5R6LZEM.js";
import {
  pricingFromConfig
} from "./chunk-3ICBUBTN.js";
import "./chunk-PG4IPKNI.js";
import "./chunk-G7DUVPQ5.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-BT4J6H46.js";
import "./chunk-PWYCXGRC.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ULAWHFOD.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import {
  GitError
} from "./chunk-ZFFYD355.js";
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
