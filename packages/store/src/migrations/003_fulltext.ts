/**
 * Full-text search over `documents.search_text` (title and text, lower-cased in JavaScript so that
 * case folding never depends on the database locale). The databases differ here, so this migration
 * has one variant per driver.
 */

/** Characters indexed per document; press releases are far shorter, and tsvector is capped at 1 MB. */
const INDEXED_CHARS = 262_144;

/**
 * SQLite: a contentless FTS5 table (no second copy of the text) keyed by a rowid from
 * `documents_fts_ids`, whose INTEGER PRIMARY KEY survives VACUUM (the implicit rowid of `documents`
 * would not). Triggers keep it in step with inserts, upserts and deletes.
 */
export const fulltextSqliteSql = `
CREATE TABLE documents_fts_ids (
  fts_rowid INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE documents_fts USING fts5(
  body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO documents_fts_ids (document_id) SELECT id FROM documents ORDER BY id;
INSERT INTO documents_fts (rowid, body)
  SELECT i.fts_rowid, substr(d.search_text, 1, ${INDEXED_CHARS}) FROM documents_fts_ids i JOIN documents d ON d.id = i.document_id;
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

/** PostgreSQL: a generated tsvector column with the German configuration and a GIN index. */
export const fulltextPostgresSql = `
ALTER TABLE documents ADD COLUMN search_tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('german'::regconfig, left(search_text, ${INDEXED_CHARS}))) STORED;
CREATE INDEX documents_search_tsv_idx ON documents USING GIN (search_tsv);
`;
