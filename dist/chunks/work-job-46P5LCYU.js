import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-KEUCIJUO.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZR4AWZX3.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-77CIAXIQ.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-2K2IB55S.js";
import "./chunk-2YRUZUHQ.js";
import "./chunk-OFFKEMHX.js";
import "./chunk-BM7RQP47.js";
import "./chunk-MOVWQC26.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/work-job.ts
async function workJob(plan, deps) {
  if (plan.decision !== "work" || !plan.task || !plan.plan) return void 0;
  const outcome = await workOnTask(plan.task, plan.plan, deps, { humanAnswer: plan.humanAnswer });
  return { version: 1, outcome };
}
export {
  workJob
};
