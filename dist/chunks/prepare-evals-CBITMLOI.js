import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-XMTJCPOV.js";
import "./chunk-45UZBTAQ.js";
import "./chunk-ACXGFZOP.js";
import "./chunk-56SP7YYP.js";
import "./chunk-J5E53MZK.js";
import "./chunk-JHXQFIDY.js";
import "./chunk-RKDH6B3Z.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-LOI7NFWO.js";
import "./chunk-YYQDWSIY.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BH42CURA.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-5XUGNIVL.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
