import type { DateMention, District, Municipality, ServiceImpact, ServiceStatus } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { longestNonOverlapping, spanOf } from '../text/spans.js';
import {
  AGAIN_BEFORE, CLAUSE_BREAK, CONFIDENCE, DISTRICT_SERVICES, EXCEPTION_START, GENERIC_SUBJECT, NEGATION_BEFORE, NOT_SUBJECT_AFTER, NOT_SUBJECT_BEFORE,
  OWNER_GAP, OWNING_PLACE_GAP, PLACE_LIST_GAP, SERVICE_CUES,
  SINCE_BEFORE, STATUS_CUES, UNTIL_BEFORE,
} from './constants.js';

interface Cue<T> { readonly span: { start: number; end: number; text: string }; readonly value: T; readonly weight: number }

// A cue may be part of a hyphenated compound ("Online-Terminbuchung", "E-Mail-Postfächer", "Standesamt-Software").
const SERVICE_PATTERNS = SERVICE_CUES.map((c) => ({
  re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:[\\p{L}\\p{N}]+-)*(?:${c.pattern})(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])`, 'gu'), service: c.service,
}));
// Statuses are matched case-insensitively ("Betroffen sind ...", "Erreichbar ist ..."), but not inside
// hyphenated compounds: "IT-Ausfall" names the topic, not a service's state.
const STATUS_PATTERNS = STATUS_CUES.map((c) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${c.pattern})(?![\\p{L}\\p{N}])`, 'giu'), status: c.status, weight: c.weight }));

type Place = { kind: 'municipality'; mention: Municipality } | { kind: 'district'; mention: District };

/** The place an impact belongs to, and how it was found. */
interface Binding { readonly place: Place; readonly factor: number }

/** A document's text with the mentions impacts are built from. */
export interface ImpactInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly municipalities: readonly Municipality[];
  readonly districts: readonly District[];
  readonly dates: readonly DateMention[];
  /** Publication date, `YYYY-MM-DD` (Europe/Berlin). */
  readonly publishedDate: string;
  /** The publisher's own municipality or district, the place of last resort. */
  readonly publisher?: Place | undefined;
}

function findCues<T>(text: string, start: number, end: number, patterns: readonly { re: RegExp; value: T; weight: number }[]): Cue<T>[] {
  const slice = text.slice(start, end);
  const out: Cue<T>[] = [];
  for (const p of patterns) {
    for (const m of slice.matchAll(p.re)) {
      out.push({ span: spanOf(text, start + m.index, start + m.index + m[0].length), value: p.value, weight: p.weight });
    }
  }
  return longestNonOverlapping(out);
}

function invert(status: ServiceStatus): ServiceStatus {
  return status === 'operational' || status === 'restored' ? 'outage' : 'operational';
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end + 1; // a cue after the service is preferred on ties
  return 0;
}

function placesIn(places: readonly Place[], start: number, end: number): Place[] {
  return places.filter((p) => p.mention.span.start >= start && p.mention.span.end <= end);
}

