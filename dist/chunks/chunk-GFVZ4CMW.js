import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  GitError,
  PolicyError
} from "./chunk-BXJ33WYV.js";

// src/pipeline/work-checkout.ts
import { mkdir as mkdir2, readFile, rm as rm2, rmdir, stat, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2, sep as sep2 } from "node:path";

// src/git/temp-worktree.ts
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
async function openTempWorktree(repoDir, ref, files) {
  const root = join(await mkdtemp(join(tmpdir(), "aios-check-")), "tree");
  const added = await gitWithInput(
    repoDir,
    ["worktree", "add", "--detach", "--quiet", root, ref],
    void 0
  );
  if (added.code !== 0) {
    await rm(dirname(root), { recursive: true, force: true });
    throw new GitError(`cannot check out ${ref} for the check command: ${added.stderr.trim()}`);
  }
  const dispose = async () => {
    await gitWithInput(repoDir, ["worktree", "remove", "--force", root], void 0);
    await rm(dirname(root), { recursive: true, force: true });
    await gitWithInput(repoDir, ["worktree", "prune"], void 0);
  };
  try {
    for (const f of files) {
      const target = resolve(root, f.path);
      if (!target.startsWith(root + sep))
        throw new GitError(`the work file ${f.path} is outside the repository`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.content);
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { root, dispose };
}
async function refExists(repoDir, ref) {
  const r = await gitWithInput(
    repoDir,
    ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`],
    void 0
  );
  return r.code === 0;
}

// src/pipeline/work-checkout.ts
function worktreeCheckout(repoDir, branch, fallback = "HEAD") {
  return async (files) => {
    const ref = await refExists(repoDir, `refs/heads/${branch}`) ? `refs/heads/${branch}` : fallback;
    return openTempWorktree(repoDir, ref, files);
  };
}
function refCheckout(repoDir, ref) {
  return (files) => openTempWorktree(repoDir, ref, files);
}
function inPlaceCheckout(root) {
  return async (files) => {
    const saved = [];
    const restore = async () => {
      for (const s of saved.reverse()) {
        if (s.before === void 0) await rm2(s.target, { force: true });
        else await writeFile2(s.target, s.before);
        for (const d of s.madeDirs.reverse()) await rmdir(d).catch(() => void 0);
      }
    };
    try {
      for (const f of files) {
        const target = resolve2(root, f.path);
        if (!target.startsWith(resolve2(root) + sep2))
          throw new PolicyError(`the work file ${f.path} is outside the checkout`);
        const before = await readFile(target).catch(() => void 0);
        const madeDirs = await missingDirs(dirname2(target), resolve2(root));
        saved.push({ target, before, madeDirs });
        await mkdir2(dirname2(target), { recursive: true });
        await writeFile2(target, f.content);
      }
    } catch (error) {
      await restore();
      throw error;
    }
    return { root, dispose: restore };
  };
}
async function missingDirs(dir, root) {
  const out = [];
  for (let d = dir; d !== root && d.startsWith(root + sep2); d = dirname2(d)) {
    if (await stat(d).then(
      () => true,
      () => false
    ))
      break;
    out.unshift(d);
  }
  return out;
}
async function withCheckout(checkout, files, body) {
  if (!checkout) return body(void 0);
  let made;
  try {
    return await body(async () => (await (made ??= checkout(files))).root);
  } finally {
    if (made) await made.then((c) => c.dispose()).catch(() => void 0);
  }
}

export {
  worktreeCheckout,
  refCheckout,
  inPlaceCheckout,
  withCheckout
};
