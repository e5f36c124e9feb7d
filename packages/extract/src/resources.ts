import { loadAgencyRegistry, loadGazetteer, type AgencyRegistry, type Gazetteer } from '@lagebild/gazetteer';

/**
 * What an extractor looks names up in: a gazetteer and an agency registry, plus the indexes this package
 * derives from them. Indexes are built lazily, once per pair, on first use, so loading is cheap and a
 * process that never meets a district name never builds the district index.
 */
export interface Resources {
  readonly gazetteer: Gazetteer;
  readonly registry: AgencyRegistry;
  /** Derived indexes by name; see {@link derived}. */
  readonly cache: Map<string, unknown>;
}

const byGazetteer = new WeakMap<Gazetteer, WeakMap<AgencyRegistry, Resources>>();

/** The resources for a gazetteer and registry; the same pair always yields the same object (and indexes). */
export function resourcesFor(gazetteer: Gazetteer, registry: AgencyRegistry): Resources {
  let inner = byGazetteer.get(gazetteer);
  if (!inner) {
    inner = new WeakMap();
    byGazetteer.set(gazetteer, inner);
  }
  let r = inner.get(registry);
  if (!r) {
    r = { gazetteer, registry, cache: new Map() };
    inner.set(registry, r);
  }
  return r;
}

/** The index `key` of `resources`, built by `build` on first use. */
export function derived<T>(resources: Resources, key: string, build: (r: Resources) => T): T {
  const hit = resources.cache.get(key);
  if (hit !== undefined) return hit as T;
  const value = build(resources);
  resources.cache.set(key, value);
  return value;
}

/** The resources over the package's full gazetteer and registry. */
export function defaultResources(): Resources {
  return resourcesFor(loadGazetteer(), loadAgencyRegistry());
}

/**
 * `s` as a string of its own, for keeping in a cache that outlives the document. V8 keeps a slice of 13 or more
 * characters as a view into the whole string it was cut from, so a cache keyed by slices of texts keeps those texts
 * alive: one of up to 50,000 entries could hold as many documents.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
