import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-UA6YB3IM.js";
import "./chunk-5GN4VYJ5.js";
import "./chunk-UHYU53EF.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-OB73APSL.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-YLRIILBG.js";
import "./chunk-LKFK2C7T.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-HWJAJQC5.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-2K2IB55S.js";
import "./chunk-HQBHEEDR.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-J26LKGT4.js";
import "./chunk-2XL2LRPW.js";
import "./chunk-KYZ73INA.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-KJVMCXNR.js";
import "./chunk-PDNMW6LP.js";
import "./chunk-BM7RQP47.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
