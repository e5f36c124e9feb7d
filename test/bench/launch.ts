import { readFileSync } from 'node:fs';

/** The CLI's launcher; its first line says how `lagebild` processes are launched. */
export const CLI_BIN = new URL('../../../packages/cli/bin/lagebild.js', import.meta.url);

/**
 * The node flags in the launcher's shebang (`#!/usr/bin/env -S node --flag …`). Bench processes that
 * stand for a `lagebild` process (extraction, workers) are launched with them, so that the figures are
 * those of the processes users run.
 */
export function cliNodeFlags(): string[] {
  const shebang = readFileSync(CLI_BIN, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\S*env\s+(?:-S\s+)?node((?:\s+--\S+)*)\s*$/.exec(shebang);
  if (!m) throw new Error(`unexpected launcher line: ${shebang}`);
  return m[1]!.trim().split(/\s+/).filter((f) => f.length > 0);
}
