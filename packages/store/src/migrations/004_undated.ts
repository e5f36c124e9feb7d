/** Characters of a document that SQLite's full-text index holds, as in migration 3. */
const INDEXED_CHARS = 262_144;

/** Migration 3's triggers on `documents`, word for word: dropping the table dropped them. */
const FULLTEXT_TRIGGERS_SQL = `
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts_ids (document_id) VALUES (new.id);
  INSERT INTO documents_fts (rowid, body)
    SELECT fts_rowid, substr(new.search_text, 1, ${INDEXED_CHARS}) FROM documents_fts_ids WHERE document_id = new.id;
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF search_text ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = (SELECT fts_rowid FROM documents_fts_ids WHERE document_id = old.id);
  INSERT INTO documents_fts (rowid, body)
    SELECT fts_rowid, substr(new.search_text, 1, ${INDEXED_CHARS}) FROM documents_fts_ids WHERE document_id = new.id;
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = (SELECT fts_rowid FROM documents_fts_ids WHERE document_id = old.id);
  DELETE FROM documents_fts_ids WHERE document_id = old.id;
END;
`;

/**
 * Undated documents and impacts (issue 14): a document whose page, feed item or batch line gives no
 * publication instant has no `publishedAt`, and an impact of such a document whose text writes no date
 * has no `asOf`. Nothing takes the clock's place, so `documents.published_at`, `published_date`,
 * `published_ms` and `service_impacts.as_of`, `as_of_date` may be NULL.
 *
 * PostgreSQL drops the constraints in place. Its index on `published_ms` is rebuilt as
 * `DESC NULLS LAST`, the order of `Store.query` (newest publication first, undated documents last),
 * which a backward scan of the ascending index cannot give (PostgreSQL sorts NULL as largest).
 */
export const undatedPostgresSql = `
ALTER TABLE documents
  ALTER COLUMN published_at DROP NOT NULL,
  ALTER COLUMN published_date DROP NOT NULL,
  ALTER COLUMN published_ms DROP NOT NULL;
ALTER TABLE service_impacts
  ALTER COLUMN as_of DROP NOT NULL,
  ALTER COLUMN as_of_date DROP NOT NULL;
DROP INDEX documents_published_ms_idx;
CREATE INDEX documents_published_ms_idx ON documents (published_ms DESC NULLS LAST);
`;

/**
 * SQLite cannot drop a NOT NULL constraint: both tables are rebuilt (create the new table, copy the
 * rows, drop the old one, rename the new one, then its indexes and, for `documents`, the full-text
 * triggers of migration 3 again). Dropping `documents` with foreign keys on would delete every
 * mention through ON DELETE CASCADE, so the SQLite driver runs migrations with foreign keys off and
 * checks them (PRAGMA foreign_key_check) before it commits, as SQLite's documented procedure does.
 * `documents_fts_ids` keys the full-text index by document id, so the index stays valid as it is.
 */
export const undatedSqliteSql = `
CREATE TABLE documents_undated (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT,
  published_date TEXT,
  published_ms BIGINT,
  fetched_at TEXT NOT NULL,
  text TEXT NOT NULL,
  search_text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  record_json TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
INSERT INTO documents_undated (id, source_id, url, title, published_at, published_date, published_ms, fetched_at, text,
  search_text, content_hash, extractor_version, record_json, stored_at)
  SELECT id, source_id, url, title, published_at, published_date, published_ms, fetched_at, text,
    search_text, content_hash, extractor_version, record_json, stored_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_undated RENAME TO documents;
CREATE INDEX documents_source_idx ON documents (source_id);
CREATE INDEX documents_published_date_idx ON documents (published_date);
CREATE INDEX documents_published_ms_idx ON documents (published_ms);
${FULLTEXT_TRIGGERS_SQL}
CREATE TABLE service_impacts_undated (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  place_kind TEXT,
  place_ags TEXT,
  place_name TEXT,
  place_key TEXT,
  district_ags TEXT,
  service TEXT NOT NULL,
  status TEXT NOT NULL,
  as_of TEXT,
  as_of_date TEXT,
  since TEXT,
  until TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, ord)
);
INSERT INTO service_impacts_undated (document_id, ord, span_start, span_end, span_text, place_kind, place_ags, place_name,
  place_key, district_ags, service, status, as_of, as_of_date, since, until, confidence)
  SELECT document_id, ord, span_start, span_end, span_text, place_kind, place_ags, place_name,
    place_key, district_ags, service, status, as_of, as_of_date, since, until, confidence FROM service_impacts;
DROP TABLE service_impacts;
ALTER TABLE service_impacts_undated RENAME TO service_impacts;
CREATE INDEX service_impacts_service_status_idx ON service_impacts (service, status);
CREATE INDEX service_impacts_place_ags_idx ON service_impacts (place_ags);
CREATE INDEX service_impacts_district_ags_idx ON service_impacts (district_ags);
CREATE INDEX service_impacts_as_of_date_idx ON service_impacts (as_of_date);
`;
