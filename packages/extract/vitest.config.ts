import { configDefaults, defineConfig } from 'vitest/config';

// `*.corpus.test.ts` read ../shared, which a clone does not have: `npm run test:corpus` runs them.
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, '**/*.corpus.test.ts'] },
});
