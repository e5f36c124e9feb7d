import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The browser for the dashboard tests, with nothing installed by hand: Debian's Chromium when the
 * machine has it, otherwise the Chromium build shipped inside the npm package `@sparticuz/chromium`
 * (unpacked once into the temp directory; it links only libc, libgcc and expat, so a bare Debian runs
 * it). `LAGEBILD_CHROMIUM=bundled` forces the npm build, `LAGEBILD_CHROMIUM=/path` names a binary.
 */

/** Debian's package puts it here; used only when present. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags every start needs on these machines: root needs --no-sandbox; without the background
 * networking flags Chromium tries to reach Google hosts, which the closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
];

/** Which Chromium binary the tests use, and where it came from. */
export async function chromiumExecutable(): Promise<{ path: string; origin: 'system' | 'bundled' | 'env' }> {
  const wanted = process.env.LAGEBILD_CHROMIUM;
  if (wanted && wanted !== 'bundled' && wanted !== 'system') return { path: wanted, origin: 'env' };
  if (wanted !== 'bundled' && existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, origin: 'system' };
  if (wanted === 'system') throw new Error(`LAGEBILD_CHROMIUM=system but ${SYSTEM_CHROMIUM} is absent`);
  // Imported lazily: unpacking the brotli archive costs seconds and is not needed with a system browser.
  const { default: bundled } = await import('@sparticuz/chromium');
  return { path: await bundled.executablePath(), origin: 'bundled' };
}

/**
 * Starts headless Chromium with the closed-network flags. playwright-core gives every `launch` a new
 * empty profile directory of its own (`--user-data-dir` in the temp directory, removed on close), so no
 * state carries over between runs.
 */
export async function launchChromium(): Promise<{ browser: Browser; origin: 'system' | 'bundled' | 'env' }> {
  const { path, origin } = await chromiumExecutable();
  const browser = await chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
  return { browser, origin };
}
