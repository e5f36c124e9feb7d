import type { FeedItem, QuarantineItem } from '@lagebild/schema';
import { canonicalUrl } from '../ids.js';
import { cleanInline } from '../html.js';

/** What a feed adapter returns: usable items plus the entries it had to set aside. */
export interface AdapterResult { items: FeedItem[]; quarantined: QuarantineItem[] }

/** One entry as an adapter found it, before validation. */
export interface RawEntry {
  link?: string;
  title?: string;
  published?: string;
  summary?: string;
}

const EXCERPT_CHARS = 300;

/** Short single-line excerpt of offending input for a quarantine record. */
export function excerptOf(raw: string): string {
  const s = cleanInline(raw);
  return s.length > EXCERPT_CHARS ? `${s.slice(0, EXCERPT_CHARS)}…` : s;
}

/**
 * Validates entries one by one: links resolve against the page URL, must be http(s), and are
 * deduplicated (first occurrence wins, fragment ignored). A bad entry becomes a quarantine record;
 * the others continue.
 */
export class FeedCollector {
  readonly items: FeedItem[] = [];
  readonly quarantined: QuarantineItem[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly sourceId: string, private readonly baseUrl: string, private readonly at: string) {}

  add(entry: RawEntry, excerpt: string): void {
    const link = entry.link?.trim();
    if (!link) {
      this.quarantine('feed entry has no link', excerpt);
      return;
    }
    let url: URL;
    try {
      url = new URL(link, this.baseUrl);
    } catch {
      this.quarantine(`feed entry link "${link.slice(0, 200)}" is not a valid URL`, excerpt, link);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      this.quarantine(`feed entry link uses unsupported scheme "${url.protocol}"`, excerpt, link);
      return;
    }
    const href = canonicalUrl(url.href);
    if (this.seen.has(href)) return;
    this.seen.add(href);
    const item: FeedItem = { sourceId: this.sourceId, url: href };
    const title = entry.title ? cleanInline(entry.title) : '';
    if (title) item.title = title;
    const published = entry.published ? cleanInline(entry.published) : '';
    if (published) item.published = published;
    const summary = entry.summary?.trim();
    if (summary) item.summary = summary;
    this.items.push(item);
  }

  quarantine(reason: string, excerpt: string, url?: string): void {
    const q: QuarantineItem = { sourceId: this.sourceId, stage: 'feed', reason, at: this.at, excerpt: excerptOf(excerpt) };
    if (url !== undefined) q.url = url;
    this.quarantined.push(q);
  }

  result(): AdapterResult {
    return { items: this.items, quarantined: this.quarantined };
  }
}
