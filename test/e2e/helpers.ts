import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the test run. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliBin = join(repoRoot, 'packages/cli/bin/lagebild.js');

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the real `lagebild` binary as a child process. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliBin, ...args], {
      cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `lagebild-${prefix}-`));
}
