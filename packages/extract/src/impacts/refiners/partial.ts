import type { Service, ServiceImpact, ServiceStatus } from '@lagebild/schema';
import { endsWithMatch } from '../../text/suffix.js';
import { BRANCH_NAME, DAY_WORD, PART_QUANTIFIER_BEFORE, PARTIAL_CLAUSE, PARTIAL_RESTORATION, VISITORS_ONLY } from '../constants.js';
import type { Cue } from '../cues.js';
import { closedForDays } from './visitorClosure.js';

const partBefore = endsWithMatch(PART_QUANTIFIER_BEFORE);
/** Some of an administration's offices ("zahlreiche Ämter"): not "alle Ämter". */
const SOME_OFFICES = /(?<![\p{L}])(?:mehrere|mehreren|zahlreiche|zahlreichen|einige|einigen|viele|vielen|etliche|etlichen|manche|manchen|verschiedene|verschiedenen)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Ämter|Fachämter|Dienststellen|Fachbereiche|Büros|Verwaltungsgebäude|Dienstgebäude|Standorte|Außenstellen)$/iu;

/**
 * An administration that is closed only in part ("Teile der Stadtverwaltung bleiben geschlossen") or only for
 * visitors ("für den Publikumsverkehr geschlossen", while phone and mail work) is degraded, not out
 * (annotation guide §4: part of a service is degraded).
 */
export function partialAdministration(text: string, service: Cue<Service>, clause: { start: number; end: number }, status: ServiceStatus): ServiceStatus {
  const before = text.slice(Math.max(clause.start, service.span.start - 40), service.span.start);
  if (partBefore(before)) return 'degraded';
  // "zahlreiche Ämter", "mehrere Dienststellen": some of the offices, not all of them.
  if (SOME_OFFICES.test(text.slice(Math.max(clause.start, service.span.start - 20), service.span.end))) return 'degraded';
  // "am Freitag, 20. Februar, ganztägig für den Publikumsverkehr geschlossen": a day shut, which the guide calls an outage.
  const clauseText = text.slice(clause.start, clause.end);
  return VISITORS_ONLY.test(clauseText) && !closedForDays(clauseText) ? 'degraded' : status;
}

/** Some of a body's units as a subject ("Zahlreiche städtische Einrichtungen", "Mehrere Ämter"). */
const SOME_UNITS = /(?<![\p{L}])(?:mehrere|zahlreiche|einige|viele|manche|etliche|verschiedene|einzelne)n?[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Ämter|Fachämter|Dienststellen|Einrichtungen|Standorte|Außenstellen|Büros|Fachbereiche|Abteilungen|Bereiche)(?![\p{L}])/iu;

/**
 * A channel out for some of a body's units only ("Zahlreiche städtische Einrichtungen sind weder per Telefon noch per E-Mail
 * erreichbar"): part of the channel, degraded (guide §4).
 */
export function someUnitsChannel(clause: string, service: Service, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && (service === 'phone' || service === 'email') && SOME_UNITS.test(clause) ? 'degraded' : status;
}

/** An outage stated of parts only ("große Teile der Gebäude ohne Telefonnetz") is degraded. */
export function partialClause(clause: string, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && PARTIAL_CLAUSE.test(clause) ? 'degraded' : status;
}

