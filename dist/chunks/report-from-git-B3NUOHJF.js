import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-4DNUUZZ7.js";
import {
  ReportBuilder
} from "./chunk-NXWZ6V65.js";
import "./chunk-U4ZCRPO5.js";
import {
  foldLedgerFromGit
} from "./chunk-PBGXE5ZH.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-4SOEMDSL.js";
import "./chunk-EOLU2MBR.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-HU2FXWNG.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-Q7MBGZGH.js";
import "./chunk-A5TW6FIW.js";
import "./chunk-H3N4EFNP.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-O6DN6TXG.js";
import "./chunk-Z345SVSY.js";
import "./chunk-EW5UGL3W.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-from-git.ts
async function reportFromGit(repoDir, ref, options = {}, tip) {
  const builder = await foldLedgerFromGit(
    repoDir,
    ref,
    () => new ReportBuilder(options),
    toReportEntry,
    tip
  );
  return builder.finish();
}
export {
  reportFromGit
};
