import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertFolder,
  killSwitchReason
} from "./chunk-6TMRIS7P.js";
import {
  decidePlan
} from "./chunk-6ZCPCTIM.js";
import {
  shadowChoice
} from "./chunk-UCZ7KSTD.js";
import "./chunk-MXBHPQOX.js";
import "./chunk-55DY6BWB.js";
import "./chunk-U657X6YM.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import {
  assertConfigSound
} from "./chunk-BBEF2M4G.js";
import {
  classifyTask
} from "./chunk-5MTJWRS5.js";
import "./chunk-QNGC6G24.js";
import {
  taskFromFile
} from "./chunk-XKDGEIH3.js";
import "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import {
  personaFolder
} from "./chunk-ZAVCMRL5.js";
import "./chunk-YAVWNDKW.js";
import "./chunk-RZHK7EWK.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-ILL5PG4L.js";
import {
  loadConfig
} from "./chunk-YYMGLOY3.js";
import "./chunk-T64LJI4O.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-AJNRNK3E.js";
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
  const decision = await decidePlan(task, { config: loaded, personas, modelOverride: void 0 });
  const { config } = loaded;
  if (decision.type === "ask") {
    const open = config.classify && !classifyTask(task, config).kind;
    return {
      task,
      preview: open ? { ...decision, classifier: config.classify?.model } : decision
    };
  }
  if (!config.shadow) return { task, preview: decision };
  const shadow = shadowChoice(task.id, decision.plan, config);
  return {
    task,
    preview: {
      ...decision,
      shadow: shadow.type === "shadow" ? `on ${shadow.modelId}` : `none: ${shadow.why}`
    }
  };
}
export {
  previewRoute
};
