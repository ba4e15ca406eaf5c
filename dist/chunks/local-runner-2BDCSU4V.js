import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-APBWQOP6.js";
import "./chunk-QPER2Q3P.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-CHDOIBSI.js";
import "./chunk-525E644P.js";
import "./chunk-RLITK63G.js";
import "./chunk-MQUR6G4R.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-TUI2KY7P.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-EDMX6M7X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-FVAP4F6Y.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-2K2IB55S.js";
import "./chunk-LCIDOOOC.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-QXPVMTUM.js";
import "./chunk-G2CY6AIH.js";
import "./chunk-DA2PYNRJ.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-3NGYQVOQ.js";
import "./chunk-V3M4GMI5.js";
import "./chunk-UVKDXZ4B.js";
import "./chunk-BM7RQP47.js";
import "./chunk-CLZH5OHK.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
