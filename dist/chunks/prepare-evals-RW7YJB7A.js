import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-26SLD5SD.js";
import "./chunk-SUPQ2DNM.js";
import "./chunk-DLBV2RFH.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-PXCHEHIH.js";
import "./chunk-OLLDSG56.js";
import "./chunk-7I7TTINK.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
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
