import { describe, expect, it } from 'vitest';
import { readRss } from './rss.js';

const AT = '2023-11-06T10:00:00+01:00';
const feed = (items: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>https://presse.example/</link>${items}</channel></rss>`;

describe('rss entries with content:encoded and no link (issue 15 #7, #9)', () => {
  it('takes a guid that is a URL as the link', async () => {
    const { items, quarantined } = await readRss('s', feed(
      '<item><guid>https://presse.example/pm/1</guid><content:encoded><![CDATA[<p>Das Standesamt Werne ist geschlossen.</p>]]></content:encoded></item>'
      + '<item><guid isPermaLink="true">https://presse.example/pm/2</guid><content:encoded><![CDATA[<p>Das Bürgerbüro Kamen ist geöffnet.</p>]]></content:encoded></item>',
    ), 'https://presse.example/feed', AT);
    expect(quarantined).toEqual([]);
    expect(items.map((i) => [i.url, i.summary])).toEqual([
      ['https://presse.example/pm/1', 'Das Standesamt Werne ist geschlossen.'],
      ['https://presse.example/pm/2', 'Das Bürgerbüro Kamen ist geöffnet.'],
    ]);
  });

  it('quarantines entries with neither link nor URL guid one by one, each told apart by the start of its content', async () => {
    const { items, quarantined } = await readRss('s', feed(
      '<item><guid isPermaLink="false">urn:pm:1</guid><content:encoded><![CDATA[<p>Erste Meldung ohne Link.</p>]]></content:encoded></item>'
      + '<item><content:encoded><![CDATA[<p>Zweite Meldung ohne Link.</p>]]></content:encoded></item>'
      + '<item><content:encoded><![CDATA[<p>Dritte Meldung ohne Link.</p>]]></content:encoded></item>',
    ), 'https://presse.example/feed', AT);
    expect(items).toEqual([]);
    expect(quarantined.map((q) => q.reason)).toEqual(['feed entry has no link', 'feed entry has no link', 'feed entry has no link']);
    expect(new Set(quarantined.map((q) => q.excerpt)).size).toBe(3);
    expect(quarantined[2]?.excerpt).toContain('Dritte Meldung');
  });
});
