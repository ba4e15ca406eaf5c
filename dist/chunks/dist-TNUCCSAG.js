import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Ollama,
  index
} from "./chunk-MSKR657F.js";
import "./chunk-OWSLLXUM.js";
export {
  Ollama,
  index as default
};
