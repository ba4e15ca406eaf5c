/**
 * Scratch a process makes for itself (a temporary folder of named pipes…), removed at exit, or
 * earlier by the entry point when its work is done: the CLI's `main` ends with `cleanUpNow()`,
 * so a command leaves no folder and no `exit` listener behind it, however it is run (a fresh
 * process, or `main` called again in the same one, as the tests do). One `exit` listener for
 * all tasks, held only while a task waits.
 */

const tasks = new Set<() => void>();

function runTasks(): void {
  process.off('exit', runTasks);
  const due = [...tasks];
  tasks.clear();
  for (const task of due) task();
}

/** Run `task` (synchronous, must not throw) at exit or at the next `cleanUpNow`, once. */
export function cleanUpAtExit(task: () => void): void {
  if (tasks.size === 0) process.once('exit', runTasks);
  tasks.add(task);
}

/** Run the waiting tasks now (the entry point's work is done) and stop listening for exit. */
export function cleanUpNow(): void {
  runTasks();
}
