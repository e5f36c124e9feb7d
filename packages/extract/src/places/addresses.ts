import type { DistrictEntry } from '@lagebild/gazetteer';
import { slugify } from '../agencies/slug.js';
import { derived, type Resources } from '../resources.js';
import type { UpperPlace } from './datelines.js';
import { nameIndex, type NameForm } from './names.js';

/** A Kreis named by the domain of a web or mail address in the text ("www.hochtaunuskreis.de", "info@kreis-soest.de"). */
export interface AddressKreis { readonly start: number; readonly end: number; readonly entries: readonly DistrictEntry[]; readonly address: true }

/** A German domain after "www.", "://", "@" or "[at]", and the label before ".de"/"[dot]de"; the label is the group. */
const DOMAIN = /(?:www\.|:\/\/|@|\[at\])([a-z0-9äöüß-]{4,40})(?:\.|\[dot\])de(?![a-z0-9-])/giu;

/** The label of a German domain in a text: where it stands, its {@link compact} letters, and where the domain ends. */
export interface DomainLabel { readonly start: number; readonly end: number; readonly key: string; readonly after: number }

/**
 * The labels of the German domains in a text, where each stands; none where the text has no ".de". Read once per text
 * for both {@link addressKreise} and {@link addressTowns}.
 */
export function domainLabels(text: string): DomainLabel[] {
  if (!text.includes('.de') && !text.includes('[dot]de')) return [];
  const out: DomainLabel[] = [];
  DOMAIN.lastIndex = 0;
  for (let m = DOMAIN.exec(text); m; m = DOMAIN.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, key: compact(m[1]!), after: DOMAIN.lastIndex });
  }
  return out;
}

/** Letters of a name or domain label only, umlauts spelled out: "Landkreis Märkisch-Oderland" → "landkreismaerkischoderland". */
function compact(name: string): string {
  return slugify(name).replaceAll('-', '');
}

/**
 * Districts by every compact form a Kreis's own domain takes: its name as releases write it ("kreissoest"), its
 * official name where that has the Kreis in it ("hochtaunuskreis", "ennepe-ruhr-kreis"), and "kreis"/"landkreis"
 * before the official name ("landkreislandshut"). Kreisfreie Städte are left out: their domain is the city's.
 */
function domainIndex(resources: Resources): ReadonlyMap<string, readonly DistrictEntry[]> {
  return derived(resources, 'places/district-domains', ({ gazetteer }) => {
    const index = new Map<string, DistrictEntry[]>();
    const add = (key: string, d: DistrictEntry): void => {
      const list = index.get(key) ?? [];
      if (!list.includes(d)) list.push(d);
      index.set(key, list);
    };
    for (const d of gazetteer.districts) {
      if (d.type !== 'Kreis' && d.type !== 'Landkreis') continue;
      add(compact(d.name), d);
      if (/kreis/iu.test(d.officialName)) add(compact(d.officialName), d);
      add(`kreis${compact(d.officialName)}`, d);
      add(`landkreis${compact(d.officialName)}`, d);
    }
    return index;
  });
}

/**
 * Kreise named only by the domain of an address ("auf der Homepage der Kreisverwaltung (www.hochtaunuskreis.de)"):
 * the realtrain gold lists such a Kreis as a district mention (its GUIDE-ALIGNMENT N1), and the text names the body
 * that runs the services it reports on. A domain that is no Kreis's whole name gives nothing ("lra-sm.de").
 */
export function addressKreise(resources: Resources, domains: readonly DomainLabel[]): AddressKreis[] {
  const out: AddressKreis[] = [];
  for (const d of domains) {
    const entries = domainIndex(resources).get(d.key);
    if (entries) out.push({ start: d.start, end: d.end, entries, address: true });
  }
  return out;
}

/** A path after a domain that leads to an agency's pages. */
const AGENCY_PATH = /^\/(?:[\w-]+\/)*(?:polizei|staatsanwaltschaft|justiz|lka|feuerwehr)/iu;

/** Municipality forms by their compact letters ("freiburg", "saarbruecken"), for a town's own domain. */
function townDomainIndex(resources: Resources): ReadonlyMap<string, NameForm> {
  return derived(resources, 'places/town-domains', (r) => {
    const index = new Map<string, NameForm>();
    for (const forms of nameIndex(r).byFirstWord.values()) {
      for (const form of forms) {
        if (form.compoundOnly || form.risk === 'strong') continue;
        const key = compact(form.written);
        if (key.length >= 4 && !index.has(key)) index.set(key, form);
      }
    }
    return index;
  });
}

/**
 * Towns named by the domain of an address in the text ("www.freiburg.de", "stadtbuecherei@herzogenrath.de"): the
 * real gold lists them as places (realtrain-east 053, 054). Names that are everyday words ("brand") need more.
 */
export function addressTowns(resources: Resources, text: string, domains: readonly DomainLabel[]): (UpperPlace & { readonly address: true })[] {
  const out: (UpperPlace & { readonly address: true })[] = [];
  for (const d of domains) {
    const form = townDomainIndex(resources).get(d.key);
    // "www.berlin.de/polizei": the police's page on the city's portal names the police, not the town.
    if (form && !AGENCY_PATH.test(text.slice(d.after, d.after + 30))) out.push({ start: d.start, end: d.end, form, address: true });
  }
  return out;
}
