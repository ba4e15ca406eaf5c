import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-TS2W36LS.js";
import "./chunk-6AATALFV.js";
import "./chunk-EGCWK4BL.js";
import "./chunk-XT7MVSW6.js";
import "./chunk-VSFHUDEP.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-52GPBGA7.js";
import "./chunk-U4ZCRPO5.js";
import "./chunk-J6PCCIYH.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-Z3W2OYEG.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-RO6KO7NL.js";
import "./chunk-O4HDCP25.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-K44KA2MI.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4U7P43SW.js";
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
