import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-W5ISU3V6.js";
import "./chunk-JNLNRT3O.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-O7CC6G3Y.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-GNOIYJ2A.js";
import "./chunk-RLITK63G.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-NTSUPODB.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-FBAQKADV.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-2K2IB55S.js";
import "./chunk-HQBHEEDR.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-G5NHBWVV.js";
import "./chunk-2NRH6SQU.js";
import "./chunk-KYZ73INA.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-H2VIXU3S.js";
import "./chunk-ACWJY4LY.js";
import "./chunk-BM7RQP47.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
