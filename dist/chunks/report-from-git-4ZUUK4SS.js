import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-4DNUUZZ7.js";
import {
  ReportBuilder
} from "./chunk-XXQO44M5.js";
import "./chunk-U4ZCRPO5.js";
import {
  foldLedgerFromGit
} from "./chunk-MWCKEUF4.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-3ICBUBTN.js";
import "./chunk-U2POEHOG.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-WTAIONVT.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-3AVOLEM7.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ZFFYD355.js";
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
