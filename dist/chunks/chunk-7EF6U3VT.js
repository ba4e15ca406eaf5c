import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  BatchParser
} from "./chunk-BXMCJ2S2.js";
import {
  spawnGitStream
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/cat-file-batch.ts
var CatFileBatch = class {
  git;
  parser = new BatchParser();
  queue = [];
  failed;
  constructor(repoDir) {
    this.git = spawnGitStream(repoDir, ["cat-file", "--batch"], "pipe");
    const fail = (error) => {
      this.failed = error;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    this.git.stdout.on("data", (d) => {
      let answers;
      try {
        answers = this.parser.push(d);
      } catch (error) {
        fail(error);
        return;
      }
      for (const a of answers)
        this.queue.shift()?.resolve(
          a.kind === "object" ? { id: a.id, type: a.type, bytes: Buffer.from(a.bytes) } : void 0
        );
    });
    void this.git.exited.then(({ stderr }) => {
      if (this.queue.length)
        fail(new GitError(`git cat-file ended before answering${stderr ? `: ${stderr}` : ""}`));
    });
  }
  /** The object's bytes, or undefined when it does not exist. `spec` is an id or `rev:path`. */
  async read(spec) {
    return (await this.lookup(spec))?.bytes;
  }
  /** The object with its id and type, or undefined when it does not exist (see `read`). */
  lookup(spec) {
    if (this.failed) return Promise.reject(this.failed);
    if (/[\n]/.test(spec)) return Promise.reject(new GitError("object name contains a newline"));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.git.stdin?.write(`${spec}
`);
    });
  }
  /** End the process. */
  async close() {
    if (this.git.child.exitCode !== null) return;
    this.git.stdin?.end();
    await this.git.exited;
  }
};

export {
  CatFileBatch
};