/** A sentence that opens with what is excepted: "Bis auf die Sprechstunde des Sterberegisters entfallen … alle Sprechstunden". */
const OPENS_WITH_EXCEPTION = /^[\s„“"»]*(?:Bis[ \u00a0]+auf(?![ \u00a0]+(?:[Ww]eiteres|[Ww]iderruf|[Aa]bruf))|Mit[ \u00a0]+Ausnahme|Ausgenommen)(?![\p{L}])/u;

/** A closure of all but what the sentence opens by excepting: part of the service still works, degraded (guide §4). */
export function exceptedAtStart(sentence: string, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && OPENS_WITH_EXCEPTION.test(sentence) ? 'degraded' : status;
}

/** Some of an office's hours named before it: "die samstäglichen Öffnungszeiten des Bürgerbüros", "die Abendsprechstunden der". */
const SOME_HOURS_BEFORE = /(?<![\p{L}])\p{Ll}+(?:en|e)[ \u00a0]+(?:Öffnungszeiten|Sprechzeiten|Sprechstunden)[ \u00a0]+(?:des|der|im|in[ \u00a0]+der)[ \u00a0]+$/u;

/** Some of an office's hours cut ("die samstäglichen Öffnungszeiten des Bürgerbüros gestrichen"): part of its time, degraded. */
export function someHoursCut(text: string, service: Cue<Service>, from: number, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && SOME_HOURS_BEFORE.test(text.slice(Math.max(from, service.span.start - 60), service.span.start)) ? 'degraded' : status;
}

/** "konnten lediglich schriftliche Dokumente beglaubigen, jedoch keine neuen Vorgänge anlegen": some of its work, not all. */
const ONLY_SOME_WORK = /(?<![\p{L}])(?:lediglich|nur|ausschließlich|noch)(?![\p{L}])[^;!?]*?,[ \u00a0]*(?:jedoch|aber|allerdings)[ \u00a0]+(?:keine?[nrs]?|nicht)(?![\p{L}])/u;

/** A service that does some of its work and not the rest is degraded, not out (guide §4). */
export function onlySomeWork(statement: string, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && ONLY_SOME_WORK.test(statement) ? 'degraded' : status;
}

/**
 * "grundsätzlich geschlossen" (closed as a rule, so with exceptions), "kein regulärer Besucherverkehr", "für den regulären
 * (normalen) Publikumsverkehr geschlossen": the usual visits stop, the exceptions stay open.
 */
const AS_A_RULE = /(?<![\p{L}])(?:grundsätzlich(?=[^;!?]{0,60}?(?<![\p{L}])(?:geschlossen|zu|eingestellt|schließt|schließen)(?![\p{L}]))|(?:kein|keinen|den|der|für[ \u00a0]+den)[ \u00a0]+(?:regulären?|normalen?)[ \u00a0]+(?:Publikums|Besucher|Kunden|Partei|Bürger)verkehrs?)(?![\p{L}])/u;

/** A closure as a rule, its exceptions open, is degraded (guide §4). */
export function closedAsARule(statement: string, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && AS_A_RULE.test(statement) ? 'degraded' : status;
}

/** A restoration of part only ("in Teilbereichen wieder arbeitsfähig", "teilweise wieder") is degraded (guide §4). */
export function partialRestoration(statement: string, status: ServiceStatus): ServiceStatus {
  return status === 'restored' && PARTIAL_RESTORATION.test(statement) ? 'degraded' : status;
}

/** Offices a town or Kreis runs in several branches. */
const BRANCHED_OFFICES: ReadonlySet<Service> = new Set<Service>(['citizens-office', 'registration-office', 'vehicle-registration', 'library']);
/**
 * A branch named by its street or quarter right after the office: "Bürgerservicestelle an der Sachsenallee",
 * "Kundenzentrum Steinstraße", "Bürgeramt im Stadtteil Buckow".
 */
const QUARTER_AFTER = /^[ \u00a0]+(?:im|in[ \u00a0]+den)[ \u00a0]+(?:Stadtteil|Stadtteilen|Ortsteil|Ortsteilen|Stadtbezirk|Stadtbezirken)(?![\p{L}])/u;
/** "Die Büros in den Stadtteilen Haunstetten, Lechhausen und Kriegshaber": branches named by their quarters. */
const BRANCHES_IN_QUARTERS = /^[ \u00a0]+in[ \u00a0]+(?:den[ \u00a0]+(?:beiden[ \u00a0]+|drei[ \u00a0]+|vier[ \u00a0]+|genannten[ \u00a0]+)?|zwei[ \u00a0]+|drei[ \u00a0]+|vier[ \u00a0]+|mehreren[ \u00a0]+|einigen[ \u00a0]+)(?:Stadtteilen|Ortsteilen|Ortschaften|Stadtbezirken|Außenstellen)(?![\p{L}])/u;

/**
 * One branch of an office closed ("Die Bürgerservicestelle an der Sachsenallee bleibt geschlossen") is one of
 * several offices closed: the office is degraded, not out (annotation guide §4).
 */
export function branchClosed(text: string, service: Cue<Service>, status: ServiceStatus, sentence = ''): ServiceStatus {
  if (status !== 'outage' || !BRANCHED_OFFICES.has(service.value)) return status;
  // "die Stadtteilbücherei in Heidingsfeld", "die Außenstelle der Zulassungsstelle": a branch by its very name.
  if (BRANCH_NAME.test(service.span.text)) return mainAndBranch(text, service.span.start) ? status : 'degraded';
  // "die Schließung der Außenstelle des Bürgerbüros": a branch named before the office.
  if (BRANCH_OF_BEFORE.test(text.slice(Math.max(0, service.span.start - 30), service.span.start))) return 'degraded';
  // "einige Bürgerbüros", "zwei der Bürgerämter": some of the offices, not all of them.
  if (SOME_BRANCHES_BEFORE.test(text.slice(Math.max(0, service.span.start - 30), service.span.start))) return 'degraded';
  const after = text.slice(service.span.end, service.span.end + 60);
  // "alle Bürgerbüros in den Stadtteilen": every branch, so the office as a whole.
  // "alle Bürgerbüros – bis auf das in der Altstadt – geschlossen": all but one, so some of them.
  if (ALL_BEFORE.test(text.slice(Math.max(0, service.span.start - 25), service.span.start))) return BUT_ONE_AFTER.test(sentence) ? 'degraded' : status;
  if (BRANCHES_IN_QUARTERS.test(after)) return 'degraded';
  // "Die Büchereien Eller, Flingern, Garath und Wersten bleiben geschlossen": branches named one by one.
  if (PLURAL_OFFICE.test(service.span.text) && BRANCHES_NAMED_AFTER.test(text.slice(service.span.end, service.span.end + 200))) return 'degraded';
  // "Das Bürgeramt am Standort Burbach bleibt geschlossen", "Bürgerämter …: Standort Burbach geschlossen": one site named.
  if (SITE_NAMED_AFTER.test(after)) return 'degraded';
  // "Die Kfz-Zulassungsstelle in Usingen ist geschlossen, Fahrzeuge können weiter in Bad Homburg zugelassen werden."
  if (IN_TOWN_AFTER.test(after) && STILL_ELSEWHERE.test(sentence)) return 'degraded';
  // An address alone is where the one office stands ("Das Bürgerbüro am Markt"): a branch only where the text
  // names another branch or sends people elsewhere.
  // "Das Bürgerbüro Süd": a part of town's branch, which says there are others.
  if (OUTER_DIRECTION_AFTER.test(after)) return 'degraded';
  return (QUARTER_AFTER.test(after) || DIRECTION_AFTER.test(after) || streetAfter(after) !== undefined) && otherBranches(text) ? 'degraded' : status;
}

/**
 * Where a Kreis's office is named by the town it stands in ("die Zulassungsstelle in Bernau", "das Bürgerbüro des
 * Salzlandkreises in der Ermslebener Straße 77 in Aschersleben"), the start of that town's name; -1 elsewhere, and
 * where the sites are listed ("die Behörde in Bernau und Eberswalde": all of them). One of a Kreis's sites closed
 * leaves the Kreis's service degraded (guide §4: one of several offices closed).
 */
export function kreisSiteAt(text: string, service: Cue<Service>): number {
  if (!BRANCHED_OFFICES.has(service.value)) return -1;
  const m = KREIS_SITE_AFTER.exec(text.slice(service.span.end, service.span.end + 90));
  return m ? service.span.end + m[0].length - m[1]!.length : -1;
}
const KREIS_SITE_AFTER = /^(?:[ \u00a0]+(?:des|der|vom)[ \u00a0]+(?:Land)?[Kk]reis\p{L}*(?:[ \u00a0]+\p{Lu}[\p{L}-]*){0,2}|[ \u00a0]+des[ \u00a0]+\p{Lu}[\p{L}-]*kreises)?(?:[ \u00a0]+(?:in|an)[ \u00a0]+der[ \u00a0]+[^,.;:!?()]{1,40}?)?[ \u00a0]+in[ \u00a0]+(\p{Lu}[\p{L}-]+)(?![\p{L}-]|[ \u00a0]*(?:,|und|sowie|oder)[ \u00a0]+(?:in[ \u00a0]+)?\p{Lu})/u;

/** One site named right after the office: "am Standort Burbach", ": Standort Burbach geschlossen". */
const SITE_NAMED_AFTER = /^(?:[ \u00a0]+(?:am|im)[ \u00a0]+|[^.;!?]{0,50}?:[ \u00a0]+)Standort[ \u00a0]+\p{Lu}/u;

/** A branch named before the office it belongs to: "der Außenstelle des", "die Nebenstellen der". */
/** A branch named by its part of town: "das BürgerBüro Nord", "Bürgeramt Mitte". */
const DIRECTION_AFTER = /^[ \u00a0]+(?:Nord|Süd|Ost|West|Mitte|Nordost|Nordwest|Südost|Südwest|Zentrum)(?![\p{L}])/u;
/** A branch named by an outer part of town ("Bürgerbüro Süd"), not "Mitte" or "Zentrum", which may be the main office. */
const OUTER_DIRECTION_AFTER = /^[ \u00a0]+(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest)(?![\p{L}-])/u;
const BRANCHES_BY_DIRECTION = /(?:büros|ämter|stellen|zentren)[ \u00a0]+(?:Nord|Süd|Ost|West|Mitte)[ \u00a0]*(?:,|und)[ \u00a0]*(?:Nord|Süd|Ost|West|Mitte)(?![\p{L}])/iu;
/** An exception after "alle …": "bis auf das in der Altstadt", "außer dem Bürgerbüro Mitte". */
const BUT_ONE_AFTER = /(?<![\p{L}])(?:bis[ \u00a0]+auf(?![ \u00a0]+[Ww]eiteres)|außer|mit[ \u00a0]+Ausnahme)(?![\p{L}])/u;
/** "alle", "sämtliche" right before an office: all its branches. */
const ALL_BEFORE = /(?<![\p{L}])(?:alle|allen|sämtliche|sämtlichen)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?$/u;
/** A quantifier that picks some of several offices ("einige Bürgerbüros", "zwei der Bürgerämter"). */
const SOME_BRANCHES_BEFORE = /(?<![\p{L}])(?:einige|einigen|mehrere|mehreren|manche|manchen|einzelne|einzelnen|zwei|drei|vier|fünf)[ \u00a0]+(?:(?:der|von[ \u00a0]+den)[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+)?$/u;
/** An office's name in the plural: several branches of it. */
const PLURAL_OFFICE = /(?:büchereien|bibliotheken|büros|ämter|stellen|zentren)$/iu;
/** Two or more names after a plural office, listed: "Eller, Flingern und Wersten". */
const BRANCHES_NAMED_AFTER = /^[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}-]*[ \u00a0]*,[ \u00a0]*)*\p{Lu}[\p{L}\p{M}-]*(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|sowie)[ \u00a0]+)\p{Lu}/u;
const BRANCH_OF_BEFORE = /(?<![\p{L}])(?:(?:Außenstelle|Außenstellen|Nebenstelle|Nebenstellen|Zweigstelle|Zweigstellen|Filiale)|Standort[ \u00a0]+\p{Lu}[\p{L}-]*)[ \u00a0]+(?:des|der)[ \u00a0]+$/u;

