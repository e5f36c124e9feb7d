import type { ServiceImpact } from '@lagebild/schema';
import { BRANCH_NAME, DAY_WORD } from '../constants.js';


/** The sentence a statement stands in (from the last sentence end before it to the next one after it). */
function sentenceAround(text: string, impact: ServiceImpact): string {
  // A full stop ends a sentence where a blank follows and no digit stands before it ("15. Februar" goes on).
  const endsAt = (k: number): boolean => /[!?\n]/u.test(text[k]!) || (text[k] === '.' && /\s/u.test(text[k + 1] ?? ' ') && !/\d/u.test(text[k - 1] ?? ''));
  let start = impact.span.start;
  while (start > 0 && !endsAt(start - 1)) start--;
  let end = impact.span.end;
  while (end < text.length && !endsAt(end)) end++;
  return text.slice(start, end);
}

/**
 * Whether two statements name different days ("an diesem Donnerstag … geöffnet. An Rosenmontag … geschlossen"): states
 * at different times, even where a text without a publication date gives them no day of their own.
 */
function onOtherDays(text: string, a: ServiceImpact, b: ServiceImpact): boolean {
  if (!text) return false;
  const daysOf = (i: ServiceImpact) => new Set([...sentenceAround(text, i).matchAll(DAY_WORD)].map((m) => m[0].toLowerCase()));
  const da = daysOf(a);
  const db = daysOf(b);
  if (da.size === 0 || db.size === 0) return false;
  for (const d of da) if (db.has(d)) return false;
  return true;
}

/**
 * An open statement that names one site of a branched office ("Die Bibliothek Langebrück ist … geöffnet", "die Bücherei
 * in der Integrierten Gesamtschule Paffrath", "die Zweigstelle in Bensberg"): beside a closure of the same service, however
 * far apart, one site closed and another open.
 */
const SITE_OPEN = /^(?:(?:Stadt|Stadtteil|Gemeinde)?(?:[Bb]ibliothek|[Bb]ücherei)|Bürgerbüro|Bürgeramt|Zweigstelle|Filiale|Außenstelle)[ \u00a0]+(?:(?:in|im|an)[ \u00a0]+(?:der[ \u00a0]+|dem[ \u00a0]+)?)?\p{Lu}/u;

/** How near (in characters) two statements must be to describe one state of parts, not two states in time. */
const NEAR = 250;
/** How near a restriction may follow a working statement to qualify it ({@link qualifies} keeps it to the next sentence). */
const NEAR_QUALIFIED = 400;

/**
 * One service of one place stated closed and open side by side ("Die Bürgerbüros Mitte und Süd sind
 * geschlossen. Das Bürgerbüro Nord hat geöffnet.") is partly available: one degraded impact in place of the
 * two (annotation guide §4: one of several offices closed is degraded). Statements further apart are states
 * at different times and stay as they are. A working statement beside a restricted one of the same service is
 * dropped: open but restricted is degraded, not operational as well (guide §4). Keeps the order of the rest.
 */
