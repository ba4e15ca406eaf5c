import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-CUYW3DGJ.js";
import "./chunk-ARI4UELM.js";
import "./chunk-IDTFERLW.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-4Q6FN5NW.js";
import "./chunk-4PH66SAW.js";
import "./chunk-U657X6YM.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-LFHHINB4.js";
import "./chunk-QUJE3EPA.js";
import "./chunk-S3AZSQJQ.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-LKFK2C7T.js";
import "./chunk-2K2IB55S.js";
import "./chunk-WKNUSV6H.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GEAMK3OW.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-X56SRAB6.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-DZOLSQ6D.js";
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
