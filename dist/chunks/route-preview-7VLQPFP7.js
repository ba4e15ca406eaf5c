import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  routeCellSource
} from "./chunk-23KMZTOT.js";
import {
  killSwitchReason
} from "./chunk-6S4KCGYJ.js";
import {
  shadowChoice
} from "./chunk-CNPEZRXN.js";
import {
  decidePlan
} from "./chunk-67DAXTJ3.js";
import "./chunk-GLMLQFKF.js";
import "./chunk-35YPKIUJ.js";
import {
  assertFolder
} from "./chunk-NMJVERAR.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import {
  assertConfigSound
} from "./chunk-MVIPI4DD.js";
import "./chunk-P37YMYK7.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-OXLFTZUD.js";
import "./chunk-WF2K76ZX.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-TQHE5GL4.js";
import {
  taskFromFile
} from "./chunk-GX4TUWCP.js";
import {
  classifyTask
} from "./chunk-KCDWL3UY.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import {
  personaFolder
} from "./chunk-BOEWF7GH.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-XNCQ7H2J.js";
import "./chunk-TNG4IYR7.js";
import "./chunk-ZWUDHE62.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-C375VZDX.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-WMQI3HWE.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-3ICBUBTN.js";
import "./chunk-LGNR2EHT.js";
import {
  loadConfig
} from "./chunk-BT4J6H46.js";
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
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
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
