import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-4DNUUZZ7.js";
import {
  ReportBuilder
} from "./chunk-QGTLD2JF.js";
import "./chunk-U4ZCRPO5.js";
import {
  foldLedgerFromGit
} from "./chunk-HL6U2Q3S.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-4SOEMDSL.js";
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
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-from-git.ts
async function reportFromGit(repoDir, ref, options = {}, parallel = 1) {
  const builder = await foldLedgerFromGit(
    repoDir,
    ref,
    () => new ReportBuilder(options),
    toReportEntry,
    parallel
  );
  return builder.finish();
}
export {
  reportFromGit
};
