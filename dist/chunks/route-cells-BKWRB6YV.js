import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsForDecision,
  routeCellSource
} from "./chunk-HQPYOP7U.js";
import "./chunk-L54XBQUR.js";
import "./chunk-7DV4OENE.js";
import "./chunk-WF7FCXME.js";
import "./chunk-NNCTHZ7E.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-TYN56QPD.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-SE67OJIZ.js";
import "./chunk-5LGP3G66.js";
import "./chunk-2H5D3K7P.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-FGAHVODS.js";
import "./chunk-7P4FDIYE.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsForDecision,
  routeCellSource
};
