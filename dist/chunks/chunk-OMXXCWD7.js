import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitEnv,
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/refs.ts
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
async function resolveCommit(repoDir, rev) {
  const r = await gitWithInput(
    repoDir,
    ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`],
    void 0
  );
  const id = r.stdout.toString("utf8").trim();
  return r.code === 0 && id ? id : void 0;
}
async function resolveCommits(repoDir, revs) {
  const asked = revs.filter((rev) => !rev.includes("\n"));
  if (asked.length === 0) return revs.map(() => void 0);
  const r = await gitWithInput(
    repoDir,
    ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
    asked.map((rev) => `${rev}^{commit}
`).join("")
  );
  const lines = r.stdout.toString("utf8").split("\n");
  let line = 0;
  return revs.map((rev) => {
    if (rev.includes("\n")) return void 0;
    const m = /^([0-9a-f]{40,64}) commit$/.exec(lines[line++] ?? "");
    return r.code === 0 && m ? m[1] : void 0;
  });
}
async function gitDirAndCommits(repoDir, revs) {
  if (revs.some((rev) => rev.startsWith("-") || /[\n]/.test(rev))) return void 0;
  const r = await gitWithInput(
    repoDir,
    ["rev-parse", "--absolute-git-dir", ...revs.map((rev) => `${rev}^{commit}`)],
    void 0
  ).catch(() => void 0);
  if (r?.code !== 0) return void 0;
  const [gitDir, ...commits] = r.stdout.toString("utf8").split("\n").filter(Boolean);
  if (!gitDir || commits.length !== revs.length) return void 0;
  if (!commits.every((c) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(c))) return void 0;
  return { gitDir, commits };
}
async function refExists(repoDir, ref) {
  return await resolveCommit(repoDir, ref) !== void 0;
}
async function updateRef(repoDir, ref, commit, expected) {
  const r = await gitWithInput(
    repoDir,
    ["update-ref", ref, commit, ...expected ? [expected] : []],
    void 0
  );
  if (r.code !== 0)
    throw new GitError(`cannot point ${ref} at ${commit.slice(0, 12)}: ${r.stderr.trim()}`, {
      retryable: /cannot lock ref|unable to lock|is at .* but expected/i.test(r.stderr)
    });
}
async function updateRefs(repoDir, moves) {
  if (moves.length === 0) return;
  for (const m of moves)
    if (/[\s]/.test(m.ref + m.commit))
      throw new GitError(`a ref or commit holds a space or newline: ${JSON.stringify(m)}`);
  const r = await gitWithInput(
    repoDir,
    ["update-ref", "--stdin"],
    moves.map((m) => `update ${m.ref} ${m.commit}
`).join("")
  );
  if (r.code !== 0)
    throw new GitError(
      `cannot point ${moves.map((m) => m.ref).join(", ")} at ${moves[0]?.commit.slice(0, 12) ?? ""}: ${r.stderr.trim()}`,
      { retryable: /cannot lock ref|unable to lock|is at .* but expected/i.test(r.stderr) }
    );
}
async function listRefs(repoDir, patterns) {
  if (patterns.length === 0) return [];
  const r = await gitWithInput(
    repoDir,
    ["for-each-ref", "--format=%(refname)%00%(objectname)%00%(objecttype)", ...patterns],
    void 0
  );
  if (r.code !== 0) throw new GitError(`cannot list ${patterns.join(", ")}: ${r.stderr.trim()}`);
  const out = [];
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const [ref, id, type] = line.split("\0");
    if (ref && id && type) out.push({ ref, id, type });
  }
  return out;
}
async function descends(repoDir, ancestor, descendant, known = false) {
  if (!known && !await resolveCommit(repoDir, ancestor)) return "missing";
  const r = await gitWithInput(
    repoDir,
    ["merge-base", "--is-ancestor", ancestor, descendant],
    void 0
  );
  if (r.code === 0) return "yes";
  if (r.code === 1) return "no";
  throw new GitError(`cannot compare ${ancestor} and ${descendant}: ${r.stderr.trim()}`);
}
var gitDirsForEnv = /* @__PURE__ */ new Map();
function gitDirForEnv(repoDir) {
  const top = resolve(repoDir);
  if (gitDirsForEnv.has(top)) return gitDirsForEnv.get(top);
  let dir;
  const dotGit = join(top, ".git");
  if (existsSync(dotGit)) dir = dotGit;
  else if (["HEAD", "objects", "refs"].every((name) => existsSync(join(top, name)))) dir = top;
  else {
    const found = spawnSync("git", ["rev-parse", "--absolute-git-dir"], {
      cwd: top,
      env: gitEnv(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    });
    if (found.status === 0 && found.stdout.trim()) dir = found.stdout.trim();
  }
  gitDirsForEnv.set(top, dir);
  return dir;
}
async function gitDirOf(repoDir) {
  const notARepository = (cause) => new GitError(`${repoDir} is not a git repository`, {
    cause,
    hint: "Run AIOS inside a git repository, or pass --repo."
  });
  if (process.env.GIT_DIR === void 0) {
    const dotGit = join(resolve(repoDir), ".git");
    try {
      if (statSync(dotGit).isDirectory() && existsSync(join(dotGit, "HEAD")))
        return realpathSync(dotGit);
    } catch {
    }
  }
  const found = await gitWithInput(repoDir, ["rev-parse", "--absolute-git-dir"], void 0).catch(
    (cause) => {
      throw notARepository(cause);
    }
  );
  if (found.code !== 0) throw notARepository(new Error(found.stderr.trim()));
  return found.stdout.toString("utf8").trim();
}
function refSurelyAbsent(repoDir, ref) {
  if (!ref.startsWith("refs/") || /\s|\.\.|@\{|[~^:?*[\\]/.test(ref)) return false;
  const gitDir = gitDirForEnv(repoDir);
  if (!gitDir) return false;
  try {
    if (!statSync(gitDir).isDirectory()) return false;
    if (existsSync(join(gitDir, "commondir")) || existsSync(join(gitDir, "reftable"))) return false;
    if (existsSync(join(gitDir, ...ref.split("/")))) return false;
    const packed = join(gitDir, "packed-refs");
    if (existsSync(packed) && readFileSync(packed, "utf8").includes(` ${ref}
`)) return false;
    return true;
  } catch {
    return false;
  }
}

export {
  resolveCommit,
  resolveCommits,
  gitDirAndCommits,
  refExists,
  updateRef,
  updateRefs,
  listRefs,
  descends,
  gitDirForEnv,
  gitDirOf,
  refSurelyAbsent
};
