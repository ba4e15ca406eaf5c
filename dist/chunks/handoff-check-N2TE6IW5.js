import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-WQS2FVV4.js";
import "./chunk-JQGGIXJW.js";
import "./chunk-W5WSAR34.js";
import "./chunk-VKOVEILA.js";
import "./chunk-2DJVDNRF.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-K5Y7B3DA.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-UW2DH2ML.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-RO6KO7NL.js";
import "./chunk-OAN65RL5.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-O4HDCP25.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-XAV4VB6H.js";
import "./chunk-C56QB4EX.js";
import "./chunk-JBK5J76B.js";
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
