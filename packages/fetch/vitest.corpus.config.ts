import { defineConfig } from 'vitest/config';

// The suite over the real files of ../shared/corpus/feeds (see src/corpus/real-feeds.corpus.test.ts).
export default defineConfig({
  test: { include: ['src/**/*.corpus.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
