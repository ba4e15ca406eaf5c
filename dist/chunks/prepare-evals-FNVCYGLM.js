import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-GZXAUCMS.js";
import "./chunk-OFDICFR2.js";
import "./chunk-QXY46AYV.js";
import "./chunk-FLG6ODZU.js";
import "./chunk-JKQTCEMH.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-UH7FNBNP.js";
import "./chunk-WAROP4JU.js";
import "./chunk-56SP7YYP.js";
import "./chunk-ABAMJTHF.js";
import "./chunk-UHXTJYRY.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-YYY34MQM.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-GTIU4L22.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
