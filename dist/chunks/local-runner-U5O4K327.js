import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-IPC2OMWD.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-GLCVZMAY.js";
import "./chunk-HMHOP7Y3.js";
import "./chunk-PBPECE3A.js";
import "./chunk-XLR7MNV2.js";
import "./chunk-46FTLPFX.js";
import "./chunk-INJVGOTF.js";
import "./chunk-SWZN74OL.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-UGRJ6I7C.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-EP24EKF6.js";
import "./chunk-NLVSHNKQ.js";
import "./chunk-LIXGKE7W.js";
import "./chunk-7E7VTGW2.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createLocalRunner
};