function nearest<T extends { span: { start: number; end: number } }>(items: readonly T[], to: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(to, item.span);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function placeRef(p: Place): Pick<ServiceImpact, 'municipality' | 'district'> {
  return p.kind === 'municipality'
    ? { municipality: { ags: p.mention.ags, name: p.mention.name } }
    : { district: { ags: p.mention.ags, name: p.mention.name } };
}

/**
 * Service impacts, sentence by sentence: service cues and status cues are paired within a clause
 * (contrast words like "aber", "während", "bis auf" start a new clause; a "bis auf" clause without its own
 * status takes the opposite of the sentence's), lists share their status, negations flip operational
 * and "wieder" flip operational cues. Each impact is bound to the place that owns the service ("Website der
 * Stadt Lünen") or the nearest place of its sentence (and the places listed with it); else to the last
 * place of the previous sentence or of the paragraph, the single place of the headline, the publisher's
 * place or the place that dominates the document, in that order. A statement about many places ("viele
 * Rathäuser") binds to none from context; without any place there is no impact. Offices a Kreis runs
 * (vehicle registration, driving licences) are put on the Kreis when the text is about it.
 */
export function extractImpacts(input: ImpactInput): ServiceImpact[] {
  const { text, sentences } = input;
  const places: Place[] = [
    ...input.municipalities.map((m) => ({ kind: 'municipality' as const, mention: m })),
    ...input.districts.map((d) => ({ kind: 'district' as const, mention: d })),
  ].sort((a, b) => a.mention.span.start - b.mention.span.start);
  const out: ServiceImpact[] = [];
  const seen = new Set<string>();
  const paragraphs = paragraphStarts(text);
  const servicePatterns = SERVICE_PATTERNS.map((p) => ({ re: p.re, value: p.service, weight: 1 }));
  const statusPatterns = STATUS_PATTERNS.map((p) => ({ re: p.re, value: p.status, weight: p.weight }));

  // Cues are found once over the whole text and then handed to the sentences that contain them.
  const allServices = findCues(text, 0, text.length, servicePatterns);
  const allStatuses = allServices.length > 0 ? findCues(text, 0, text.length, statusPatterns) : [];
  const within = <T extends { span: { start: number; end: number } }>(cues: readonly T[], s: Sentence): T[] =>
    cues.filter((c) => c.span.start >= s.start && c.span.end <= s.end);
  for (const [index, sentence] of sentences.entries()) {
    // Questions ("Wann laufen die Systeme wieder?") state nothing.
    if (sentence.text.trimEnd().endsWith('?')) continue;
    const found = within(allServices, sentence);
    const services = found.filter((s, i) => {
      if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, s.span.start - 40), s.span.start))) return false;
      if (NOT_SUBJECT_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40)))) return false;
      const previous = found[i - 1];
      if (previous && OWNER_GAP.test(text.slice(previous.span.end, s.span.start))) return false;
      // "telefonisch" next to another service is the channel it is reached by, not a service of its own.
      return !(s.value === 'phone' && /^telefonisch/iu.test(s.span.text) && found.length > 1);
    });
    if (services.length === 0) continue;
    const statuses = within(allStatuses, sentence).map((s) => {
      if (s.value !== 'operational' || /^(?:nicht|kein|wie)/iu.test(s.span.text)) return s;
      const before = text.slice(Math.max(sentence.start, s.span.start - 50), s.span.start);
      if (NEGATION_BEFORE.test(before)) return { ...s, value: 'outage' as ServiceStatus };
      if (AGAIN_BEFORE.test(before)) return { ...s, value: 'restored' as ServiceStatus };
      return s;
    });
    if (statuses.length === 0) continue;

    // Clauses of the sentence, with whether each is a "bis auf" exception.
    const breaks = [sentence.start];
    for (const m of sentence.text.matchAll(CLAUSE_BREAK)) breaks.push(sentence.start + m.index);
    breaks.push(sentence.end);
    const clauses = breaks.slice(0, -1).map((start, i) => ({ start, end: breaks[i + 1]!, exception: EXCEPTION_START.test(text.slice(start, breaks[i + 1])) }));

    const binding = bindPlace(paragraphs, places, sentences, index, input.publisher);
    const when = timeOf(input, sentence, index);
    let previousClauseStatus: ServiceStatus | undefined;
    for (const clause of clauses) {
      const clauseStatuses = statuses.filter((s) => s.span.start >= clause.start && s.span.end <= clause.end);
      const clauseServices = services.filter((s) => s.span.start >= clause.start && s.span.end <= clause.end);
      for (const service of clauseServices) {
        let status: ServiceStatus | undefined;
        let cue = nearest(clauseStatuses, service.span);
        if (cue) status = cue.value;
        else if (clause.exception && previousClauseStatus) {
          status = invert(previousClauseStatus);
          cue = undefined;
        }
        if (!status) continue;
        const inSentence = placesIn(places, sentence.start, sentence.end);
        const owning = inSentence.find((p) => p.mention.span.start >= service.span.end
          && OWNING_PLACE_GAP.test(text.slice(service.span.end, p.mention.span.start)));
        const closest = owning ?? nearestPlace(inSentence, service.span);
        const generic = GENERIC_SUBJECT.test(text.slice(clause.start, clause.end));
        const targets = closest ? listAround(text, inSentence, closest) : binding && !generic ? [binding.place] : [];
        const factor = closest ? 1 : binding?.factor ?? 1;
        const start = Math.min(service.span.start, cue?.span.start ?? service.span.start);
        const end = Math.max(service.span.end, cue?.span.end ?? service.span.end);
        const far = cue && distance(service.span, cue.span) > 60 ? CONFIDENCE.farApart : 1;
        for (const target of targets) {
          const place = districtRunning(target, service.value, places, input.publisher);
          const impact: ServiceImpact = {
            span: spanOf(text, start, end), ...placeRef(place), service: service.value, status,
            asOf: when.asOf, ...(when.since ? { since: when.since } : {}), ...(when.until ? { until: when.until } : {}),
            confidence: Math.round(CONFIDENCE.base * (cue?.weight ?? 0.7) * factor * far * 100) / 100,
          };
          const key = `${place.mention.ags}|${impact.service}|${impact.status}|${impact.asOf}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(impact);
        }
      }
      const dominant = nearest(clauseStatuses, { start: clause.start, end: clause.start });
      if (dominant) previousClauseStatus = dominant.value;
    }
  }
  return out;
}

/** The Kreis for a municipality when the service is one the Kreis runs and the text is about that Kreis. */
function districtRunning(place: Place, service: string, places: readonly Place[], publisher: Place | undefined): Place {
  if (place.kind !== 'municipality' || !DISTRICT_SERVICES.has(service)) return place;
  const districtAgs = place.mention.district.ags;
  const district = places.find((p) => p.kind === 'district' && p.mention.ags === districtAgs)
    ?? (publisher?.kind === 'district' && publisher.mention.ags === districtAgs ? publisher : undefined);
  return district ?? place;
}

/** `place` and the places listed with it ("Siegen und Warburg", "Siegen-Wittgenstein und Soest"). */
function listAround(text: string, places: readonly Place[], place: Place): Place[] {
  const i = places.indexOf(place);
  let from = i;
  let to = i;
  while (from > 0 && PLACE_LIST_GAP.test(text.slice(places[from - 1]!.mention.span.end, places[from]!.mention.span.start))) from--;
  while (to < places.length - 1 && PLACE_LIST_GAP.test(text.slice(places[to]!.mention.span.end, places[to + 1]!.mention.span.start))) to++;
  return places.slice(from, to + 1);
}

function nearestPlace(places: readonly Place[], to: { start: number; end: number }): Place | undefined {
  return nearest(places.map((p) => ({ span: p.mention.span, place: p })), to)?.place;
}

/** Starts of paragraphs (text after a blank line), ascending. */
function paragraphStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\n[ \t]*\n/gu)) out.push(m.index + m[0].length);
  return out;
}

function bindPlace(paragraphs: readonly number[], places: readonly Place[], sentences: readonly Sentence[], index: number, publisher: Place | undefined): Binding | undefined {
  const sentence = sentences[index]!;
  let paragraph = 0;
  for (const p of paragraphs) if (p <= sentence.start) paragraph = p;
  const previous = index > 0 ? sentences[index - 1] : undefined;
  if (previous && previous.start >= paragraph) {
    const inPrevious = placesIn(places, previous.start, previous.end);
    const last = inPrevious[inPrevious.length - 1];
    if (last) return { place: last, factor: CONFIDENCE.placeFromPreviousSentence };
  }
  const before = places.filter((p) => p.mention.span.end <= sentence.start && p.mention.span.start >= paragraph);
  const last = before[before.length - 1];
  if (last) return { place: last, factor: CONFIDENCE.placeFromContext };
  // A release's headline names its subject ("Lünen: Bürgerbüro eingeschränkt").
  const firstSentence = sentences[0];
  const inTitle = firstSentence ? placesIn(places, firstSentence.start, firstSentence.end) : [];
  if (inTitle.length > 0 && new Set(inTitle.map((p) => p.mention.ags)).size === 1) return { place: inTitle[0]!, factor: CONFIDENCE.placeFromTitle };
  if (publisher) return { place: publisher, factor: CONFIDENCE.placeFromPublisher };
  const dominant = dominantPlace(places);
  if (dominant) return { place: dominant, factor: CONFIDENCE.placeFromDocument };
  return undefined;
}

/** The place most of the document's place mentions name (at least 60 % of them), if any. */
function dominantPlace(places: readonly Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const counts = new Map<string, { place: Place; count: number }>();
  for (const p of places) {
    const entry = counts.get(p.mention.ags) ?? { place: p, count: 0 };
    entry.count++;
    counts.set(p.mention.ags, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0]!;
  return best.count / places.length >= 0.6 ? best.place : undefined;
}

function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** asOf, since and until for an impact in `sentence`. */
function timeOf(input: ImpactInput, sentence: Sentence, index: number): { asOf: string; since?: string; until?: string } {
  const inSentence = input.dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  let since: string | undefined;
  let until: string | undefined;
  let asOf: string | undefined;
  for (const d of inSentence) {
    const before = input.text.slice(Math.max(sentence.start, d.span.start - 30), d.span.start);
    if (SINCE_BEFORE.test(before)) since ??= d.value;
    else if (UNTIL_BEFORE.test(before)) until ??= d.end ?? d.value;
    else if (dayOf(d.value) <= input.publishedDate && (!asOf || d.value > asOf)) asOf = d.value;
  }
  if (!asOf && index > 0) {
    // A heading like "Update am Montagvormittag (6. November):" dates what follows it.
    const previous = input.sentences[index - 1]!;
    if (previous.text.trimEnd().endsWith(':')) {
      const heading = input.dates.filter((d) => d.span.start >= previous.start && d.span.end <= previous.end && dayOf(d.value) <= input.publishedDate);
      asOf = heading[heading.length - 1]?.value;
    }
  }
  return { asOf: asOf ?? input.publishedDate, ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
