import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Risk,
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/config/learn-policy.ts
var LearnPolicy = external_exports.object({
  mode: external_exports.enum(["advise", "apply"]).describe("advise: suggest in the plan; apply: route to the cheaper model when it qualifies"),
  cheaper: external_exports.array(Slug).min(1).describe(
    "Models or tiers to try instead of the rule\u2019s tier, cheapest first (a tier means its models)"
  ),
  minSamples: external_exports.number().int().positive().default(20).describe("Decided outcomes the cheaper model\u2019s cell needs before it counts"),
  minAcceptanceLB: external_exports.number().min(0).max(1).default(0.8).describe("The cell\u2019s acceptance lower bound (Wilson score, one-sided 95%) must reach this"),
  risks: external_exports.array(Risk).min(1).default(["low"]).describe("Risk levels the clause may act on; never high")
}).strict().superRefine((learn, ctx) => {
  learn.risks.forEach((risk, i) => {
    if (risk === "high")
      ctx.addIssue({
        code: "custom",
        path: ["risks", i],
        message: "a learned downgrade never applies to high-risk work: remove high"
      });
  });
});
function learnCandidates(cheaper, config) {
  const out = [];
  for (const name of cheaper) {
    const tier = config.tiers[name];
    if (tier) {
      const model = tier.models[0];
      if (model !== void 0) out.push({ name, model, tier: name });
      continue;
    }
    if (config.models[name] === void 0) continue;
    const on = Object.entries(config.tiers).find(([, t]) => t.models.includes(name));
    if (on) out.push({ name, model: name, tier: on[0] });
  }
  return out;
}
function learnIssues(config) {
  const issues = [];
  config.rules.forEach((rule, i) => {
    rule.learn?.cheaper.forEach((name, j) => {
      const path = ["rules", i, "learn", "cheaper", j];
      if (config.tiers[name] === void 0 && config.models[name] === void 0)
        issues.push({ path, message: `no model or tier named "${name}"` });
      else if (learnCandidates([name], config).length === 0)
        issues.push({ path, message: `model "${name}" is on no tier, so nothing can run it` });
    });
  });
  return issues;
}

export {
  LearnPolicy,
  learnCandidates,
  learnIssues
};
