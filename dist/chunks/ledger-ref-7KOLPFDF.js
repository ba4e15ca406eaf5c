import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
} from "./chunk-TQV6AHHE.js";
import "./chunk-5VMK5ZD5.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
};
