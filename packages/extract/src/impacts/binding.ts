import type { Sentence } from '../text/sentences.js';
import { ARTICLE_LIST_GAP, CONFIDENCE, DISTRICT_SERVICES, KREIS_BODY, KREIS_NAMED_SERVICES, KREIS_NAMED, LOCATION_BEFORE, PLACE_LIST_GAP } from './constants.js';
import { endsWithMatch } from '../text/suffix.js';
import { lastStartingBefore, nearest, spansWithin, type Binding, type Place } from './cues.js';

const locationBefore = endsWithMatch(LOCATION_BEFORE);
const placeSpan = (p: Place): { start: number; end: number } => p.mention.span;

/** The places (sorted by position) lying within [start, end]. */
export function placesIn(places: readonly Place[], start: number, end: number): Place[] {
  return spansWithin(places, placeSpan, start, end);
}

/** The Kreis for a municipality when the service is one the Kreis runs and the text is about that Kreis. */
export function districtRunning(place: Place, service: string, places: readonly Place[], kreis: Place | undefined, kreisRuns = false, kreisOffice = false): Place | undefined {
  if (place.kind !== 'municipality' || !(DISTRICT_SERVICES.has(service) || kreisOffice)) return place;
  if (KREIS_NAMED_SERVICES.has(service) && !kreisRuns && !kreisOffice && kreis?.kind !== 'district') return place;
  // A Kreis's own release speaks of its own offices, wherever they are ("Kfz-Zulassungsstelle in Ludwigshafen").
  if (kreis?.kind === 'district') return kreis;
  const districtAgs = place.mention.district.ags;
  const district = places.find((p) => p.kind === 'district' && p.mention.ags === districtAgs);
  if (district) return district;
  const kreisfrei = place.mention.ags.endsWith('000');
  if (kreisfrei) {
    // "Landratsamt München … in München-Untergiesing": a Kreis named after the city it surrounds runs its offices there.
    if (kreisOffice || kreisRuns) return places.find((p) => p.kind === 'district' && sameBaseName(p.mention.name, place.mention.name)) ?? place;
    return place;
  }
  // The body that runs the office is the Kreis of the town where it stands (annotation guide §4): a Landratsamt
  // or Kreisverwaltung always, a registration office where the text says the Kreis runs it.
  return kreisOffice || kreisRuns ? districtOf(place) : place;
}

/** Whether a Kreis's name is a city's name with its designator ("Landkreis München" and "München"). */
function sameBaseName(district: string, city: string): boolean {
  const base = city.split(/[ ,(]/u)[0]!;
  if (base.length <= 2 || district === city) return false;
  const at = district.indexOf(base);
  const after = district.charCodeAt(at + base.length);
  // The whole word: "Landkreis München", not "Landkreis Münchenbernsdorf".
  return at > 0 && district.charCodeAt(at - 1) === 32 && (Number.isNaN(after) || after === 32 || after === 45);
}

/** The Kreis a municipality belongs to, as a place standing where the municipality is named. */
export function districtOf(place: Place & { kind: 'municipality' }): Place {
  const m = place.mention;
  return { kind: 'district', mention: { span: m.span, ags: m.district.ags, name: m.district.name, state: m.state, confidence: Math.round(m.confidence * 90) / 100 } };
}

/** The Kreis a text is about: the publisher's own, else the single district the text names, else the one named last before `at`. */
export function kreisOf(places: readonly Place[], publisher: Place | undefined, kreisPublisher: boolean, at = -1): Place | undefined {
  if (kreisPublisher && publisher?.kind === 'district') return publisher;
  const districts = new Map<string, Place>();
  let last: Place | undefined;
  for (const p of places) {
    if (p.kind !== 'district') continue;
    districts.set(p.mention.ags, p);
    if (p.mention.span.start < at) last = p;
  }
  if (districts.size === 1) return [...districts.values()][0];
  // "des Kreises" in a text of several Kreise: the one named last before it.
  if (districts.size > 1) return last;
  return publisher?.kind === 'district' ? publisher : undefined;
}

/** Whether `next` is listed right after `place` ("Siegen und Warburg", "Schwerin und der Landkreis Ludwigslust-Parchim"). */
function listedAfter(text: string, place: Place, next: Place): boolean {
  const gap = text.slice(place.mention.span.end, next.mention.span.start);
  return PLACE_LIST_GAP.test(gap) || (ARTICLE_LIST_GAP.test(gap) && KREIS_NAMED.test(next.mention.span.text));
}

/** `place` and the places listed with it ("Siegen und Warburg", "Siegen-Wittgenstein und Soest"). */
export function listAround(text: string, places: readonly Place[], place: Place): Place[] {
  const i = places.indexOf(place);
  // A place from outside the sentence (the Kreis that runs an office named by its locations) stands alone.
  if (i < 0) return [place];
  let from = i;
  let to = i;
  while (from > 0 && listedAfter(text, places[from - 1]!, places[from]!)) from--;
  while (to < places.length - 1 && listedAfter(text, places[to]!, places[to + 1]!)) to++;
  return places.slice(from, to + 1);
}

export function nearestPlace(places: readonly Place[], to: { start: number; end: number }): Place | undefined {
  return nearest(places.map((p) => ({ span: p.mention.span, place: p })), to)?.place;
}

export const PARAGRAPH_BREAK = /\n[ \t]*\n/gu;

/** Starts of paragraphs (text after a blank line), ascending. */
export function paragraphStarts(text: string): number[] {
  const out = [0];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) out.push(m.index + m[0].length);
  return out;
}

