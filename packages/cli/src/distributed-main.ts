import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerDistributedCommands } from './commands/distributed.js';

/** Commands that start through {@link main} here instead of the full program. */
export const DISTRIBUTED_COMMANDS: readonly string[] = ['worker', 'enqueue', 'queues', 'schedule'];

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/**
 * Entry point for the distributed-mode commands: the same commands as in the full program, without
 * loading the API, dashboard, fetch and evaluation code of the other commands. That load is a good
 * second of CPU, which every `lagebild enqueue` (and every worker start) would otherwise pay.
 */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('lagebild').version(version).showHelpAfterError();
  registerDistributedCommands(program);
  await program.parseAsync(argv);
}
