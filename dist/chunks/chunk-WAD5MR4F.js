import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";

// src/git/config-value.ts
async function gitConfigValue(repoDir, key) {
  const r = await gitWithInput(repoDir, ["config", "--get", key], void 0).catch(() => void 0);
  const value = r?.stdout.toString("utf8").trim();
  return r?.code === 0 && value ? value : void 0;
}
async function gitConfigValues(repoDir, keys) {
  const pattern = `^(${keys.map((k) => k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;
  const r = await gitWithInput(repoDir, ["config", "-z", "--get-regexp", pattern], void 0).catch(
    () => void 0
  );
  const out = /* @__PURE__ */ new Map();
  if (r?.code !== 0) return out;
  for (const record of r.stdout.toString("utf8").split("\0")) {
    const nl = record.indexOf("\n");
    const key = nl < 0 ? record : record.slice(0, nl);
    const value = nl < 0 ? "" : record.slice(nl + 1).trim();
    if (key && value) out.set(key, value);
  }
  return out;
}

export {
  gitConfigValue,
  gitConfigValues
};
