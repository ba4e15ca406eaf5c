import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-6V5YH3FF.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-42IK23BW.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-7P4FDIYE.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
};
