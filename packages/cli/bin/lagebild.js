#!/usr/bin/env node
// Thin launcher so the bin link exists before the first build; the CLI itself lives in dist/.
import { main } from '../dist/main.js';

main(process.argv).catch((error) => {
  process.stderr.write(`lagebild: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