/** An office named by the town it stands in ("Zulassungsstelle in Usingen"). */
const IN_TOWN_AFTER = /^[ \u00a0]+in[ \u00a0]+\p{Lu}/u;
/** The same service still given in another town ("weiter in Bad Homburg", "weiterhin in Bad Homburg"). */
const STILL_ELSEWHERE = /(?<![\p{L}])(?:weiter|weiterhin|stattdessen|nur noch)[ \u00a0]+in[ \u00a0]+\p{Lu}/u;

/** Offices named with a street, for counting the branches a text names. */
const OFFICE_WORD = /(?:Bürger\p{L}*|Kunden\p{L}*|Service\p{L}*|Bibliothek|Bücherei|Zulassungs\p{L}*|Meldestelle|Bürgeramt)(?![\p{L}])/gu;
/** Words that send people to another branch or speak of the other ones. */
const ELSEWHERE = /(?<![\p{L}])(?:auszuweichen|ausweichen|(?:andere|anderen|übrigen|weiteren)[ \u00a0]+(?:Bürger\p{L}*|Standort\p{L}*|Filiale\p{L}*|Zweigstelle\p{L}*|Büros|Kundenzentren|Stadtteilbibliothek\p{L}*|Außenstelle\p{L}*))(?![\p{L}])/u;

