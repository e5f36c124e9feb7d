import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreConformance } from '../conformance.js';
import { FIXTURES, werneRecord } from '../conformance-records.js';
import type { LagebildRecord } from '@lagebild/schema';
import { openStore } from '../open.js';
import { createPostgresStore } from './postgres.js';

// No skip when the server is missing: CI starts PostgreSQL, and a silent skip would hide the driver.
const url = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = `lagebild_test_${randomBytes(6).toString('hex')}`;
const schemas: string[] = [];
const nextSchema = (): string => {
  const schema = `${run}_${schemas.length}`;
  schemas.push(schema);
  return schema;
};

afterAll(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

runStoreConformance('postgres', () => createPostgresStore(url, { schema: nextSchema() }));

describe('postgres driver', () => {
  it('opens through openStore with a schema parameter and keeps data across connections', async () => {
    const schema = nextSchema();
    const location = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
    const store = await openStore(location);
    expect(store.driver).toBe('postgres');
    await store.putRecord(werneRecord);
    await store.close();
    const again = await openStore(location);
    expect(await again.getRecord(werneRecord.document.id)).toStrictEqual(werneRecord);
    await again.close();
  });

  it('migrates one schema from several stores at once', async () => {
    const schema = nextSchema();
    const stores = Array.from({ length: 4 }, () => createPostgresStore(url, { schema }));
    await Promise.all(stores.map((s) => s.migrate()));
    expect((await stores[0]!.stats()).documents).toBe(0);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('writes batches with overlapping ids from several connections at once without deadlock, mentions replaced on update', async () => {
    const store = createPostgresStore(url, { schema: nextSchema() });
    await store.migrate();
    try {
      const copies = (suffix: string, hash = ''): LagebildRecord[] => Array.from({ length: 150 }, (_, i) => {
        const r = structuredClone(FIXTURES[i % FIXTURES.length]!);
        r.document.id = `doc-${String(i).padStart(3, '0')}${suffix}`;
        r.document.contentHash += hash;
        return r;
      });
      const records = copies('');
      // Opposite input orders: only the driver's id order keeps these transactions from deadlocking.
      const outcomes = await Promise.all([store.putRecords(records), store.putRecords([...records].reverse()), store.putRecords(records.slice(40, 120))]);
      expect(outcomes.flat().filter((o) => o === 'inserted')).toHaveLength(150);
      const before = await store.stats();
      expect(before.documents).toBe(150);
      const changed = copies('', '-v2');
      expect(new Set(await store.putRecords(changed))).toEqual(new Set(['updated']));
      const after = await store.stats();
      expect({ ...after, perSource: {} }).toEqual({ ...before, perSource: {} });
      expect(await store.getRecord('doc-007')).toEqual(changed[7]);
    } finally {
      await store.close();
    }
  });

  it('rejects unsafe schema names', () => {
    expect(() => createPostgresStore(url, { schema: 'x"; DROP TABLE y; --' })).toThrow(/invalid schema/);
  });
});
