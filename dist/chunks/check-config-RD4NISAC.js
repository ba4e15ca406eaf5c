import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-EIIRT55V.js";
import "./chunk-YO32VXJS.js";
import "./chunk-IVLMNF2I.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-XNCQ7H2J.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-PZ4PRSH6.js";
import "./chunk-2RT4GGU3.js";
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
