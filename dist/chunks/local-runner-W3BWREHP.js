import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-ZVWUCP2J.js";
import "./chunk-B6KVGCJB.js";
import "./chunk-KEUCIJUO.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-BCREPOCY.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-ZR4AWZX3.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-77CIAXIQ.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-ICXE3TXG.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-2K2IB55S.js";
import "./chunk-2YRUZUHQ.js";
import "./chunk-OFFKEMHX.js";
import "./chunk-BM7RQP47.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-JE5REG3S.js";
import "./chunk-FUXN3YVC.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-WKIKGW7F.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
