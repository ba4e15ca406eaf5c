import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";

// src/core/package-version.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function packageVersion() {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return pkg.version ?? "0.0.0";
}

export {
  packageVersion
};