/** Whether a text speaks of more than one branch of an office. */
function otherBranches(text: string): boolean {
  if (ELSEWHERE.test(text)) return true;
  // "die BürgerBüros Mitte, Süd und West": branches named by their parts of town.
  if (BRANCHES_BY_DIRECTION.test(text)) return true;
  const streets = new Set<string>();
  OFFICE_WORD.lastIndex = 0;
  for (let m = OFFICE_WORD.exec(text); m; m = OFFICE_WORD.exec(text)) {
    const street = streetAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (street === undefined) continue;
    streets.add(street);
    if (streets.size > 1) return true;
  }
  return false;
}

/** A preposition of place before a street ("an der", "am", "in der", "im"). */
const STREET_PREPOSITION = /^[ \u00a0]+(?:(?:[Aa]n[ \u00a0]+der|[Aa]m|[Ii]n[ \u00a0]+der|[Ii]m)[ \u00a0]+)?/u;
/** The last part of a street name. */
const STREET_END = /(?:straße|str\.|platz|allee|weg|ring|markt|gasse|damm|ufer|wall)$/iu;
const NAME_CHAR = /[\p{L}.]/u;

/**
 * The street named right at the start of `after` ("an der Sachsenallee", " Simon-von-Utrecht-Straße"): up to five
 * parts joined by blanks or hyphens, the first capitalized, the last a street word. Read part by part, not by one
 * pattern with nested repetition, whose backtracking grows exponentially on long hyphenated names.
 */
