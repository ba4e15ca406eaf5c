import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
} from "./chunk-HUILIQQS.js";
import "./chunk-UDPMS6ER.js";
import "./chunk-3CK64I6P.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
};
