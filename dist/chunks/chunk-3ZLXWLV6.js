import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-O4HDCP25.js";

// src/git/config-value.ts
async function gitConfigValue(repoDir, key) {
  const r = await gitWithInput(repoDir, ["config", "--get", key], void 0).catch(() => void 0);
  const value = r?.stdout.toString("utf8").trim();
  return r?.code === 0 && value ? value : void 0;
}

export {
  gitConfigValue
};
