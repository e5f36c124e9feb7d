/**
 * A store as an older version of lagebild left it, for the migration tests: the given migrations applied and
 * recorded, and records written with the rows of today's tables that those migrations already have.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { LagebildRecord } from '@lagebild/schema';
import { MENTION_TABLES, documentRow } from '../../rows.js';
import { UPSERT_DOCUMENT_SQL, insertSql, numberPlaceholders } from '../../sql.js';
import { MIGRATIONS_TABLE_SQL, migrationSql, type Migration } from '../index.js';

/** Applies and records `migrations` on a fresh SQLite database. */
export function migrateSqliteTo(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec(MIGRATIONS_TABLE_SQL);
  for (const m of migrations) {
    db.exec(migrationSql(m, 'sqlite'));
    db.prepare('INSERT INTO lagebild_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
  }
}

/** Writes each record's document row and, unless `documentsOnly`, its mention rows. */
export function seedSqlite(db: Database.Database, records: readonly LagebildRecord[], documentsOnly = false): void {
  for (const r of records) {
    db.prepare(UPSERT_DOCUMENT_SQL).run(...documentRow(r, new Date().toISOString()));
    if (documentsOnly) continue;
    for (const t of MENTION_TABLES) for (const row of t.rows(r)) db.prepare(insertSql(t.table, t.columns)).run(...row);
  }
}

/** Applies and records `migrations` in the client's (empty) schema. */
export async function migratePostgresTo(client: pg.Client, migrations: readonly Migration[]): Promise<void> {
  await client.query(MIGRATIONS_TABLE_SQL);
  for (const m of migrations) {
    await client.query(migrationSql(m, 'postgres'));
    await client.query('INSERT INTO lagebild_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
  }
}

/** Writes each record's document row and, unless `documentsOnly`, its mention rows. */
export async function seedPostgres(client: pg.Client, records: readonly LagebildRecord[], documentsOnly = false): Promise<void> {
  for (const r of records) {
    await client.query(numberPlaceholders(UPSERT_DOCUMENT_SQL), documentRow(r, new Date().toISOString()));
    if (documentsOnly) continue;
    for (const t of MENTION_TABLES) for (const row of t.rows(r)) await client.query(numberPlaceholders(insertSql(t.table, t.columns)), row);
  }
}
