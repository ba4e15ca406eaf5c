import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  checkWritePolicy,
  deliverTask,
  entryBase
} from "./chunk-KEUCIJUO.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZR4AWZX3.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-77CIAXIQ.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-2K2IB55S.js";
import "./chunk-2YRUZUHQ.js";
import "./chunk-OFFKEMHX.js";
import "./chunk-BM7RQP47.js";
import "./chunk-MOVWQC26.js";
import "./chunk-DZOLSQ6D.js";
import {
  formatMicros
} from "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/deliver-job.ts
function summaryOf(plan, work, outcome, prUrl) {
  const lines = [
    `## AIOS: ${plan.task?.id ?? `#${plan.issueNumber ?? "?"}`}`,
    "",
    `Outcome: **${outcome}**${prUrl ? ` \u2014 ${prUrl}` : ""}`,
    ""
  ];
  if (plan.plan) {
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
    if (!reply || n === void 0)
      return { outcome: "ignored", summary: "AIOS: nothing to post.\n" };
    switch (reply.kind) {
      case "ask": {
        if (!plan.task) throw new Error("an ask reply needs the task");
        const r = await forge.ask({
          task: plan.task,
          stage: reply.stage,
          reason: reply.reason,
          questions: reply.questions
        });
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
        await forge.upsertComment(
          n,
          "aios:stop",
          `AIOS stopped work on this issue at the request of @${reply.by}. Re-apply the \`${reply.label}\` label to start again.`
        );
        if (reply.work && reply.rule) {
          await deps.ledger.append({
            task: `${forge.owner}/${forge.repo}#${n}`,
            event: "failed",
            actor: { type: "human", login: reply.by },
            work: reply.work,
            rule: reply.rule,
            data: { stage: "plan", reason: `stopped by ${reply.by}` }
          });
        }
        return { outcome: "stopped", summary: `AIOS stopped work on #${n}.
` };
      }
    }
  }
  const task = plan.task;
  const p = plan.plan;
  if (!task || !p) throw new Error("a work decision needs the task and the plan");
  const base = entryBase(task, p);
  if (!work) {
    const reason = "The work job did not finish (it failed, timed out or was cancelled); nothing was delivered.";
    await deps.ledger.append({
      ...base,
      event: "failed",
      actor: { type: "system", component: "deliver" },
      data: { stage: "work", reason }
    });
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
      const r = await forge.ask({ task, stage: o.stage, reason: o.reason, questions: o.questions });
      return {
        outcome: "asked",
        prUrl: r.url,
        summary: summaryOf(plan, work, `asked a human: ${o.reason}`)
      };
    }
    case "declined": {
      await forge.ask({
        task,
        stage: "work",
        reason: `The ${p.persona} persona declined: ${o.reason}`,
        questions: [
          "Route it to another persona with `/aios route <persona>`, or change the task."
        ]
      });
      return { outcome: "declined", summary: summaryOf(plan, work, "declined") };
    }
    case "failed": {
      await forge.ask({
        task,
        stage: o.stage === "budget" ? "work" : o.stage,
        reason: o.reason,
        questions: ["Nothing was delivered. Fix the cause above, then `/aios retry`."]
      });
      return { outcome: "failed", summary: summaryOf(plan, work, `failed: ${o.reason}`) };
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
    await deps.ledger.append({
      ...entryBase(task, p),
      event: "failed",
      actor: { type: "system", component: "deliver" },
      data: { stage: "deliver", reason }
    });
    await deps.forge.ask({
      task,
      stage: "gate",
      reason,
      questions: ["Nothing was pushed. Check the persona lane and protected paths."]
    });
    return { outcome: "failed", summary: summaryOf(plan, work, "failed: write policy") };
  }
  const result = await deliverTask(
    task,
    p,
    o,
    { forge: deps.forge, ledger: deps.ledger, clock: deps.clock },
    {
      branch: plan.branch ?? `aios/issue-${plan.issueNumber ?? task.key}`,
      coAuthor: plan.coAuthor,
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
      body: `**${v.gate}** \`${f.rule}\` (${f.severity}): ${f.message}`
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
