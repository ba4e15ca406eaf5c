import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-QQJJIHFJ.js";
import "./chunk-QCX5FA5Y.js";
import "./chunk-QI7SPQPM.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-IYBTMPYD.js";
import "./chunk-LT3AOYQQ.js";
import "./chunk-5HRINU2X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-K5KREDFD.js";
import "./chunk-RLITK63G.js";
import "./chunk-4JMPPIXX.js";
import "./chunk-7KYRHF44.js";
import "./chunk-TOBTGXG6.js";
import "./chunk-2ZRMGOS4.js";
import "./chunk-U657X6YM.js";
import "./chunk-HQBHEEDR.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-3C4ACNLI.js";
import "./chunk-WAHVUPHT.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-2K2IB55S.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-MIBIVQ5E.js";
import "./chunk-HJECJ552.js";
import "./chunk-27CZGLQL.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-XGNSPKF2.js";
import "./chunk-ICRKKYAQ.js";
import "./chunk-BM7RQP47.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
