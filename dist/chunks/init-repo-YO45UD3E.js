import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath
} from "./chunk-FJYX5WYP.js";
import "./chunk-7UKZKS4R.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-UJV43JK7.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import {
  InputError
} from "./chunk-ZFFYD355.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";

// src/app/init-repo.ts
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var WORKFLOW_PATH = ".github/workflows/aios.yml";
async function renderWorkflow(action, workRunner) {
  let labels;
  try {
    labels = JSON.parse(workRunner);
  } catch {
    labels = void 0;
  }
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === "string" && /^[\w.-]+$/.test(l))) {
    throw new InputError(`--work-runner ${workRunner} is not a JSON list of runner labels.`, [], {
      hint: `Write it like '["self-hosted","ollama"]'.`
    });
  }
  if (!/^(\.\/|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+)$/.test(action)) {
    throw new InputError(`--action ${action} is not an action reference.`, [], {
      hint: "Use owner/repo@ref, or ./ for a local checkout."
    });
  }
  const template = await readFile(join(packageRoot(), "templates", "workflow.yml"), "utf8");
  return template.replaceAll("__AIOS_ACTION__", action).replaceAll("__AIOS_WORK_RUNNER__", JSON.stringify(labels));
}
async function initRepo(options) {
  const written = [];
  const kept = [];
  const workflow = await renderWorkflow(options.action, options.workRunner);
  for (const [path, write] of [
    [WORKFLOW_PATH, (file) => writeFile(file, workflow)],
    [REPO_CONFIG_PATH, (file) => copyFile(defaultConfigPath(), file)]
  ]) {
    const file = join(options.repoDir, path);
    if (existsSync(file) && !options.force) {
      kept.push(path);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await write(file);
    written.push(path);
  }
  return { written, kept };
}
export {
  WORKFLOW_PATH,
  initRepo,
  renderWorkflow
};
