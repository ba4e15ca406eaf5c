import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  prepareEvals
} from "./chunk-DEGCYPCC.js";
import "./chunk-OFDICFR2.js";
import "./chunk-4G4T7MPA.js";
import "./chunk-LS4SHKII.js";
import "./chunk-JXKGNDGN.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-MPGHY3T5.js";
import "./chunk-6A6ZLOFK.js";
import "./chunk-56SP7YYP.js";
import "./chunk-ABAMJTHF.js";
import "./chunk-UHXTJYRY.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-2RBMNJO3.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DPBWG5BV.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  prepareEvals
};
