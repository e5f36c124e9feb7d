import type { District } from '@lagebild/schema';
import { loadGazetteer, type DistrictEntry } from '@lagebild/gazetteer';
import { escapeRegex, inflections } from '../text/inflect.js';
import { overlapsAny, spanOf } from '../text/spans.js';
import { resolveDistrict, type PlaceHints } from './resolve.js';

const DESIGNATOR = /(?<![\p{L}\p{N}-])(?:Landkreis(?:es|e|en)?|Kreis(?:es|e|en)?|Kreisverwaltung(?:en)?|Kreisgebiet(?:s|es)?|Lkr\.|Landratsamt(?:es|s)?|Kreishaus|Landkreisverwaltung)[ \u00a0]+/gu;
const LIST_JOIN = /^[ \u00a0]*(?:,|und|sowie|oder)[ \u00a0]+/u;
const NAME_RUN = /^[\p{Lu}][\p{L}\p{M}.\-]*(?:[ \u00a0]+(?:\([\p{L}. ]{1,20}\)|[\p{Lu}][\p{L}\p{M}.\-]*|am|an der|a\.d\.|i\.|im)){0,3}/u;

interface DistrictIndex {
  /** Official names that stand on their own ("Hochsauerlandkreis", "Märkischen Kreises", "Region Hannover"). */
  readonly bare: RegExp;
  readonly bareForms: ReadonlyMap<string, DistrictEntry>;
}

let index: DistrictIndex | undefined;

/** Official names that are unmistakably districts without a designator. */
function standsAlone(d: DistrictEntry): boolean {
  if (d.type === 'Kreisfreie Stadt' || d.type === 'Stadtkreis') return false;
  const official = d.officialName;
  if (/kreis/iu.test(official) || /^(?:Region|Städteregion|Regionalverband)\s/u.test(official) || /\sLand$/u.test(official)) return true;
  return official.includes('-') && loadGazetteer().findMunicipalities(official).length === 0;
}

function districtIndex(): DistrictIndex {
  if (index) return index;
  const bareForms = new Map<string, DistrictEntry>();
  for (const d of loadGazetteer().districts) {
    if (!standsAlone(d)) continue;
    const forms = inflections(d.officialName);
    if (d.officialName.startsWith('Städteregion ')) forms.push(d.officialName.replace('Städteregion', 'StädteRegion'));
    for (const f of forms) if (!bareForms.has(f)) bareForms.set(f, d);
  }
  const alternation = [...bareForms.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  index = { bare: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), bareForms };
  return index;
}

/** The longest leading words of `run` that name a district, with the entries. */
function districtPrefix(run: string): { written: string; entries: readonly DistrictEntry[] } | undefined {
  const g = loadGazetteer();
  const words = run.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const written = words.slice(0, n).join(' ').replace(/[.,;:]+$/u, '');
    const entries = g.findDistricts(written).filter((d) => d.type !== 'Kreisfreie Stadt' && d.type !== 'Stadtkreis');
    if (entries.length > 0) return { written, entries };
    const inflected = /^(.*?)(?:es|s)$/u.exec(written)?.[1];
    if (inflected && words.length >= 1 && n === 1) {
      const base = g.findDistricts(inflected).filter((d) => d.type !== 'Kreisfreie Stadt' && d.type !== 'Stadtkreis');
      if (base.length > 0 && /kreis$/iu.test(inflected)) return { written, entries: base };
    }
  }
  return undefined;
}

/**
 * Districts in `text`, named as releases write them (the gazetteer's label: "Kreis Unna", "Märkischer Kreis"): a designator with one or more names ("Kreis Soest", "Kreisverwaltungen
 * Siegen-Wittgenstein und Soest", "Landkreisen Rhön-Grabfeld und Haßberge") or an official name that
 * stands alone ("Hochsauerlandkreis", "des Märkischen Kreises", "Region Hannover"). Mentions inside
 * `blocked` ranges (agency names) are skipped.
 */
export function extractDistricts(text: string, blocked: readonly { start: number; end: number }[], hints: PlaceHints): District[] {
  const found: { start: number; end: number; entries: readonly DistrictEntry[] }[] = [];
  for (const m of text.matchAll(DESIGNATOR)) {
    let cursor = m.index + m[0].length;
    let first = true;
    for (let guard = 0; guard < 6; guard++) {
      const run = NAME_RUN.exec(text.slice(cursor, cursor + 80))?.[0];
      if (!run) break;
      const hit = districtPrefix(run);
      if (!hit) break;
      found.push({ start: first ? m.index : cursor, end: cursor + hit.written.length, entries: hit.entries });
      first = false;
      cursor += hit.written.length;
      const join = LIST_JOIN.exec(text.slice(cursor, cursor + 12));
      if (!join) break;
      cursor += join[0].length;
    }
  }
  const { bare, bareForms } = districtIndex();
  for (const m of text.matchAll(bare)) {
    const entry = bareForms.get(m[0]);
    if (entry) found.push({ start: m.index, end: m.index + m[0].length, entries: [entry] });
  }
  const out: District[] = [];
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (overlapsAny(f, blocked) || out.some((o) => o.span.start < f.end && f.start < o.span.end)) continue;
    const resolved = resolveDistrict(f.entries, hints);
    if (!resolved) continue;
    const d = resolved.entry;
    out.push({ span: spanOf(text, f.start, f.end), ags: d.ags, name: d.name, state: d.state, confidence: Math.round(0.9 * resolved.certainty * 100) / 100 });
  }
  return out;
}
