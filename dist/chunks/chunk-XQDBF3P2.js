import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitEnv
} from "./chunk-H3BZYI6F.js";
import {
  GitError
} from "./chunk-AYJEV7GA.js";

// src/git/cat-file-batch.ts
import { spawn } from "node:child_process";
var CatFileBatch = class {
  child;
  queue = [];
  buffer = Buffer.alloc(0);
  failed;
  constructor(repoDir) {
    this.child = spawn("git", ["cat-file", "--batch"], {
      cwd: repoDir,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.child.stdout.on("data", (d) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, d]) : d;
      this.drain();
    });
    const fail = (error) => {
      this.failed = error;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    this.child.on("error", (cause) => fail(new GitError("cannot run git cat-file", { cause })));
    this.child.on("close", () => {
      if (this.queue.length) fail(new GitError("git cat-file ended before answering"));
    });
    this.child.stdin.on("error", () => void 0);
  }
  /** The object's bytes, or undefined when it does not exist. `spec` is an id or `rev:path`. */
  read(spec) {
    if (this.failed) return Promise.reject(this.failed);
    if (/[\n]/.test(spec)) return Promise.reject(new GitError("object name contains a newline"));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${spec}
`);
    });
  }
  drain() {
    for (; ; ) {
      const head = this.queue[0];
      if (!head) return;
      const nl = this.buffer.indexOf(10);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString("utf8");
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.queue.shift();
        head.resolve(void 0);
        continue;
      }
      const size = Number(header.split(" ")[2]);
      if (!Number.isInteger(size)) {
        this.queue.shift();
        head.reject(new GitError(`unexpected git cat-file header: ${header}`));
        continue;
      }
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift();
      head.resolve(body);
    }
  }
  /** End the process. */
  async close() {
    if (this.child.exitCode !== null) return;
    await new Promise((resolve) => {
      this.child.once("close", () => resolve());
      this.child.stdin.end();
    });
  }
};

export {
  CatFileBatch
};
