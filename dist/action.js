import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  setUpZodForShortProcesses
} from "./chunks/chunk-HUUD4GXV.js";
import {
  external_exports
} from "./chunks/chunk-4KRPT4EI.js";
import {
  InputError,
  describeError,
  exitCodeOf
} from "./chunks/chunk-ZFFYD355.js";
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
  command: external_exports.enum(["intake", "work", "deliver", "signoff"]),
  config: external_exports.string().optional(),
  githubToken: external_exports.string().min(1),
  artifactDir: external_exports.string().min(1),
  personas: external_exports.string().optional(),
  ollamaHost: external_exports.string().optional(),
  planSha256: external_exports.string().optional()
});
function readInputs(io, env) {
  const result = ActionInputs.safeParse({
    command: io.input("command"),
    config: io.input("config"),
    githubToken: io.input("github-token") ?? env.GITHUB_TOKEN,
    artifactDir: io.input("artifact-dir") ?? (env.RUNNER_TEMP ? `${env.RUNNER_TEMP}/aios` : void 0),
    personas: io.input("personas"),
    ollamaHost: io.input("ollama-host"),
    planSha256: io.input("plan-sha256")
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
    io.mask(inputs.githubToken);
    const { runGitHubJob } = await import("./chunks/github-runner-3EE7KVU7.js");
    const result = await runGitHubJob(inputs, env, io);
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
