import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  refExists
} from "./chunk-NPWDYGUW.js";
import {
  spawnGitStream
} from "./chunk-ILL5PG4L.js";
import {
  GitError
} from "./chunk-ZFFYD355.js";

// src/git/archive-reader.ts
var BLOCK = 512;
function field(buf, at, length) {
  const end = buf.indexOf(0, at);
  return buf.toString("utf8", at, end >= at && end < at + length ? end : at + length);
}
function octal(buf, at, length) {
  const text = field(buf, at, length).trim();
  return text.length === 0 ? 0 : Number.parseInt(text, 8);
}
function paxPath(body) {
  let pos = 0;
  let path;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const length = Number(body.toString("latin1", pos, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.toString("utf8", space + 1, pos + length - 1);
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    pos += length;
  }
  return path;
}
async function* readArchivedFileBatches(repoDir, ref, folders) {
  if (!await refExists(repoDir, ref)) return;
  const git = spawnGitStream(repoDir, [
    "-c",
    "core.autocrlf=false",
    "-c",
    "core.eol=lf",
    "-c",
    "core.attributesFile=/dev/null",
    "archive",
    "--format=tar",
    ref,
    "--",
    ...typeof folders === "string" ? [folders] : folders
  ]);
  let finished = false;
  try {
    let buf = Buffer.alloc(0);
    let longPath;
    let ended = false;
    for await (const chunk of git.stdout) {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      const batch = [];
      let pos = 0;
      while (!ended && buf.length - pos >= BLOCK) {
        if (buf[pos] === 0 && buf[pos + 156] === 0) {
          ended = true;
          break;
        }
        const size = octal(buf, pos + 124, 12);
        const total = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (buf.length - pos < total) break;
        const type = buf[pos + 156];
        const body = buf.subarray(pos + BLOCK, pos + BLOCK + size);
        if (type === 120) {
          longPath = paxPath(body);
        } else if (type === 48 || type === 0) {
          const prefix = field(buf, pos + 345, 155);
          const name = field(buf, pos, 100);
          batch.push({ path: longPath ?? (prefix ? `${prefix}/${name}` : name), bytes: body });
          longPath = void 0;
        } else {
          longPath = void 0;
        }
        pos += total;
      }
      buf = buf.subarray(pos);
      if (batch.length > 0) yield batch;
    }
    const { code, stderr } = await git.exited;
    if (code !== 0)
      throw new GitError(`cannot read ${ref} as an archive: ${stderr}`, {
        hint: "Check that the branch exists (git branch -a)."
      });
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}

export {
  readArchivedFileBatches
};