export function streetAfter(after: string): string | undefined {
  const lead = STREET_PREPOSITION.exec(after);
  if (!lead) return undefined;
  const rest = after.slice(lead[0].length);
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  let end = 0;
  for (let part = 0; part < 5; part++) {
    let stop = end;
    while (stop < rest.length && NAME_CHAR.test(rest[stop]!)) stop++;
    const word = rest.slice(end, stop);
    if (word === '') return undefined;
    if (STREET_END.test(word) && word.length > 3) return rest.slice(0, stop);
    const separator = rest[stop];
    if (separator !== ' ' && separator !== '\u00a0' && separator !== '-') return undefined;
    end = stop + 1;
  }
  return undefined;
}

/**
 * A text about a branch library ("die Stadtteilbibliothek in Duisburg-Ruhrort", "die Zweigstelle") or a part of one ("die Kinderbibliothek der
 * Stadtbücherei Döhren") speaks of that branch
 * when it says "die Bibliothek" again: one of several libraries closed is degraded (guide §4), unless all are named.
 */
const LIBRARY_BRANCH = /(?<![\p{L}])(?:Stadtteilbibliothek|Stadtteilbücherei|Zweigbibliothek|Zweigbücherei|Bücherbus|Bibliotheksbus|Fahrbibliothek|Fahrbücherei|Zweigstelle[ \u00a0]+der[ \u00a0]+(?:Stadt)?(?:bibliothek|bücherei)|(?:Kinder|Jugend|Kinder-[ \u00a0]+und[ \u00a0]+Jugend|Erwachsenen)(?:bibliothek|bücherei)[ \u00a0]+(?:der|des)(?=[ \u00a0]))(?![\p{L}])/iu;
const ALL_BRANCHES = /(?<![\p{L}])(?:alle[nr]?|sämtliche[nr]?)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Stadtteilbibliotheken|Stadtteilbüchereien|Zweigstellen|Bibliotheken|Büchereien)(?![\p{L}])/iu;

