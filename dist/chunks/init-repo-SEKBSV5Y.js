import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath
} from "./chunk-JE5REG3S.js";
import "./chunk-FUXN3YVC.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/app/init-repo.ts
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/app/aios-ignore.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var LINE = ".aios/";
async function addAiosIgnoreLine(repoDir) {
  const file = join(repoDir, ".gitignore");
  const text = await readFile(file, "utf8").catch((error) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const present = text.split(/\r?\n/).map((l) => l.trim()).some((l) => [".aios", ".aios/", "/.aios", "/.aios/", ".aios/*", "/.aios/*"].includes(l));
  if (present) return false;
  const sep = text === "" || text.endsWith("\n") ? "" : "\n";
  await writeFile(file, `${text}${sep}# AIOS: the search index cache and local drafts
${LINE}
`);
  return true;
}

// src/app/init-repo.ts
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
  const template = await readFile2(join2(packageRoot(), "templates", "workflow.yml"), "utf8");
  return template.replaceAll("__AIOS_ACTION__", action).replaceAll("__AIOS_WORK_RUNNER__", JSON.stringify(labels));
}
async function initRepo(options) {
  const written = [];
  const kept = [];
  const workflow = await renderWorkflow(options.action, options.workRunner);
  for (const [path, write] of [
    [WORKFLOW_PATH, (file) => writeFile2(file, workflow)],
    [REPO_CONFIG_PATH, (file) => copyFile(defaultConfigPath(), file)]
  ]) {
    const file = join2(options.repoDir, path);
    if (existsSync(file) && !options.force) {
      kept.push(path);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await write(file);
    written.push(path);
  }
  if (await addAiosIgnoreLine(options.repoDir)) written.push(".gitignore");
  return { written, kept };
}
export {
  WORKFLOW_PATH,
  initRepo,
  renderWorkflow
};
