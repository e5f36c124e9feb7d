import type { ServiceImpact } from '@lagebild/schema';

/** An opening announced for a day ("wird am Freitag wie gewohnt öffnen", "öffnet ab Montag"). */
const ANNOUNCED_OPENING = /(?<![\p{L}])(?:öffnet|öffnen|geöffnet)(?![\p{L}])/iu;
const ANNOUNCEMENT = /(?<![\p{L}])(?:wird|werden|ab|öffnet|öffnen)(?![\p{L}])/iu;
/** Words that say a state has just begun ("ab sofort können … zugelassen werden", "nun wieder", "inzwischen"). */
const CHANGE_MARKER = /(?<![\p{L}])(?:ab[ \u00a0]+sofort|ab[ \u00a0]+heute|seit[ \u00a0]+heute|jetzt|nun|inzwischen|mittlerweile|endlich)(?![\p{L}])/iu;
/** Staying open is no reopening: "die Zulassungsstellen in Linsengericht und Hanau bleiben geöffnet". */
const REMAINS = /(?<![\p{L}])(?:bleibt|bleiben|blieb|blieben|weiterhin)(?![\p{L}])/iu;
/** A day from which a state holds ("Ab Freitag, 12. Mai, seien die Kolleginnen … erreichbar"), not a time of day ("ab 8 Uhr"). */
const FROM_DAY = /(?<![\p{L}])[Aa]b[ \u00a0]+(?:(?:dem|kommenden|nächsten|morgigen)[ \u00a0]+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|morgen|\d{1,2}\.[ \u00a0]*(?:\d{1,2}\.|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))(?![\p{L}])/u;

/**
 * An opening announced after the text said the same service of the same place was down is its restoration
 * ("Die Zulassungsstelle war geschlossen. … Am Freitag wird sie wie gewohnt öffnen."): restored, not merely
 * operational (annotation guide §4: "ab Montag wieder geöffnet" is restored); so is a working state said to have just
 * begun ("Ab sofort können auch Fahrzeuge zugelassen werden") or to hold from a day on ("Ab Freitag, 12. Mai, ist das
 * Bürgerbüro im Schloss erreichbar").
 */
export function reopenings(text: string, impacts: readonly ServiceImpact[]): ServiceImpact[] {
  const down = new Map<string, number>();
  const out: ServiceImpact[] = [];
  for (const i of impacts) {
    const key = `${i.municipality?.ags ?? i.district?.ags}|${i.service}`;
    if (i.status === 'outage' && !down.has(key)) down.set(key, i.span.start);
    const since = down.get(key);
    // The statement and the verb that may end it ("wird … wie gewohnt öffnen").
    // The verb may also stand before its subject ("Morgen öffnet das Gebäude wie gewohnt").
    const statement = text.slice(Math.max(0, i.span.start - 25), Math.min(text.length, i.span.end + 30));
    const around = text.slice(Math.max(0, i.span.start - 60), i.span.end + 30);
    if (i.status === 'operational' && since !== undefined && since < i.span.start && !REMAINS.test(statement)
      && ((ANNOUNCED_OPENING.test(statement) && ANNOUNCEMENT.test(around)) || CHANGE_MARKER.test(around) || FROM_DAY.test(around))) {
      out.push({ ...i, status: 'restored' });
    } else out.push(i);
  }
  return out;
}
