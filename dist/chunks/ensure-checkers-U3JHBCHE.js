import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  runShellCommand
} from "./chunk-GSBHV5ZR.js";
import {
  SetupError
} from "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";

// src/action/ensure-checkers.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var INSTALL_CHECKERS = "npm ci --omit=dev --ignore-scripts --no-audit --no-fund";
var PROBE = "vfile";
function probe() {
  try {
    import.meta.resolve(PROBE);
    return true;
  } catch {
    return false;
  }
}
async function ensureCheckers(root, setup = {}) {
  const resolvable = setup.resolvable ?? probe;
  if (resolvable()) return "present";
  if (!existsSync(join(root, "package-lock.json")))
    throw new SetupError(
      `The gates' checkers are not installed beside ${root}, and there is no package-lock.json there to install them from.`,
      {
        hint: "Use the action from a release or commit of the AIOS repository (it carries package-lock.json), or install AIOS with npm."
      }
    );
  const log = setup.log ?? (() => void 0);
  const run = setup.run ?? ((command, cwd) => runShellCommand(command, { cwd, timeoutMs: 15 * 6e4 }));
  log(`Installing the gates' checkers into ${root} (${INSTALL_CHECKERS}) \u2026`);
  const result = await run(INSTALL_CHECKERS, root);
  if (result.code !== 0 || !existsSync(join(root, "node_modules", PROBE, "package.json")))
    throw new SetupError(
      `Could not install the gates' checkers into ${root}: ${INSTALL_CHECKERS} ${result.timedOut ? "timed out" : `exited ${result.code ?? "by a signal"}`}.${result.output ? `
${result.output.trim()}` : ""}`,
      {
        retryable: true,
        hint: `The runner needs npm on PATH and access to the npm registry for this step (or run \`${INSTALL_CHECKERS}\` in ${root} once on a self-hosted runner).`
      }
    );
  return "installed";
}
export {
  INSTALL_CHECKERS,
  ensureCheckers
};
