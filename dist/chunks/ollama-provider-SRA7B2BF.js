import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  DEFAULT_OLLAMA_HOST,
  PROMPT_OVERHEAD_TOKENS,
  createOllamaProvider,
  ollamaWindow,
  resolveOllamaHost
} from "./chunk-S6VAOETN.js";
import "./chunk-VOF4NRBS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-MSKR657F.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-ZFFYD355.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  DEFAULT_OLLAMA_HOST,
  PROMPT_OVERHEAD_TOKENS,
  createOllamaProvider,
  ollamaWindow,
  resolveOllamaHost
};
