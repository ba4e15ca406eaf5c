import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  EvalAssertion,
  EvalCase,
  EvalFile,
  loadEvalFile,
  parseEvalFile
} from "./chunk-JTS7AQJR.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  EvalAssertion,
  EvalCase,
  EvalFile,
  loadEvalFile,
  parseEvalFile
};
