import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
} from "./chunk-732IHGGK.js";
import "./chunk-DVVOGQEH.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
};
