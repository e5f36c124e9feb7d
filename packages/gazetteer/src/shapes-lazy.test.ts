import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

// Records which data files are read, to show the shapes are not read at import time.
const read = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    read.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

describe('shapes are loaded lazily', () => {
  it('reads neither shape file nor topojson-client at import, and both on first use', async () => {
    const gazetteer = await import('./index.js');
    gazetteer.loadGazetteer();
    const cached = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('topojson-client'));
    expect(read.filter((p) => p.includes('shapes-'))).toEqual([]);
    expect(cached()).toEqual([]);
    expect(gazetteer.districtShapes().features).toHaveLength(402);
    expect(read.filter((p) => p.includes('shapes-'))).toEqual([expect.stringMatching(/shapes-districts\.topo\.json$/)]);
    expect(cached().length).toBeGreaterThan(0);
    gazetteer.districtShapes();
    expect(read.filter((p) => p.includes('shapes-'))).toHaveLength(1);
  });
});
