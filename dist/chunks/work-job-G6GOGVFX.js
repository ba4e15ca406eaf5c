import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  hopsOf
} from "./chunk-TTXTCHQX.js";
import {
  shadowAfterWork,
  workOnTask
} from "./chunk-RK6NU3OT.js";
import "./chunk-257Y2EBZ.js";
import {
  workWithHandoffs
} from "./chunk-Y7WXPU5U.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-67DAXTJ3.js";
import "./chunk-GLMLQFKF.js";
import "./chunk-35YPKIUJ.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-3WGCPASX.js";
import "./chunk-P37YMYK7.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-ISMHOPT6.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-HPMKEWHZ.js";
import "./chunk-2LBTZ6DX.js";
import "./chunk-KCDWL3UY.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-XNCQ7H2J.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-C375VZDX.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-PG4IPKNI.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ULAWHFOD.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
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
      const out = await workOnTask(task, p, d, { ...o, changedPaths: plan.changedPaths });
      calls.push({
        persona: p.persona,
        ...out.status === "declined" ? { declined: { reason: out.reason, suggestedPersona: out.suggestedPersona } } : {}
      });
      return out;
    },
    // deliver re-derives each hop from the written handoffs (jobs/handoff-check.ts).
    { onlyWrittenHandoffs: true }
  );
  await shadowAfterWork(plan.task, result.plan, result.work, deps);
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
