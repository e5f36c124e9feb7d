import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SOURCE_KINDS, toBerlinIso, type Source, type SourcesConfig } from '@lagebild/schema';
import { FetchError, HostPacer, RobotsCache, readFeed, type FetchOptions } from '@lagebild/fetch';
import { ConfigError, parseSourcesConfig } from './config.js';

/** The catalogue of real sources shipped with this pipeline. */
export const CATALOGUE_FILE = new URL('../config/catalogue.json', import.meta.url);

/** Where feed URLs of catalogue entries come from: an archived copy or a public list in a repository. */
const OriginSchema = z.object({
  /** `owner/name` of the public repository; null where the code search gave no name (then not counted as named). */
  repository: z.string().nullable(),
  path: z.string().nullable(),
  commit: z.string().nullable(),
  what: z.string().min(1),
});

/** An authority the catalogue knows of but has no feed URL for: listed so that the gap is visible. */
const WithoutFeedSchema = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  land: z.string().optional(),
  name: z.string(),
  agency: z.string().optional(),
  reason: z.string(),
});

const CatalogueExtrasSchema = z.object({
  origins: z.record(z.string(), OriginSchema),
  withoutFeed: z.array(WithoutFeedSchema).default([]),
});

export type CatalogueOrigin = z.infer<typeof OriginSchema>;
export type WithoutFeed = z.infer<typeof WithoutFeedSchema>;

/** A parsed catalogue: a sources config plus the origins its entries name and the authorities without a feed. */
export interface Catalogue {
  config: SourcesConfig;
  origins: Record<string, CatalogueOrigin>;
  withoutFeed: WithoutFeed[];
}

/**
 * Parses a catalogue file: a sources config whose entries carry `land`, `origin` (a key of `origins`,
 * or null) and `verified`. Every origin key an entry names must exist.
 */
export function parseCatalogue(json: string, file: string): Catalogue {
  const config = parseSourcesConfig(json, file);
  const extras = CatalogueExtrasSchema.safeParse(JSON.parse(json));
  if (!extras.success) throw new ConfigError(file, extras.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  const problems = config.sources
    .filter((s) => s.origin !== undefined && s.origin !== null && !(s.origin in extras.data.origins))
    .map((s) => `sources.${s.id}.origin: "${s.origin}" is not a key of origins`);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return { config, origins: extras.data.origins, withoutFeed: extras.data.withoutFeed };
}

/** Reads a catalogue file (default: the shipped one). */
export async function loadCatalogue(file: string | URL = CATALOGUE_FILE): Promise<Catalogue> {
  return parseCatalogue(await readFile(file, 'utf8'), String(file instanceof URL ? file.pathname : file));
}

/** Whether an entry's origin names a repository (the share the catalogue reports). */
export function hasNamedOrigin(source: Source, origins: Record<string, CatalogueOrigin>): boolean {
  return typeof source.origin === 'string' && (origins[source.origin]?.repository ?? null) !== null;
}

/** Catalogue filters: a Land code (`NW`) and a source kind (`police`). */
export interface CatalogueFilter {
  land?: string;
  kind?: string;
}

/** The sources of a config that match the filters (case-insensitive Land code); the config's other settings kept. */
export function pickSources(config: SourcesConfig, filter: CatalogueFilter): SourcesConfig {
  const land = filter.land?.toUpperCase();
  if (filter.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(filter.kind)) {
    throw new ConfigError('--kind', [`unknown source kind "${filter.kind}" (one of ${SOURCE_KINDS.join(', ')})`]);
  }
  const sources = config.sources.filter((s) => (land === undefined || s.land === land) && (filter.kind === undefined || s.kind === filter.kind));
  return { ...config, sources };
}

/** What checking one source found. */
export interface SourceCheck {
  id: string;
  /** The feed answered, parsed and yielded at least one item. */
  ok: boolean;
  items: number;
  /** Why it is not ok. */
  reason?: string;
  /** When it was checked (Europe/Berlin ISO). */
  at: string;
}

/** Options of {@link checkSources}. */
export interface CheckOptions {
  /** HTTP overrides (tests: timeouts, clock); user agent and allowHosts come from the config. */
  fetch?: Partial<FetchOptions>;
  /** Sources checked at the same time (each host is still paced on its own). */
  concurrency?: number;
  onResult?: (check: SourceCheck) => void;
}

/**
 * Checks each source live: its feed (or list page) answers, parses and yields items. Goes through the
 * same polite, guarded HTTP as ingest (robots.txt, per-host pacing, the address guard with the
 * config's allowHosts). Never throws for a source: a failure is a result with its reason.
 */
export async function checkSources(config: SourcesConfig, options: CheckOptions = {}): Promise<SourceCheck[]> {
  const now = options.fetch?.now ?? (() => new Date());
  const fetchOptions: FetchOptions = {
    userAgent: config.userAgent, allowHosts: config.allowHosts, timeoutMs: 30_000,
    pacer: new HostPacer(), robots: new RobotsCache(), ...options.fetch,
  };
  const results: SourceCheck[] = new Array<SourceCheck>(config.sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < config.sources.length) {
      const index = next++;
      const source = config.sources[index] as Source;
      let check: SourceCheck;
      try {
        const { items } = await readFeed(source, fetchOptions);
        check = items.length > 0
          ? { id: source.id, ok: true, items: items.length, at: isoNow(now) }
          : { id: source.id, ok: false, items: 0, reason: 'the feed answered but yields no items', at: isoNow(now) };
      } catch (error) {
        const reason = error instanceof FetchError ? `${error.code}: ${error.reason}` : error instanceof Error ? error.message : String(error);
        check = { id: source.id, ok: false, items: 0, reason, at: isoNow(now) };
      }
      results[index] = check;
      options.onResult?.(check);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, config.sources.length)) }, worker));
  return results;
}

function isoNow(now: () => Date): string {
  return toBerlinIso(now());
}

/**
 * Writes check results back into a sources config or catalogue (its JSON text, everything else kept
 * as it was): a source found working becomes `verified: true` with `verifiedOn` (the Berlin day of
 * the check); one that failed becomes `verified: false` and keeps the day it last worked. Each gets
 * `lastCheck` with what was found.
 */
export function recordChecks(json: string, checks: readonly SourceCheck[]): string {
  const raw = JSON.parse(json) as { sources: Record<string, unknown>[] };
  const byId = new Map(checks.map((c) => [c.id, c]));
  for (const source of raw.sources) {
    const check = byId.get(source['id'] as string);
    if (!check) continue;
    source['verified'] = check.ok;
    if (check.ok) source['verifiedOn'] = check.at.slice(0, 10);
    source['lastCheck'] = { at: check.at, ok: check.ok, items: check.items, ...(check.reason ? { reason: check.reason } : {}) };
  }
  return `${JSON.stringify(raw, null, 2)}\n`;
}
