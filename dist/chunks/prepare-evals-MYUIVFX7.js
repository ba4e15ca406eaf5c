import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-ETXPZOTV.js";
import "./chunk-SUPQ2DNM.js";
import "./chunk-GUMRL32O.js";
import "./chunk-Q5ZKPDF7.js";
import "./chunk-Q6AC4FSL.js";
import "./chunk-UVFWAKTS.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
