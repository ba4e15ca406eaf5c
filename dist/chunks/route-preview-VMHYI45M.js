import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  routeCellSource
} from "./chunk-FDKGBS7R.js";
import {
  killSwitchReason
} from "./chunk-H3VFXYDI.js";
import {
  shadowChoice
} from "./chunk-CNPEZRXN.js";
import {
  decidePlan
} from "./chunk-MSMON4FE.js";
import "./chunk-QPVFDYXY.js";
import "./chunk-R6WOP76V.js";
import {
  assertFolder
} from "./chunk-QISHNKRG.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-RP4X2TDN.js";
import "./chunk-GRDGC47R.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MLFXKAZX.js";
import {
  assertConfigSound
} from "./chunk-D64RV72G.js";
import {
  taskFromFile
} from "./chunk-4QRJGA6Q.js";
import "./chunk-KV3JNNM3.js";
import {
  classifyTask
} from "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-SW6LTCAU.js";
import "./chunk-WF7FCXME.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-A5JTEFZF.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
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
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/route-preview.ts
import { basename, resolve } from "node:path";
async function previewRoute(options) {
  const repoDir = resolve(options.repoDir);
  await assertFolder(repoDir);
  const loaded = await loadConfig({ file: options.configFile, repoDir });
  const off = killSwitchReason(loaded.config, options.env, loaded.file);
  if (off)
    return {
      preview: { type: "off", reason: `AIOS is switched off: ${off}; aios run would stop here` }
    };
  const personas = personaFolder(options.personaDir ? resolve(options.personaDir) : void 0);
  await assertConfigSound(loaded, personas);
  const task = await taskFromFile(resolve(options.taskFile), {
    repoName: basename(repoDir.replace(/\/+$/, "")) || "repo",
    requestedBy: "route-preview",
    now: options.now ?? /* @__PURE__ */ new Date(),
    repoDir
  });
  const cellSource = routeCellSource(repoDir, loaded.config);
  const decision = await decidePlan(task, {
    config: loaded,
    personas,
    modelOverride: void 0,
    learning: cellSource.learning
  });
  const { config } = loaded;
  const cells = cellSource.table;
  if (decision.type === "ask") {
    const open = config.classify && !classifyTask(task, config).kind;
    return {
      task,
      cells,
      preview: open ? { ...decision, classifier: config.classify?.model } : decision
    };
  }
  if (!config.shadow) return { task, cells, preview: decision };
  const shadow = shadowChoice(task.id, decision.plan, config);
  return {
    task,
    cells,
    preview: {
      ...decision,
      shadow: shadow.type === "shadow" ? `on ${shadow.modelId}` : `none: ${shadow.why}`
    }
  };
}
export {
  previewRoute
};
