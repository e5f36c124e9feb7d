import type { FeedItem, QuarantineItem, Source } from '@lagebild/schema';
import { toBerlinIso } from '@lagebild/schema/time';
import type { AdapterResult } from './adapters/common.js';
import { readHtmlList } from './adapters/html-list.js';
import { readRss } from './adapters/rss.js';
import { FetchError, withContext } from './errors.js';
import type { FetchOptions, HttpResponse } from './http.js';
import { fetchUrl } from './http.js';
import { cachedValidators, rememberValidators } from './validators.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** What reading a feed yields: usable items, the entries set aside, and whether it was unchanged. */
export interface FeedReadResult {
  items: FeedItem[];
  quarantined: QuarantineItem[];
  /** The server answered 304 to our validators: nothing was downloaded or parsed, `items` is empty. */
  notModified: boolean;
}

/**
 * Reads one source's feed or list page: fetches `source.feed.url` (honouring `source.charset`,
 * conditionally when `options.validators` knows the URL) and dispatches on `source.feed.type` to
 * one adapter per type. A 304 returns `{ items: [], quarantined: [], notModified: true }` without
 * parsing. Bad entries are quarantined, the rest returned, deduplicated by URL; validators are
 * stored only after the feed was read, so a feed that failed is fetched in full next time. A feed
 * that cannot be fetched or parsed (empty body, HTML instead of a feed, DTD entities, not a feed at
 * all), or an html-list page whose item selector matches nothing (the page layout most likely
 * changed), throws a {@link FetchError} naming the source id, the URL and the reason (`reason`
 * itself omits them).
 */
export async function readFeed(source: Source, options: FetchOptions): Promise<FeedReadResult> {
  const feed = source.feed;
  const context = `source "${source.id}" feed ${feed.url}`;
  const conditional = await cachedValidators(options.validators, feed.url);
  const extras = {
    accept: feed.type === 'rss' ? FEED_ACCEPT : PAGE_ACCEPT,
    ...(source.charset ? { charset: source.charset } : {}),
    ...(conditional ? { conditional } : {}),
  };
  let res: HttpResponse;
  try {
    res = await fetchUrl(feed.url, options, extras);
  } catch (error) {
    throw withContext(error, context, feed.url);
  }
  if (res.notModified) return { items: [], quarantined: [], notModified: true };
  const at = toBerlinIso((options.now ?? (() => new Date()))());
  let result: AdapterResult;
  try {
    switch (feed.type) {
      case 'rss':
        result = await readRss(source.id, res.text, res.url, at);
        break;
      case 'html-list': {
        if (res.text.trim() === '') throw new FetchError('empty list page', { url: res.url, code: 'empty-body', permanent: true });
        result = readHtmlList(source.id, feed, res.text, res.url, at);
        if (result.items.length === 0 && result.quarantined.length === 0) {
          throw new FetchError(`item selector "${feed.item}" matched nothing on the list page`, { url: res.url, code: 'no-items', permanent: true });
        }
        break;
      }
      default: {
        const unknown: never = feed;
        throw new FetchError(`unknown feed type "${(unknown as { type: string }).type}"`, { url: res.url, code: 'feed-parse', permanent: true });
      }
    }
  } catch (error) {
    if (error instanceof FetchError) {
      // "cannot parse rss (...)" keeps the established wording for parse failures.
      if (error.code === 'feed-parse' && !error.reason.startsWith('cannot parse')) {
        const reason = `cannot parse ${feed.type} (${error.reason})`;
        throw new FetchError(reason, { url: res.url, code: 'feed-parse', permanent: true, cause: error, message: `${context}: ${reason}` });
      }
      throw withContext(error, context, res.url);
    }
    const message = error instanceof Error ? error.message : String(error);
    const reason = `cannot parse ${feed.type} (${message.split('\n')[0]})`;
    throw new FetchError(reason, { url: res.url, code: 'feed-parse', permanent: true, cause: error, message: `${context}: ${reason}` });
  }
  await rememberValidators(options.validators, feed.url, res.validators);
  return { ...result, notModified: false };
}
