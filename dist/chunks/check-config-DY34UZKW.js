import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-BJMZNFHX.js";
import "./chunk-YO32VXJS.js";
import "./chunk-Z6ZZP445.js";
import "./chunk-7HICD6EC.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-57I4QQFO.js";
import "./chunk-IIGVO6FW.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";
export {
  assertConfigSound,
  configProblems
};
