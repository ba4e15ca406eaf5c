import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  hopsOf
} from "./chunk-XBRCNUOH.js";
import {
  shadowAfterWork,
  workOnTask
} from "./chunk-7J6M6V52.js";
import "./chunk-257Y2EBZ.js";
import {
  workWithHandoffs
} from "./chunk-5GL6MOUG.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-B4TEWX3V.js";
import "./chunk-JIUEOTYD.js";
import "./chunk-QWSV55QX.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-4AX2JZ7I.js";
import "./chunk-4X4MBLLZ.js";
import "./chunk-ISMHOPT6.js";
import "./chunk-YDI6AOID.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-KBBLBO5G.js";
import "./chunk-2LBTZ6DX.js";
import "./chunk-QGEFZFN6.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-PG4IPKNI.js";
import "./chunk-F3FEUJ4T.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-WTAIONVT.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-3AVOLEM7.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-TMY6NJDE.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-KVBIDZNP.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
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
