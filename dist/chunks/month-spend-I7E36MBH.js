import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-PXNXIZFE.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-TFQTN5LH.js";
import "./chunk-BXMCJ2S2.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
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