export function bindPlace(
  paragraphs: readonly number[], places: readonly Place[], sentences: readonly Sentence[], index: number, publisher: Place | undefined, kreisPublisher: boolean,
  authority: boolean, dateline?: Place,
): Binding | undefined {
  const sentence = sentences[index]!;
  let paragraph = 0;
  {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid]! <= sentence.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) paragraph = paragraphs[lo - 1]!;
  }
  // In a Kreis's own release, what no sentence places is about the Kreis (or another district named before).
  const kreis = kreisPublisher && publisher?.kind === 'district';
  // Plain loops for the last or first place of a stretch: this runs for every sentence with an impact.
  const previous = index > 0 ? sentences[index - 1] : undefined;
  if (previous && previous.start >= paragraph) {
    let last: Place | undefined;
    let several = false;
    const candidates = placesIn(places, previous.start, previous.end);
    // "Das Rathaus in Neubrandenburg (Landkreis Mecklenburgische Seenplatte) … Die Stadtverwaltung ist …": a town's
    // own body is a town's, not the Kreis named beside it.
    const townBody = !kreis && TOWN_BODY.test(sentence.text) && !KREIS_BODY.test(sentence.text) && candidates.some((p) => p.kind === 'municipality');
    for (const p of candidates) {
      if (kreis && p.kind !== 'district') continue;
      if (townBody && p.kind === 'district') continue;
      if (last && last.mention.ags !== p.mention.ags) several = true;
      last = p;
    }
    // "Der Stromausfall, der Teile von Weißenhorn und Roggenburg lahmgelegt hat, wirkt sich auf die Arbeit der
    // Stadtverwaltung aus": of several places, the one the text has spoken of most so far, not merely the last.
    if (last && several) last = mostNamedBefore(places, previous, sentence.start) ?? last;
    if (last) return { place: last, factor: CONFIDENCE.placeFromPreviousSentence };
  }
  if (kreis && publisher) return { place: publisher, factor: CONFIDENCE.placeFromPublisher };
  let last: Place | undefined;
  // The last place before the sentence in its paragraph (places end in start order: mentions do not overlap much).
  for (let i = lastStartingBefore(places, placeSpan, sentence.start); i >= 0 && places[i]!.mention.span.start >= paragraph; i--) {
    if (places[i]!.mention.span.end <= sentence.start) {
      last = places[i];
      break;
    }
  }
  if (last) {
    // The sentence that named it may have named several ("Teile von Weißenhorn und Roggenburg"): the most named of them.
    let k = index - 1;
    while (k > 0 && sentences[k]!.start > last.mention.span.start) k--;
    const naming = sentences[k];
    if (naming && placesIn(places, naming.start, naming.end).some((p) => p.mention.ags !== last!.mention.ags)) last = mostNamedBefore(places, naming, sentence.start) ?? last;
    return { place: last, factor: CONFIDENCE.placeFromContext };
  }
  // A news text's dateline ("Wendeburg" alone on its line before the story) names where the story is, before a
  // headline or breadcrumb that names several places or the Kreis around it.
  if (dateline && dateline.mention.span.end <= sentence.start && !publisher) return { place: dateline, factor: CONFIDENCE.placeFromTitle };
  // A release's headline names its subject ("Lünen: Bürgerbüro eingeschränkt").
  const firstSentence = sentences[0];
  if (firstSentence) {
    let inTitle: Place | undefined;
    let single = true;
    for (const p of placesIn(places, firstSentence.start, firstSentence.end)) {
      if (!inTitle) inTitle = p;
      else if (p.mention.ags !== inTitle.mention.ags) single = false;
    }
    if (inTitle && single) return { place: inTitle, factor: CONFIDENCE.placeFromTitle };
  }
  if (publisher) return { place: publisher, factor: CONFIDENCE.placeFromPublisher };
  if (authority) return undefined;
  const dominant = dominantPlace(places);
  if (dominant) return { place: dominant, factor: CONFIDENCE.placeFromDocument };
  return undefined;
}

