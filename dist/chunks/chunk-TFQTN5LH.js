import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  spawnGitStream
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/core/json-bytes.ts
import { isUtf8 } from "node:buffer";
function parseJsonBytes(bytes) {
  if (!isUtf8(bytes))
    throw new SyntaxError("its bytes are not UTF-8 text (JSON files are UTF-8: RFC 8259 \xA78.1)");
  return JSON.parse(bytes.toString("utf8"));
}

// src/ledger/ledger-layout.ts
var LEDGER_ROOT = "ledger/";
var ENTRY_PATH = /^ledger\/(\d{4})\/(\d{2})\/([a-z0-9][a-z0-9._-]*)\/([0-9A-HJKMNP-TV-Z]{26})-([a-z]+)\.json$/;
function parseEntryPath(path) {
  const m = ENTRY_PATH.exec(path);
  if (!m) return void 0;
  return {
    month: `${m[1]}-${m[2]}`,
    key: m[3] ?? "",
    folder: path.slice(0, path.lastIndexOf("/")),
    id: m[4] ?? "",
    event: m[5] ?? ""
  };
}
function entryPath(folder, entry) {
  return `${folder}/${entry.id}-${entry.event}.json`;
}
function taskFolder(key, firstAt) {
  const yyyy = String(firstAt.getUTCFullYear());
  const mm = String(firstAt.getUTCMonth() + 1).padStart(2, "0");
  return `ledger/${yyyy}/${mm}/${key}`;
}
function folderOfPath(path) {
  const parts = path.split("/");
  return parts.length >= 5 && parts[0] === "ledger" ? parts.slice(0, 4).join("/") : void 0;
}
function taskKeyOfPath(path) {
  return folderOfPath(path)?.split("/")[3];
}
function monthOfPath(path) {
  const m = /^ledger\/(\d{4})\/(\d{2})(?:\/|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}` : void 0;
}

// src/git/tree-reader.ts
async function* nulRecords(stream) {
  let rest = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (; ; ) {
      const nul = buf.indexOf(0, pos);
      if (nul < 0) break;
      yield buf.toString("utf8", pos, nul);
      pos = nul + 1;
    }
    rest = buf.subarray(pos);
  }
  if (rest.length) yield rest.toString("utf8");
}
function parseRecord(rec) {
  const tab = rec.indexOf("	");
  if (tab < 0) return void 0;
  const meta = rec.slice(0, tab).split(" ");
  return { type: meta[1] ?? "", id: meta[2] ?? "", path: rec.slice(tab + 1) };
}
async function* listTree(repoDir, ref, folder, options = {}) {
  const git = spawnGitStream(repoDir, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    options.commitOrNothing ? `${ref}^{commit}` : ref,
    "--",
    folder
  ]);
  let finished = false;
  try {
    for await (const rec of nulRecords(git.stdout)) {
      const r = parseRecord(rec);
      if (r?.type === "blob" && r.id) yield { path: r.path, blob: r.id };
    }
    const { code, stderr } = await git.exited;
    if (options.commitOrNothing && code !== 0 && /^fatal: Not a valid object name /m.test(stderr)) {
      finished = true;
      return;
    }
    if (code !== 0)
      throw new GitError(`cannot list ${ref}: ${stderr}`, {
        hint: "Check that the branch exists (git branch -a)."
      });
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}

export {
  parseJsonBytes,
  LEDGER_ROOT,
  ENTRY_PATH,
  parseEntryPath,
  entryPath,
  taskFolder,
  folderOfPath,
  taskKeyOfPath,
  monthOfPath,
  listTree
};
