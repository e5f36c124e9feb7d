/**
 * @lagebild/press-releases: the press-release pipeline: sources configs, stage handlers over
 * fetch → extract → store, and the embedded ingest.
 */
export { CONFIG_FILES, ConfigError, loadSourcesConfig, parseSourcesConfig } from './config.js';
export { CATALOGUE_FILE, checkSources, hasNamedOrigin, loadCatalogue, parseCatalogue, pickSources, recordChecks } from './catalogue.js';
export type { Catalogue, CatalogueFilter, CatalogueOrigin, CheckOptions, SourceCheck, WithoutFeed } from './catalogue.js';
export { createPressReleaseHandlers } from './handlers.js';
export type { PressReleaseContext, PressReleaseHandlerOptions } from './handlers.js';
export type { PageExtractJob } from './extract-stage.js';
export { ingestEmbedded } from './ingest.js';
export type { IngestOptions } from './ingest.js';
export { BATCH_SOURCE_ID, documentFromInput, publishedAtOf } from './batch.js';
export { warmUpExtraction } from './extract-stage.js';
