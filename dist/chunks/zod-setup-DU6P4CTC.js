import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  setUpZodForShortProcesses
} from "./chunk-TFZVKUQK.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  setUpZodForShortProcesses
};
