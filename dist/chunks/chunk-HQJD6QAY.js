import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-ILL5PG4L.js";
import {
  GitError
} from "./chunk-ZFFYD355.js";

// src/git/commit-files.ts
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function gitBlobId(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function assertSafePath(path) {
  if (/[\n\r"\\]/.test(path) || path.startsWith("/") || path.split("/").includes("..") || path.length === 0) {
    throw new GitError(`refusing to commit an unsafe path: ${JSON.stringify(path)}`);
  }
}
async function commitFiles(repoDir, spec) {
  const chunks = [];
  const push = (s) => {
    chunks.push(typeof s === "string" ? Buffer.from(s, "utf8") : s);
  };
  const data = (s) => {
    const b = Buffer.from(s, "utf8");
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
    push(`M 100644 inline ${file.path}
`);
    data(file.content);
  }
  push("\n");
  const dir = await mkdtemp(join(tmpdir(), "aios-fi-"));
  const marks = join(dir, "marks");
  try {
    const args = ["fast-import", "--quiet", "--date-format=raw", `--export-marks=${marks}`];
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
    const line = (await readFile(marks, "utf8")).split("\n").find((l) => l.startsWith(":1 "));
    const sha = line?.slice(3).trim();
    if (!sha) throw new GitError("git fast-import wrote no commit");
    return sha;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export {
  gitBlobId,
  commitFiles
};
