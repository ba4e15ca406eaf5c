import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LedgerEntry
} from "./chunk-LIXGKE7W.js";
import {
  GitError,
  LedgerError
} from "./chunk-AYJEV7GA.js";

// src/ledger/read-ledger.ts
import { spawn as spawn3 } from "node:child_process";
import { createInterface } from "node:readline";

// src/git/cat-file-batch.ts
import { spawn as spawn2 } from "node:child_process";

// src/git/run-git.ts
import { spawn } from "node:child_process";
function gitEnv(extra = {}) {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C", ...extra };
}
function gitWithInput(cwd, args, input, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on(
      "error",
      (cause) => reject(
        new GitError(`cannot run git ${args[0] ?? ""}`, {
          cause,
          hint: "Install git and put it on PATH."
        })
      )
    );
    child.on(
      "close",
      (code) => resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code ?? 1
      })
    );
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}

// src/git/cat-file-batch.ts
var CatFileBatch = class {
  child;
  queue = [];
  buffer = Buffer.alloc(0);
  failed;
  constructor(repoDir) {
    this.child = spawn2("git", ["cat-file", "--batch"], {
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

// src/ledger/read-ledger.ts
async function* listTree(repoDir, ref, folder = "ledger/") {
  const child = spawn3("git", ["ls-tree", "-r", "--full-tree", ref, "--", folder], {
    cwd: repoDir,
    env: gitEnv(),
    stdio: ["ignore", "pipe", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString("utf8"));
  const closed = new Promise((resolve) => child.on("close", (code2) => resolve(code2 ?? 1)));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    const tab = line.indexOf("	");
    const meta = line.slice(0, tab).split(" ");
    if (meta[1] !== "blob" || !meta[2]) continue;
    yield { path: line.slice(tab + 1), blob: meta[2] };
  }
  const code = await closed;
  if (code !== 0)
    throw new LedgerError(`cannot list ${ref}: ${stderr.trim()}`, {
      hint: "Check that the ledger branch exists (git branch -a)."
    });
}
async function refExists(repoDir, ref) {
  const child = spawn3("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
    cwd: repoDir,
    env: gitEnv(),
    stdio: "ignore"
  });
  return await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1))) === 0;
}
async function* readStoredEntries(repoDir, ref, options = {}) {
  if (!await refExists(repoDir, ref)) return;
  const window = options.window ?? 256;
  const cat = new CatFileBatch(repoDir);
  try {
    let batch = [];
    const emit = async function* (items) {
      for (const item of items) {
        const bytes = await item.bytes;
        if (!bytes)
          throw new LedgerError(
            `blob ${item.blob} for ${item.path} is missing from the repository`
          );
        yield { path: item.path, blob: item.blob, bytes };
      }
    };
    for await (const file of listTree(repoDir, ref, options.folder ?? "ledger/")) {
      if (!file.path.endsWith(".json")) continue;
      batch.push({ ...file, bytes: cat.read(file.blob) });
      if (batch.length >= window) {
        yield* emit(batch);
        batch = [];
      }
    }
    yield* emit(batch);
  } finally {
    await cat.close();
  }
}
function parseStoredEntry(stored) {
  let json;
  try {
    json = JSON.parse(stored.bytes.toString("utf8"));
  } catch (cause) {
    throw new LedgerError(`${stored.path} is not valid JSON`, { cause });
  }
  const result = LedgerEntry.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${stored.path} is not a valid ledger entry: ${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}`
    );
  }
  return result.data;
}
async function* readLedger(repoDir, ref, filter = {}) {
  for await (const stored of readStoredEntries(repoDir, ref)) {
    const entry = parseStoredEntry(stored);
    if (!filter.task || entry.task === filter.task) yield entry;
  }
}

export {
  gitWithInput,
  CatFileBatch,
  listTree,
  refExists,
  readStoredEntries,
  parseStoredEntry,
  readLedger
};
