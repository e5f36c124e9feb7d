import { load } from 'cheerio';
import type { Feed } from '@lagebild/schema';
import type { AdapterResult } from './common.js';
import { FeedCollector } from './common.js';
import { cleanInline } from '../html.js';

type HtmlListFeed = Extract<Feed, { type: 'html-list' }>;

/**
 * A list page read with cheerio: every `feed.item` element is one entry; `feed.link` inside it (or
 * the item itself) gives the href, resolved against `<base href>` or the page URL; `feed.title`
 * and `feed.published` are optional (title defaults to the link text; published prefers a
 * `datetime` attribute). Returns an empty result when `feed.item` matches nothing; the caller decides
 * whether that is an error.
 */
export function readHtmlList(sourceId: string, feed: HtmlListFeed, html: string, pageUrl: string, at: string): AdapterResult {
  const $ = load(html);
  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // An unparsable <base> is ignored, as browsers do.
    }
  }
  const collector = new FeedCollector(sourceId, base, at);
  for (const el of $(feed.item).toArray()) {
    const item = $(el);
    const linkEl = item.is(feed.link) ? item : item.find(feed.link).first();
    const entry: { link?: string; title?: string; published?: string } = {};
    const href = linkEl.attr('href');
    if (href !== undefined) entry.link = href;
    const title = cleanInline((feed.title ? item.find(feed.title).first().text() : '') || linkEl.text() || linkEl.attr('title') || '');
    if (title) entry.title = title;
    if (feed.published) {
      const p = item.find(feed.published).first();
      const published = p.attr('datetime') ?? p.attr('content') ?? p.text();
      if (cleanInline(published)) entry.published = cleanInline(published);
    }
    collector.add(entry, $.html(el) ?? '');
  }
  return collector.result();
}