export function mergeMixedStates(impacts: readonly ServiceImpact[], text = ''): ServiceImpact[] {
  // One impact has nothing to merge with (most texts).
  if (impacts.length < 2) return [...impacts];
  const keyOf = (i: ServiceImpact): string => `${i.municipality?.ags ?? i.district?.ags}|${i.service}|${i.asOf ?? ''}`;
  const dropped = new Set<ServiceImpact>();
  const degraded = new Map<ServiceImpact, ServiceImpact>();
  // Operational statements by place, service and day: each outage looks only among its own.
  const operational = new Map<string, ServiceImpact[]>();
  for (const o of impacts) {
    if (o.status !== 'operational') continue;
    const list = operational.get(keyOf(o)) ?? [];
    list.push(o);
    operational.set(keyOf(o), list);
  }
  for (const a of impacts) {
    if (a.status !== 'outage' || dropped.has(a)) continue;
    const b = operational.get(keyOf(a))?.find((o) => !dropped.has(o) && (Math.abs(o.span.start - a.span.start) <= NEAR || SITE_OPEN.test(o.span.text))
      && !onOtherDays(text, a, o));
    if (!b) continue;
    const first = a.span.start <= b.span.start ? a : b;
    dropped.add(a === first ? b : a);
    degraded.set(first, { ...first, status: 'degraded' });
  }
  // "arbeitsfähig, allerdings seien alle Dienstgebäude geschlossen": open but restricted is degraded, not working as well.
  const restricted = new Map<string, ServiceImpact[]>();
  for (const i of impacts) {
    const item = degraded.get(i) ?? i;
    if (item.status !== 'degraded' || dropped.has(i)) continue;
    const list = restricted.get(keyOf(item)) ?? [];
    list.push(item);
    restricted.set(keyOf(item), list);
  }
  for (const o of impacts) {
    // An operational statement merged into a degraded one above is that degraded one now, not a working state beside it.
    if (o.status !== 'operational' || dropped.has(o) || degraded.has(o)) continue;
    if (restricted.get(keyOf(o))?.some((d) => Math.abs(d.span.start - o.span.start) <= NEAR_QUALIFIED
      // One site open beside some closed ("Das Bürgerbüro Mitte hat geöffnet" after "Die Bürgerbüros Nord und Süd sind
      // geschlossen", read as degraded already; "Die Zweigbibliothek Am Stern ist geöffnet" after the main library's late
      // opening): the same partly available office, not a working one as well.
      && (qualifies(text, o, d) || BRANCH_NAME.test(o.span.text) || SITE_OPEN.test(o.span.text)))) dropped.add(o);
  }
  // "Die Telefonanlage ist ausgefallen – betroffen sind auch die Rufnummern …": "betroffen" beside a firm outage of the
  // same service restates it, no second, weaker state.
  const outages = impacts.filter((i) => i.status === 'outage' && !dropped.has(i) && !degraded.has(i));
  if (outages.length > 0) {
    for (const i of impacts) {
      if (i.status !== 'degraded' || dropped.has(i) || !affectedOnly(i.span.text)) continue;
      if (outages.some((o) => keyOf(o) === keyOf(i) && Math.abs(i.span.start - o.span.start) <= NEAR)) dropped.add(i);
    }
  }
  const out: ServiceImpact[] = [];
  const seen = new Set<string>();
  for (const i of impacts) {
    if (dropped.has(i)) continue;
    const item = degraded.get(i) ?? i;
    const key = `${keyOf(item)}|${item.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

const AFFECTED = /(?<![\p{L}])[Bb]etroffen(?![\p{L}])/u;
const RESTRICTION = /(?<![\p{L}])(?:eingeschränkt\p{L}*|nur|teilweise|kaum|zum[ \u00a0]+Teil)(?![\p{L}])/u;

/** A statement whose status word is "betroffen" and nothing that restricts. */
function affectedOnly(statement: string): boolean {
  return AFFECTED.test(statement) && !RESTRICTION.test(statement);
}

/** "zwar" in the working statement: the restriction follows or was told. */
const CONCESSION = /(?<![\p{L}])zwar(?![\p{L}])/u;

/** A sentence end between two statements, and the words that open the next sentence. */
const SENTENCE_END = /[.!?»«"“”]\s+(\p{Lu}\p{L}*(?:[ \u00a0]+wenn)?)/u;
/** Words that open a sentence restricting the one before ("Allerdings seien alle Dienstgebäude geschlossen", "Auch wenn …"). */
const RESTRICTING_OPENERS: ReadonlySet<string> = new Set(['Allerdings', 'Jedoch', 'Aber', 'Doch', 'Dennoch', 'Trotzdem', 'Lediglich', 'Nur', 'Einschränkungen', 'Eingeschränkt', 'Auch wenn', 'Wenngleich', 'Obwohl']);

/**
 * Whether the restricted statement `d` qualifies the working one `o`: in the same sentence, or in the sentence
 * right after it opening with a restricting word. A sentence of its own ("Am Montag gab es vereinzelt Störungen")
 * tells of another time, and both states stay.
 */
/** A contrast word in the restricting sentence, before its restriction. */
const CONTRAST = /(?<![\p{L}])(?:jedoch|aber|allerdings|dennoch|trotzdem)(?![\p{L}])/u;

function qualifies(text: string, o: ServiceImpact, d: ServiceImpact): boolean {
  // "Die Mitarbeiter konnten zwar Anrufe entgegennehmen, …": a concession says the working state is only part of it.
  if (CONCESSION.test(text.slice(Math.max(0, o.span.start - 60), o.span.end))) return true;
  const [first, second] = o.span.start <= d.span.start ? [o, d] : [d, o];
  if (first.span.end >= second.span.start) return true;
  const between = text.slice(first.span.end, second.span.start);
  const end = SENTENCE_END.exec(between);
  if (!end) return true;
  if (first !== o) return false;
  // Only one sentence end between them, and the second sentence opens with a restricting word, or sets its
  // restriction against the first ("Aus Gründen des Schutzes müssen jedoch Einschränkungen hingenommen werden").
  const rest = between.slice(end.index + end[0].length);
  if (SENTENCE_END.test(rest)) return false;
  return RESTRICTING_OPENERS.has(end[1]!) || CONTRAST.test(rest + text.slice(second.span.start, second.span.end));
}
