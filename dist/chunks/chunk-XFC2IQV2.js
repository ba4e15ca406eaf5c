import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  validateConfigText
} from "./chunk-NZIE4YKI.js";
import {
  cachedValidation
} from "./chunk-7D2IJALN.js";

// src/config/load-config.ts
function parseConfig(text, file) {
  const { config, hash } = cachedValidation("config", [text], () => validateConfigText(text, file));
  return { config, file, hash, text };
}

export {
  parseConfig
};
