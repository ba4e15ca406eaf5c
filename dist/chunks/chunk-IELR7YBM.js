import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  AiosConfigSchema
} from "./chunk-R73ONIOK.js";
import {
  cachedValidation
} from "./chunk-HOLPRBLJ.js";
import {
  parseYamlWith
} from "./chunk-EGV2AK34.js";
import {
  canonicalJson,
  sha256
} from "./chunk-PRCMZNRS.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";

// src/config/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var REPO_CONFIG_PATH = ".github/aios.yml";
function defaultConfigPath() {
  return join(packageRoot(), "defaults", "aios.yml");
}
function parseConfig(text, file) {
  const { config, hash } = cachedValidation("config", [text], () => {
    const config2 = parseYamlWith(AiosConfigSchema, text, file, { what: "config" });
    return { config: config2, hash: sha256(canonicalJson(config2)) };
  });
  return { config, file, hash, text };
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
  return parseConfig(text, display);
}

export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  parseConfig,
  loadConfig
};
