import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  hopsOf
} from "./chunk-2MKUQFUX.js";
import {
  workOnTask
} from "./chunk-CPEZATYP.js";
import "./chunk-257Y2EBZ.js";
import {
  workWithHandoffs
} from "./chunk-TWIODZBF.js";
import "./chunk-5X6HEIHC.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-DO3MUV3N.js";
import "./chunk-U657X6YM.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-7SMZIRSM.js";
import "./chunk-4I6KMXTR.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-I6R5MAOV.js";
import "./chunk-UWMWIOLM.js";
import "./chunk-YOLVJSMU.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-RZHK7EWK.js";
import "./chunk-F5CFP6WA.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-MSKR657F.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/work-job.ts
async function workJob(plan, deps) {
  if (plan.decision !== "work") return void 0;
  const calls = [];
  const result = await workWithHandoffs(
    plan.task,
    plan.plan,
    deps,
    { humanAnswer: plan.humanAnswer },
    async (task, p, d, o) => {
      const out = await workOnTask(task, p, d, o);
      calls.push({
        persona: p.persona,
        ...out.status === "declined" ? { declined: { reason: out.reason, suggestedPersona: out.suggestedPersona } } : {}
      });
      return out;
    },
    // deliver re-derives each hop from the written handoffs (jobs/handoff-check.ts).
    { onlyWrittenHandoffs: true }
  );
  const handoffs = hopsOf(calls);
  return {
    version: 1,
    ...handoffs.length ? { handoffs, plan: result.plan } : {},
    outcome: result.work
  };
}
export {
  workJob
};
