import { defineConfig } from 'vitest/config';

// The suite over the real texts of ../shared/corpus (realtrain-*, realdev with their gold; the Berlin police releases).
export default defineConfig({
  test: { include: ['src/**/*.corpus.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
