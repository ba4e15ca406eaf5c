import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-2JLSUUXL.js";
import "./chunk-TXLM4J63.js";
import "./chunk-MSMON4FE.js";
import "./chunk-QPVFDYXY.js";
import "./chunk-R6WOP76V.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-RP4X2TDN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-WF7FCXME.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-DW3TUGME.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
