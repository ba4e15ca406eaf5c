import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-LTA224LT.js";
import "./chunk-GQXQSTY4.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ICF7VQCS.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-RLITK63G.js";
import "./chunk-QSC22QXC.js";
import "./chunk-2K2IB55S.js";
import "./chunk-4ODOM3HQ.js";
import "./chunk-OTAEPFPO.js";
import "./chunk-FT6KL63P.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";

// src/jobs/work-job.ts
async function workJob(plan, deps) {
  if (plan.decision !== "work" || !plan.task || !plan.plan) return void 0;
  const outcome = await workOnTask(plan.task, plan.plan, deps, { humanAnswer: plan.humanAnswer });
  return { version: 1, outcome };
}
export {
  workJob
};
