import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-MTMVS3AQ.js";
import "./chunk-UPNHH5JE.js";
import "./chunk-MNGW62IF.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-YC5I4YKA.js";
import "./chunk-RLITK63G.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-4RKDV5ZG.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-DFFOYIC2.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-2K2IB55S.js";
import "./chunk-RIUWNJTA.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-DKOVT4EB.js";
import "./chunk-UAGYTAGT.js";
import "./chunk-KYZ73INA.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-BJS4KMR5.js";
import "./chunk-RVPZGDFG.js";
import "./chunk-P2GSWSHG.js";
import "./chunk-BM7RQP47.js";
import "./chunk-CLZH5OHK.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
