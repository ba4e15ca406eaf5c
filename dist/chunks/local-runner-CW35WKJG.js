import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-Z73CZS3M.js";
import "./chunk-CNRVN5EL.js";
import "./chunk-JCZ4UWYT.js";
import "./chunk-IDTFERLW.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-MQUR6G4R.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-XF6ZXXVX.js";
import "./chunk-EDMX6M7X.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-A5ABGCAF.js";
import "./chunk-RLITK63G.js";
import "./chunk-X27CT7QJ.js";
import "./chunk-WWRAG24T.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-LCIDOOOC.js";
import "./chunk-JYVTGUDU.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-VTACSIEY.js";
import "./chunk-KTZNEFQO.js";
import "./chunk-GYW435GO.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-2K2IB55S.js";
import "./chunk-2KKDBZRV.js";
import "./chunk-JVTEHA5D.js";
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
