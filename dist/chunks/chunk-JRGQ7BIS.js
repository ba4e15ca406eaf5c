import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitBlobId
} from "./chunk-TOOXQAFB.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";

// src/git/holds-files.ts
async function commitHoldsFiles(repoDir, commit, files) {
  const r = await gitWithInput(
    repoDir,
    ["ls-tree", "-z", "--full-tree", commit, "--", ...files.map((f) => f.path)],
    void 0
  );
  const blobs = /* @__PURE__ */ new Map();
  for (const rec of r.stdout.toString("utf8").split("\0")) {
    const tab = rec.indexOf("	");
    if (tab > 0) blobs.set(rec.slice(tab + 1), rec.slice(0, tab).split(" ")[2] ?? "");
  }
  return files.every((f) => blobs.get(f.path) === gitBlobId(Buffer.from(f.content, "utf8")));
}

export {
  commitHoldsFiles
};
