/**
 * HTTP validators per URL for conditional GET (ETag / Last-Modified), and what source health needs
 * beyond 001: the FetchError code of a failed poll and whether a poll was answered 304. Plain SQL
 * both SQLite and PostgreSQL accept.
 */
export const httpCacheSql = `
CREATE TABLE http_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  updated_at TEXT NOT NULL
);

ALTER TABLE source_runs ADD COLUMN error_code TEXT;
ALTER TABLE source_runs ADD COLUMN not_modified INTEGER;
`;
