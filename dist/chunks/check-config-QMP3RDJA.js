import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertConfigSound,
  configProblems
} from "./chunk-X27CT7QJ.js";
import "./chunk-WWRAG24T.js";
import "./chunk-KF6DRJUL.js";
import "./chunk-GYW435GO.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-CEIGGUA3.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";
export {
  assertConfigSound,
  configProblems
};
