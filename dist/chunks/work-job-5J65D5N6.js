import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-JCZ4UWYT.js";
import "./chunk-IDTFERLW.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-MQUR6G4R.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-EDMX6M7X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-RLITK63G.js";
import "./chunk-MOVWQC26.js";
import "./chunk-2K2IB55S.js";
import "./chunk-UVKDXZ4B.js";
import "./chunk-BM7RQP47.js";
import "./chunk-CLZH5OHK.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/work-job.ts
async function workJob(plan, deps) {
  if (plan.decision !== "work") return void 0;
  const outcome = await workOnTask(plan.task, plan.plan, deps, { humanAnswer: plan.humanAnswer });
  return { version: 1, outcome };
}
export {
  workJob
};
