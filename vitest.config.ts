import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { dropBrokenSourceMaps } from './test/support/drop-broken-source-maps.js';
import { useMemoryTempDir } from './test/support/memory-temp-dir.js';

useMemoryTempDir();

export default defineConfig({
  plugins: [dropBrokenSourceMaps()],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/block-network.ts', 'test/support/clean-temp-dirs.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // A timeout here catches a hang, not slowness: on a shared two-core machine under heavy
    // load an end-to-end test of the GitHub path (a dozen git processes per job) can pass 30 s.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // A worker keeps its process and loaded modules from one test file to the next instead of
    // starting a process per file (~0.3 s of start-up and imports each, 115+ files). Safe because
    // the per-file state lives in setup files (network block, temp folder clean-up) and env and
    // spies are put back after every test.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    // Vitest's default leaves one core idle in a run (cores - 1): on a two-core machine or CI
    // runner that is one worker. The tests spend much of their time waiting for the processes
    // they start (git, Chromium, the built CLI), so two workers per core keep the cores busy
    // while others wait: on this two-core machine the suite took 139 s with two workers, 111 s
    // with four and 113 s with six (one run each, quiet machine, 2026-11-27).
    maxWorkers: availableParallelism() * 2,
    // GitHub's workflow parser imports its JSON schemas without import attributes, which Node
    // refuses; letting vite transform it makes the import work.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
