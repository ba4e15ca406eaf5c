import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
} from "./chunk-UI3OQL6H.js";
import "./chunk-NPCGLCIH.js";
import "./chunk-DQQD3WUF.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
};
