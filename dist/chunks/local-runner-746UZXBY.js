import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-IUSWZB22.js";
import "./chunk-OOL25WMZ.js";
import "./chunk-E5XA54KM.js";
import "./chunk-MQUR6G4R.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-525E644P.js";
import "./chunk-RLITK63G.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-TUI2KY7P.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-EDMX6M7X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-FVAP4F6Y.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-2K2IB55S.js";
import "./chunk-RIUWNJTA.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-UDR7YHOX.js";
import "./chunk-GLXCYATL.js";
import "./chunk-HJECJ552.js";
import "./chunk-DA2PYNRJ.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-CZO37DC5.js";
import "./chunk-ICRKKYAQ.js";
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
