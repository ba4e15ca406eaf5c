import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-TF5GWSEQ.js";
import "./chunk-YO32VXJS.js";
import "./chunk-3KGT2CIK.js";
import "./chunk-56SP7YYP.js";
import "./chunk-F3FEUJ4T.js";
import "./chunk-53PWU2L4.js";
import "./chunk-SHKYKVGI.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-A2MDIQHM.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  assertConfigSound,
  configProblems
};
