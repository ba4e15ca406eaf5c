import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LedgerEntry
} from "./chunk-OFFKEMHX.js";
import {
  taskKey
} from "./chunk-BM7RQP47.js";
import {
  gitEnv,
  gitWithInput
} from "./chunk-H3BZYI6F.js";
import {
  LedgerError
} from "./chunk-AYJEV7GA.js";

// src/ledger/read-ledger.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
async function* listTree(repoDir, ref, folder = "ledger/") {
  const child = spawn("git", ["ls-tree", "-r", "--full-tree", ref, "--", folder], {
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
  const child = spawn("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
    cwd: repoDir,
    env: gitEnv(),
    stdio: "ignore"
  });
  return await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1))) === 0;
}
async function* readStoredEntryBatches(repoDir, ref, options = {}) {
  if (!await refExists(repoDir, ref)) return;
  const lsTree = spawn(
    "git",
    // --format needs git 2.36; the path goes last so cat-file echoes it as %(rest).
    [
      "ls-tree",
      "-r",
      "--full-tree",
      "--format=%(objectname) %(path)",
      ref,
      "--",
      options.folder ?? "ledger/"
    ],
    { cwd: repoDir, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] }
  );
  const cat = spawn(
    "git",
    ["cat-file", "--buffer", "--batch=%(objectname) %(objecttype) %(objectsize) %(rest)"],
    {
      cwd: repoDir,
      env: gitEnv(),
      stdio: [lsTree.stdout, "pipe", "pipe"]
    }
  );
  lsTree.stdout.destroy();
  const exit = (child) => {
    let stderr = "";
    child.stderr?.on("data", (d) => stderr += d.toString("utf8"));
    return {
      code: new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1))),
      stderr: () => stderr.trim()
    };
  };
  const lsExit = exit(lsTree);
  const catExit = exit(cat);
  let finished = false;
  try {
    let buf = Buffer.alloc(0);
    for await (const chunk of cat.stdout) {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      const batch = [];
      let pos = 0;
      for (; ; ) {
        const nl = buf.indexOf(10, pos);
        if (nl < 0) break;
        const header = buf.toString("utf8", pos, nl);
        const s1 = header.indexOf(" ");
        const s2 = header.indexOf(" ", s1 + 1);
        if (s2 < 0)
          throw new LedgerError(
            `git object ${header.slice(0, s1)} on ${ref} is ${header.slice(s1 + 1)}`,
            {
              hint: "The repository is incomplete: fetch the ledger branch again (git fetch)."
            }
          );
        const s3 = header.indexOf(" ", s2 + 1);
        const size = Number(header.slice(s2 + 1, s3));
        const end = nl + 1 + size;
        if (buf.length < end + 1) break;
        if (header.slice(s1 + 1, s2) === "blob")
          batch.push({
            blob: header.slice(0, s1),
            path: header.slice(s3 + 1),
            bytes: buf.subarray(nl + 1, end)
          });
        pos = end + 1;
      }
      buf = buf.subarray(pos);
      if (batch.length > 0) yield batch;
    }
    const [lsCode, catCode] = await Promise.all([lsExit.code, catExit.code]);
    if (lsCode !== 0)
      throw new LedgerError(`cannot list ${ref}: ${lsExit.stderr()}`, {
        hint: "Check that the ledger branch exists (git branch -a) and that git is 2.36 or newer."
      });
    if (catCode !== 0 || buf.length > 0)
      throw new LedgerError(`cannot read the ledger objects of ${ref}: ${catExit.stderr()}`);
    finished = true;
  } finally {
    if (!finished) {
      lsTree.kill();
      cat.kill();
    }
  }
}
async function* readStoredEntries(repoDir, ref, options = {}) {
  for await (const batch of readStoredEntryBatches(repoDir, ref, options))
    for (const stored of batch) if (stored.path.endsWith(".json")) yield stored;
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
      `${stored.path} is not a valid ledger entry: ${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}`,
      { hint: "Run `aios ledger verify` to list every problem with the commit that made it." }
    );
  }
  return result.data;
}
async function subtrees(repoDir, ref, folders) {
  if (folders.length === 0) return [];
  const r = await gitWithInput(
    repoDir,
    ["ls-tree", "-d", "--name-only", "--full-tree", ref, "--", ...folders.map((f) => `${f}/`)],
    void 0
  );
  return r.code === 0 ? r.stdout.toString("utf8").split("\n").filter(Boolean) : [];
}
async function taskFolders(repoDir, ref, task) {
  const years = await subtrees(repoDir, ref, ["ledger"]);
  const months = await subtrees(repoDir, ref, years);
  if (months.length === 0) return [];
  const key = taskKey(task);
  const r = await gitWithInput(
    repoDir,
    ["ls-tree", "-d", "--name-only", "--full-tree", ref, "--", ...months.map((m) => `${m}/${key}`)],
    void 0
  );
  return r.code === 0 ? r.stdout.toString("utf8").split("\n").filter(Boolean) : [];
}
async function* readLedger(repoDir, ref, filter = {}) {
  if (!filter.task) {
    for await (const stored of readStoredEntries(repoDir, ref)) yield parseStoredEntry(stored);
    return;
  }
  if (!await refExists(repoDir, ref)) return;
  for (const folder of await taskFolders(repoDir, ref, filter.task)) {
    for await (const stored of readStoredEntries(repoDir, ref, { folder: `${folder}/` })) {
      const entry = parseStoredEntry(stored);
      if (entry.task === filter.task) yield entry;
    }
  }
}

export {
  listTree,
  refExists,
  readStoredEntryBatches,
  readStoredEntries,
  parseStoredEntry,
  taskFolders,
  readLedger
};
