/**
 * The initial schema. Written in the SQL both SQLite and PostgreSQL accept: TEXT keys, BIGINT for
 * epoch milliseconds, DOUBLE PRECISION for coordinates and confidences (REAL affinity in SQLite),
 * no auto-increment columns (mentions are keyed by their position in the record).
 */
export const initialSql = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_date TEXT NOT NULL,
  published_ms BIGINT NOT NULL,
  fetched_at TEXT NOT NULL,
  text TEXT NOT NULL,
  search_text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  record_json TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX documents_source_idx ON documents (source_id);
CREATE INDEX documents_published_date_idx ON documents (published_date);
CREATE INDEX documents_published_ms_idx ON documents (published_ms);

CREATE TABLE date_mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  value TEXT NOT NULL,
  end_value TEXT,
  value_date TEXT NOT NULL,
  end_date TEXT,
  precision TEXT NOT NULL,
  implied TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX date_mentions_value_date_idx ON date_mentions (value_date);

CREATE TABLE municipality_mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  ags TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  district_ags TEXT NOT NULL,
  district_name TEXT NOT NULL,
  district_key TEXT NOT NULL,
  state TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX municipality_mentions_ags_idx ON municipality_mentions (ags);
CREATE INDEX municipality_mentions_name_key_idx ON municipality_mentions (name_key);
CREATE INDEX municipality_mentions_district_ags_idx ON municipality_mentions (district_ags);
CREATE INDEX municipality_mentions_district_key_idx ON municipality_mentions (district_key);

CREATE TABLE district_mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  ags TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  state TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX district_mentions_ags_idx ON district_mentions (ags);
CREATE INDEX district_mentions_name_key_idx ON district_mentions (name_key);

CREATE TABLE agency_mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX agency_mentions_agency_id_idx ON agency_mentions (agency_id);
CREATE INDEX agency_mentions_name_key_idx ON agency_mentions (name_key);

CREATE TABLE service_impacts (
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
  as_of TEXT NOT NULL,
  as_of_date TEXT NOT NULL,
  since TEXT,
  until TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX service_impacts_service_status_idx ON service_impacts (service, status);
CREATE INDEX service_impacts_place_ags_idx ON service_impacts (place_ags);
CREATE INDEX service_impacts_district_ags_idx ON service_impacts (district_ags);
CREATE INDEX service_impacts_as_of_date_idx ON service_impacts (as_of_date);

CREATE TABLE contact_mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE INDEX contact_mentions_value_idx ON contact_mentions (value);

CREATE TABLE quarantine (
  item_key TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  url TEXT,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  excerpt TEXT
);
CREATE INDEX quarantine_source_idx ON quarantine (source_id, at_ms);

CREATE TABLE source_runs (
  source_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  started_ms BIGINT NOT NULL,
  finished_ms BIGINT NOT NULL,
  ok INTEGER NOT NULL,
  items INTEGER NOT NULL,
  stored INTEGER NOT NULL,
  quarantined INTEGER NOT NULL,
  error TEXT,
  PRIMARY KEY (source_id, started_at)
);
CREATE INDEX source_runs_finished_idx ON source_runs (source_id, finished_ms);
`;
