import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer } from '@lagebild/api';
import { openStore, type Store } from '@lagebild/store';
import { launchChromium } from './browser.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

/**
 * The dashboard in a real headless Chromium driven by playwright-core (Debian's when present, else the
 * build inside the npm package @sparticuz/chromium; see browser.ts): fixture data ingested by
 * `lagebild demo`, served by the API server on loopback; the browser may load nothing from anywhere else.
 */

const ARTIFACTS = join(repoRoot, 'test/artifacts');
const SCREENSHOT = join(ARTIFACTS, 'dashboard.png');
const WERNE = '05978040';
const LUENEN = '05978024';
/** Either sentence of the Werne release states the Standesamt outage; which one extraction cites is its business. */
const EVIDENCE_WERNE = /Standesamt|Urkunden können dort vorerst nicht ausgestellt/;

describe('dashboard in headless Chromium', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const dir = tempDir('dashboard');
    const db = join(dir, 'demo.db');
    const demo = await runCli(['demo', '--db', db, '--port', '0']);
    expect(demo.code, demo.stderr).toBe(0);
    store = await openStore(db);
    app = createServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    ({ browser } = await launchChromium());
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows the fixture municipalities on the map; clicking Werne shows its impacts with evidence', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1100 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const blocked: string[] = [];
    const loaded: string[] = [];
    // Only the loopback server may be reached; everything else is refused and remembered.
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
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });

    await page.goto(`${base}/?asOf=2023-11-06`);
    await page.waitForSelector('body[data-ready="all"]');

    const werne = page.locator(`#map [data-ags="${WERNE}"]`);
    const luenen = page.locator(`#map [data-ags="${LUENEN}"]`);
    await expect.poll(() => werne.count()).toBe(1);
    await expect.poll(() => luenen.count()).toBe(1);
    expect(await werne.isVisible()).toBe(true);
    expect(await luenen.isVisible()).toBe(true);
    expect(await werne.getAttribute('data-name')).toBe('Werne');
    expect(await werne.getAttribute('data-status')).toBe('outage');
    expect(await werne.locator('text').textContent()).toBe('Werne');
    expect(await page.locator('#basemap circle').count()).toBeGreaterThan(20);

    await werne.locator('.shape').click();
    const panel = page.locator('#place-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('#place-title').textContent()).toBe('Werne');
    const registry = panel.locator('#place-status tr[data-service="civil-registry"]');
    await expect.poll(() => registry.count()).toBe(1);
    expect(await registry.locator('.badge').textContent()).toBe('Ausfall');
    expect(await registry.locator('blockquote.evidence').textContent()).toMatch(EVIDENCE_WERNE);
    const impact = panel.locator('#place-impacts li.impact[data-service="civil-registry"][data-status="outage"]').first();
    await expect.poll(() => impact.count()).toBe(1);
    expect(await impact.locator('blockquote.evidence').textContent()).toMatch(EVIDENCE_WERNE);
    const link = impact.locator('a');
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kommunen-unna\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    // The incident timeline and the impact table are there as well.
    const incident = page.locator('[data-incident]').first();
    await incident.click();
    await expect.poll(() => page.locator('#timeline li[data-document]').count()).toBeGreaterThan(5);
    expect(await page.locator('#incident-meta').textContent()).toMatch(/Polizei/);
    await page.locator('#filter-place').fill('Werne');
    expect(await page.locator('#impacts-table tbody tr').count()).toBeGreaterThan(0);
    for (const row of await page.locator('#impacts-table tbody tr').all()) expect(await row.getAttribute('data-ags')).toBe(WERNE);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#place-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);

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
      await page.goto(`${securedBase}/?asOf=2023-11-06`);
      await page.waitForSelector('body[data-ready="error"]');
      expect(await page.locator('#summary').textContent()).toMatch(/401/);
      const withToken = await context.newPage();
      await withToken.goto(`${securedBase}/?asOf=2023-11-06#token=dashboard-token`);
      await withToken.waitForSelector('body[data-ready="all"]');
      expect(await withToken.locator(`#map [data-ags="${WERNE}"]`).count()).toBe(1);
      expect(withToken.url()).not.toContain('token');
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await secured.close();
    }
  });
});
