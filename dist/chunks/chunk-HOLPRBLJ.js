import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/validated-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
function buildId() {
  return true ? "24f5a6d41f4c79a458ec454241dfd9e0" : void 0;
}
function validatedCacheDir(env = process.env, build = buildId()) {
  if (env.AIOS_CACHE === "off") return void 0;
  if (env.AIOS_CACHE_DIR) return join(env.AIOS_CACHE_DIR, "validated");
  if (build === void 0) return void 0;
  if (env.GITHUB_ACTIONS === "true") return void 0;
  let base = env.XDG_CACHE_HOME;
  if (!base) {
    try {
      base = join(homedir(), ".cache");
    } catch {
      return void 0;
    }
  }
  return join(base, "aios", "validated");
}
function cachedValidation(what, inputs, validate, env = process.env) {
  const dir = validatedCacheDir(env);
  if (!dir) return validate();
  const hash = createHash("sha256");
  for (const part of [buildId() ?? "source", process.version, what, ...inputs])
    hash.update(`${Buffer.byteLength(part)}:`).update(part);
  const file = join(dir, `${what}-${hash.digest("hex")}.v8`);
  try {
    return deserialize(readFileSync(file));
  } catch {
  }
  const value = validate();
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, file);
  } catch {
  }
  return value;
}

export {
  cachedValidation
};
