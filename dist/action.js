import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  setUpZodForShortProcesses
} from "./chunks/chunk-TFZVKUQK.js";
import {
  InputError,
  describeError,
  exitCodeOf
} from "./chunks/chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunks/chunk-4KRPT4EI.js";
import "./chunks/chunk-OWSLLXUM.js";

// src/action/runner-io.ts
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
function runnerIo(env = process.env, write = (t) => process.stdout.write(t)) {
  const escapeCommand = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return {
    input(name) {
      const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
      return v ? v : void 0;
    },
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) return;
      let delimiter = `aios_${randomBytes(12).toString("hex")}`;
      while (value.includes(delimiter)) delimiter = `aios_${randomBytes(12).toString("hex")}`;
      appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
    },
    appendSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY)
        appendFileSync(
          env.GITHUB_STEP_SUMMARY,
          markdown.endsWith("\n") ? markdown : `${markdown}
`
        );
    },
    mask(secret) {
      if (secret) write(`::add-mask::${escapeCommand(secret)}
`);
    },
    error(message) {
      write(`::error::${escapeCommand(message)}
`);
    },
    info(message) {
      write(`${message}
`);
    }
  };
}

// src/action/run-action.ts
var ActionInputs = external_exports.object({
  command: external_exports.enum(["intake", "work", "deliver", "signoff", "eval", "stop", "route-diff"]),
  config: external_exports.string().optional(),
  /** Empty only for the work and eval jobs, which need no GitHub write (the work job gets the token only when the plan's models need it). */
  githubToken: external_exports.string(),
  artifactDir: external_exports.string().min(1),
  personas: external_exports.string().optional(),
  ollamaHost: external_exports.string().optional(),
  planSha256: external_exports.string().optional(),
  evalModel: external_exports.string().optional(),
  oldConfig: external_exports.string().optional(),
  tasks: external_exports.string().optional()
}).refine(
  (i) => i.command === "work" || i.command === "eval" || i.command === "route-diff" || i.githubToken.length > 0,
  {
    path: ["githubToken"],
    message: "a token is required (the job token, github.token)"
  }
);
function readInputs(io, env) {
  const result = ActionInputs.safeParse({
    command: io.input("command"),
    config: io.input("config"),
    githubToken: io.input("github-token") ?? env.GITHUB_TOKEN ?? "",
    artifactDir: io.input("artifact-dir") ?? (env.RUNNER_TEMP ? `${env.RUNNER_TEMP}/aios` : void 0),
    personas: io.input("personas"),
    ollamaHost: io.input("ollama-host"),
    planSha256: io.input("plan-sha256"),
    evalModel: io.input("eval-model"),
    oldConfig: io.input("old-config"),
    tasks: io.input("tasks")
  });
  if (!result.success) {
    throw new InputError(
      "The action inputs are invalid.",
      result.error.issues.map((i) => ({
        field: `with.${String(i.path[0] ?? "")}`,
        message: i.message
      })),
      { hint: "Check the `with:` block of the workflow step against action.yml." }
    );
  }
  return result.data;
}
async function runAction(env = process.env, io = runnerIo(env)) {
  try {
    const inputs = readInputs(io, env);
    if (inputs.githubToken) io.mask(inputs.githubToken);
    if (inputs.command === "work" || inputs.command === "eval") {
      const [{ ensureCheckers }, { packageRoot }] = await Promise.all([
        import("./chunks/ensure-checkers-U3JHBCHE.js"),
        import("./chunks/package-root-YKK26GNA.js")
      ]);
      await ensureCheckers(packageRoot(), { log: (m) => io.info(m) });
    }
    if (inputs.command === "eval") {
      const { runEvalStep } = await import("./chunks/eval-action-J334ICPL.js");
      const r = await runEvalStep({
        repoDir: env.GITHUB_WORKSPACE ?? process.cwd(),
        configFile: inputs.config,
        personaDir: inputs.personas,
        model: inputs.evalModel,
        env
      });
      io.appendSummary(r.summary);
      io.info(r.summary);
      return r.failed ? 1 : 0;
    }
    if (inputs.command === "route-diff") {
      const [{ runRouteDiff }, { routeDiffMarkdown }] = await Promise.all([
        import("./chunks/route-diff-run-KHGZ6LTG.js"),
        import("./chunks/route-diff-YJKF3L7M.js")
      ]);
      const root = env.GITHUB_WORKSPACE ?? process.cwd();
      if (!inputs.oldConfig)
        throw new InputError("route-diff needs old-config: the config before the change.");
      const summary = routeDiffMarkdown(
        await runRouteDiff({
          oldConfig: inputs.oldConfig,
          newConfig: inputs.config ?? `${root}/.github/aios.yml`,
          tasksDir: inputs.tasks ?? `${root}/.github/aios-tasks`,
          personas: inputs.personas
        })
      );
      io.appendSummary(summary);
      io.info(summary);
      return 0;
    }
    const { runGitHubJob } = await import("./chunks/github-runner-AZHTE3Q5.js");
    const result = await runGitHubJob({ ...inputs, command: inputs.command }, env, io);
    for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value);
    io.appendSummary(result.summary);
    io.info(result.summary);
    return result.failed ? 1 : 0;
  } catch (error) {
    io.error(describeError(error));
    return exitCodeOf(error);
  }
}

// src/action/main.ts
setUpZodForShortProcesses();
process.exitCode = await runAction();
