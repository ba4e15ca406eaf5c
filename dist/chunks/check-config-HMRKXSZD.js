import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-YGXF6ZT5.js";
import "./chunk-YO32VXJS.js";
import "./chunk-756P46TB.js";
import "./chunk-7HICD6EC.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-57I4QQFO.js";
import "./chunk-DJHMILEY.js";
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
