import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  AiosConfigSchema
} from "./chunk-AH6TJ73X.js";
import {
  parseYamlWith
} from "./chunk-7REA5PZY.js";
import {
  canonicalJson,
  sha256
} from "./chunk-PRCMZNRS.js";

// src/config/config-text.ts
function validateConfigText(text, file) {
  const config = parseYamlWith(AiosConfigSchema, text, file, { what: "config" });
  return { config, hash: sha256(canonicalJson(config)) };
}

export {
  validateConfigText
};
