import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
} from "./chunk-PWH6YA7N.js";
import "./chunk-V2D44YCW.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  DEFAULT_OPENAI_BASE_URL,
  createOpenAiProvider,
  schemaName
};
