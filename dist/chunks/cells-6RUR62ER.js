import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  CELL_EVENTS,
  CellBuilder,
  buildCells,
  cellOptionsFromConfig,
  wilsonLowerBound
} from "./chunk-GHSGVENA.js";
import {
  ACCEPTANCE_LB_METHOD,
  cellId
} from "./chunk-WF7FCXME.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-4SOEMDSL.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  ACCEPTANCE_LB_METHOD,
  CELL_EVENTS,
  CellBuilder,
  buildCells,
  cellId,
  cellOptionsFromConfig,
  wilsonLowerBound
};
