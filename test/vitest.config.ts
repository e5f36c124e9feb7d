import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // The end-to-end tests spawn CLIs and servers; one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
