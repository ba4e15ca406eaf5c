import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-NXED554M.js";
import "./chunk-BNQDFQGI.js";
import "./chunk-QWL3UMCP.js";
import "./chunk-QVP27DBN.js";
import "./chunk-ZOZLB7ZH.js";
import "./chunk-56SP7YYP.js";
import "./chunk-6ERAPAVW.js";
import "./chunk-AX5E5O34.js";
import "./chunk-A3H4QYXP.js";
import "./chunk-E7RPVK6W.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-EGV2AK34.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-CANPGZW3.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
