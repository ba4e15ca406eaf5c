import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/exit-cleanup.ts
var tasks = /* @__PURE__ */ new Set();
function runTasks() {
  process.off("exit", runTasks);
  const due = [...tasks];
  tasks.clear();
  for (const task of due) task();
}
function cleanUpAtExit(task) {
  if (tasks.size === 0) process.once("exit", runTasks);
  tasks.add(task);
}
function cleanUpNow() {
  runTasks();
}

export {
  cleanUpAtExit,
  cleanUpNow
};
