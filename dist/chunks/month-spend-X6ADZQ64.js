import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-3WGCPASX.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-C375VZDX.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
};
