import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gatherTaskContext
} from "./chunk-OOTTZM4J.js";
import {
  taskFromFile
} from "./chunk-4QRJGA6Q.js";
import {
  firstAttemptPrompt
} from "./chunk-T7MCIRC2.js";
import {
  route
} from "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-UO6V55NV.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import "./chunk-6PLSYQK3.js";
import "./chunk-KZQHJZOX.js";
import {
  openGitWorkspace
} from "./chunk-E2G2CGYN.js";
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
import "./chunk-MU7G7UNU.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/preview-context.ts
import { basename, resolve } from "node:path";
async function previewContext(options) {
  const repoDir = resolve(options.repoDir);
  const loaded = await loadConfig({ file: options.configFile, repoDir });
  const { config } = loaded;
  const task = await taskFromFile(resolve(options.taskFile), {
    repoName: basename(repoDir),
    requestedBy: "context-preview",
    now: /* @__PURE__ */ new Date()
  });
  const decision = route({ task, config, configHash: loaded.hash });
  if (decision.type !== "route")
    throw new InputError(`The task cannot be routed: ${decision.reason}`, [], {
      hint: "Run `aios route --explain` on the task to see why."
    });
  let plan = decision.plan;
  if (options.tier !== void 0) {
    const tier = config.tiers[options.tier];
    if (!tier)
      throw new InputError(`No tier named "${options.tier}".`, [], {
        hint: `Tiers: ${Object.keys(config.tiers).join(", ")}.`
      });
    plan = { ...plan, tier: options.tier, models: [...tier.models] };
  }
  const persona = await personaFolder(options.personaDir).load(plan.persona);
  const workspace = await openGitWorkspace(repoDir);
  let index;
  try {
    const context = await gatherTaskContext({
      workspace,
      task,
      plan,
      persona,
      config,
      render: firstAttemptPrompt({
        persona,
        task,
        minConfidence: config.asking.minConfidence
      }),
      onIndex: (u) => index = u,
      onIndexProgress: options.onIndexProgress
    });
    return { persona: plan.persona, tier: plan.tier, index, context };
  } finally {
    await workspace.close();
  }
}
export {
  previewContext
};
