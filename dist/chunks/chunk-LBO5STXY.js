import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  spawnGitStream
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/batch-reader.ts
var OBJECT_TYPES = /* @__PURE__ */ new Set(["blob", "tree", "commit", "tag"]);
var BatchParser = class {
  buf = Buffer.alloc(0);
  push(chunk) {
    const buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out = [];
    let pos = 0;
    for (; ; ) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString("utf8", pos, nl);
      const s1 = header.indexOf(" ");
      const s2 = header.indexOf(" ", s1 + 1);
      const s3 = s2 < 0 ? -1 : header.indexOf(" ", s2 + 1);
      const type = s2 < 0 ? "" : header.slice(s1 + 1, s2);
      const size = s2 < 0 ? Number.NaN : Number(header.slice(s2 + 1, s3 < 0 ? void 0 : s3));
      if (!OBJECT_TYPES.has(type) || !Number.isInteger(size) || size < 0) {
        const missing = / (missing|ambiguous)$/.exec(header);
        if (!missing) throw new GitError(`unexpected git cat-file header: ${header}`);
        out.push({ kind: "missing", name: header.slice(0, missing.index) });
        pos = nl + 1;
        continue;
      }
      const end = nl + 1 + size;
      if (buf.length < end + 1) break;
      out.push({
        kind: "object",
        id: header.slice(0, s1),
        type,
        rest: s3 < 0 ? "" : header.slice(s3 + 1),
        bytes: buf.subarray(nl + 1, end)
      });
      pos = end + 1;
    }
    this.buf = buf.subarray(pos);
    return out;
  }
  /** Bytes received but not yet a whole answer (non-zero at the end means git stopped short). */
  get pending() {
    return this.buf.length;
  }
};
async function* readTreeBlobBatches(repoDir, ref, folder, options = {}) {
  const ls = spawnGitStream(repoDir, [
    "ls-tree",
    "-r",
    "--full-tree",
    "--format=%(objectname) %(path)",
    options.commitOrNothing ? `${ref}^{commit}` : ref,
    "--",
    folder
  ]);
  const cat = spawnGitStream(
    repoDir,
    ["cat-file", "--buffer", "--batch=%(objectname) %(objecttype) %(objectsize) %(rest)"],
    ls.stdout
  );
  ls.stdout.destroy();
  let finished = false;
  try {
    const parser = new BatchParser();
    for await (const chunk of cat.stdout) {
      const batch = [];
      for (const a of parser.push(chunk)) {
        if (a.kind === "missing")
          throw new GitError(`git object ${a.name} on ${ref} is missing`, {
            hint: "The repository is incomplete: fetch the branch again (git fetch)."
          });
        if (a.type === "blob") batch.push({ blob: a.id, path: a.rest, bytes: a.bytes });
      }
      if (batch.length > 0) yield batch;
    }
    const [lsExit, catExit] = await Promise.all([ls.exited, cat.exited]);
    if (options.commitOrNothing && lsExit.code !== 0 && /^fatal: Not a valid object name /m.test(lsExit.stderr)) {
      finished = true;
      return;
    }
    if (lsExit.code !== 0)
      throw new GitError(`cannot list ${ref}: ${lsExit.stderr}`, {
        hint: "Check that the branch exists (git branch -a) and that git is 2.36 or newer."
      });
    if (catExit.code !== 0 || parser.pending > 0)
      throw new GitError(`cannot read the objects of ${ref}: ${catExit.stderr}`);
    finished = true;
  } finally {
    if (!finished) {
      ls.kill();
      cat.kill();
    }
  }
}
async function* readBlobs(repoDir, ids) {
  if (ids.length === 0) return;
  for (const id of ids)
    if (/\n/.test(id)) throw new GitError(`object name contains a newline: ${JSON.stringify(id)}`);
  const cat = spawnGitStream(repoDir, ["cat-file", "--batch", "--buffer"], "pipe");
  cat.stdin?.end(`${ids.join("\n")}
`);
  let answered = 0;
  let finished = false;
  try {
    const parser = new BatchParser();
    for await (const chunk of cat.stdout)
      for (const a of parser.push(chunk)) {
        answered++;
        yield a.kind === "object" ? a.bytes : void 0;
      }
    const { code, stderr } = await cat.exited;
    if (code !== 0 || answered !== ids.length)
      throw new GitError(
        `git cat-file answered ${answered} of ${ids.length} objects (exit ${code}): ${stderr}`
      );
    finished = true;
  } finally {
    if (!finished) cat.kill();
  }
}

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
  readTreeBlobBatches,
  readBlobs,
  CatFileBatch
};
