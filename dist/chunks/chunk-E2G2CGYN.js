import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  CatFileBatch
} from "./chunk-LBO5STXY.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";

// src/context/workspace.ts
import { join } from "node:path";
async function openGitWorkspace(repoDir, ref = "HEAD") {
  let cat;
  let entries;
  const listEntries = () => {
    cat ??= new CatFileBatch(repoDir);
    entries ??= gitWithInput(
      repoDir,
      ["ls-tree", "-r", "-l", "-z", "--full-tree", ref],
      void 0
    ).then((r) => r.code === 0 ? parseLsTree(r.stdout.toString("utf8")) : []);
    return entries;
  };
  const ignored = /* @__PURE__ */ new Map();
  const askIgnored = async (paths) => {
    const r = await gitWithInput(
      repoDir,
      ["check-ignore", "--no-index", "-z", "--stdin"],
      `${paths.join("\0")}\0`
    );
    if (r.code !== 0) return /* @__PURE__ */ new Set();
    return new Set(r.stdout.toString("utf8").split("\0").filter(Boolean));
  };
  return {
    indexFile: join(repoDir, ".aios", "cache", "index.sqlite"),
    objectsOf: repoDir,
    async listFiles() {
      return (await listEntries()).map((e) => e.path);
    },
    listEntries,
    async readFile(path) {
      cat ??= new CatFileBatch(repoDir);
      const bytes = await cat.read(`${ref}:${path}`);
      return bytes?.toString("utf8");
    },
    async readBlobs(blobs) {
      cat ??= new CatFileBatch(repoDir);
      const reader = cat;
      const read = await Promise.all(blobs.map((b) => reader.read(b)));
      const out = /* @__PURE__ */ new Map();
      read.forEach((bytes, i) => {
        const id = blobs[i];
        if (bytes && id) out.set(id, bytes);
      });
      return out;
    },
    async ignoredPaths(paths) {
      const unknown = [...new Set(paths)].filter((p) => !p.includes("\0") && !ignored.has(p));
      if (unknown.length) {
        const asked = askIgnored(unknown);
        for (const p of unknown)
          ignored.set(
            p,
            asked.then((set) => set.has(p))
          );
      }
      const answers = await Promise.all(paths.map((p) => ignored.get(p) ?? false));
      return new Set(paths.filter((_, i) => answers[i]));
    },
    async close() {
      await cat?.close();
    }
  };
}
function parseLsTree(out) {
  const entries = [];
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    if (tab < 0) continue;
    const sp1 = record.indexOf(" ");
    const sp2 = record.indexOf(" ", sp1 + 1);
    const sp3 = record.indexOf(" ", sp2 + 1);
    if (record.slice(sp1 + 1, sp2) !== "blob" || sp3 < 0) continue;
    entries.push({
      path: record.slice(tab + 1),
      blob: record.slice(sp2 + 1, sp3),
      size: Number(record.slice(sp3 + 1, tab))
    });
  }
  return entries;
}

export {
  openGitWorkspace,
  parseLsTree
};
