import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-ICF7VQCS.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-4ODOM3HQ.js";
import "./chunk-OTAEPFPO.js";
import "./chunk-FT6KL63P.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
};
