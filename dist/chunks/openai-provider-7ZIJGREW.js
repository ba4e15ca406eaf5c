import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
} from "./chunk-JQYOCGN2.js";
import "./chunk-VOF4NRBS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-ZFFYD355.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
};
