import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Real servers (registry, kube-apiserver) start per file; forks keep their ports and env apart.
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    // GitHub's workflow parser imports its JSON schemas without import attributes, which
    // Node's own loader refuses; vite's transform reads them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
