import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  readArchivedFileBatches,
  toReportEntry
} from "./chunk-5SPQEIO5.js";
import {
  ReportBuilder
} from "./chunk-T44HCJWF.js";
import "./chunk-JTRJ6A7V.js";
import "./chunk-2K2IB55S.js";
import "./chunk-EP24EKF6.js";
import {
  parseStoredEntry
} from "./chunk-42AFZTVO.js";
import "./chunk-L46PZJEF.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-SOWULCXO.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/ledger/report-from-git.ts
async function reportFromGit(repoDir, ref, options = {}) {
  const builder = new ReportBuilder(options);
  for await (const batch of readArchivedFileBatches(repoDir, ref))
    for (const file of batch) {
      if (!file.path.endsWith(".json")) continue;
      let json;
      try {
        json = JSON.parse(file.bytes.toString("utf8"));
      } catch {
        json = void 0;
      }
      builder.add(toReportEntry(json) ?? parseStoredEntry(file));
    }
  return builder.finish();
}
export {
  reportFromGit
};
