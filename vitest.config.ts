import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { dropBrokenSourceMaps } from './test/support/drop-broken-source-maps.js';
import { DurationSequencer } from './test/support/duration-sequencer.js';

// Test files that load the gates' checkers into the worker (nspell dictionaries, retext,
// jsdom and axe, php-parser, stylelint) or the tree-sitter grammars: each raises its worker's
// memory by 30–400 MB (measured per file, 2026-11-27), which a worker keeps until it exits
// (V8 keeps the pages even after a full collection). Every process a worker started was a fork
// whose cost grew with that memory (~6 ms per spawn per GB, the parent's page tables copied
// and torn down), and the other tests start ~5,000 processes. So these files run in workers of
// their own, and the git-heavy files in workers that never load them: the other 145 files' CPU
// (workers and the processes they start) went from 155 s to 136 s (per-file accounting, one
// run each under load 20–30, 2026-11-27). Since then the workers start their processes through
// a small launcher (test/support/lean-spawn.ts), which took the fork cost out of the workers
// (suite CPU ~118 s → ~98–102 s, quiet); one project instead of two measured 59.2 and 63.0 s
// against 59.8 s (one run each, same hour): no gain shown, so the split stays.
const memoryHeavy = [
  'test/gates/**/*.test.ts',
  'test/pipeline/shadow-cascade.test.ts',
  'test/pipeline/run-task.test.ts',
  'test/context/repo-index.test.ts',
  'test/context/syntax-chunks.test.ts',
  // playwright-core (+35 MB of live heap, +60 MB of heap in a fresh process, measured
  // 2026-11-27) and Chromium: with the other browser tests, out of the git-heavy workers.
  'test/reports/report-html.test.ts',
  'test/reports/responsive-html.test.ts',
];

export default defineConfig({
  plugins: [dropBrokenSourceMaps()],
  test: {
    setupFiles: [
      'test/support/guard-removals.ts',
      'test/support/lean-spawn.ts',
      'test/support/block-network.ts',
      'test/support/clean-temp-dirs.ts',
    ],
    globalSetup: ['test/support/global-setup.ts'],
    // Longest files first by the last full run's figures where this machine has none of its own
    // (a fresh clone): see test/support/duration-sequencer.ts.
    sequence: { sequencer: DurationSequencer },
    // As every run of the built CLI has it (test/support/run-bin.ts): a command run in the worker
    // (test/support/run-cli.ts) prints with the colours picocolors chose when the worker loaded it,
    // which with CI=true and no NO_COLOR would be colours.
    env: { NO_COLOR: '1' },
    // Two projects with the same settings, so that a worker runs files of one project only:
    // vitest keeps a worker for the next file only when that file is of the same project, and
    // queues one project's files (longest first) before the other's.
    projects: [
      { extends: true, test: { name: 'gates', include: memoryHeavy } },
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...memoryHeavy],
        },
      },
    ],
    // A timeout here catches a hang, not slowness: on a shared two-core machine under heavy
    // load an end-to-end test of the GitHub path (a dozen git processes per job) can pass 30 s.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // No V8 flags for the workers (measured 2026-11-27, whole suite under /usr/bin/time): under
    // load 10-15 V8 shrinks a waiting worker's young generation to 1 MB and the main project's
    // workers ran ~2,100 scavenges, which `--min-semi-space-size=16` cut to ~130; on a quiet
    // machine they ran 139 without it, and the flag gave 128.6 s CPU against 121.8 s (one run
    // each, load < 4) with more memory per worker; `--heap-growing-percent=30` gave no steady
    // memory or CPU gain either (two runs under load). A heap snapshot of a worker late in the run
    // holds ~150 MB of loaded code (module sources, bytecode, tree-sitter's 32 MB WebAssembly
    // memory), not fixtures: a worker's memory is what its test files load.
    // A worker keeps its process and loaded modules from one test file to the next instead of
    // starting a process per file (~0.3 s of start-up and imports each, 115+ files). Safe because
    // the per-file state lives in setup files (network block, temp folder clean-up) and env and
    // spies are put back after every test.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    // Vitest's default leaves one core idle in a run (cores - 1): on a two-core machine or CI
    // runner that is one worker. The tests spend part of their time waiting for the processes
    // they start (git, Chromium; few runs of the built CLI since most commands run in the worker,
    // test/support/run-cli.ts), so more workers than cores keep the cores busy while some wait;
    // each worker loads the modules again (~1–2 s of CPU more per worker). When
    // every spawn was a fork of the worker, a fourth worker cost more than it gave (2026-11-27,
    // quiet: 3 workers 67, 72, 68 s wall / 114, 121, 115 s CPU; 4 workers 69, 71 s / 125, 127 s).
    // With the process launcher (test/support/lean-spawn.ts) it gives: three pairs run back to
    // back, 4 against 3 workers, 59.96/62.82, 62.32/63.52, 56.43/58.97 s wall (98–109 against
    // 95–104 s CPU; 2026-11-27 16:50–17:00, nothing else running).
    maxWorkers: availableParallelism() + 2,
    // GitHub's workflow parser imports its JSON schemas without import attributes, which Node
    // refuses; letting vite transform it makes the import work.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
