import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-CZGDSNT4.js";
import {
  ReportBuilder
} from "./chunk-E5SM5WAU.js";
import "./chunk-RZHK7EWK.js";
import {
  parseStoredEntry,
  readArchivedFileBatches
} from "./chunk-DXJOIOAO.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import {
  LEDGER_ROOT,
  monthFolders
} from "./chunk-JRC5NSW7.js";
import {
  resolveCommit
} from "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-3ICBUBTN.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-from-git.ts
import { availableParallelism } from "node:os";
async function readInto(repoDir, commit, folders, options) {
  const builder = new ReportBuilder(options);
  for await (const batch of readArchivedFileBatches(repoDir, commit, folders))
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
  return builder;
}
async function reportFromGit(repoDir, ref, options = {}, parallel = Math.min(4, availableParallelism())) {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return new ReportBuilder(options).finish();
  const months = parallel > 1 ? await monthFolders(repoDir, commit) : [];
  const parts = months.length > 1 ? Array.from(
    { length: Math.min(parallel, months.length) },
    (_, i) => months.filter((_m, j) => j % parallel === i)
  ) : [[LEDGER_ROOT]];
  const [first, ...rest] = await Promise.all(
    parts.map((folders) => readInto(repoDir, commit, folders, options))
  );
  if (!first) return new ReportBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
export {
  reportFromGit
};
