import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Real servers (registry, kube-apiserver) start per file; forks keep their ports and env apart.
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
