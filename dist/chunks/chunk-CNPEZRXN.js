import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  costsMoreThan
} from "./chunk-YO32VXJS.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";

// src/routing/shadow-choice.ts
function inShadowShare(taskId, share) {
  if (share <= 0) return false;
  if (share >= 1) return true;
  const n = Number.parseInt(sha256(`aios-shadow
${taskId}`).slice(0, 12), 16) / 2 ** 48;
  return n < share;
}
function shadowChoice(taskId, plan, config) {
  const policy = config.shadow;
  if (!policy) return { type: "none", why: "no `shadow:` in the config" };
  if (plan.risk === "high" || !policy.risks.includes(plan.risk))
    return { type: "none", why: `${plan.risk}-risk work is not shadowed (shadow.risks)` };
  if (!inShadowShare(taskId, policy.share))
    return { type: "none", why: `task not in the ${policy.share} share` };
  const modelId = policy.model ?? config.tiers[policy.tier ?? ""]?.models[0];
  const model = modelId === void 0 ? void 0 : config.models[modelId];
  if (modelId === void 0 || !model) return { type: "none", why: "the shadow model is missing" };
  const primaryId = plan.models[0];
  const primary = primaryId === void 0 ? void 0 : config.models[primaryId];
  if (primaryId === modelId) return { type: "none", why: `${modelId} already does the work` };
  if (primary && costsMoreThan(model, primary))
    return { type: "none", why: `${modelId} costs more than ${primaryId}` };
  const tier = policy.tier ?? Object.entries(config.tiers).find(([, t]) => t.models.includes(modelId))?.[0] ?? plan.tier;
  return { type: "shadow", modelId, plan: { ...plan, tier, models: [modelId], maxAttempts: 1 } };
}

export {
  shadowChoice
};
