import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/git/pack-limits.ts
function packLimits(deltaCache) {
  return [
    "-c",
    "core.packedGitWindowSize=8m",
    "-c",
    "core.packedGitLimit=16m",
    "-c",
    `core.deltaBaseCacheLimit=${deltaCache}`
  ];
}

export {
  packLimits
};
