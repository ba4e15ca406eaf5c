import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learnFromCall,
  learnRatio,
  learnedCounter,
  learnedRatio,
  ratioFileBeside,
  ratioKey
} from "./chunk-6PLSYQK3.js";
import "./chunk-KZQHJZOX.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  learnFromCall,
  learnRatio,
  learnedCounter,
  learnedRatio,
  ratioFileBeside,
  ratioKey
};
