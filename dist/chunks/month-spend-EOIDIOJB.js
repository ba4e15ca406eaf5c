import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MonthSpend,
  UNKNOWN_PERSON,
  entryFileTime,
  monthOf,
  readMonthSpend,
  spendFromEntries
} from "./chunk-7V63GJJ2.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-KMJBABJV.js";
import "./chunk-2THWWSTJ.js";
import "./chunk-3CK64I6P.js";
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
