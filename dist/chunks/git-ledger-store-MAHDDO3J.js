import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-XT7SRWAT.js";
import "./chunk-OMOFH4UW.js";
import "./chunk-DTIFYDIB.js";
import "./chunk-XCHLTPWT.js";
import "./chunk-REO52FYB.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-QZF5JZNZ.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-5LJTDN4P.js";
import "./chunk-5LGP3G66.js";
import "./chunk-VR6MF45A.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-PZRKAV5C.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
