import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-AVVOX4VM.js";
import "./chunk-ZU4F6AF5.js";
import "./chunk-YO6DFQFM.js";
import "./chunk-GLMLQFKF.js";
import "./chunk-DRRGBGMK.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-S3TPYWTP.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-OBNWYT4E.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-O4HDCP25.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-PZ4PRSH6.js";
import "./chunk-C56QB4EX.js";
import "./chunk-2RT4GGU3.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
