import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learnFromCall,
  learnRatio,
  learnedCounter,
  learnedRatio,
  ratioFileBeside,
  ratioKey
} from "./chunk-BX4PNPSA.js";
import "./chunk-WLRCWAQI.js";
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
