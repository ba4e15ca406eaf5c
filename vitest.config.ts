import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/block-network.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schemas without import attributes, which Node
    // refuses; letting vite transform it makes the import work.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
