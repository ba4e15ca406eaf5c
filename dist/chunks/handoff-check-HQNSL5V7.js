import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-XBRCNUOH.js";
import "./chunk-5GL6MOUG.js";
import "./chunk-B4TEWX3V.js";
import "./chunk-JIUEOTYD.js";
import "./chunk-QWSV55QX.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-4X4MBLLZ.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-QGEFZFN6.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-WTAIONVT.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-O4HDCP25.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-TMY6NJDE.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-KVBIDZNP.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ZFFYD355.js";
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
