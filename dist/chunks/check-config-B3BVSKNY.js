import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-CSZOO45V.js";
import "./chunk-7MXPSGYA.js";
import "./chunk-53PWU2L4.js";
import "./chunk-WAROP4JU.js";
import "./chunk-56SP7YYP.js";
import "./chunk-ABAMJTHF.js";
import "./chunk-UHXTJYRY.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-YYY34MQM.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-GTIU4L22.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  assertConfigSound,
  configProblems
};
