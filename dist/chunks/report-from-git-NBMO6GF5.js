import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  toReportEntry
} from "./chunk-CZGDSNT4.js";
import {
  ReportBuilder
} from "./chunk-J2MTLMHX.js";
import "./chunk-U4ZCRPO5.js";
import {
  ledgerPieces,
  parseStoredEntry,
  readArchiveBatches
} from "./chunk-BAGFDLSM.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-CAXJLP2J.js";
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
import "./chunk-C56QB4EX.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-from-git.ts
async function readInto(repoDir, commit, pieces, options) {
  const builder = new ReportBuilder(options);
  for (const piece of pieces)
    for await (const batch of readArchiveBatches(repoDir, commit, piece))
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
async function reportFromGit(repoDir, ref, options = {}, parallel = 1) {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return new ReportBuilder(options).finish();
  const pieces = await ledgerPieces(repoDir, commit);
  const lanes = Math.max(1, Math.min(parallel, pieces.length));
  const parts = Array.from({ length: lanes }, (_, i) => pieces.filter((_p, j) => j % lanes === i));
  const [first, ...rest] = await Promise.all(
    parts.map((part) => readInto(repoDir, commit, part, options))
  );
  if (!first) return new ReportBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
export {
  reportFromGit
};
