import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-V2SEGDG2.js";
import "./chunk-YKUTVTMU.js";
import "./chunk-L7HY54Q7.js";
import "./chunk-A6XXJ64N.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-PASFTA2O.js";
import "./chunk-B6MATDKX.js";
import "./chunk-3TZICE6Q.js";
import "./chunk-C5MAKRMN.js";
import "./chunk-BM7RQP47.js";
import "./chunk-2VRJ3CW5.js";
import "./chunk-GCLROUZY.js";
import "./chunk-HJECJ552.js";
import "./chunk-KYZ73INA.js";
import "./chunk-MOVWQC26.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-2K2IB55S.js";
import "./chunk-EP24EKF6.js";
import "./chunk-42AFZTVO.js";
import "./chunk-L46PZJEF.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
