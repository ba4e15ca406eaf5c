import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-KQ2IZKK4.js";
import "./chunk-VQ63PVTY.js";
import "./chunk-XMP323UX.js";
import "./chunk-56SP7YYP.js";
import "./chunk-F3FEUJ4T.js";
import "./chunk-6X5QKSQ5.js";
import "./chunk-PQTJWOA3.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-K44KA2MI.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BH42CURA.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-4U7P43SW.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
