/// <reference lib="dom" />
// (for the callbacks that page.evaluate runs in the browser)
import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer } from '@lagebild/api';
import { openStore, type Store } from '@lagebild/store';
import { launchChromium } from './browser.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

/**
 * The dashboard in a real headless Chromium driven by playwright-core (Debian's when present, else the
 * build inside the npm package @sparticuz/chromium; see browser.ts): fixture data ingested by
 * `lagebild demo`, served by the API server on loopback; the browser may load nothing from anywhere else.
 * Screenshots of the choropleth, the zoomed district and Werne's timeline go to docs/artifacts/issue-17.
 */

const ARTIFACTS = join(repoRoot, 'test/artifacts');
const SCREENSHOT = join(ARTIFACTS, 'dashboard.png');
const DOCS_ARTIFACTS = join(repoRoot, 'docs/artifacts/issue-17');
const AS_OF = '2023-11-06';
const UNNA = '05978';
const WERNE = '05978040';
const LUENEN = '05978024';
/** Dortmund: a district with no report in the demo data. */
const DORTMUND = '05913';
/** Either sentence of the Werne release states the Standesamt outage; which one extraction cites is its business. */
const EVIDENCE_WERNE = /Standesamt|Urkunden können dort vorerst nicht ausgestellt/;
const STATUSES = ['outage', 'degraded', 'restored', 'operational', 'none'] as const;

/** Computed fill of an SVG element (rgb(...)). */
const fillOf = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).fill);

/** The legend's colour for each status, read from its swatches. */
async function legendColours(page: Page): Promise<Record<string, string>> {
  const colours: Record<string, string> = {};
  for (const status of STATUSES) colours[status] = await fillOf(page.locator(`#legend li[data-status="${status}"] rect`));
  return colours;
}

/** Tabs until the focused element has this data-ags; returns the data-ags of every map element focused on the way. */
async function tabTo(page: Page, ags: string, max = 60): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.ags ?? null);
    if (focused) seen.push(focused);
    if (focused === ags) return seen;
  }
  throw new Error(`Tab never reached ${ags}; focused on the way: ${seen.join(', ')}`);
}

