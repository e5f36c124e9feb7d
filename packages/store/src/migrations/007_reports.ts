/**
 * One report per incident (issue 17): the reports of each release, one row per report, kept under the
 * release (its mentions stay in the mention tables; which report a mention belongs to is read from the
 * spans: a mention lies inside its report's span). A release that is a single incident has one row with
 * `whole = 1`, standing for its whole text, so that every release lists at least one report.
 * `search_start`/`search_len` locate the report's text in `documents.search_text` in characters (1-based,
 * as `substr` counts them in both databases), for a text search within one report.
 * Documents stored before this migration get their whole-release row.
 */
export const reportsSql = `
CREATE TABLE reports (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  whole INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  title TEXT NOT NULL,
  search_start INTEGER NOT NULL,
  search_len INTEGER NOT NULL,
  PRIMARY KEY (document_id, ord)
);
INSERT INTO reports (document_id, ord, whole, span_start, span_end, title, search_start, search_len)
  SELECT id, 0, 1, 0, 0, title, 0, 0 FROM documents;
`;
