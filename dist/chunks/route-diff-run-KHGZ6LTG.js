import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes
} from "./chunk-XS4V7L76.js";
import "./chunk-R6WOP76V.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-RP4X2TDN.js";
import {
  taskFromFile
} from "./chunk-4QRJGA6Q.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-WF7FCXME.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import {
  personaFolder
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-MU7G7UNU.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/route-diff-run.ts
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
async function runRouteDiff(options) {
  const dir = resolve(options.tasksDir);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (!isDir)
    throw new InputError(`${options.tasksDir} is not a folder of task files.`, [], {
      hint: "Pass a folder holding task files (*.md with front matter), as `aios run` reads them."
    });
  const [oldLoaded, newLoaded] = await Promise.all([
    loadConfig({ file: resolve(options.oldConfig) }),
    loadConfig({ file: resolve(options.newConfig) })
  ]);
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(md|markdown)$/i.test(f)).sort();
  const now = /* @__PURE__ */ new Date();
  const tasks = [];
  for (const f of files)
    tasks.push(
      await taskFromFile(join(dir, f), {
        repoName: basename(dir),
        requestedBy: "route-diff",
        now,
        repoDir: dir
      })
    );
  return diffRoutes(
    tasks,
    oldLoaded,
    newLoaded,
    personaFolder(options.personas ? resolve(options.personas) : void 0)
  );
}
export {
  runRouteDiff
};
