/**
 * Runs keyed by (source, start, run id) instead of (source, start): start instants have one-second
 * resolution, so concurrent ingests of one database that polled a source in the same second were
 * recorded as one run (the last writer's counts, e.g. "stored 0" while its siblings inserted
 * hundreds). Each run now carries an id of its own; a retried report of the same run still
 * replaces it. Earlier rows get the empty id.
 */
export const runIdsPostgresSql = `
ALTER TABLE source_runs ADD COLUMN run_id TEXT NOT NULL DEFAULT '';
ALTER TABLE source_runs DROP CONSTRAINT source_runs_pkey;
ALTER TABLE source_runs ADD PRIMARY KEY (source_id, started_at, run_id);
`;

/** SQLite cannot change a primary key: the table is rebuilt (nothing references it). */
export const runIdsSqliteSql = `
CREATE TABLE source_runs_ids (
  source_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  run_id TEXT NOT NULL DEFAULT '',
  finished_at TEXT NOT NULL,
  started_ms BIGINT NOT NULL,
  finished_ms BIGINT NOT NULL,
  ok INTEGER NOT NULL,
  items INTEGER NOT NULL,
  stored INTEGER NOT NULL,
  quarantined INTEGER NOT NULL,
  error TEXT,
  error_code TEXT,
  not_modified INTEGER,
  PRIMARY KEY (source_id, started_at, run_id)
);
INSERT INTO source_runs_ids (source_id, started_at, run_id, finished_at, started_ms, finished_ms, ok, items, stored, quarantined,
  error, error_code, not_modified)
  SELECT source_id, started_at, '', finished_at, started_ms, finished_ms, ok, items, stored, quarantined, error, error_code,
    not_modified FROM source_runs;
DROP TABLE source_runs;
ALTER TABLE source_runs_ids RENAME TO source_runs;
CREATE INDEX source_runs_finished_idx ON source_runs (source_id, finished_ms);
`;
