import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cachedValidation
} from "./chunk-RGEQD2TU.js";
import {
  validateConfigText
} from "./chunk-JOKVI6LH.js";

// src/config/load-config.ts
function parseConfig(text, file) {
  const { config, hash } = cachedValidation("config", [text], () => validateConfigText(text, file));
  return { config, file, hash, text };
}

export {
  parseConfig
};
