import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-FD54GVVH.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-DHSQDXTL.js";
import "./chunk-K4EBBNZ7.js";
import "./chunk-DQQD3WUF.js";
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
