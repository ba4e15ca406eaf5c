import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-EIW7XTNI.js";
import "./chunk-7J6M6V52.js";
import "./chunk-257Y2EBZ.js";
import "./chunk-LWVMTKLN.js";
import "./chunk-5GL6MOUG.js";
import "./chunk-6S4KCGYJ.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-B4TEWX3V.js";
import "./chunk-JIUEOTYD.js";
import "./chunk-NMJVERAR.js";
import "./chunk-QWSV55QX.js";
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-BVZFSN7K.js";
import "./chunk-Z3RF3NEM.js";
import "./chunk-BCTLDQ7G.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-BYW25QYI.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-I4Z2RHYI.js";
import "./chunk-CGYF7LUR.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-4AX2JZ7I.js";
import "./chunk-546YJL7J.js";
import "./chunk-4X4MBLLZ.js";
import "./chunk-PKDNAZD5.js";
import "./chunk-ISMHOPT6.js";
import "./chunk-7426IQ7J.js";
import "./chunk-YDI6AOID.js";
import "./chunk-2NB723QM.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-JTGQS6LR.js";
import "./chunk-4MFG2O66.js";
import "./chunk-5QGTTSG7.js";
import {
  buildReport
} from "./chunk-XXQO44M5.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-N5R6LZEM.js";
import {
  pricingFromConfig
} from "./chunk-3ICBUBTN.js";
import "./chunk-KBBLBO5G.js";
import "./chunk-2LBTZ6DX.js";
import "./chunk-VTPDUZM3.js";
import "./chunk-QGEFZFN6.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-PG4IPKNI.js";
import "./chunk-DL7IDUS6.js";
import "./chunk-RPM3G3AV.js";
import "./chunk-I64QJB2E.js";
import "./chunk-56SP7YYP.js";
import "./chunk-F3FEUJ4T.js";
import "./chunk-U2POEHOG.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-WTAIONVT.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-3AVOLEM7.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import {
  gitWithInput
} from "./chunk-O4HDCP25.js";
import "./chunk-QQDITVLL.js";
import "./chunk-VCYEN6NF.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-TMY6NJDE.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-KVBIDZNP.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import {
  GitError
} from "./chunk-ZFFYD355.js";
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
