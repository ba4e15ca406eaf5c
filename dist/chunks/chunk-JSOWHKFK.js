import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/run-git.ts
import { spawn } from "node:child_process";
function gitEnv(extra = {}) {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    LC_ALL: "C",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_GRAFT_FILE: "/dev/null/aios-no-grafts",
    ...extra
  };
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
function spawnGitToFd(cwd, args, fd, env = {}) {
  return watchGit(spawn("git", args, { cwd, env: gitEnv(env), stdio: ["ignore", fd, "pipe"] }));
}
function watchGit(child) {
  let stderr = "";
  child.stderr?.on("data", (d) => stderr += d.toString("utf8"));
  const exited = new Promise((resolve) => {
    child.on("error", (e) => {
      stderr += `cannot run git: ${e.message}`;
    });
    child.on("close", (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
  return {
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  };
}
function spawnGitStream(cwd, args, stdin = "ignore", env = {}) {
  const stdio = [stdin, "pipe", "pipe"];
  const child = spawn("git", args, { cwd, env: gitEnv(env), stdio });
  const watched = watchGit(child);
  child.stdin?.on("error", () => void 0);
  if (!child.stdout) throw new GitError(`git ${args[0] ?? ""} has no output pipe`);
  return { child, stdout: child.stdout, stdin: child.stdin, ...watched };
}

export {
  gitEnv,
  gitWithInput,
  spawnGitToFd,
  spawnGitStream
};
