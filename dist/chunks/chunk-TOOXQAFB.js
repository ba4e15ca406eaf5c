import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/commit-files.ts
import { createHash } from "node:crypto";
function gitBlobId(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function assertSafePath(path) {
  if (/[\n\r"\\]/.test(path) || path.startsWith("/") || path.split("/").includes("..") || path.length === 0) {
    throw new GitError(`refusing to commit an unsafe path: ${JSON.stringify(path)}`);
  }
}
async function commitFiles(repoDir, spec) {
  if (spec.sign) return commitSigned(repoDir, spec);
  const chunks = [];
  const push = (s) => {
    chunks.push(typeof s === "string" ? Buffer.from(s, "utf8") : s);
  };
  const data = (s) => {
    const b = typeof s === "string" ? Buffer.from(s, "utf8") : s;
    push(`data ${b.length}
`);
    push(b);
    push("\n");
  };
  const committer = spec.committer ?? spec.author;
  push(`commit ${spec.ref}
mark :1
`);
  push(`author ${spec.author.name} <${spec.author.email}> ${spec.time} +0000
`);
  push(`committer ${committer.name} <${committer.email}> ${spec.time} +0000
`);
  data(spec.message);
  if (spec.parent) push(`from ${spec.parent}
`);
  for (const file of spec.files) {
    assertSafePath(file.path);
    if ("blob" in file) {
      if (!/^[0-9a-f]{40}$/.test(file.blob)) throw new GitError(`not a blob id: ${file.blob}`);
      push(`M 100644 ${file.blob} ${file.path}
`);
      continue;
    }
    push(`M 100644 inline ${file.path}
`);
    data(file.content);
  }
  push("\n");
  push("get-mark :1\n");
  const args = [...smallImportSettings(spec.files), "fast-import", "--quiet", "--date-format=raw"];
  if (spec.force) args.push("--force");
  const result = await gitWithInput(repoDir, args, Buffer.concat(chunks));
  if (result.code !== 0) {
    const moved = /not updating|does not contain|new tip does not contain/i.test(result.stderr);
    throw new GitError(
      `git fast-import could not write ${spec.ref}: ${result.stderr.trim().split("\n")[0] ?? ""}`,
      {
        retryable: moved,
        hint: moved ? "Another writer moved the branch; rebuild on its new tip and try again." : void 0
      }
    );
  }
  const sha = result.stdout.toString("utf8").trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitError("git fast-import wrote no commit");
  return sha;
}
var LOOSE_OBJECTS_LIMIT = 100;
function smallImportSettings(files) {
  const folders = /* @__PURE__ */ new Set([""]);
  let blobs = 0;
  for (const file of files) {
    if (!("blob" in file)) blobs++;
    for (let i = file.path.lastIndexOf("/"); i > 0; i = file.path.lastIndexOf("/", i - 1))
      folders.add(file.path.slice(0, i));
  }
  if (blobs + folders.size + 1 > LOOSE_OBJECTS_LIMIT) return [];
  return ["-c", `fastimport.unpackLimit=${LOOSE_OBJECTS_LIMIT}`, "-c", "core.fsync=-pack"];
}
async function commitSigned(repoDir, spec) {
  let parent;
  if (spec.parent) {
    const r = await gitWithInput(
      repoDir,
      ["rev-parse", "--verify", "--quiet", `${spec.parent}^{commit}`],
      void 0
    );
    parent = r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
    if (!parent) throw new GitError(`cannot sign a commit on ${spec.parent}: it names no commit`);
  }
  const scratch = `refs/aios/unsigned/${process.pid}-${Date.now()}`;
  const unsigned = await commitFiles(repoDir, {
    ...spec,
    ref: scratch,
    parent,
    sign: false,
    force: true
  });
  try {
    const committer = spec.committer ?? spec.author;
    const made = await gitWithInput(
      repoDir,
      ["commit-tree", "-S", `${unsigned}^{tree}`, ...parent ? ["-p", parent] : []],
      spec.message,
      {
        GIT_AUTHOR_NAME: spec.author.name,
        GIT_AUTHOR_EMAIL: spec.author.email,
        GIT_AUTHOR_DATE: `${spec.time} +0000`,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: `${spec.time} +0000`
      }
    );
    const signed = made.stdout.toString("utf8").trim();
    if (made.code !== 0 || !/^[0-9a-f]{40,64}$/.test(signed))
      throw new GitError(
        `git could not sign the ledger commit: ${made.stderr.trim().split("\n")[0] ?? ""}`,
        {
          hint: "Check user.signingkey and gpg.format (an SSH key: gpg.format ssh), or unset user.signingkey to write unsigned commits."
        }
      );
    const args = ["update-ref", spec.ref, signed];
    if (!spec.force) args.push(parent ?? "");
    const moved = await gitWithInput(repoDir, args, void 0);
    if (moved.code !== 0)
      throw new GitError(
        `could not move ${spec.ref} to the signed commit: ${moved.stderr.trim()}`,
        {
          retryable: true,
          hint: "Another writer moved the branch; rebuild on its new tip and try again."
        }
      );
    return signed;
  } finally {
    await gitWithInput(repoDir, ["update-ref", "-d", scratch], void 0);
  }
}

export {
  gitBlobId,
  commitFiles
};