/** Whether the text is about a branch library (see above). */
export function aboutBranchLibrary(text: string): boolean {
  return LIBRARY_BRANCH.test(text) && !ALL_BRANCHES.test(text);
}

/** The main library named with "und" right before a branch: "Die Stadt- und Regionalbibliothek in Gera und die Stadtteilbibliothek in Lusan". */
const MAIN_LIBRARY_AND_BEFORE = /(?<![\p{L}])(?:Stadtbibliothek|Stadtbücherei|Zentralbibliothek|Hauptbibliothek|Regionalbibliothek|Hauptstelle)(?![\p{L}])[^.!?;:]{0,60}(?:und|sowie|mit[ \u00a0]+(?:allen|sämtlichen|ihren|seinen))[ \u00a0]+(?:(?:die|der|das)[ \u00a0]+)?$/u;

/** Whether a library statement closes the main library and a branch together: all of it, not one site. */
export function mainAndBranch(text: string, start: number): boolean {
  return MAIN_LIBRARY_AND_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/** The city-states' citizens' offices, dozens each ("Bürgeramt Kreuzberg", "Kundenzentrum Eimsbüttel"). */
const CITY_STATES_WITH_OFFICES: ReadonlySet<string> = new Set(['11000000', '02000000']);
/** One office in the singular, not all of them. */
const ONE_OFFICE = /(?:Bürgeramt|Bürgeramts|Bürgeramtes|Kundenzentrum|Kundenzentrums|Bürgerbüro|Bürgerbüros(?=[ \u00a0]+[a-zäöü]))(?![\p{L}])/u;
/**
 * One citizens' office (or Jobcenter) of Berlin or Hamburg closed is one of dozens: the service is degraded (guide §4, one of several
 * offices closed), as the real gold reads it.
 */
export function oneOfManyOffices(impact: ServiceImpact, text = ''): boolean {
  if (namedBranch(impact, text)) return true;
  if (impact.municipality === undefined || !CITY_STATES_WITH_OFFICES.has(impact.municipality.ags)) return false;
  // "das Jobcenter in Berlin-Steglitz": one of the city's Jobcenters (one per Berlin borough).
  if (impact.service === 'social-benefits') return /^Jobcenter(?![\p{L}])/u.test(impact.span.text) && !/Jobcenter[ \u00a0]+(?:Berlin|Hamburg)(?![\p{L}-])/u.test(impact.span.text);
  if (impact.service !== 'citizens-office') return false;
  if (ONE_OFFICE.test(impact.span.text) && !/(?:Bürgerämter|Kundenzentren|alle|sämtliche)/u.test(impact.span.text)) return true;
  // "die drei Charlottenburg-Wilmersdorfer Bürgerämter": a few counted, or one borough's, are still some of dozens.
  return SOME_OFFICES_BEFORE.test(text.slice(Math.max(0, impact.span.start - 50), impact.span.start)) && /^(?:Bürgerämter|Kundenzentren)/u.test(impact.span.text);
}

/** A citizens' office in the singular, whose branch a name after it may name. */
const SINGLE_CITIZENS_OFFICE = /^(?:Bürgeramt|Bürgerbüro|BürgerBüro|Kundenzentrum|Bürgerservice|Bürgerservicecenter|Bürgerservicezentrum|Bürgerzentrum)(?![\p{L}-])/u;
/** A library in the singular, whose branch a name after it may name ("Die Bibliothek Laubegast, Österreicher Straße 61, schließt"). */
const SINGLE_LIBRARY = /^(?:Bibliothek|Bücherei|Stadtbibliothek|Stadtbücherei|Stadtteilbibliothek|Stadtteilbücherei)(?![\p{L}-])/u;
/**
 * A name right after the office that stands as its branch's ("Das Bürgeramt Aegi bleibt …", "der Bürgerservice Zentrum Mitte
 * in K 7"): followed by a verb, a place of it, a bracket or a sentence's end.
 */
const BRANCH_NAME_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}-]+)(?:[ \u00a0]+(?:Mitte|Nord|Süd|Ost|West))?(?=[ \u00a0]*[,.(]|[ \u00a0]+(?:bleibt|ist|war|wird|hat|schließt|öffnet|muss|kann|in[ \u00a0]+der|in[ \u00a0]+K|an[ \u00a0]+der|am|im)(?![\p{L}]))/u;
/** Words after an office that name no branch. */
const NO_BRANCH_NAME = new RegExp(`^(?:Team|Öffnungszeiten|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Rathaus|Stadt|Gemeinde|Verwaltung|${DAY_WORD.source})$`, 'u');

/**
 * One citizens' office or library named by its branch ("Bürgeramt Aegi", "Bürgerbüro Nord", "Bibliothek Laubegast"), not by
 * its town ("Bürgerbüro Hattingen"):
 * one of the town's several offices, closed, leaves the service degraded (guide §4).
 */
function namedBranch(impact: ServiceImpact, text: string): boolean {
  const office = impact.service === 'citizens-office' ? SINGLE_CITIZENS_OFFICE.exec(impact.span.text)
    : impact.service === 'library' ? SINGLE_LIBRARY.exec(impact.span.text) : null;
  if (!office) return false;
  const end = impact.span.start + office[0].length;
  const m = BRANCH_NAME_AFTER.exec(text.slice(end, end + 60));
  if (!m || NO_BRANCH_NAME.test(m[1]!)) return false;
  const place = impact.municipality?.name ?? impact.district?.name ?? '';
  return place === '' || !(place.startsWith(m[1]!) || m[1]!.startsWith(place.split(/[ (,]/u)[0]!));
}

/** A count or a borough's adjective right before plural offices ("drei", "Spandauer"); not the city's own ("Berliner"). */
const SOME_OFFICES_BEFORE = /(?<![\p{L}\p{N}])(?<!(?:alle|sämtliche)[ \u00a0]+)(?:(?:zwei|drei|vier|fünf|sechs|\d+)[ \u00a0]+(?:(?!Berliner|Hamburger)\p{Lu}[\p{L}-]*er[ \u00a0]+)?|(?!Berliner|Hamburger)\p{Lu}[\p{L}-]*er[ \u00a0]+)$/u;

/** A count before an office's plural without an article: "Zwei Bürgerämter in Pankow", "drei Stadtteilbibliotheken" (not "die 15 Bürgerbüros"). */
const COUNTED_BEFORE = /(?<![\p{L}\p{N}])(?<!(?:[Dd]ie|[Dd]er|[Dd]en|[Aa]lle|[Aa]llen|[Ss]ämtliche|[Ss]ämtlichen|[Dd]iese|[Dd]ieser|[Ii]hre|[Ii]hrer|[Ss]eine|[Ss]einer|[Uu]nsere|[Aa]ller)[ \u00a0]+)(?:[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|\d{1,2})[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$/u;
/** The plural of an office or a building with branches. */
const BRANCH_PLURAL = /(?:ämter|büros|bibliotheken|büchereien|stellen|standorte|bäder|filialen|zentren)$/iu;

/** Some of a body's offices, counted ("Zwei Bürgerämter in Pankow bleiben geschlossen"): the others work, degraded (guide §4). */
export function countedOffices(text: string, service: Cue<Service>, from: number, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && BRANCH_PLURAL.test(service.span.text) && COUNTED_BEFORE.test(text.slice(Math.max(from, service.span.start - 30), service.span.start)) ? 'degraded' : status;
}

