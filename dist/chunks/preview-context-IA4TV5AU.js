import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  buildPrompt,
  gatherTaskContext
} from "./chunk-77CIAXIQ.js";
import {
  personaFolder
} from "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import {
  taskFromFile
} from "./chunk-ICXE3TXG.js";
import "./chunk-RLITK63G.js";
import {
  route
} from "./chunk-C5MAKRMN.js";
import "./chunk-BM7RQP47.js";
import {
  loadConfig
} from "./chunk-JE5REG3S.js";
import "./chunk-FUXN3YVC.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AMKKWZM7.js";
import {
  openGitWorkspace
} from "./chunk-WKIKGW7F.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-H3BZYI6F.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";
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
      render: (c) => buildPrompt({
        persona,
        task,
        context: c,
        attempt: 1,
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
