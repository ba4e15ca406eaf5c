import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  CatFileBatch
} from "./chunk-S2BERF5H.js";
import {
  gitWithInput
} from "./chunk-NBMJ4FYU.js";

// src/context/workspace.ts
async function openGitWorkspace(repoDir, ref = "HEAD") {
  let cat;
  let files;
  return {
    async listFiles() {
      if (!files) {
        const r = await gitWithInput(
          repoDir,
          ["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref],
          void 0
        );
        files = r.code === 0 ? r.stdout.toString("utf8").split("\0").filter(Boolean) : [];
      }
      return files;
    },
    async readFile(path) {
      cat ??= new CatFileBatch(repoDir);
      const bytes = await cat.read(`${ref}:${path}`);
      return bytes?.toString("utf8");
    },
    async close() {
      await cat?.close();
    }
  };
}

export {
  openGitWorkspace
};
