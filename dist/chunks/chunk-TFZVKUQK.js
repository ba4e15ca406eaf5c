import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/zod-setup.ts
function setUpZodForShortProcesses() {
  external_exports.config({ jitless: true });
}

export {
  setUpZodForShortProcesses
};
