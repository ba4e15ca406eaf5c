import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-RQ7BTCUO.js";
import "./chunk-SUPQ2DNM.js";
import "./chunk-ZAVCMRL5.js";
import "./chunk-YAVWNDKW.js";
import "./chunk-N2C72OPU.js";
import "./chunk-OUO5E7DI.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-5LRHPAIR.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
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
