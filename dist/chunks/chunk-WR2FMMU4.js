import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/gates/package-version.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageVersion(name) {
  let version = versions.get(name);
  if (version === void 0) {
    version = readVersion(name);
    versions.set(name, version);
  }
  return version;
}
var versions = /* @__PURE__ */ new Map();
function readVersion(name) {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
      }
      dir = dirname(dir);
    }
  } catch {
  }
  return "not installed";
}

export {
  packageVersion
};
