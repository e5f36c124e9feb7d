import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createPostgresStore, createSqliteStore, type Store } from '@lagebild/store';

const PG_URL = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The two store drivers for `describe.each`: SQLite in memory, and PostgreSQL in a schema of its own (named
 * `<prefix>_<random>`) that is dropped after the file's tests.
 */
export function storeDrivers(prefix: string): [string, () => Store][] {
  const schemas: string[] = [];
  afterAll(async () => {
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  return [
    ['sqlite', () => createSqliteStore(':memory:')],
    ['postgres', () => {
      const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return createPostgresStore(PG_URL, { schema });
    }],
  ];
}
