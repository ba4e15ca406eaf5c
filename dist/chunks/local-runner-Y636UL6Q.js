import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-KTCVSG6X.js";
import "./chunk-2B3CCJZ2.js";
import "./chunk-IDTFERLW.js";
import "./chunk-SRGYSL45.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-BSWA3ZCQ.js";
import "./chunk-EDMX6M7X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-F46BXINT.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-K5KREDFD.js";
import "./chunk-RLITK63G.js";
import "./chunk-MQUR6G4R.js";
import "./chunk-LCIDOOOC.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-Y6WNRSAU.js";
import "./chunk-K4W7GR6V.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-2K2IB55S.js";
import "./chunk-57J6P35V.js";
import "./chunk-B2WGU4H7.js";
import "./chunk-UVKDXZ4B.js";
import "./chunk-BM7RQP47.js";
import "./chunk-CLZH5OHK.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-JO7JOFQI.js";
import "./chunk-CEIGGUA3.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
