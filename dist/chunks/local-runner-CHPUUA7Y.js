import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-D6NKBFO7.js";
import "./chunk-IOSOOVCN.js";
import "./chunk-IDTFERLW.js";
import "./chunk-XL3R5FSU.js";
import "./chunk-7CGSKOPQ.js";
import "./chunk-47OWUINJ.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MP3GRWRY.js";
import "./chunk-VW7YZO5R.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-VBNX3N7K.js";
import "./chunk-RLITK63G.js";
import "./chunk-F4JUWQLB.js";
import "./chunk-PJUQ6L73.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-4FKOSWJW.js";
import "./chunk-YAN25746.js";
import "./chunk-6UMYNDPG.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-FJYX5WYP.js";
import "./chunk-7UKZKS4R.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-2K2IB55S.js";
import "./chunk-AEE5UV7H.js";
import "./chunk-VSON3O2O.js";
import "./chunk-XWVIX7UQ.js";
import "./chunk-BM7RQP47.js";
import "./chunk-4HEM3VW4.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-OLMWM5MA.js";
import "./chunk-UJV43JK7.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
