import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/process/run-command.ts
import { spawn } from "node:child_process";
async function runShellCommand(command, options) {
  const keepChars = options.keepChars ?? 4e3;
  const child = spawn(command, {
    cwd: options.cwd,
    shell: true,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  }, options.timeoutMs);
  let output = "";
  const keep = (b) => {
    output = (output + b.toString("utf8")).slice(-keepChars);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise((resolve) => {
    child.on("close", (c) => resolve(c));
    child.on("error", () => resolve(127));
  });
  clearTimeout(timer);
  return { code, timedOut, output };
}

export {
  runShellCommand
};
