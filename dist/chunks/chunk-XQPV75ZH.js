import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cachedValidationAsync
} from "./chunk-7D2IJALN.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";

// src/config/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var REPO_CONFIG_PATH = ".github/aios.yml";
function defaultConfigPath() {
  return join(packageRoot(), "defaults", "aios.yml");
}
async function loadConfig(options = {}) {
  let file = options.file;
  if (!file && options.repoDir) {
    const candidate = join(options.repoDir, REPO_CONFIG_PATH);
    if (existsSync(candidate)) file = candidate;
  }
  file ??= defaultConfigPath();
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the config file ${file}.`, [], {
      cause,
      hint: "Check the path, or omit --config to use .github/aios.yml or the shipped defaults."
    });
  }
  const display = file.startsWith(packageRoot()) ? relative(packageRoot(), file) : file;
  const { config, hash } = await cachedValidationAsync(
    "config",
    [text],
    async () => (await import("./config-text-ALSX2UAG.js")).validateConfigText(text, display)
  );
  return { config, file: display, hash, text };
}

export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig
};
