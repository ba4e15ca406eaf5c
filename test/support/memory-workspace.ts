import type { Workspace } from '../../src/context/workspace.js';

/**
 * The Workspace port over a map of files, for unit tests: what the git workspace reads from
 * the repository's objects, given directly. `closed` tells a test the caller released it.
 */
export function memoryWorkspace(files: Record<string, string>): Workspace & { closed: boolean } {
  const state = { closed: false };
  return {
    get closed() {
      return state.closed;
    },
    async listFiles() {
      return Object.keys(files).sort();
    },
    async readFile(path) {
      return Object.hasOwn(files, path) ? files[path] : undefined;
    },
    async close() {
      state.closed = true;
    },
  };
}
