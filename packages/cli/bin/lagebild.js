#!/usr/bin/env -S node --max-semi-space-size=4
// Thin launcher so the bin link exists before the first build; the CLI itself lives in dist/.
// The V8 flag caps the young generation's semi-spaces at 4 MiB (V8's default grows them to 16 MiB):
// extraction allocates many short-lived objects, and at the default a worker's young generation alone
// takes 32 MiB of resident memory without being measurably faster. `npm run bench` launches its
// extraction and worker processes with the flags of this line.
// The distributed-mode commands start from a smaller entry point (see dist/distributed-main.js).
const DISTRIBUTED_COMMANDS = new Set(['worker', 'enqueue', 'queues', 'schedule']);
const { main } = await import(DISTRIBUTED_COMMANDS.has(process.argv[2] ?? '') ? '../dist/distributed-main.js' : '../dist/main.js');

main(process.argv).catch((error) => {
  process.stderr.write(`lagebild: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
