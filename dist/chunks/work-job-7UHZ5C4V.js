import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  hopsOf
} from "./chunk-2JLSUUXL.js";
import {
  shadowAfterWork,
  workOnTask
} from "./chunk-CRJXOMLX.js";
import "./chunk-GFVZ4CMW.js";
import {
  workWithHandoffs
} from "./chunk-TXLM4J63.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-MSMON4FE.js";
import "./chunk-QPVFDYXY.js";
import "./chunk-R6WOP76V.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-RP4X2TDN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-ZICY33XF.js";
import "./chunk-ZNMLEDWB.js";
import "./chunk-YDI6AOID.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-OOTTZM4J.js";
import "./chunk-T7MCIRC2.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-WF7FCXME.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-A5JTEFZF.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-6PLSYQK3.js";
import "./chunk-KZQHJZOX.js";
import "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
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
