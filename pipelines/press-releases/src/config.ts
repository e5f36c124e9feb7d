import { readFile } from 'node:fs/promises';
import { SourcesConfigSchema, type SourcesConfig } from '@lagebild/schema';

/** A sources config that failed to load, with the file and every problem found. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid sources config:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses a sources config (design.md §3). `variables` replace `{{NAME}}` placeholders first, which
 * is how the fixtures config points at the fixture server's port.
 */
export function parseSourcesConfig(json: string, file: string, variables: Record<string, string> = {}): SourcesConfig {
  const substituted = json.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => variables[name] ?? whole);
  let raw: unknown;
  try {
    raw = JSON.parse(substituted);
  } catch (error) {
    throw new ConfigError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = SourcesConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const unresolved = /\{\{([A-Z_]+)\}\}/.exec(substituted);
  if (unresolved) throw new ConfigError(file, [`placeholder {{${unresolved[1]}}} has no value`]);
  return parsed.data;
}

/** Reads and validates a sources config file. */
export async function loadSourcesConfig(file: string, variables: Record<string, string> = {}): Promise<SourcesConfig> {
  return parseSourcesConfig(await readFile(file, 'utf8'), file, variables);
}

/** The config files shipped with this pipeline. */
export const CONFIG_FILES = {
  /** Real public sources (URLs not verifiable from the build machine are marked `verified: false`). */
  real: new URL('../config/sources.json', import.meta.url),
  /** The fixture sites, with `{{BASE_URL}}` for the fixture server. */
  fixtures: new URL('../config/sources.fixtures.json', import.meta.url),
} as const;
