import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  readArchivedFileBatches,
  toReportEntry
} from "./chunk-ZW5LX2LY.js";
import {
  ReportBuilder
} from "./chunk-JTFXGSZY.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-2K2IB55S.js";
import {
  parseStoredEntry
} from "./chunk-2YRUZUHQ.js";
import "./chunk-OFFKEMHX.js";
import "./chunk-BM7RQP47.js";
import "./chunk-RJNZGAYP.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import {
  gitWithInput
} from "./chunk-H3BZYI6F.js";
import {
  LedgerError
} from "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/reports/report-from-git.ts
import { availableParallelism } from "node:os";
async function lsDirs(repoDir, commit, paths) {
  const r = await gitWithInput(
    repoDir,
    ["ls-tree", "-d", "--full-tree", "--name-only", "-z", commit, "--", ...paths],
    void 0
  );
  if (r.code !== 0) throw new LedgerError(`cannot list ${commit}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8").split("\0").filter(Boolean);
}
async function monthFolders(repoDir, commit) {
  const years = await lsDirs(repoDir, commit, ["ledger/"]);
  return years.length ? lsDirs(
    repoDir,
    commit,
    years.map((y) => `${y}/`)
  ) : [];
}
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
  const resolved = await gitWithInput(
    repoDir,
    ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`],
    void 0
  );
  const commit = resolved.stdout.toString("utf8").trim();
  if (resolved.code !== 0 || !commit) return new ReportBuilder(options).finish();
  const months = parallel > 1 ? await monthFolders(repoDir, commit) : [];
  const parts = months.length > 1 ? Array.from(
    { length: Math.min(parallel, months.length) },
    (_, i) => months.filter((_m, j) => j % parallel === i)
  ) : [["ledger/"]];
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
