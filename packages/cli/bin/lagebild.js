#!/usr/bin/env node
// Thin launcher so the bin link exists before the first build; the CLI itself lives in dist/.
// The distributed-mode commands start from a smaller entry point (see dist/distributed-main.js).
const DISTRIBUTED_COMMANDS = new Set(['worker', 'enqueue', 'queues', 'schedule']);
const { main } = await import(DISTRIBUTED_COMMANDS.has(process.argv[2] ?? '') ? '../dist/distributed-main.js' : '../dist/main.js');

main(process.argv).catch((error) => {
  process.stderr.write(`lagebild: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
