import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsFromGit
} from "./chunk-QXUSGWYE.js";
import "./chunk-GHSGVENA.js";
import "./chunk-WF7FCXME.js";
import "./chunk-ZYLFEFJ4.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-4SOEMDSL.js";
import "./chunk-4O2X23J5.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-TYN56QPD.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-SE67OJIZ.js";
import "./chunk-5LGP3G66.js";
import "./chunk-Y3KUR4PS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-FGAHVODS.js";
import "./chunk-7P4FDIYE.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsFromGit
};
