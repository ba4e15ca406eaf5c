import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/models/model-provider.ts
var MODEL_SPEC_VERSION = "aios-model-v1";

export {
  MODEL_SPEC_VERSION
};