describe('dashboard in headless Chromium', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  /** What /status says of Lünen as of AS_OF: its worst current status. */
  let luenenStatus: string;

  beforeAll(async () => {
    const dir = tempDir('dashboard');
    const db = join(dir, 'demo.db');
    const demo = await runCli(['demo', '--db', db, '--port', '0']);
    expect(demo.code, demo.stderr).toBe(0);
    store = await openStore(db);
    app = createServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const status = await app.inject({ url: `/status?asOf=${AS_OF}&format=geojson&municipality=${LUENEN}` });
    luenenStatus = (status.json() as { features: { properties: { ags: string; status: string } }[] })
      .features.find((f) => f.properties.ags === LUENEN)!.properties.status;
    ({ browser } = await launchChromium());
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(DOCS_ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  /** A context that may reach only the loopback server: everything else is refused and remembered. */
  async function closedContext(viewport: { width: number; height: number }): Promise<{
    context: BrowserContext; page: Page; blocked: string[]; loaded: string[]; errors: string[];
  }> {
    const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const blocked: string[] = [];
    const loaded: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`) || url === base) {
        loaded.push(url);
        await route.continue();
      } else {
        blocked.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    return { context, page, blocked, loaded, errors };
  }

  it('colours districts by their worst status as of the date; Tab and Enter zoom into Kreis Unna, whose municipalities take the legend colours of their own status', async () => {
    const { context, page, blocked, loaded, errors } = await closedContext({ width: 1400, height: 900 });
    await page.goto(`${base}/?asOf=${AS_OF}`);
    await page.waitForSelector('body[data-ready="all"]');

    // The legend: one colour per status, German labels with the vocabulary keys beside them.
    const legend = await legendColours(page);
    expect(new Set(Object.values(legend)).size).toBe(STATUSES.length);
    expect(await page.locator('#legend li[data-status="outage"]').textContent()).toMatch(/Ausfall\s*\(outage\)/);
    expect(await page.locator('#legend li[data-status="none"]').textContent()).toMatch(/keine Meldung\s*\(no data\)/);

    // Districts are areas coloured like the legend; municipality shapes are not loaded before a zoom.
    const unna = page.locator(`#districts-layer [data-ags="${UNNA}"]`);
    expect(await unna.getAttribute('data-status')).toBe('outage');
    expect(await unna.getAttribute('data-name')).toBe('Kreis Unna');
    expect(await unna.getAttribute('role')).toBe('button');
    expect(await unna.getAttribute('aria-label')).toMatch(/^Kreis Unna.*Ausfall \(outage\)/);
    expect(await fillOf(unna.locator('.shape'))).toBe(legend.outage);
    const dortmund = page.locator(`#districts-layer [data-ags="${DORTMUND}"]`);
    expect(await dortmund.getAttribute('data-status')).toBe('none');
    expect(await fillOf(dortmund.locator('.shape'))).toBe(legend.none);
    expect(await page.locator('#districts-layer [data-ags]').count()).toBeGreaterThan(300);
    expect(await page.locator('#labels-layer text', { hasText: 'Kreis Unna' }).count()).toBe(1);
    expect(await page.locator('#municipalities-layer [data-ags]').count()).toBe(0);
    expect(loaded.some((url) => url.includes('/shapes/districts'))).toBe(true);
    expect(loaded.some((url) => url.includes('/shapes/municipalities'))).toBe(false);
    await page.screenshot({ path: join(DOCS_ARTIFACTS, 'choropleth-2023-11-06.png') });

    // Keyboard: Tab reaches the districts with reports (only those: the others are out of the tab
    // order) in alphabetical order; Enter zooms in and moves focus to the first municipality.
    await page.locator('#as-of').focus();
    const focused = await tabTo(page, UNNA);
    expect(focused).toEqual(['05974', UNNA]); // Kreis Soest, Kreis Unna
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#map[data-ready="${UNNA}"]`);
    expect(await page.evaluate(() => document.activeElement?.closest('#municipalities-layer') !== null)).toBe(true);
    expect(loaded.filter((url) => url.includes('/shapes/municipalities')).map((url) => new URL(url).search))
      .toEqual([`?district=${UNNA}`]);

    const werne = page.locator(`#map [data-ags="${WERNE}"]`);
    const luenen = page.locator(`#map [data-ags="${LUENEN}"]`);
    await expect.poll(() => werne.count()).toBe(1);
    await expect.poll(() => luenen.count()).toBe(1);
    expect(await page.locator('#municipalities-layer [data-ags]').count()).toBe(10);
    expect(await werne.isVisible()).toBe(true);
    expect(await werne.getAttribute('data-name')).toBe('Werne');
    expect(await werne.getAttribute('data-status')).toBe('outage');
    expect(await werne.getAttribute('aria-label')).toMatch(/^Werne.*Ausfall \(outage\)/);
    expect(await fillOf(werne.locator('.shape'))).toBe(legend.outage);
    expect(await luenen.getAttribute('data-name')).toBe('Lünen');
    expect(await luenen.getAttribute('data-status')).toBe(luenenStatus);
    expect(await fillOf(luenen.locator('.shape'))).toBe(legend[luenenStatus]);
    expect(await page.locator('#labels-layer text', { hasText: /^Werne$/ }).count()).toBe(1);
    expect(await page.locator('#place-title').textContent()).toBe('Kreis Unna');
    // No focus ring or tooltip in the screenshot.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(1, 1);
    await page.waitForSelector('#place-panel[data-ready="05978"]');
    await page.screenshot({ path: join(DOCS_ARTIFACTS, 'district-05978-kreis-unna.png') });

    // Escape goes back to the overview with the focus on the district; Enter zooms in again.
    await werne.focus();
    await page.keyboard.press('Escape');
    await page.waitForSelector('#map[data-ready="overview"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.ags)).toBe(UNNA);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#map[data-ready="${UNNA}"]`);
    // Municipality shapes are fetched once per district.
    expect(loaded.filter((url) => url.includes('/shapes/municipalities')).length).toBe(1);

    // Another date recolours the map where it stands: before the first release, nothing is reported.
    await page.locator('#as-of').fill('2023-10-29');
    await page.waitForSelector('body[data-ready="all"]');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2023-10-29');
    await expect.poll(() => werne.getAttribute('data-status')).toBe('none');
    expect(await fillOf(werne.locator('.shape'))).toBe(legend.none);
    expect(await page.locator(`#districts-layer [data-ags="${UNNA}"]`).getAttribute('data-status')).toBe('none');

    // At 1000 px the map stays on the left of the details.
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(async () => {
      const map = await page.locator('.map-panel').boundingBox();
      const side = await page.locator('#side').boundingBox();
      return map !== null && side !== null && map.x + map.width <= side.x && side.width > 350;
    }).toBe(true);

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(loaded.every((url) => url.startsWith(`${base}/`))).toBe(true);
    await context.close();
  });

  it("shows Werne's timeline per service with the evidence of each change on hover, focus and Enter; incidents with timelines; the impacts table", async () => {
    const { context, page, blocked, loaded, errors } = await closedContext({ width: 1400, height: 900 });
    await page.goto(`${base}/?asOf=${AS_OF}`);
    await page.waitForSelector('body[data-ready="all"]');
    const legend = await legendColours(page);

    await page.locator(`#districts-layer [data-ags="${UNNA}"]`).click();
    await page.waitForSelector(`#map[data-ready="${UNNA}"]`);
    await page.locator(`#map [data-ags="${WERNE}"] .shape`).click();
    await page.waitForSelector(`#place-panel[data-ready="${WERNE}"]`);
    const panel = page.locator('#place-panel');
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('#place-title').textContent()).toBe('Werne');
    expect(new URL(page.url()).searchParams.get('place')).toBe(WERNE);

    // Current status with evidence.
    const registry = panel.locator('#place-status tr[data-service="civil-registry"]');
    await expect.poll(() => registry.count()).toBe(1);
    expect(await registry.locator('.badge').textContent()).toBe('Ausfall');
    expect(await registry.locator('blockquote.evidence').textContent()).toMatch(EVIDENCE_WERNE);

    // The timeline: one row per service, bands coloured like the legend, the Standesamt down as of the date.
    const row = page.locator('#place-chart .row[data-row="civil-registry"]');
    expect(await row.locator('.row-label').textContent()).toBe('Standesamt');
    expect(await row.locator('.row-sublabel').textContent()).toBe('(civil-registry)');
    const bands = row.locator('.band');
    expect(await bands.count()).toBeGreaterThan(0);
    const current = bands.last();
    expect(await current.getAttribute('data-status')).toBe('outage');
    expect(await fillOf(current.locator('rect'))).toBe(legend.outage);
    expect(await page.locator('#place-chart .band').count()).toBeGreaterThanOrEqual(4);
    const itSystems = page.locator('#place-chart .row[data-row="it-systems"] .band');
    expect(await itSystems.count()).toBeGreaterThan(0);
    for (const band of await page.locator('#place-chart .band').all()) {
      expect(await fillOf(band.locator('rect'))).toBe(legend[(await band.getAttribute('data-status'))!]);
      expect(await band.getAttribute('role')).toBe('button');
      expect(await band.getAttribute('tabindex')).toBe('0');
    }

    // Hover shows the evidence of the change in a tooltip.
    await current.hover();
    const tip = page.locator('#tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(EVIDENCE_WERNE);
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Keyboard: focus shows the tooltip, Enter writes the evidence with its source link into the panel.
    await current.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await current.getAttribute('aria-label')).toMatch(/^Standesamt \(civil-registry\): Ausfall \(outage\) vom /);
    await page.keyboard.press('Enter');
    const evidence = page.locator('#place-evidence');
    await expect.poll(() => evidence.isVisible()).toBe(true);
    expect(await evidence.locator('blockquote.evidence').first().textContent()).toMatch(EVIDENCE_WERNE);
    const source = evidence.locator('a').first();
    expect(await source.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kommunen-unna\//);
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    // No focus ring or tooltip in the screenshot; the picked band stays marked.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.screenshot({ path: join(DOCS_ARTIFACTS, 'timeline-05978040-werne.png') });

    // Every statement is listed as well, with its evidence and source.
    const impact = panel.locator('#place-impacts li.impact[data-service="civil-registry"][data-status="outage"]').first();
    await expect.poll(() => impact.count()).toBe(1);
    expect(await impact.locator('blockquote.evidence').textContent()).toMatch(EVIDENCE_WERNE);
    const link = impact.locator('a');
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kommunen-unna\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    // Incidents with their timeline: a row per place, a band per status, the releases listed.
    const incident = page.locator('[data-incident]').first();
    await incident.click();
    await expect.poll(() => page.locator('#timeline li[data-document]').count()).toBeGreaterThan(5);
    expect(await page.locator('#incident-meta').textContent()).toMatch(/Polizei/);
    expect(await page.locator('#incident-chart .row').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(`#incident-chart .row[data-row="${WERNE}"] .band`).count()).toBeGreaterThan(0);
    await page.locator('#incident-chart .band').first().click();
    expect(await page.locator('#incident-evidence blockquote.evidence').count()).toBeGreaterThan(0);

    // The impacts table, behind its summary.
    await page.locator('#table-details summary').click();
    await page.locator('#filter-place').fill('Werne');
    expect(await page.locator('#impacts-table tbody tr').count()).toBeGreaterThan(0);
    for (const tableRow of await page.locator('#impacts-table tbody tr').all()) expect(await tableRow.getAttribute('data-ags')).toBe(WERNE);

    await page.mouse.move(1, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    for (const name of ['choropleth-2023-11-06.png', 'district-05978-kreis-unna.png', 'timeline-05978040-werne.png']) {
      expect(statSync(join(DOCS_ARTIFACTS, name)).size).toBeGreaterThan(10_000);
    }

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(loaded.length).toBeGreaterThan(3);
    expect(loaded.every((url) => url.startsWith(`${base}/`))).toBe(true);
    await context.close();
  });

  it('needs the token for data when one is configured, and takes it from the URL fragment', async () => {
    const secured = createServer({ store, token: 'dashboard-token' });
    await secured.listen({ port: 0, host: '127.0.0.1' });
    const securedBase = `http://127.0.0.1:${(secured.server.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(`${securedBase}/`)) return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    try {
      await page.goto(`${securedBase}/?asOf=${AS_OF}`);
      await page.waitForSelector('body[data-ready="error"]');
      expect(await page.locator('#summary').textContent()).toMatch(/401/);
      const withToken = await context.newPage();
      await withToken.goto(`${securedBase}/?asOf=${AS_OF}#token=dashboard-token`);
      await withToken.waitForSelector('body[data-ready="all"]');
      expect(await withToken.locator(`#map [data-ags="${UNNA}"]`).getAttribute('data-status')).toBe('outage');
      expect(withToken.url()).not.toContain('token');
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await secured.close();
    }
  });
});
