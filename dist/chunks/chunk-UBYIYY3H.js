import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  validateConfigText
} from "./chunk-53L2CAT2.js";
import {
  cachedValidation
} from "./chunk-SNIZBTAL.js";

// src/config/load-config.ts
function parseConfig(text, file) {
  const { config, hash } = cachedValidation("config", [text], () => validateConfigText(text, file));
  return { config, file, hash, text };
}

export {
  parseConfig
};
