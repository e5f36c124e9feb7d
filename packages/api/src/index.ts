/**
 * @lagebild/api: the situation picture. Pure analysis over stored records (status as of a date,
 * incidents, exports as NDJSON, CSV and GeoJSON), the read-only HTTP API with its dashboard, webhook
 * alerts and Prometheus metrics.
 */
export { computeStatus, summarizePlaces, compareStatements, STATUS_SEVERITY } from './status.js';
export type { ServiceStatusEntry, StatusEvidence, StatusOptions, PlaceStatus } from './status.js';
export { groupIncidents, incidentId, incidentKeywords, hasIncidentSignal } from './incidents.js';
export type { Incident, IncidentOptions, TimelineEntry } from './incidents.js';
export { gazetteerPlaces, stateOfAgs, statePrefixOf } from './places.js';
export type { PlaceInfo, PlaceLookup } from './places.js';
export { guessSourceKind, sourceKinds } from './sources.js';
export type { SourceKindOf } from './sources.js';
export { allDocuments, allImpacts, allReports, loadIncidents, loadStatus, todayInBerlin } from './queries.js';
export type { IncidentQuery, StatusQuery } from './queries.js';
export { toNdjson, NDJSON_CONTENT_TYPE } from './exports/ndjson.js';
export { csvField, toCsv, impactsCsv, statusCsv, documentsCsv, reportsCsv, CSV_CONTENT_TYPE } from './exports/csv.js';
export { statusGeoJson, GEOJSON_CONTENT_TYPE } from './exports/geojson.js';
export type {
  Feature, FeatureCollection, GeometryKind, PlaceStatusProperties, PointGeometry, Position, ShapeGeometry, StatusGeoJsonOptions,
} from './exports/geojson.js';
export { createServer } from './server.js';
export type { ServerOptions } from './server.js';
export { createMetrics } from './metrics.js';
export type { Metrics, MetricsOptions, QueueCountsFn } from './metrics.js';
export {
  createWatcher, signPayload, verifySignature, alertId, SIGNATURE_HEADER, DELIVERY_HEADER, EVENT_HEADER,
} from './alerts.js';
export type { AlertEvent, RetryPolicy, WatchArea, WatchEvent, WatchOptions, Watcher } from './alerts.js';
export { PROBLEM_CONTENT_TYPE } from './problem.js';
export type { Problem } from './problem.js';
