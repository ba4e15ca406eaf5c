import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseEvent
} from "./chunk-TUANLBMC.js";
import {
  loadConfig
} from "./chunk-JBK6AXZN.js";
import "./chunk-7QUKERPI.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-EP24EKF6.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-YHUUYJMY.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";

// src/app/github-runner.ts
import { readFile } from "node:fs/promises";
async function runGitHubJob(inputs, env, io) {
  const repoDir = env.GITHUB_WORKSPACE ?? process.cwd();
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath)
    throw new InputError("GITHUB_EVENT_PATH is not set.", [], {
      hint: "Run AIOS as a step of a GitHub Actions workflow."
    });
  const event = parseEvent(
    env.GITHUB_EVENT_NAME ?? "",
    JSON.parse(await readFile(eventPath, "utf8"))
  );
  if (event.kind === "ignored")
    return { outputs: { decision: "ignore" }, summary: `AIOS: ${event.reason}.
`, failed: false };
  const config = await loadConfig({ file: inputs.config, repoDir });
  if (inputs.command === "intake" && (event.kind === "issue-labeled" || event.kind === "pr-labeled")) {
    const label = event.payload.label?.name ?? "";
    if (label !== config.config.intake.label) {
      return {
        outputs: { decision: "ignore" },
        summary: `AIOS: label "${label}" is not the intake label.
`,
        failed: false
      };
    }
  }
  const { runGitHubJobWith } = await import("./github-job-NTDRFO6V.js");
  return runGitHubJobWith(inputs, env, io, { event, config, repoDir });
}
export {
  runGitHubJob
};
