import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreConformance } from '../conformance.js';
import { policeRecord, werneRecord } from '../conformance-records.js';
import { openStore } from '../open.js';
import { createSqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreConformance('sqlite (memory)', () => createSqliteStore(':memory:'));

let n = 0;
runStoreConformance('sqlite (file, WAL)', () => createSqliteStore(join(dir, `conformance-${n++}.db`)));

describe('sqlite driver', () => {
  it('creates the parent directory and uses WAL', async () => {
    const path = join(dir, 'nested', 'deeper', 'store.db');
    const store = await openStore(`sqlite:${path}`);
    await store.putRecord(werneRecord);
    await store.close();
    const reopened = await openStore(path);
    expect(reopened.driver).toBe('sqlite');
    expect(await reopened.getRecord(werneRecord.document.id)).toStrictEqual(werneRecord);
    await reopened.close();
  });

  it('lets two connections on one file write and read each other', async () => {
    const path = join(dir, 'shared.db');
    const a = await openStore(path);
    const b = await openStore(path);
    await Promise.all([a.putRecord(werneRecord), b.putRecord(policeRecord), a.putRecord(policeRecord)]);
    expect((await b.stats()).documents).toBe(2);
    expect(await a.getRecord(policeRecord.document.id)).toStrictEqual(policeRecord);
    await a.close();
    await b.close();
  });

  it('opens :memory: and sqlite::memory:', async () => {
    for (const location of [':memory:', 'sqlite::memory:']) {
      const store = await openStore(location);
      expect(store.driver).toBe('sqlite');
      expect((await store.stats()).documents).toBe(0);
      await store.close();
    }
  });
});
