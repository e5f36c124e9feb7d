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

describe('sqlite rows written before record_json left the text out', () => {
  it('read back as written, and are replaced by the new layout', async () => {
    const { default: Database } = await import('better-sqlite3');
    const path = join(dir, 'old-layout.db');
    const store = createSqliteStore(path);
    await store.migrate();
    await store.putRecords([werneRecord, policeRecord]);
    await store.close();
    const db = new Database(path);
    // The JSON as it was written before: with the text.
    db.prepare('UPDATE documents SET record_json = ? WHERE id = ?').run(JSON.stringify(werneRecord), werneRecord.document.id);
    const stored = db.prepare('SELECT record_json FROM documents WHERE id = ?').get(policeRecord.document.id) as { record_json: string };
    expect(JSON.parse(stored.record_json).document.text).toBe('');
    db.close();
    const reopened = createSqliteStore(path);
    expect(await reopened.getRecord(werneRecord.document.id)).toStrictEqual(werneRecord);
    expect(await reopened.getRecords([policeRecord.document.id, werneRecord.document.id])).toStrictEqual([policeRecord, werneRecord]);
    await reopened.close();
  });
});
