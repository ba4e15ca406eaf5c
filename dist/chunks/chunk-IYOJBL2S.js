import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cachedValidation
} from "./chunk-KK2IP44S.js";
import {
  validateConfigText
} from "./chunk-LYAJ6QOH.js";

// src/config/load-config.ts
function parseConfig(text, file) {
  const { config, hash } = cachedValidation("config", [text], () => validateConfigText(text, file));
  return { config, file, hash, text };
}

export {
  parseConfig
};
