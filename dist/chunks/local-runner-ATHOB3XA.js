import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createLocalRunner
} from "./chunk-BRRXRLNK.js";
import "./chunk-2O3G5VUY.js";
import "./chunk-LTA224LT.js";
import "./chunk-GQXQSTY4.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-2LFGVXAD.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-ICF7VQCS.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-SPFN5JVL.js";
import "./chunk-EJ4ZRYJA.js";
import "./chunk-ZKDYZKRR.js";
import "./chunk-RLITK63G.js";
import "./chunk-QSC22QXC.js";
import "./chunk-HQBHEEDR.js";
import "./chunk-XQDBF3P2.js";
import "./chunk-2K2IB55S.js";
import "./chunk-4ODOM3HQ.js";
import "./chunk-OTAEPFPO.js";
import "./chunk-FT6KL63P.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-OTTWMORF.js";
import "./chunk-JBK6AXZN.js";
import "./chunk-7QUKERPI.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-YHUUYJMY.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  createLocalRunner
};
