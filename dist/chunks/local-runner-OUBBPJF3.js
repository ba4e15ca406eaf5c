import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-REMZHUAM.js";
import "./chunk-M4KXJLZ2.js";
import "./chunk-ERQQUCA7.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-IDVCTM2G.js";
import "./chunk-EAWOXPW4.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-F46BXINT.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-K5KREDFD.js";
import "./chunk-RLITK63G.js";
import "./chunk-TGW6DHFY.js";
import "./chunk-LCIDOOOC.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-X4TMGJLN.js";
import "./chunk-4ANECEBM.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-2K2IB55S.js";
import "./chunk-RNOYF3ZQ.js";
import "./chunk-JVTEHA5D.js";
import "./chunk-VKLLGDMQ.js";
import "./chunk-BM7RQP47.js";
import "./chunk-CLZH5OHK.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-RJVRFECG.js";
import "./chunk-LZ6OYTKM.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