/** Blanks only, as before a dateline on its line. */
const BLANKS_ONLY = /^[ \u00a0]*$/u;
/** What may follow a dateline on its line: nothing, or a full stop, colon or dash. */
const DATELINE_END = /^[ \u00a0]*[.:–-]?[ \u00a0]*$/u;
/** What follows a dateline that opens the story's line: a full stop or a dash (an agency's tag in parentheses before it), then the story. */
const INLINE_DATELINE_AFTER = /^(?:[ \u00a0]*\([^()\n]{1,30}\))?(?:\.[ \u00a0]+|[ \u00a0]+[–—-][ \u00a0]+)(?=\p{Lu})/u;
/** How long the story's first paragraph after a dateline is at least. */
const STORY_AFTER = 80;

/**
 * The place a dateline names: the first place mention alone on its line (a full stop, colon or dash after it allowed)
 * with a paragraph of the story after it ("Wendeburg\n\nAuf ihrer Homepage hatte die Gemeinde …"), or, with `inlineToo`,
 * one that opens the story's own line ("St. Wendel. Eigentlich …", "Köln – Ein zentraler …"). Undefined where there is none.
 */
export function datelinePlace(text: string, places: readonly Place[], inlineToo = true): Place | undefined {
  for (const p of places) {
    const { start, end } = p.mention.span;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!BLANKS_ONLY.test(text.slice(lineStart, start))) continue;
    let lineEnd = text.indexOf('\n', end);
    // "St. Wendel. Eigentlich sollte klar sein, …", "Köln – Ein zentraler Server-Ausfall …": the dateline that opens the story's line.
    const inline = INLINE_DATELINE_AFTER.exec(text.slice(end, end + 40));
    if (inlineToo && inline && (lineEnd < 0 ? text.length : lineEnd) - (end + inline[0].length) >= STORY_AFTER) return p;
    if (lineEnd < 0) continue;
    if (!DATELINE_END.test(text.slice(end, lineEnd))) continue;
    // The next line with text is the story's first paragraph, not another heading or a menu entry.
    while (text[lineEnd] === '\n' || text[lineEnd] === ' ') lineEnd++;
    const next = text.indexOf('\n', lineEnd);
    if ((next < 0 ? text.length : next) - lineEnd >= STORY_AFTER) return p;
  }
  return undefined;
}

/** Words naming a town's own administration. */
export const TOWN_BODY = /(?<![\p{L}])(?:Stadtverwaltung|Gemeindeverwaltung|Rathaus|Rathauses|Bürgerbüro|Bürgeramt)(?![\p{L}])/u;

/**
 * Of the places named in `previous`, the one named most often before `end` (counted over the whole text so far),
 * or undefined where two are named equally often (the last one named then stands).
 */
