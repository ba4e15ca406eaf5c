import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  workOnTask
} from "./chunk-IOSOOVCN.js";
import "./chunk-IDTFERLW.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-47OWUINJ.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-VW7YZO5R.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-RLITK63G.js";
import "./chunk-MOVWQC26.js";
import "./chunk-2K2IB55S.js";
import "./chunk-XWVIX7UQ.js";
import "./chunk-BM7RQP47.js";
import "./chunk-4HEM3VW4.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
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
