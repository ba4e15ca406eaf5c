/**
 * Work a test worker must finish before it ends. Vitest stops a fork worker with SIGTERM; a
 * worker that registered work here finishes all of it (each task on its own: one failing does
 * not keep the others from running) and then raises the signal again, so it ends as it would
 * have. One handler for all of them: with a handler each, the first to re-raise would end the
 * worker before the others had finished.
 */
type StopTask = () => Promise<unknown>;

const key = Symbol.for('aios.test.worker-stop');
const shared = globalThis as unknown as Record<symbol, Set<StopTask> | undefined>;

/** Run `task` when vitest stops this worker, before the worker ends. */
export function onWorkerStop(task: StopTask): void {
  let tasks = shared[key];
  if (!tasks) {
    const registered = new Set<StopTask>();
    tasks = registered;
    shared[key] = registered;
    process.once('SIGTERM', () => {
      void Promise.allSettled([...registered].map((t) => t())).finally(() =>
        process.kill(process.pid, 'SIGTERM'),
      );
    });
  }
  tasks.add(task);
}
