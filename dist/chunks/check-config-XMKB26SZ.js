import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-JELZZTMA.js";
import "./chunk-GUMRL32O.js";
import "./chunk-Q5ZKPDF7.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
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
