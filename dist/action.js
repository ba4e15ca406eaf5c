import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  route
} from "./chunks/chunk-46FTLPFX.js";
import {
  buildTask
} from "./chunks/chunk-INJVGOTF.js";
import {
  loadConfig
} from "./chunks/chunk-SWZN74OL.js";
import "./chunks/chunk-AMKKWZM7.js";
import "./chunks/chunk-UGRJ6I7C.js";
import "./chunks/chunk-MOVWQC26.js";
import "./chunks/chunk-KYZ73INA.js";
import "./chunks/chunk-EP24EKF6.js";
import {
  external_exports
} from "./chunks/chunk-7E7VTGW2.js";
import {
  InputError,
  describeError,
  exitCodeOf
} from "./chunks/chunk-AYJEV7GA.js";
import "./chunks/chunk-OWSLLXUM.js";

// src/action/run-action.ts
import { readFile } from "node:fs/promises";
import { appendFile } from "node:fs/promises";

// src/github/plan-from-event.ts
var IssuesLabeled = external_exports.object({
  action: external_exports.literal("labeled"),
  label: external_exports.object({ name: external_exports.string() }),
  issue: external_exports.object({
    number: external_exports.number().int().positive(),
    title: external_exports.string(),
    body: external_exports.string().nullable(),
    html_url: external_exports.url(),
    user: external_exports.object({ login: external_exports.string() }),
    labels: external_exports.array(external_exports.object({ name: external_exports.string() })),
    pull_request: external_exports.unknown().optional()
  }),
  repository: external_exports.object({ name: external_exports.string(), owner: external_exports.object({ login: external_exports.string() }) }),
  sender: external_exports.object({ login: external_exports.string() })
});
async function planFromEvent(options) {
  if (options.eventName !== "issues") {
    return {
      decision: "ignore",
      summary: `AIOS: the ${options.eventName || "unknown"} event starts no planning.`
    };
  }
  const parsed = IssuesLabeled.safeParse(options.payload);
  if (!parsed.success) {
    throw new InputError(
      "The issues event payload is not an issues.labeled event AIOS can read.",
      parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }))
    );
  }
  const e = parsed.data;
  const loaded = await loadConfig({ file: options.configFile, repoDir: options.workspace });
  if (e.label.name !== loaded.config.intake.label) {
    return {
      decision: "ignore",
      summary: `AIOS: label "${e.label.name}" is not the intake label "${loaded.config.intake.label}".`
    };
  }
  const owner = e.repository.owner.login;
  const task = buildTask({
    id: `${owner}/${e.repository.name}#${e.issue.number}`,
    source: {
      type: "issue",
      owner,
      repo: e.repository.name,
      number: e.issue.number,
      url: e.issue.html_url,
      isPullRequest: e.issue.pull_request !== void 0
    },
    title: e.issue.title,
    body: e.issue.body ?? "",
    labels: e.issue.labels.map((l) => l.name),
    author: e.issue.user.login,
    requestedBy: e.sender.login,
    receivedAt: /* @__PURE__ */ new Date()
  });
  const decision = route({ task, config: loaded.config, configHash: loaded.hash });
  if (decision.type === "ask") {
    return {
      decision: "ask",
      summary: `## AIOS plan for ${task.id}

Asks a human: ${decision.reason}
`,
      plan: decision
    };
  }
  const p = decision.plan;
  const summary = [
    `## AIOS plan for ${task.id}`,
    "",
    `Rule **${p.rule.id}**: ${p.rule.reason}`,
    "",
    `Persona \`${p.persona}\` on tier \`${p.tier}\` (${p.models.join(" \u2192 ")}); gates ${p.gates.join(", ") || "none"}; risk ${p.risk}; by hand \u2248 ${p.byHand.minutes} min.`,
    ""
  ].join("\n");
  return { decision: "route", summary, plan: { task, plan: p } };
}

// src/action/inputs.ts
var ActionInputs = external_exports.object({
  command: external_exports.enum(["plan"]),
  config: external_exports.string().optional()
});
function readInputs(env) {
  const get = (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v === "" ? void 0 : v;
  };
  const result = ActionInputs.safeParse({ command: get("command"), config: get("config") });
  if (!result.success) {
    throw new InputError(
      "The action inputs are invalid.",
      result.error.issues.map((i) => ({ field: `with.${i.path.join(".")}`, message: i.message })),
      { hint: "Check the `with:` block of the workflow step against action.yml." }
    );
  }
  return result.data;
}

// src/action/run-action.ts
async function runAction(env = process.env) {
  try {
    const inputs = readInputs(env);
    const eventPath = env.GITHUB_EVENT_PATH;
    const payload = eventPath ? JSON.parse(await readFile(eventPath, "utf8")) : {};
    const result = await planFromEvent({
      eventName: env.GITHUB_EVENT_NAME ?? "",
      payload,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      configFile: inputs.config
    });
    if (env.GITHUB_OUTPUT) {
      await appendFile(
        env.GITHUB_OUTPUT,
        `decision=${result.decision}
plan<<AIOS_EOF
${JSON.stringify(result)}
AIOS_EOF
`
      );
    }
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, result.summary);
    process.stdout.write(`${result.summary}
`);
    return 0;
  } catch (error) {
    process.stdout.write(`::error::${describeError(error).replace(/\r?\n/g, "%0A")}
`);
    return exitCodeOf(error);
  }
}

// src/action/main.ts
process.exitCode = await runAction();
