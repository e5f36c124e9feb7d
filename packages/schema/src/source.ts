import { z } from 'zod';
import { SOURCE_KINDS } from './vocabulary.js';

const cssSelector = z.string().min(1);

/** Optional CSS selectors that pick the parts of an article page. */
export const ArticleSelectorsSchema = z.object({
  body: cssSelector.optional(),
  title: cssSelector.optional(),
  published: cssSelector.optional(),
});

/**
 * A feed or list page address: http or https only. `file:`, `gopher:`, `data:`, `ftp:` and every
 * other scheme are refused when the config is loaded, before anything is fetched.
 */
export const FeedUrlSchema = z.url({ protocol: /^https?$/i, error: 'feed URLs must use http or https' });

export const RssFeedSchema = z.object({
  /** `rss` covers RSS 0.9x/2.0 and Atom. */
  type: z.literal('rss'),
  url: FeedUrlSchema,
});

export const HtmlListFeedSchema = z.object({
  type: z.literal('html-list'),
  url: FeedUrlSchema,
  item: cssSelector,
  link: cssSelector,
  title: cssSelector.optional(),
  published: cssSelector.optional(),
});

export const FeedSchema = z.discriminatedUnion('type', [RssFeedSchema, HtmlListFeedSchema]);

/** Durations like `30s`, `5m`, `2h`, `1d`. */
export const DurationSchema = z.string().regex(/^\d+(ms|s|m|h|d)$/);

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are lowercase words joined by "-"'),
  kind: z.enum(SOURCE_KINDS),
  name: z.string().min(1),
  /** Agency registry id of the publisher, when the publisher is an agency. */
  agency: z.string().optional(),
  /** Official AGS of the publishing municipality or district, used as jurisdiction hint. */
  jurisdiction: z.string().regex(/^\d{2,8}$/).optional(),
  feed: FeedSchema,
  article: ArticleSelectorsSchema.optional(),
  /** Overrides the charset the server declares (for servers that lie). */
  charset: z.string().optional(),
  pollEvery: DurationSchema.optional(),
  /** Marks a URL that could not be verified from here (no internet on the build machine). */
  verified: z.boolean().optional(),
  /** The day (Europe/Berlin) `lagebild sources check` last found the feed answering with items. */
  verifiedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** What the last `lagebild sources check` found. */
  lastCheck: z.object({
    at: z.string(),
    ok: z.boolean(),
    items: z.number().int().nonnegative(),
    reason: z.string().optional(),
  }).optional(),
  /** Two-letter code of the Land the publisher belongs to (catalogue filter `--land`). */
  land: z.string().regex(/^[A-Z]{2}$/, 'land is a two-letter code such as NW').optional(),
  /** Key into the catalogue's `origins`: where the feed URL comes from; null when nothing names it. */
  origin: z.string().nullable().optional(),
  note: z.string().optional(),
});

export const SourcesConfigSchema = z.object({
  userAgent: z.string().min(1),
  /** Hosts exempt from the private-address guard (e.g. the loopback fixture server). */
  allowHosts: z.array(z.string()).default([]),
  sources: z.array(SourceSchema).min(1),
}).superRefine((config, ctx) => {
  const seen = new Set<string>();
  for (const [index, source] of config.sources.entries()) {
    if (seen.has(source.id)) {
      ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: `duplicate source id "${source.id}"` });
    }
    seen.add(source.id);
  }
});

export type ArticleSelectors = z.infer<typeof ArticleSelectorsSchema>;
export type Feed = z.infer<typeof FeedSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourcesConfig = z.infer<typeof SourcesConfigSchema>;
