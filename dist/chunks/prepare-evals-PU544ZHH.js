import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-NOUZ3USL.js";
import "./chunk-JTS7AQJR.js";
import "./chunk-TKLE2UZT.js";
import "./chunk-XLTZGXNC.js";
import "./chunk-5X5VC3FA.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-6HHIWH2U.js";
import "./chunk-WPSTXAYX.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-CUGMY7FH.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-SNXBX4RN.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
