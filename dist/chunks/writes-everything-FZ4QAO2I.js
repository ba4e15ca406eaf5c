import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-7KYRHF44.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/personas/writes-everything.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var PROBES = [
  "README.md",
  "package.json",
  "src/index.ts",
  "wp-content/plugins/x/x.php",
  ".github/workflows/ci.yml",
  "assets/css/site.css",
  "docs/deep/er/page.html",
  "Makefile"
];
function matchesEverything(globs) {
  if (globs.length === 0) return false;
  const isMatch = (0, import_picomatch.default)([...globs], { dot: true });
  return PROBES.every((p) => isMatch(p));
}
export {
  matchesEverything
};
