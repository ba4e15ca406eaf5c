import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/validated-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
function buildId() {
  return true ? "b90b188db65ca6b1cb0a1626fbeefe4b" : void 0;
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
  const file = keptFile(what, inputs, env);
  if (!file) return validate();
  const found = readKept(file);
  if (found) return found.value;
  const value = validate();
  keep(file, value);
  return value;
}
async function cachedValidationAsync(what, inputs, validate, options = {}) {
  const file = keptFile(what, inputs, options.env ?? process.env);
  if (!file) return validate();
  const found = readKept(file);
  if (found) return found.value;
  const value = await validate();
  if (options.keep?.(value) ?? true) keep(file, value);
  return value;
}
function keptFile(what, inputs, env) {
  const dir = validatedCacheDir(env);
  if (!dir) return void 0;
  const hash = createHash("sha256");
  for (const part of [buildId() ?? "source", process.version, what, ...inputs])
    hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return join(dir, `${what}-${hash.digest("hex")}.v8`);
}
function readKept(file) {
  try {
    return { value: deserialize(readFileSync(file)) };
  } catch {
    return void 0;
  }
}
function keep(file, value) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, file);
  } catch {
  }
}

export {
  cachedValidation,
  cachedValidationAsync
};
