import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  hopsOf
} from "./chunk-IY27P3FQ.js";
import {
  shadowAfterWork,
  workOnTask
} from "./chunk-C6QGAEZM.js";
import "./chunk-MPDFJD6J.js";
import {
  workWithHandoffs
} from "./chunk-R2SPW4LQ.js";
import "./chunk-SLWSIDDO.js";
import "./chunk-P6NLKGM7.js";
import "./chunk-NY2ZYJYR.js";
import "./chunk-BW3JQCFF.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-PSTGYQLL.js";
import "./chunk-OJILAHD3.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-3MEUOWKK.js";
import "./chunk-PKU5SCGY.js";
import "./chunk-RZHK7EWK.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-Q52AHP7M.js";
import "./chunk-BSMEZVCU.js";
import "./chunk-DTHCEB2A.js";
import "./chunk-Z7OINK5E.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-GQSFYDB6.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-ZVO7ZMJ6.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-PG4IPKNI.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-F7U6GFT7.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
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
