import { defineConfig } from 'vitest/config';

// Worker-thread tests start extraction threads that build the extraction indexes first (4-5 s on a
// loaded 2-core machine, close to vitest's 5 s default). Tests assert on results, never on time.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
