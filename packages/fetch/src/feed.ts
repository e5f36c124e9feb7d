import type { Source } from '@lagebild/schema';
import { toBerlinIso } from '@lagebild/schema';
import type { FeedReadResult } from './adapters/common.js';
import { readHtmlList } from './adapters/html-list.js';
import { readRss } from './adapters/rss.js';
import { FetchError, withContext } from './errors.js';
import type { FetchOptions } from './http.js';
import { fetchUrl } from './http.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/**
 * Reads one source's feed or list page: fetches `source.feed.url` (honouring `source.charset`) and
 * dispatches on `source.feed.type` to one adapter per type. Bad entries are quarantined, the rest
 * returned, deduplicated by URL. A feed that cannot be fetched or parsed, or an html-list page
 * whose item selector matches nothing (the page layout most likely changed), throws a
 * {@link FetchError} naming the source id, the URL and the reason (`reason` itself omits them).
 */
export async function readFeed(source: Source, options: FetchOptions): Promise<FeedReadResult> {
  const feed = source.feed;
  const context = `source "${source.id}" feed ${feed.url}`;
  const extras = { accept: feed.type === 'rss' ? FEED_ACCEPT : PAGE_ACCEPT, ...(source.charset ? { charset: source.charset } : {}) };
  let res;
  try {
    res = await fetchUrl(feed.url, options, extras);
  } catch (error) {
    throw withContext(error, context, feed.url);
  }
  const at = toBerlinIso((options.now ?? (() => new Date()))());
  try {
    switch (feed.type) {
      case 'rss':
        return await readRss(source.id, res.text, res.url, at);
      case 'html-list': {
        const result = readHtmlList(source.id, feed, res.text, res.url, at);
        if (result.items.length === 0 && result.quarantined.length === 0) {
          throw new FetchError(`item selector "${feed.item}" matched nothing on the list page`, { url: res.url, code: 'no-items', permanent: true });
        }
        return result;
      }
      default: {
        const unknown: never = feed;
        throw new FetchError(`unknown feed type "${(unknown as { type: string }).type}"`, { url: res.url, code: 'feed-parse', permanent: true });
      }
    }
  } catch (error) {
    if (error instanceof FetchError) throw withContext(error, context, res.url);
    const message = error instanceof Error ? error.message : String(error);
    const reason = `cannot parse ${feed.type} (${message.split('\n')[0]})`;
    throw new FetchError(reason, { url: res.url, code: 'feed-parse', permanent: true, cause: error, message: `${context}: ${reason}` });
  }
}
