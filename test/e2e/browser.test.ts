import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.js';

/**
 * The browser that ships in the npm package starts on this machine, whether or not Debian's is
 * installed: the dashboard test falls back to it on a fresh machine, so it is tried on every run.
 */
describe('bundled Chromium (@sparticuz/chromium)', () => {
  let server: Server;
  let base: string;
  const saved = process.env.LAGEBILD_CHROMIUM;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // A remote image: the page asks for it, the route refuses it, the test sees it was asked for.
      res.end('<!doctype html><title>t</title><h1>Südwestfalen</h1><img src="http://192.0.2.1/x.png">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env.LAGEBILD_CHROMIUM;
    else process.env.LAGEBILD_CHROMIUM = saved;
    await new Promise((resolve) => server.close(resolve));
  });

  it('renders a loopback page and lets no request leave loopback', async () => {
    process.env.LAGEBILD_CHROMIUM = 'bundled';
    const { path, origin } = await chromiumExecutable();
    expect(origin).toBe('bundled');
    expect(path).not.toBe('/usr/bin/chromium');
    const browser = await chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext();
      const blocked: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${base}/`)) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      expect(await page.locator('h1').textContent()).toBe('Südwestfalen');
      await expect.poll(() => blocked).toEqual(['http://192.0.2.1/x.png']);
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
