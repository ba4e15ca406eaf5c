import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseEvent
} from "./chunk-7LATCWQK.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import "./chunk-7D2IJALN.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

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
  const { assertDefaultBranchCheckout } = await import("./default-branch-LU4MHWNT.js");
  const { gitDir } = await assertDefaultBranchCheckout(
    repoDir,
    event.payload.repository.default_branch
  );
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
  const { runGitHubJobWith } = await import("./github-job-PDJQ57I3.js");
  const run = () => runGitHubJobWith(inputs, env, io, { event, config, repoDir, gitDir });
  if (inputs.command !== "deliver" && inputs.command !== "signoff") return run();
  const { withPushCredential } = await import("./push-credential-ORT4CZ45.js");
  return withPushCredential(repoDir, inputs.githubToken, env.GITHUB_SERVER_URL, run);
}
export {
  runGitHubJob
};
