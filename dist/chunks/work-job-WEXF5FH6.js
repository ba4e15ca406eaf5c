import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-QWKEXXGO.js";
import "./chunk-GMCTAYMQ.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-5O7YYXYX.js";
import "./chunk-C4ZUGLU4.js";
import "./chunk-U657X6YM.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-6HKKDRN2.js";
import "./chunk-QUJE3EPA.js";
import "./chunk-AIKIHCF7.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-LKFK2C7T.js";
import "./chunk-2K2IB55S.js";
import "./chunk-PPBBFBXW.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-7JH2P6DX.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
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
