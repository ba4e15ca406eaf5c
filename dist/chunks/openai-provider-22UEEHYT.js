import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
} from "./chunk-E2UVLJBG.js";
import "./chunk-EVCHY3FV.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
};
