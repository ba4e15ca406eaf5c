import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  DEFAULT_OLLAMA_HOST,
  PROMPT_OVERHEAD_TOKENS,
  createOllamaProvider,
  ollamaWindow,
  resolveOllamaHost
} from "./chunk-O3ATEXWL.js";
import "./chunk-EVCHY3FV.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-MSKR657F.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  DEFAULT_OLLAMA_HOST,
  PROMPT_OVERHEAD_TOKENS,
  createOllamaProvider,
  ollamaWindow,
  resolveOllamaHost
};
