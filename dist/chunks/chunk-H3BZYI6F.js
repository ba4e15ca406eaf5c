import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-AYJEV7GA.js";

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

export {
  gitEnv,
  gitWithInput
};
