import type { Command } from 'commander';
import { vi } from 'vitest';

/**
 * Runs `program` with `args` as `lagebild` would, capturing what it writes to stdout; a commander exit or a
 * command's error is returned instead of thrown.
 */
export async function runProgram(program: Command, args: readonly string[]): Promise<{ stdout: string; error?: unknown }> {
  program.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'lagebild', ...args]);
    return { stdout };
  } catch (error) {
    return { stdout, error };
  } finally {
    spy.mockRestore();
  }
}
