import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  deliveryTarget
} from "./chunk-KEA3N3QU.js";
import {
  checkWritePolicy,
  deliverTask,
  questionForPerson
} from "./chunk-CRJXOMLX.js";
import "./chunk-GFVZ4CMW.js";
import "./chunk-TXLM4J63.js";
import "./chunk-CNPEZRXN.js";
import "./chunk-MSMON4FE.js";
import {
  TaskRecord
} from "./chunk-QPVFDYXY.js";
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
import {
  BOUNDS,
  neutralise
} from "./chunk-7DYZ5OKU.js";
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
import {
  flushNotes
} from "./chunk-O3Z3LRCO.js";
import "./chunk-AF7KBKLQ.js";
import {
  formatMicros
} from "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/deliver-job.ts
function summaryOf(plan, work, outcome, prUrl) {
  const lines = [
    `## AIOS: ${plan.decision === "ignore" ? "?" : plan.task?.id ?? `#${plan.issueNumber}`}`,
    "",
    `Outcome: **${outcome}**${prUrl ? ` \u2014 ${prUrl}` : ""}`,
    ""
  ];
  if (plan.decision === "work") {
    const p = plan.plan;
    lines.push(
      "### Plan",
      "",
      `Rule \`${p.rule.id}\`: ${p.rule.reason}`,
      "",
      `Persona \`${p.persona}\` on tier \`${p.tier}\` (${p.models.join(" \u2192 ")}); gates: ${p.gates.join(", ") || "none"}; by hand \u2248 ${p.byHand.minutes} min.`,
      ""
    );
  }
  const o = work?.outcome;
  if (o?.status === "accepted") {
    lines.push("### Gates", "", "| attempt | gate | result | findings |", "|---|---|---|---|");
    for (const a of o.attempts)
      for (const v of a.verdicts)
        lines.push(
          `| ${a.attempt} | ${v.gate} | ${v.pass ? "pass" : "sent back"} | ${v.findings.length} |`
        );
    lines.push("");
  }
  if (o) {
    lines.push(
      "### Cost",
      "",
      "| calls | tokens in | tokens out | actual | shadow (API rates) |",
      "|---|---|---|---|---|"
    );
    lines.push(
      `| ${o.cost.calls} | ${o.cost.inputTokens} | ${o.cost.outputTokens} | ${formatMicros(o.cost.actualMicros)} | ${formatMicros(o.cost.shadowMicros)} |`,
      ""
    );
  }
  return `${lines.join("\n")}
`;
}
async function deliverJob(plan, work, deps) {
  try {
    return await deliverInner(plan, work, deps);
  } finally {
    const flushed = await deps.ledger.flush();
    deps.log(
      `ledger: ${flushed.committed} entr${flushed.committed === 1 ? "y" : "ies"} pushed${flushed.pending ? `, ${flushed.pending} kept for the next run` : ""}`
    );
    for (const n of flushNotes(flushed)) if (n.level !== "error") deps.log(n.text);
  }
}
async function deliverInner(plan, work, deps) {
  const { forge } = deps;
  if (plan.decision === "ignore")
    return { outcome: "ignored", summary: `AIOS: nothing to do (${plan.note}).
` };
  if (plan.decision === "reply") {
    const reply = plan.reply;
    const n = plan.issueNumber;
    switch (reply.kind) {
      case "ask": {
        if (!plan.task) throw new Error("an ask reply needs the task");
        const r = await forge.ask(questionForPerson(plan.task, "", { status: "asked", ...reply }));
        return {
          outcome: "asked",
          prUrl: r.url,
          summary: summaryOf(plan, void 0, `asked a human: ${reply.reason}`)
        };
      }
      case "comment":
        await forge.upsertComment(n, reply.marker, reply.body);
        return { outcome: "replied", summary: `AIOS replied on #${n}.
` };
      case "stop": {
        await forge.removeLabel(n, reply.label);
        const draft = await forge.pullRequestForBranch(`aios/issue-${n}`);
        if (draft?.draft) await forge.closePullRequest(draft.number);
        await forge.upsertComment(
          n,
          "aios:stop",
          `AIOS stopped work on this issue at the request of @${reply.by}. Re-apply the \`${reply.label}\` label to start again.`
        );
        if (reply.work && reply.rule) {
          const task2 = `${forge.owner}/${forge.repo}#${n}`;
          await new TaskRecord(deps.ledger, { task: task2, work: reply.work, rule: reply.rule }).failed(
            "plan",
            `stopped by ${reply.by}`,
            {},
            { login: reply.by }
          );
        }
        return { outcome: "stopped", summary: `AIOS stopped work on #${n}.
` };
      }
      case "revert": {
        const { revertJob } = await import("./revert-job-U3IKL5PS.js");
        return revertJob(reply, n, deps);
      }
    }
  }
  const task = plan.task;
  const p = plan.plan;
  if (!task || !p) throw new Error("a work decision needs the task and the plan");
  const record = TaskRecord.of(deps.ledger, task, p);
  if (deps.refused?.length) {
    const reason = `The work job's ledger entries were refused, so its work is not delivered: ${deps.refused.slice(0, 5).join("; ")}${deps.refused.length > 5 ? "; \u2026" : ""}.`;
    await record.failed("deliver", reason, {}, { component: "deliver" });
    await forge.ask({
      task,
      stage: "work",
      reason,
      questions: ["Nothing was pushed. Check the work runner, then `/aios retry`."]
    });
    return { outcome: "failed", summary: summaryOf(plan, work, "failed: work spool refused") };
  }
  if (!work) {
    const reason = "The work job did not finish (it failed, timed out or was cancelled); nothing was delivered.";
    await record.failed("work", reason, {}, { component: "deliver" });
    const r = await forge.ask({
      task,
      stage: "work",
      reason,
      questions: ["Check the work job log, then `/aios retry`."]
    });
    return {
      outcome: "failed",
      prUrl: r.url,
      summary: summaryOf(plan, void 0, "failed: the work job did not finish")
    };
  }
  const o = work.outcome;
  switch (o.status) {
    case "asked": {
      const r = await forge.ask(questionForPerson(task, p.persona, o));
      return {
        outcome: "asked",
        prUrl: r.url,
        summary: summaryOf(
          plan,
          work,
          `asked a human: ${neutralise(o.reason, { max: BOUNDS.question })}`
        )
      };
    }
    case "declined": {
      await forge.ask(questionForPerson(task, p.persona, o));
      return { outcome: "declined", summary: summaryOf(plan, work, "declined") };
    }
    case "failed": {
      await forge.ask(questionForPerson(task, p.persona, o));
      return {
        outcome: "failed",
        summary: summaryOf(plan, work, `failed: ${neutralise(o.reason, { max: BOUNDS.question })}`)
      };
    }
    case "accepted":
      return deliverAccepted(plan, task, p, work, o, deps);
  }
}
async function deliverAccepted(plan, task, p, work, o, deps) {
  const persona = await deps.personas.load(p.persona);
  const policy = checkWritePolicy(o.files, persona, deps.config.config.policy);
  if (!policy.pass) {
    const reason = `The delivered files break the write policy: ${policy.findings.map((f) => `${f.path ?? ""} ${f.rule}`).join("; ")}.`;
    await TaskRecord.of(deps.ledger, task, p).failed(
      "deliver",
      reason,
      {},
      { component: "deliver" }
    );
    await deps.forge.ask({
      task,
      stage: "gate",
      reason,
      questions: ["Nothing was pushed. Check the persona lane and protected paths."]
    });
    return { outcome: "failed", summary: summaryOf(plan, work, "failed: write policy") };
  }
  const target = await deliveryTarget(plan, deps.forge);
  if (!target.ok) {
    const reason = `Refused to deliver: ${target.reason}.`;
    await TaskRecord.of(deps.ledger, task, p).failed(
      "deliver",
      reason,
      {},
      { component: "deliver" }
    );
    return { outcome: "failed", summary: summaryOf(plan, work, `failed: ${target.reason}`) };
  }
  const notWanted = await deps.whyNotWanted?.(plan);
  if (notWanted) {
    await TaskRecord.of(deps.ledger, task, p).failed(
      "deliver",
      `Not delivered: ${notWanted}.`,
      {},
      { component: "deliver" }
    );
    deps.log(`not delivered: ${notWanted}`);
    return { outcome: "stopped", summary: summaryOf(plan, work, `stopped: ${notWanted}`) };
  }
  const result = await deliverTask(
    task,
    p,
    o,
    { forge: deps.forge, ledger: deps.ledger, clock: deps.clock },
    {
      branch: target.branch,
      coAuthor: plan.coAuthor,
      prNote: deps.checksRun === false ? "No CI checks ran on this PR: AIOS opened it with the workflow\u2019s job token, and GitHub starts no workflows for pushes made with that token. Run the checks yourself before approving, or give the deliver job a GitHub App token (see docs/security.md)." : void 0,
      alreadyRecorded: async (delivery) => {
        for await (const e of deps.ledger.entries({ task: task.id })) {
          if (e.event === "delivered" && e.data.commit === delivery.commit)
            return true;
        }
        return false;
      }
    }
  );
  if (result.status === "failed")
    return { outcome: "failed", summary: summaryOf(plan, work, `failed: ${result.reason}`) };
  const last = o.attempts.at(-1);
  const comments = (last?.verdicts ?? []).flatMap(
    (v) => v.findings.filter((f) => f.path && f.line && o.files.some((x) => x.path === f.path)).map((f) => ({
      path: f.path ?? "",
      line: f.line ?? 1,
      body: `**${v.gate}** ${neutralise(f.rule, { as: "code", max: BOUNDS.title })} (${f.severity}): ${neutralise(f.message, { max: BOUNDS.finding })}`
    }))
  );
  if (result.delivery.committed && result.delivery.pr.number !== void 0 && comments.length) {
    await deps.forge.reviewComments(result.delivery.pr.number, result.delivery.commit, comments);
  }
  return {
    outcome: "delivered",
    prUrl: result.delivery.pr.url,
    summary: summaryOf(plan, work, "delivered as a draft PR", result.delivery.pr.url)
  };
}
export {
  deliverJob
};