function mostNamedBefore(places: readonly Place[], previous: Sentence, end: number): Place | undefined {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.mention.span.start >= end) break;
    counts.set(p.mention.ags, (counts.get(p.mention.ags) ?? 0) + 1);
  }
  let best: Place | undefined;
  let bestCount = 0;
  let tie = false;
  for (const p of placesIn(places, previous.start, previous.end)) {
    const count = counts.get(p.mention.ags) ?? 0;
    if (best && best.mention.ags === p.mention.ags) continue;
    if (count > bestCount) {
      best = p;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * The place most of the document's place mentions name (at least 60 % of them), if any. A municipality's
 * mentions count for a district the document also names ("Landratsamt Ludwigsburg ... in Ludwigsburg"):
 * the Kreis is then the body the document is about.
 */
export function dominantPlace(places: readonly Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const counts = new Map<string, { place: Place; count: number }>();
  const districts = new Map<string, Place>();
  for (const p of places) if (p.kind === 'district') districts.set(p.mention.ags, p);
  for (const p of places) {
    const owner = p.kind === 'municipality' ? districts.get(p.mention.district.ags) ?? p : p;
    const entry = counts.get(owner.mention.ags) ?? { place: owner, count: 0 };
    entry.count++;
    counts.set(owner.mention.ags, entry);
  }
  // The first of the most named (as a stable sort by count would put first).
  let best: { place: Place; count: number } | undefined;
  let runnerUp = 0;
  for (const entry of counts.values()) {
    if (!best || entry.count > best.count) {
      runnerUp = best?.count ?? 0;
      best = entry;
    } else runnerUp = Math.max(runnerUp, entry.count);
  }
  if (!best) return undefined;
  if (best.count / places.length >= 0.6) return best.place;
  // "Rottenburg … (früher Ludwigsburg, jetzt Stuttgart)": the place the text opens with and names more often than any
  // other is what it is about, though the places named in passing bring its share below 60 %.
  const first = places[0]!;
  const firstOwner = first.kind === 'municipality' ? districts.get(first.mention.district.ags) ?? first : first;
  return firstOwner.mention.ags === best.place.mention.ags && best.count > runnerUp ? best.place : undefined;
}

/**
 * The places of a sentence that may own a service: not those named only as where a building stands
 * ("an den Standorten Demmin und Waren", "Außenstelle in Parchim"); the body that runs the service is
 * what an impact belongs to (annotation guide §4). Where every place is such a location, the Kreis the document
 * names for them stands in, else the one Kreis they lie in; undefined where they lie in several or in a kreisfreie Stadt.
 */
export function ownersOf(text: string, places: readonly Place[], all: readonly Place[]): readonly Place[] | undefined {
  const owners = places.filter((p, i) => {
    if (p.kind !== 'municipality') return true;
    // A list after a location word: every member is a location ("an den Standorten Demmin, Neubrandenburg und Waren").
    let first = i;
    while (first > 0 && listedAfter(text, places[first - 1]!, places[first]!)) first--;
    return !locationBefore(text.slice(Math.max(0, places[first]!.mention.span.start - 40), places[first]!.mention.span.start));
  });
  if (owners.length > 0 || places.length === 0) return owners.length > 0 ? owners : places;
  // Only locations: the Kreis the document names for them runs the offices; unnamed, the Kreis they lie in
  // (guide §4: the body that runs the service), when they all lie in one that is not a kreisfreie Stadt.
  const districts = places.map((p) => all.find((d) => d.kind === 'district' && p.kind === 'municipality' && d.mention.ags === p.mention.district.ags));
  if (districts.every((d) => d !== undefined)) return [districts[0]!];
  const first = places[0]!;
  if (first.kind !== 'municipality' || first.mention.ags.endsWith('000')) return undefined;
  return places.every((p) => p.kind === 'municipality' && p.mention.district.ags === first.mention.district.ags) ? [districtOf(first)] : undefined;
}

/**
 * In a sentence about a Kreis's own authority ("Landratsamt Amberg-Sulzbach ... in Amberg"), a municipality of
 * that Kreis is where the authority sits, and the Kreis runs the service.
 */
export function bodyRunning(
  text: string, sentence: { start: number; end: number }, places: readonly Place[], closest: Place | undefined, service?: string, written = '',
): Place | undefined {
  if (!closest || closest.kind !== 'municipality') return closest;
  // "Die Stadtverwaltung Soest und die Kreisverwaltung Soest": the town's own administration stays the town's.
  if (MUNICIPAL_BODY.test(written)) return closest;
  if (!KREIS_BODY.test(text.slice(sentence.start, sentence.end))) return closest;
  const district = places.find((p) => p.kind === 'district' && p.mention.ags === closest.mention.district.ags);
  if (district) return district;
  // The Kreis building's own lines and systems ("Telefonanlage ... das Kreishaus in Lüdenscheid") are the Kreis's.
  const kreisfrei = closest.mention.ags.endsWith('000');
  return !kreisfrei && service !== undefined && BUILDING_SERVICES.has(service) ? districtOf(closest) : closest;
}

/** Service words that name a town's own body, never a Kreis's. */
const MUNICIPAL_BODY = /^(?:Stadtverwaltung|Gemeindeverwaltung|Rathaus|Rathäuser|Stadthaus|Bürgerbüro|Bürgeramt|Stadtbibliothek|Stadtbücherei|Stadtkasse|Gemeindekasse)/u;

/** Services of an authority's building rather than of the town it stands in. */
export const BUILDING_SERVICES: ReadonlySet<string> = new Set(['phone', 'email', 'it-systems', 'website']);
