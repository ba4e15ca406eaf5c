import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-TTXTCHQX.js";
import "./chunk-Y7WXPU5U.js";
import "./chunk-67DAXTJ3.js";
import "./chunk-GLMLQFKF.js";
import "./chunk-35YPKIUJ.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-P37YMYK7.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-KCDWL3UY.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-O4HDCP25.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ULAWHFOD.js";
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
