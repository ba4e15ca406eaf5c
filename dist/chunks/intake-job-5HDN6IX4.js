import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  isForkHead
} from "./chunk-KEA3N3QU.js";
import {
  parseSlashCommand
} from "./chunk-EYZ4TUUK.js";
import {
  planTask
} from "./chunk-CRJXOMLX.js";
import "./chunk-GFVZ4CMW.js";
import "./chunk-TXLM4J63.js";
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
import {
  buildTask
} from "./chunk-4QRJGA6Q.js";
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
import {
  formatMicros
} from "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/pr-changed-paths.ts
async function prChangedPaths(task, forge) {
  if (task.source.type !== "issue" || !task.source.isPullRequest || !forge.pullRequestFiles)
    return {};
  const paths = await forge.pullRequestFiles(task.source.number);
  return paths.length ? { changedPaths: paths } : {};
}

// src/jobs/intake-job.ts
var ignore = (note) => ({ version: 1, decision: "ignore", note });
function coAuthorOf(user) {
  return `${user.login} <${user.id}+${user.login}@users.noreply.github.com>`;
}
async function intakeJob(event, deps) {
  const { config } = deps.config;
  if (event.kind === "ignored") return ignore(event.reason);
  if (event.kind === "pr-review" || event.kind === "pr-closed")
    return ignore("reviews and closes are handled by the signoff job");
  const sender = event.payload.sender;
  const owner = deps.forge.owner;
  const repo = deps.forge.repo;
  if (event.kind === "issue-labeled" || event.kind === "pr-labeled") {
    if (event.payload.label?.name !== config.intake.label)
      return ignore(`label "${event.payload.label?.name ?? ""}" is not the intake label`);
  }
  const command = event.kind === "issue-comment" ? parseSlashCommand(event.payload.comment.body) : void 0;
  if (event.kind === "issue-comment" && !command) return ignore("comment without an /aios command");
  const permission = await deps.forge.permission(sender.login);
  if (event.kind === "issue-comment" && command?.ok && command.command.type === "revert") {
    const issue = event.payload.issue;
    const { revertRequest } = await import("./revert-request-X7GUPA6J.js");
    return revertRequest({
      owner,
      repo,
      item: {
        number: issue.number,
        body: issue.body,
        isPullRequest: issue.pull_request !== void 0,
        byBot: issue.user.type === "Bot"
      },
      login: sender.login,
      permission,
      reason: command.command.reason,
      config,
      ledger: deps.ledger
    });
  }
  if (!config.intake.allowedRoles.includes(permission)) {
    deps.log(
      `ignored: ${sender.login} has ${permission} access; starting AIOS needs one of ${config.intake.allowedRoles.join(", ")}`
    );
    return ignore(`${sender.login} may not start AIOS work`);
  }
  const number = event.kind === "pr-labeled" ? event.payload.pull_request.number : event.payload.issue.number;
  if (!config.enabled || deps.disabledByVariable) {
    const why = !config.enabled ? "`enabled: false` in the AIOS config" : "the repository variable AIOS_ENABLED is false";
    return {
      version: 1,
      decision: "reply",
      note: "kill switch on",
      issueNumber: number,
      reply: {
        kind: "comment",
        marker: "aios:off",
        body: `AIOS is switched off in this repository (${why}). No work was started.`
      }
    };
  }
  if (command && !command.ok) {
    return {
      version: 1,
      decision: "reply",
      note: "unreadable command",
      issueNumber: number,
      reply: { kind: "comment", marker: "aios:command", body: command.error }
    };
  }
  const taskId = `${owner}/${repo}#${number}`;
  const coAuthor = coAuthorOf(sender);
  const snapshot = (item) => buildTask({
    id: taskId,
    source: {
      type: "issue",
      owner,
      repo,
      number,
      url: item.url,
      isPullRequest: item.isPullRequest
    },
    title: item.title,
    body: item.body,
    labels: item.labels,
    author: item.author,
    requestedBy: sender.login,
    receivedAt: deps.clock.now()
  });
  if (event.kind === "pr-labeled" && isForkHead(event.payload)) {
    deps.log(`ignored: the head of #${number} is in a fork`);
    return ignore(`the head of #${number} is in a fork`);
  }
  if (event.kind === "issue-labeled" || event.kind === "pr-labeled") {
    const item = event.kind === "pr-labeled" ? event.payload.pull_request : event.payload.issue;
    const task = snapshot({
      title: item.title,
      body: item.body ?? "",
      labels: (item.labels ?? []).map((l) => l.name),
      author: item.user.login,
      url: item.html_url,
      isPullRequest: event.kind === "pr-labeled"
    });
    const branch = event.kind === "pr-labeled" ? event.payload.pull_request.head.ref : `aios/issue-${number}`;
    return plan(task, deps, { branch, coAuthor });
  }
  const cmd = command.command;
  const history = await taskHistory(deps.ledger, taskId);
  const lastPlanned = [...history].reverse().find((e) => e.event === "planned");
  switch (cmd.type) {
    case "cost": {
      const attempts = history.filter(
        (e) => e.event === "attempt"
      );
      const actual = attempts.reduce((a, e) => a + e.cost.actualMicros, 0);
      const shadow = attempts.reduce((a, e) => a + e.cost.shadowMicros, 0);
      const body = history.length ? `AIOS cost so far for ${taskId}: ${attempts.length} model call(s), ${formatMicros(actual)} actual, ${formatMicros(shadow)} at API rates${lastPlanned ? `; by hand \u2248 ${lastPlanned.data.estimate.minutes} min` : ""}.` : `AIOS has no record of work on ${taskId}.`;
      return {
        version: 1,
        decision: "reply",
        note: "cost",
        issueNumber: number,
        reply: { kind: "comment", marker: "aios:cost", body }
      };
    }
    case "signoff":
      return {
        version: 1,
        decision: "reply",
        note: "signoff in a comment",
        issueNumber: number,
        reply: {
          kind: "comment",
          marker: "aios:command",
          body: `A sign-off is an approving review of the pull request: approve it with \`/aios signoff ${cmd.minutes}m\` as the review's text to record your ${cmd.minutes} minutes of review.`
        }
      };
    case "stop":
      return {
        version: 1,
        decision: "reply",
        note: "stop",
        issueNumber: number,
        reply: {
          kind: "stop",
          by: sender.login,
          label: config.intake.label,
          // Recorded even when the running task's plan is not on the ledger yet (it travels in
          // that run's artifact): deliver looks for this stop before it pushes.
          work: lastPlanned?.work ?? { kind: "stop", risk: "low" },
          rule: lastPlanned?.rule ?? { id: "stop", configHash: deps.config.hash }
        }
      };
    case "revert":
      throw new Error("`/aios revert` is answered above, before the role check");
    case "retry":
    case "answer":
    case "route": {
      if (!lastPlanned) {
        return {
          version: 1,
          decision: "reply",
          note: "nothing to resume",
          issueNumber: number,
          reply: {
            kind: "comment",
            marker: "aios:command",
            body: `AIOS has not started work on this issue. Add the \`${config.intake.label}\` label to start.`
          }
        };
      }
      const task = snapshot(await deps.forge.issue(number));
      if (task.textHash !== lastPlanned.data.textHash) {
        return {
          version: 1,
          decision: "reply",
          note: "issue edited since labelling",
          issueNumber: number,
          reply: {
            kind: "comment",
            marker: "aios:command",
            body: `The issue text changed since AIOS took it on, so \`/aios ${cmd.type}\` would work from text nobody approved. Remove and re-apply the \`${config.intake.label}\` label to start from the new text.`
          }
        };
      }
      if (cmd.type === "route") {
        try {
          await deps.personas.load(cmd.persona);
        } catch {
          return {
            version: 1,
            decision: "reply",
            note: "unknown persona",
            issueNumber: number,
            reply: {
              kind: "comment",
              marker: "aios:command",
              body: `There is no persona \`${cmd.persona}\`.`
            }
          };
        }
      }
      return plan(task, deps, {
        branch: `aios/issue-${number}`,
        coAuthor,
        humanAnswer: cmd.type === "answer" ? cmd.text : void 0,
        personaOverride: cmd.type === "route" ? { persona: cmd.persona, by: sender.login } : void 0
      });
    }
  }
}
async function plan(task, deps, extra) {
  if (task.source.type !== "issue") throw new Error("the GitHub path plans issues and PRs only");
  const source = task.source.number;
  const decided = await planTask(
    task,
    {
      config: deps.config,
      ledger: deps.ledger,
      personas: deps.personas,
      provider: deps.provider,
      sleep: deps.sleep,
      learning: deps.learning
    },
    { personaOverride: extra.personaOverride }
  );
  if (decided.type === "ask") {
    return {
      version: 1,
      decision: "reply",
      note: decided.reason,
      issueNumber: source,
      task,
      reply: { kind: "ask", stage: "plan", reason: decided.reason, questions: decided.questions }
    };
  }
  return {
    version: 1,
    decision: "work",
    note: `rule ${decided.plan.rule.id}: ${decided.plan.persona} on ${decided.plan.tier}`,
    issueNumber: source,
    task,
    plan: decided.plan,
    branch: extra.branch,
    coAuthor: extra.coAuthor,
    humanAnswer: extra.humanAnswer,
    ...await prChangedPaths(task, deps.forge)
  };
}
async function taskHistory(ledger, task) {
  const out = [];
  for await (const e of ledger.entries({ task })) out.push(e);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
export {
  intakeJob
};
