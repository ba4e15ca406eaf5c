import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-LR4JCTUH.js";
import "./chunk-S6HROR5V.js";
import "./chunk-WNKLULRX.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-4Q6FN5NW.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-YC5I4YKA.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-QFIPCHZE.js";
import "./chunk-S2BERF5H.js";
import "./chunk-OFDAJMUN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-4RKDV5ZG.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-2K2IB55S.js";
import "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-DKOVT4EB.js";
import "./chunk-UAGYTAGT.js";
import "./chunk-KYZ73INA.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-VXN4A7KG.js";
import "./chunk-RVPZGDFG.js";
import "./chunk-WKNUSV6H.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GEAMK3OW.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
