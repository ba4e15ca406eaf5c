import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
} from "./chunk-7DV4OENE.js";
import "./chunk-2H5D3K7P.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerReadRef,
  resolveLedgerRef,
  resolveLedgerTip
};
