import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/remote.ts
var PushRejectedError = class extends GitError {
  constructor(remote, ref, reason, detail) {
    super(`${remote} refused the push to ${ref}: ${detail}`, {
      retryable: reason === "moved",
      hint: reason === "moved" ? "Another writer moved the branch; fetch its new tip, build on it and push again." : "The remote refuses this update (a protection rule or hook); check its rules and the token."
    });
    this.remote = remote;
    this.ref = ref;
    this.reason = reason;
  }
  remote;
  ref;
  reason;
};
var RemoteUnreachableError = class extends GitError {
  constructor(remote, detail) {
    super(`cannot reach ${remote}: ${detail}`, {
      retryable: true,
      hint: "Check the network and the credentials for the remote, then run again."
    });
    this.remote = remote;
  }
  remote;
};
var UNREACHABLE = /unable to access|could not read from remote|does not appear to be a git repository|repository .* not found|authentication failed|could not resolve host/i;
var REF_LOCKED = /cannot lock ref|unable to update local ref|unable to create '.*\.lock'|\.lock': file exists/i;
var NO_REMOTE_REF = /couldn't find remote ref|could not find remote ref/i;
function firstLine(text) {
  return text.trim().split("\n").at(-1) ?? "";
}
async function fetchBranch(repoDir, remote, branch, into, options = {}) {
  const tries = options.tries ?? 6;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    const r = await gitWithInput(
      repoDir,
      ["fetch", "--quiet", "--no-write-fetch-head", remote, `+refs/heads/${branch}:${into}`],
      void 0
    );
    if (r.code === 0) return "fetched";
    if (NO_REMOTE_REF.test(r.stderr)) return "absent";
    if (REF_LOCKED.test(r.stderr) && attempt < tries) {
      await sleep(Math.min(1e3, 25 * 2 ** attempt) * (0.5 + Math.random() / 2));
      continue;
    }
    if (UNREACHABLE.test(r.stderr)) throw new RemoteUnreachableError(remote, firstLine(r.stderr));
    throw new GitError(`cannot fetch ${branch} from ${remote}: ${r.stderr.trim()}`, {
      retryable: true
    });
  }
}
async function fetchBranches(repoDir, remote, wanted, options = {}) {
  if (wanted.length > 1) {
    const r = await gitWithInput(
      repoDir,
      [
        "fetch",
        "--quiet",
        "--no-write-fetch-head",
        remote,
        ...wanted.map((w) => `+refs/heads/${w.branch}:${w.into}`)
      ],
      void 0
    );
    if (r.code === 0) return wanted.map(() => "fetched");
    const lacked = /couldn't find remote ref refs\/heads\/(\S+)/i.exec(r.stderr)?.[1];
    const gone = wanted.findIndex((w) => w.branch === lacked);
    if (gone >= 0) {
      const rest = await fetchBranches(
        repoDir,
        remote,
        wanted.filter((_, i) => i !== gone),
        options
      );
      return [...rest.slice(0, gone), "absent", ...rest.slice(gone)];
    }
  }
  return Promise.all(wanted.map((w) => fetchBranch(repoDir, remote, w.branch, w.into, options)));
}
async function pushCommit(repoDir, remote, commit, branch) {
  const ref = `refs/heads/${branch}`;
  const r = await gitWithInput(
    repoDir,
    ["push", "--porcelain", remote, `${commit}:${ref}`],
    void 0
  );
  if (r.code === 0) return;
  const out = `${r.stdout.toString("utf8")}
${r.stderr}`;
  const refused = /^!\t.*\t\[(rejected|remote rejected)\]\s*(.*)$/m.exec(out);
  if (refused || /non-fast-forward|fetch first|\[rejected\]/i.test(out)) {
    const detail = (refused?.[2] ?? firstLine(r.stderr)).trim();
    const moved = refused?.[1] !== "remote rejected" || /lock|failed to update ref|incorrect old value|stale info/i.test(detail);
    throw new PushRejectedError(remote, ref, moved ? "moved" : "refused", detail);
  }
  if (UNREACHABLE.test(out)) throw new RemoteUnreachableError(remote, firstLine(r.stderr));
  throw new GitError(`cannot push ${ref} to ${remote}: ${r.stderr.trim()}`);
}

export {
  PushRejectedError,
  fetchBranch,
  fetchBranches,
  pushCommit
};
