import type { DateMention, District, Municipality, ServiceImpact, ServiceStatus } from '@lagebild/schema';
import type { Service, SourceKind } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { spanOf } from '../text/spans.js';
import { endsWithMatch } from '../text/suffix.js';
import type { Tokens } from '../text/tokens.js';
import { BUILDING_SERVICES, TOWN_BODY, bindPlace, datelinePlace, bodyRunning, districtRunning, ownersOf, kreisOf, listAround, nearestPlace, paragraphStarts, placesIn } from './binding.js';
import { clausesOf, type Clause } from './clauses.js';
import {
  ACCEPTED_NOT_PROCESSED, ADVICE, AFTER_OUTAGE, BACK_REFERENCE, CONFIDENCE, EMERGENCY_PAGE, ENDED_UNTIL, EVERYTHING_AGAIN, GENERIC_IT, GENERIC_SUBJECT, HELPER_BEFORE, INTENT,
  POSSIBLE_EVENT, WISHED_THAT, STILL_OR_AGAIN, OPEN_WORD, VAGUE_TROUBLE, PROVIDED_TO_CALL, CONTACT_OFFERED, CLOCK_WINDOW, AS_USUAL, PLUPERFECT_CLOSED, REGULARLY_CLOSED, OPENING_HOURS_TABLE, ATTACK_EXPLAINED, UNTIL_CLAUSE, EXCEPTION_FOR_URGENT,
  EXCEPTED_BEFORE, KREIS_BODY, KREIS_SERVICE, OFFICES, LOCATIVE_BEFORE, OWN_OFFICES_GROUP, PLUPERFECT_PASSIVE, RESTRICTED_AFTER, LOCATIVE_BEFORE_AUTHORITY, OWNING_PLACE_GAP, OWN_KREIS_AFTER, PAST_STATE, PLACES_BACK_REFERENCE, QUANTIFIED_GROUP, QUANTIFIER, REACHABILITY, SAME_FOR, NOT_SAME_FOR, TROUBLE_FIXED, UNNAMED_GROUP,
} from './constants.js';
import { distance, nearest, within, type Binding, type Cue, type Place } from './cues.js';
import { findServices, subjects, withPhraseServices, withTruncatedParts } from './services.js';
import { cueFor, findCues, invert, statusCues, STATUS_PATTERNS } from './statuses.js';
import { timeOf, type ImpactTime } from './time.js';
import { explainedStatuses, referredStatuses } from './refiners/backReference.js';
import { channelStatus } from './refiners/channels.js';
import { isHypothetical, isQuestion } from './refiners/modality.js';
import { mergeMixedStates } from './refiners/mixedStates.js';
import { visitorClosureStatuses } from './refiners/visitorClosure.js';
import { reopenings } from './refiners/reopening.js';
import { elidedStatus } from './refiners/elision.js';
import { channelsOfOfficeBefore } from './refiners/officeChannels.js';
import { bodyAsSubject, contrastedPlaceFor, namesBody, pluralReferents, pronounFor, shortNameFor } from './references.js';
import { boundedSentences } from './sentences.js';
import { aboutBranchLibrary, branchClosed, closedAsARule, countedOffices, exceptedAtStart, mainAndBranch, onlySomeWork, someHoursCut, kreisSiteAt, oneOfManyOffices, partialAdministration, partialClause, partialRestoration, someUnitsChannel } from './refiners/partial.js';
import { openWindowStatus, partOfDayStatus, shortOpening } from './refiners/partOfDay.js';

/** A document's text with the mentions impacts are built from. */
export interface ImpactInput {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly municipalities: readonly Municipality[];
  readonly districts: readonly District[];
  readonly dates: readonly DateMention[];
  /** Publication date, `YYYY-MM-DD` (Europe/Berlin), else the latest day written with its year; undefined when neither exists. */
  readonly referenceDate: string | undefined;
  /** Whether referenceDate is the publication date (not a day taken from the text). */
  readonly published?: boolean;
  /** The publisher's own municipality or district, the place of last resort. */
  readonly publisher?: Place | undefined;
  /** The publisher is the Kreis itself (a district's own release): its offices are the Kreis's wherever they are. */
  readonly kreisPublisher?: boolean;
  /** The publisher's source kind; police, prosecutors, federal agencies and news speak of others' services. */
  readonly publisherKind?: SourceKind | undefined;
  /** Spans of IT providers named in the text ("Südwestfalen-IT"): bare IT words beside them are the provider's. */
  readonly providers?: readonly { start: number; end: number }[];
  /** Whether the text has a word of a service named by a phrase (from the lexicon); unknown means look. */
  readonly phrases?: boolean;
  /** Spans of phone numbers and addresses: a clause with one tells how to reach someone. */
  readonly contacts?: readonly { start: number; end: number }[];
}

/**
 * Service impacts, sentence by sentence: service cues (whole compound words, vocabulary as data) and status
 * cues are paired within a clause (contrast words like "aber", "während", "bis auf" start a new clause; a
 * "bis auf" clause without its own status takes the opposite of the sentence's), each status going to the
 * service it is nearest to and lists sharing it. Negations ("nicht erreichbar", "noch nicht wieder
 * freigeschaltet"), "wieder" (restoration), "nur"/"ausschließlich" (restriction, or focus before "das
 * Standesamt"), conditions ("nach vorheriger Terminvereinbarung"), causes ("wegen einer Störung") and plans
 * ("daran arbeiten, ... wieder in Betrieb zu nehmen") are read; an emergency page that is up means a degraded
 * website. Speakers, owners, channels ("per E-Mail"), contact lines and private look-alikes are no subjects;
 * the IT of a named service is that service. Each impact is bound to the place that owns the service
 * ("Website der Stadt Lünen"), the Kreis for the Kreis's own offices ("Kreishaus", "des Kreises", any
 * registration office in a Kreis's own release), or the nearest place of its sentence (and the places listed
 * with it); else to the last place of the previous sentence or of the paragraph, the single place of the
 * headline, the publisher's place (cities and districts) or the place that dominates the document (not for
 * police and prosecutors), in that order. A statement about many places ("viele Rathäuser") binds to none
 * from context; bare IT words ("Server") need a place of their own outside city and district releases.
 */
export function extractImpacts(input: ImpactInput): ServiceImpact[] {
  // Service cues come from the words once; status cues are looked for only in sentences with a service.
  const allServices = portalsAsWebsites(input.text, withPhraseServices(input.text, withTruncatedParts(input.text, findServices(input.tokens)), input.phrases));
  // A body named with a firm state and no service ("Keine Probleme hatten die Kreise …") needs the sentence loop too;
  // looked for only where a place is named as a body (a few mentions, not the whole text).
  const bodyStates = namesBody(input);
  return allServices.length === 0 && !bodyStates ? [] : impactsOf(input, allServices, bodyStates);
}

/** A noun coordinated after a service ("Schulen und die Turnhallen des Kreises"): the owner after it owns both. */
const COORDINATED_NOUN = /^[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+(?:die|der|das|den)[ \u00a0]+\p{Lu}[\p{L}-]*/u;

/** Whether "des Kreises" (or the like) follows a service, directly or after a noun coordinated with it. */
function ownedByKreisAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (OWN_KREIS_AFTER.test(after)) return true;
  const coordinated = COORDINATED_NOUN.exec(text.slice(end, end + 40));
  return coordinated !== null && OWN_KREIS_AFTER.test(text.slice(end + coordinated[0].length, end + coordinated[0].length + 30));
}

/**
 * The words every match of QUANTIFIED_GROUP, GENERIC_SUBJECT, UNNAMED_GROUP and PLACES_BACK_REFERENCE holds (a group's noun,
 * "Region", "…weit"), with their flags or looser: a sentence without any is passed over by one search.
 */
const GROUP_WORDS = /kommunen|städte|gemeinden|rathäuser|verwaltungen|verwaltungsgebäude|kreise|orte|behörden|zulassungs|ämter|bürgerbüros|schulen|region|weit/iu;
/** What every EXPECTED_AGAIN match holds. */
const EXPECTED_WORD = /voraussichtlich/iu;

/** "voraussichtlich" and "wieder" in one clause: a return expected, not announced. */
const EXPECTED_AGAIN = /(?<![\p{L}])voraussichtlich(?![\p{L}])[^.;!?]*(?<![\p{L}])wieder(?![\p{L}])|(?<![\p{L}])wieder(?![\p{L}])[^.;!?]*(?<![\p{L}])voraussichtlich(?![\p{L}])/iu;

/** Words of a town's website: where the text has one, its bare "Portale" are the towns' websites. */
const WEBSITE_WORD = /(?<![\p{L}])(?:Webseiten?|Websites?|Internetseiten?|Homepages?|Internetauftritte?)(?![\p{L}])/u;

const ON_WEBSITE_AFTER = /^[ \u00a0]+(?:auf|in)[ \u00a0]+(?:der|dem|den)[ \u00a0]+(?:Webseite|Website|Internetseite|Homepage|Internetauftritt)/u;

/**
 * "Die Webseiten mehrerer Städte sind lahmgelegt … Betroffen seien die Portale von Dortmund, Köln …": in a text about
 * websites, bare "Portale" are those websites, not online services (an "Onlineportal" stays one).
 */
function portalsAsWebsites(text: string, services: Cue<Service>[]): Cue<Service>[] {
  if (!services.some((s) => s.span.text === 'Portale') || !WEBSITE_WORD.test(text)) return services;
  // "Die Portale auf der Internetseite der Stadt": what the website carries stays an online service.
  return services.map((s) => (s.span.text === 'Portale' && !ON_WEBSITE_AFTER.test(text.slice(s.span.end, s.span.end + 40)) ? { ...s, value: 'website' as Service } : s));
}

/** What every sentence of one text shares while its impacts are read. */
interface TextScope {
  readonly input: ImpactInput;
  readonly text: string;
  readonly places: readonly Place[];
  readonly out: ServiceImpact[];
  /** place|service|status|asOf of the impacts found so far: each is reported once. */
  readonly seen: Set<string>;
  /** Every statement made of a service (also those not reported again), by where it stands: what a later pronoun may refer to. */
  readonly stated: { service: Service; start: number }[];
  /** Cities and districts speak of their own services; police, prosecutors and news need a place in the sentence for bare IT words. */
  readonly publicPublisher: boolean;
  /** A police or prosecutor's release names places where things happened; its dateline owns no services. */
  readonly authority: boolean;
  paragraphList: number[] | undefined;
  /** The place a news text's dateline names, alone on its line (null: none; undefined: not looked for yet). */
  dateline: Place | null | undefined;
  /** The text speaks of a Kreis's own authority ("Landratsamt", "Kreisverwaltung"); looked for once it is asked. */
  kreisRuns: boolean | undefined;
  /** The channels whose systems the text reports on (its telephone system, its mail server): what "nicht erreichbar" means there. */
  readonly documentChannels: readonly Service[];
  /** Every service cue of the text, in text order. */
  readonly allServices: readonly Cue<Service>[];
  /** Services the text names as the Kreis's (see kreisOwned); computed on first use (undefined till then, one shape for every scope). */
  kreisOwned: ReadonlySet<Service> | undefined;
  /** Outages of one of a Kreis's sites ("die Zulassungsstelle in Bernau"): degraded unless merged otherwise. */
  readonly sites: Set<ServiceImpact>;
  /** The day after the reference the last dated statement announced, for the undated statements after it (see sentenceTime). */
  eventDay: string | undefined;
}

/** What the services of one clause share. */
interface ClauseScope {
  readonly text: TextScope;
  readonly clause: Clause;
  /** The clause's text, sliced once for every test of its services. */
  readonly clauseText: string;
  /** What the clause says of places: a quantified group of them, or places in general (see impactsOfService). */
  readonly groupOfPlaces: boolean;
  /** The clause points back to the places listed before with a definite plural ("Die Rathäuser bleiben geöffnet"). */
  readonly placesReferredTo: boolean;
  /** The towns the sentence before named, in its paragraph: what a definite plural points back to. */
  readonly previousTowns: readonly Place[];
  readonly generic: boolean;
  readonly sentence: Sentence;
  readonly services: readonly Cue<Service>[];
  readonly statuses: readonly Cue<ServiceStatus>[];
  /** The status cues of the whole sentence, for a clause whose predicate is elided. */
  readonly sentenceStatuses: readonly Cue<ServiceStatus>[];
  readonly previousStatus: ServiceStatus | undefined;
  readonly providerInClause: boolean;
  readonly contactInClause: boolean;
  readonly inSentence: readonly Place[];
  readonly binding: Binding | undefined;
  readonly when: ImpactTime;
}

/**
 * The impacts of a text with service cues (the rest of {@link extractImpacts}, kept apart so the common
 * no-service case stays small). Split into a function per sentence, per service and per impact: each is
 * small enough for V8 to optimize soon and quickly, where one large function took a long-running worker
 * thousands of releases and a second of compile time to reach.
 */
function impactsOf(whole: ImpactInput, allServices: readonly Cue<Service>[], bodyStates = false): ServiceImpact[] {
  // Sentences cut to a bounded length: everything per sentence below is then bounded too, and the time linear in
  // the text however long a run-on sentence (or a text without any full stop) is.
  const input: ImpactInput = {
    ...whole, sentences: boundedSentences(whole.text, whole.sentences), dates: inTextOrder(whole.dates),
  };
  const { text, sentences } = input;
  const places = placesInTextOrder(text, input.municipalities, input.districts);
  const scope: TextScope = {
    input, text, places, out: [], seen: new Set<string>(), stated: [], sites: new Set<ServiceImpact>(),
    publicPublisher: input.publisherKind === undefined || input.publisherKind === 'city' || input.publisherKind === 'district',
    authority: input.publisherKind === 'police' || input.publisherKind === 'prosecutor',
    paragraphList: undefined,
    dateline: undefined,
    eventDay: undefined,
    kreisRuns: undefined,
    documentChannels: documentChannelsOf(allServices, text),
    allServices,
    kreisOwned: undefined,
  };
  // Service cues are in text order: most sentences are passed over by comparing offsets, not by filtering.
  let next = 0;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    while (next < allServices.length && allServices[next]!.span.start < sentence.start) next++;
    const previousStart = index > 0 ? sentences[index - 1]!.start : 0;
    // No service left, and none in the three sentences before for a pronoun or a fixed trouble to refer to: nothing more to read.
    if (!bodyStates && next === allServices.length && (next === 0 || allServices[next - 1]!.span.start < sentences[Math.max(0, index - 3)]!.start)) break;
    if (next === allServices.length || allServices[next]!.span.start >= sentence.end) {
      // "Die Zulassungsstelle bleibt geschlossen. Am Freitag ist sie von 8 bis 11 Uhr geöffnet.": the pronoun is the service before.
      // Only a service the sentence before said something about (it was a subject there), not any noun it named
      // ("Das Einwohnermeldeamt ist für den Besucherverkehr geschlossen": the office, not "Besucherverkehr").
      let antecedent: Cue<Service> | undefined;
      for (let k = next - 1; k >= 0 && allServices[k]!.span.start >= previousStart; k--) {
        const candidate = allServices[k]!;
        if (scope.stated.some((o) => o.service === candidate.value && o.start >= previousStart)) {
          antecedent = candidate;
          break;
        }
      }
      const referent = (antecedent && index > 0
        ? pronounFor(text, sentence, antecedent) ?? contrastedPlaceFor(text, sentence, places, antecedent) : undefined)
        ?? shortNameFor(text, sentence, allServices, next);
      const question = isQuestion(sentence.text);
      if (question || troubleFixed(scope, sentence, index)) continue;
      // "Daher bleiben beide Behörden heute geschlossen": the offices the sentence before named.
      const plural = referent || index === 0 ? [] : pluralReferents(text, sentence, allServices, next, previousStart);
      if (referent) impactsOfSentence(scope, sentence, index, [referent]);
      else if (plural.length > 0) impactsOfSentence(scope, sentence, index, plural);
      else {
        const body = bodyAsSubject(text, sentence, places);
        if (body) impactsOfSentence(scope, sentence, index, [body]);
        else if (!sameForPlaces(scope, sentence, index) && !affectedPlaces(scope, sentence, index)) everythingAgain(scope, sentence, index);
      }
      continue;
    }
    const found: Cue<Service>[] = [];
    for (let k = next; k < allServices.length && allServices[k]!.span.start < sentence.end; k++) {
      if (allServices[k]!.span.end <= sentence.end) found.push(allServices[k]!);
    }
    if (found.length === 0) continue;
    // Questions ("Wann laufen die Systeme wieder?") state nothing.
    if (isQuestion(sentence.text)) continue;
    impactsOfSentence(scope, sentence, index, found);
  }
  const merged = mergeMixedStates(reopenings(text, officesAppointments(scope, scope.out)), text);
  // The whole text is searched for a branch library only where a library outage is there to be told apart.
  const libraryBranch = merged.some((i) => i.service === 'library' && i.status === 'outage') && aboutBranchLibrary(text);
  const out = merged.map((i): ServiceImpact => (i.status === 'outage' && (scope.sites.has(i) || oneOfManyOffices(i, text) || (libraryBranch && i.service === 'library' && !mainAndBranch(text, i.span.start)))
    ? { ...i, status: 'degraded' as const } : openWindowStatus(text, i)));
  // A state changed here may now repeat one already reported.
  const reported = new Set<string>();
  // A Kreis known only from its towns, in a text by others than cities and districts: a news text that never
  // names the affected place gives no item for it (guide §4), and the Kreis of a town is not named by the town.
  const namedDistricts = scope.publicPublisher ? undefined : new Set(input.districts.map((d) => d.ags));
  return out.filter((i) => {
    if (namedDistricts && i.district && !namedDistricts.has(i.district.ags) && i.district.ags !== input.publisher?.mention.ags) return false;
    const key = `${i.municipality?.ags ?? i.district?.ags}|${i.service}|${i.status}|${i.asOf}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
}

/**
 * "Wer einen Termin im Straßenverkehrsamt oder den Bürgerbüros möchte, braucht Geduld. Alle Termine sind früh ausgebucht.":
 * appointments short in a sentence that names no office are the appointments of the offices the sentence before named,
 * and those offices are restricted (guide §4: "Termine im Bürgerbüro" are the office's).
 */
function officesAppointments(scope: TextScope, impacts: readonly ServiceImpact[]): ServiceImpact[] {
  if (!impacts.some((i) => i.service === 'appointments' && (i.status === 'outage' || i.status === 'degraded'))) return [...impacts];
  const { sentences } = scope.input;
  const officesIn = (s: Sentence): Service[] => [...new Set(scope.allServices.filter((v) => v.span.start >= s.start && v.span.end <= s.end && OFFICES.has(v.value)).map((v) => v.value))];
  const out: ServiceImpact[] = [];
  for (const i of impacts) {
    // "Die Online-Terminvergabe ist noch nicht wieder freigeschaltet": a booking system is a service of its own.
    if (i.service !== 'appointments' || (i.status !== 'outage' && i.status !== 'degraded') || ONLINE_WORD.test(i.span.text)) {
      out.push(i);
      continue;
    }
    const at = sentences.findIndex((s) => i.span.start >= s.start && i.span.start < s.end);
    const previous = at > 0 ? sentences[at - 1]! : undefined;
    const paragraphBreak = previous !== undefined && PARAGRAPH_BREAK_BETWEEN.test(scope.text.slice(previous.end, sentences[at]!.start));
    const offices = at > 0 && previous && !paragraphBreak && officesIn(sentences[at]!).length === 0 ? officesIn(previous) : [];
    if (offices.length === 0) {
      out.push(i);
      continue;
    }
    for (const office of offices) out.push({ ...i, service: office, status: 'degraded' });
  }
  return out;
}

const PARAGRAPH_BREAK_BETWEEN = /\n[ \t]*\n/u;
const ONLINE_WORD = /online|internet/iu;

const exceptedBefore = endsWithMatch(EXCEPTED_BEFORE);
/** Between a statement and a service: an exception opened after the statement, the service in its list. */
const EXCEPTED_AFTER_STATEMENT = /^[^.;:!?]*,[ \u00a0]*(?:außer|ausgenommen|mit[ \u00a0]+Ausnahme)(?![\p{L}])[^.;:!?]*$/u;

/**
 * Whether a sentence tells of an earlier incident: a past-tense verb and a year before the reference's, written as
 * background ("bereits 2021", "schon im Jahr 2019", "damals", "vor zwei Jahren", "im vergangenen Jahr", "schon einmal"), or any
 * year two or more before it.
 */
function earlierIncident(sentence: string, referenceDate: string | undefined): boolean {
  // "Die Einschränkungen seien vergleichbar mit den Cyberangriffen aus dem Jahr 2021 auf …": the incident compared with is background.
  // Every way to true needs a year or one of YEARS_AGO's words: most sentences, without any, are passed over by one search.
  if (!EARLIER_WORDS.test(sentence)) return false;
  if (COMPARED_WITH_EARLIER.test(sentence)) return true;
  if (!PAST_TENSE.test(sentence) && !PERFECT.test(sentence)) return false;
  const years = EARLIER_YEAR.exec(sentence);
  if (YEARS_AGO.test(sentence)) return true;
  if (!years || referenceDate === undefined) return false;
  const gap = Number(referenceDate.slice(0, 4)) - Number(years[2]);
  return gap >= 2 || (gap >= 1 && years[1] !== undefined);
}

/** An incident of a written year the text compares with: "vergleichbar mit … aus dem Jahr 2021". */
const COMPARED_WITH_EARLIER = /(?<![\p{L}])(?:vergleichbar[ \u00a0]+mit|ähnlich[ \u00a0]+wie|wie[ \u00a0]+(?:schon|bereits|damals)[ \u00a0]+(?:bei|in))(?![\p{L}])[^.;!?]*?(?<![\p{L}])(?:Jahr|Jahres)[ \u00a0]+(?:19|20)\d\d(?![\p{N}])/u;
/** What COMPARED_WITH_EARLIER, EARLIER_YEAR and YEARS_AGO need: a year from 1900 to 2099, "Jahr", "einmal", "damals", "Vergangenheit". */
const EARLIER_WORDS = /(?:19|20)\d\d|ahr|einmal|amals|Vergangenheit/u;
/** A perfect tense told by someone ("habe es … gegeben", "hat es … gegeben"). */
const PERFECT = /(?<![\p{L}])(?:habe|hat|haben|hätten|hätte)(?:[ \u00a0,]+[\p{L}\p{N}-]+){0,10}[ \u00a0]+ge\p{L}+(?![\p{L}])/u;
const PAST_TENSE = /(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|gab|musste|mussten|blieb|blieben|fiel|fielen|legte|legten)(?![\p{L}])/u;
/** A year, with the words that set it in the past when they stand before it. */
const EARLIER_YEAR = /(?<![\p{L}\p{N}])(?:((?:[Bb]ereits|[Ss]chon|[Dd]amals)[ \u00a0]+(?:(?:im|in)[ \u00a0]+(?:Jahr[ \u00a0]+)?|Anfang[ \u00a0]+|Ende[ \u00a0]+|Mitte[ \u00a0]+)?)|(?:im|Im)[ \u00a0]+(?:Jahr[ \u00a0]+)?)?((?:19|20)\d\d)(?![\p{N}.])/u;
const YEARS_AGO = /(?<![\p{L}])(?:vor[ \u00a0]+(?:zwei|drei|vier|fünf|sechs|einigen|mehreren|\d+)[ \u00a0]+Jahren|vor[ \u00a0]+(?:einem|gut[ \u00a0]+einem|knapp[ \u00a0]+einem)[ \u00a0]+Jahr|[Ii]m[ \u00a0]+(?:vergangenen|letzten|vorigen)[ \u00a0]+Jahr|[Ii]m[ \u00a0]+Vorjahr|(?:[Vv]ergangenes|[Ll]etztes|[Vv]origes)[ \u00a0]+Jahr|(?:[Bb]ereits|[Ss]chon)[ \u00a0]+einmal|[Dd]amals|in[ \u00a0]+der[ \u00a0]+Vergangenheit)(?![\p{L}])/u;

/** Mentions by where they start; most lists come in text order already and are kept as they are. */
function inTextOrder<T extends { span: { start: number } }>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.span.start < list[i - 1]!.span.start) return [...list].sort((a, b) => a.span.start - b.span.start);
  }
  return list;
}

/**
 * Municipalities and districts as one list in text order: the two lists merged (each is in text order). A Kreis
 * in parentheses right after one of its towns only locates the town ("Bad Schwalbach (Rheingau-Taunus)") and is
 * left out: it owns nothing the sentence says.
 */
function placesInTextOrder(text: string, municipalities: readonly Municipality[], districts: readonly District[]): Place[] {
  const m = inTextOrder(municipalities);
  const d = inTextOrder(districts).filter((district) => !locatesTown(text, district, municipalities));
  const out: Place[] = [];
  let i = 0;
  let j = 0;
  while (i < m.length || j < d.length) {
    if (j >= d.length || (i < m.length && m[i]!.span.start <= d[j]!.span.start)) out.push({ kind: 'municipality', mention: m[i++]! });
    else out.push({ kind: 'district', mention: d[j++]! });
  }
  return out;
}

const TOWN_THEN_PARENTHESIS = /^[ \u00a0]*\([ \u00a0]*$/u;

/** Whether `district` stands in parentheses right after a municipality of its own ("Bad Schwalbach (Rheingau-Taunus)"). */
function locatesTown(text: string, district: District, municipalities: readonly Municipality[]): boolean {
  const { start, end } = district.span;
  if (!/^[ \u00a0]*\)/u.test(text.slice(end, end + 3))) return false;
  return municipalities.some((m) => m.district.ags === district.ags && m.span.end <= start && start - m.span.end <= 4
    && TOWN_THEN_PARENTHESIS.test(text.slice(m.span.end, start)));
}

/** The impacts one sentence states, given the service cues in it. */
function impactsOfSentence(scope: TextScope, sentence: Sentence, index: number, found: readonly Cue<Service>[]): void {
  const { text, input, places } = scope;
  // Read first: a sentence about a service that states nothing of it still sets the day the text speaks of.
  const when = sentenceTime(scope, sentence, index);
  // A sentence without any status word states nothing: its subjects need not be sorted out.
  let cues = findCues(text, sentence.start, sentence.end, STATUS_PATTERNS);
  if (cues.length === 0 && index > 0) cues = carriedState(scope, sentence);
  if (cues.length === 0 && index > 0) cues = listHeaderState(scope, sentence, index);
  BACK_REFERENCE.lastIndex = 0;
  const pointsBack = index > 0 && mayPointBack(sentence.text) && BACK_REFERENCE.test(sentence.text);
  if (cues.length === 0 && !pointsBack) {
    exceptionsNamed(scope, sentence, index, found);
    return;
  }
  // "Bereits 2021 war die Verwaltung wochenlang nicht erreichbar": an earlier incident told as background (guide §4).
  if (earlierIncident(sentence.text, input.referenceDate)) return;
  const services = subjects(text, sentence, index, found, scope.documentChannels);
  if (services.length === 0) return;
  if (channelsOfOfficeBefore(text, input.sentences, index, found, placesIn(places, sentence.start, sentence.end).some((p) => !IN_ADDRESS_BEFORE.test(text.slice(Math.max(0, p.mention.span.start - 6), p.mention.span.start))), (previous, at) => subjects(
    text, previous, at, scope.allServices.filter((s) => s.span.start >= previous.start && s.span.end <= previous.end), scope.documentChannels,
  ))) return;
  let statuses = statusCues(text, sentence, services, cues);
  if (pointsBack) statuses = referredStatuses(text, sentence, input.sentences[index - 1], statuses, index > 1 ? input.sentences[index - 2] : undefined);
  else statuses = explainedStatuses(text, input.sentences[index + 1], statuses, scope.allServices);
  // "Die IT wird daran arbeiten, dass … reibungslos funktioniert", "Wir hoffen, dass …": what the "dass" clause says is wished for.
  const wished = WISHED_THAT.exec(sentence.text);
  if (wished) {
    const from = sentence.start + wished.index + wished[0].length;
    statuses = statuses.filter((st) => st.span.start < from);
  }
  // "Bis die neue Telefonie funktioniert, können einige Stunden vergehen": the state a clause of "bis" waits for is not yet.
  const until = UNTIL_CLAUSE.exec(sentence.text);
  if (until) statuses = statuses.filter((st) => st.span.start >= sentence.start + until[0].length);
  if (statuses.length === 0) return;
  statuses = visitorClosureStatuses(sentence, statuses);
  // "Nach 14-tägiger Schließung … wieder geöffnet": the closure is told as what the reopening ends (see impactsOfService).
  const ended = statuses.some((st) => st.value === 'restored') ? AFTER_OUTAGE.exec(sentence.text) : null;
  if (ended) {
    const from = sentence.start + ended.index;
    const to = from + ended[0].length;
    statuses = statuses.filter((st) => st.span.start < from || st.span.end > to);
  }
  // "Das Rathaus sei wieder freigegeben, bleibe aber noch geschlossen": the building is back, the service not yet.
  if (statuses.some((st) => st.value === 'restored')) {
    statuses = statuses.filter((st) => st.value !== 'restored' || !STILL_CLOSED_AFTER.test(text.slice(st.span.end, sentence.end)));
    if (statuses.length === 0) return;
  }
  const clauses = clausesOf(text, sentence, services, statuses);

  scope.paragraphList ??= paragraphStarts(text);
  // A police or prosecutor's press-portal dateline ("Dortmund (ots) - …") is where the release comes from, not where a service is.
  if (scope.dateline === undefined) scope.dateline = datelinePlace(text, places, !scope.authority) ?? null;
  const binding = bindPlace(scope.paragraphList, places, input.sentences, index, input.publisher, input.kreisPublisher === true, scope.authority, scope.dateline ?? undefined);
  const inSentence = placesIn(places, sentence.start, sentence.end).filter((p) => !helps(text, sentence, p));
  let previousStatus: ServiceStatus | undefined;
  // What the sentence says outside its exceptions: an exception set off in the middle ("Das Standesamt ist –
  // bis auf geplante Hochzeiten – geschlossen") takes its opposite, and the clause it interrupts its status.
  const mainStatuses = statuses.filter((st) => !clauses.some((c) => c.exception && st.span.start >= c.start && st.span.end <= c.end));
  const mainStatus = mainStatuses[0]?.value;
  let subjectsBefore: readonly Cue<Service>[] = [];
  const possibleEvent = POSSIBLE_EVENT.test(sentence.text);
  const explainsAttack = ATTACK_EXPLAINED.test(sentence.text);
  // Whether the sentence has a word some group of places is named by: the group patterns below run only where it has.
  const groupWords = GROUP_WORDS.test(sentence.text);
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const clauseText = text.slice(clause.start, clause.end);
    const groupText = groupWords ? withoutOwnOffices(clauseText, scope.publicPublisher, scope.input.publisherKind === 'city') : clauseText;
    // A condition, possibility or plan states no state at all; "kann es … zu X kommen" does so for the whole sentence,
    // however the clauses fall ("kann es allerdings auch an den Folgetagen zu Verzögerungen … kommen").
    if (isHypothetical(clauseText) || possibleEvent || explainsAttack) continue;
    // A restoration that is planned, hoped for or open is none yet.
    const intent = intends(clauseText);
    const advice = ADVICE.test(clauseText);
    // "wird voraussichtlich wieder ab 13 Uhr erreichbar sein": a return expected is none yet (guide §4), however it is worded.
    const expectedAgain = EXPECTED_WORD.test(clauseText) && EXPECTED_AGAIN.test(clauseText);
    const named = within(services, clause);
    const own = within(statuses, clause);
    // "Das Rathaus sei wieder freigegeben, bleibe aber am Dienstag noch geschlossen": a clause that goes on with the
    // subject left out speaks of the clause before's.
    const clauseServices = named.length === 0 && own.length > 0 && k > 0 && SUBJECT_LEFT_OUT.test(text.slice(clauses[k - 1]!.end - 12, clause.end))
      ? subjectsBefore : named;
    if (named.length > 0) subjectsBefore = named;
    const clauseStatuses = (own.length === 0 && !clause.exception && clauseServices.length > 0 ? statusesAfterException(clauses, k, services, statuses) : own)
      .filter((s) => !(intent && s.value === 'restored') && !((advice || expectedAgain) && (s.value === 'operational' || s.value === 'restored')));
    const placesReferredTo = groupWords && PLACES_BACK_REFERENCE.test(clauseText);
    const clauseScope: ClauseScope = {
      text: scope, clause, clauseText, sentence, services: clauseServices,
      groupOfPlaces: groupWords && speaksOfPlaceGroup(groupText),
      placesReferredTo,
      previousTowns: placesReferredTo ? townsBefore(scope, places, index) : [],
      generic: (groupWords && GENERIC_SUBJECT.test(groupText)) || (!scope.publicPublisher && QUANTIFIER.test(clauseText)),
      statuses: clauseStatuses, sentenceStatuses: statuses, previousStatus: previousStatus ?? mainStatus,
      providerInClause: input.providers?.some((p) => p.start >= clause.start && p.end <= clause.end) ?? false,
      // "telefonisch unter (030) ... erreichbar", "per E-Mail unter ... erreichbar": how to reach someone, no state of a service.
      contactInClause: input.contacts?.some((c) => c.start >= clause.start && c.end <= clause.end) ?? false,
      inSentence, binding, when,
    };
    for (const service of clauseServices) impactsOfService(clauseScope, service);
    const dominant = nearest(clauseStatuses, { start: clause.start, end: clause.start });
    if (dominant) previousStatus = dominant.value;
  }
}

/**
 * What every BACK_REFERENCE match holds ("betroffen", "betrifft", "betreffen", "darunter", "gehören", "zählen", "gilt", "galt",
 * "gelte"): a sentence without any is passed over by substring tests.
 */
const BACK_REFERENCE_WORDS = ['etr', 'arunter', 'gehör', 'zähl', 'gilt', 'galt', 'gelte'];
const mayPointBack = (sentence: string): boolean => BACK_REFERENCE_WORDS.some((w) => sentence.includes(w));

/** The service is what the opening exception names: "Bis auf das Standesamt …". */
const EXCEPTED_SERVICE = /^[\s„“"»]*(?:Bis[ \u00a0]+auf|Mit[ \u00a0]+Ausnahme|Ausgenommen)(?:[ \u00a0]+[\p{L}-]+){0,3}[ \u00a0]+$/u;

/** Whether the sentence names another service before `service` ("Mit Ausnahme des Standesamtes sind alle Ämter geschlossen"). */
function serviceBefore(scope: ClauseScope, service: Cue<Service>): boolean {
  return scope.text.allServices.some((v) => v !== service && v.span.start >= scope.sentence.start && v.span.end <= service.span.start);
}

/** The towns named in the sentence before `index`, when it is in the same paragraph (each town once). */
function townsBefore(scope: TextScope, places: readonly Place[], index: number): Place[] {
  const { input } = scope;
  const previous = index > 0 ? input.sentences[index - 1] : undefined;
  if (!previous) return [];
  const paragraphs = scope.paragraphList ?? [];
  const current = input.sentences[index]!;
  if (paragraphs.some((p) => p > previous.start && p <= current.start)) return [];
  const towns: Place[] = [];
  for (const p of placesIn(places, previous.start, previous.end)) {
    if (p.kind === 'municipality' && !towns.some((t) => t.mention.ags === p.mention.ags)) towns.push(p);
  }
  return towns;
}

/**
 * When a sentence's impacts hold ({@link timeOf}). A text announcing a day ("Am Freitag, 29. November, kommt es zu
 * Einschränkungen …") goes on about that day in sentences that give none ("Das Bürgerservicecenter bleibt ebenfalls
 * geschlossen."): they take it until a sentence gives a day of its own. A text without a publication date has no "today"
 * to tell of: its sentences without a day take the day the text spoke of last, whichever it is.
 */
function sentenceTime(scope: TextScope, sentence: Sentence, index: number): ImpactTime {
  const when = timeOf(scope.input, sentence, index);
  const reference = scope.input.referenceDate;
  if (when.own) {
    const ahead = when.asOf !== undefined && reference !== undefined && (scope.input.published !== true || when.asOf.slice(0, 10) > reference);
    scope.eventDay = ahead ? when.asOf : undefined;
    return when;
  }
  return scope.eventDay === undefined ? when : { asOf: scope.eventDay, since: when.since, until: when.until, own: false };
}

/** The day of a sentence without its since and until: for states carried over from other sentences. */
function dayOnly(when: ImpactTime): ImpactTime {
  return { asOf: when.asOf, since: undefined, until: undefined, own: when.own };
}

/** Whether impacts so far tell of an outage or a restriction. */
function incidentToldBefore(out: readonly { status: ServiceStatus }[]): boolean {
  for (const o of out) if (o.status === 'outage' || o.status === 'degraded') return true;
  return false;
}

/** A word every INTENT match holds, with its flags: most clauses, without any, are passed over by one search. */
const INTENT_WORDS = /ann|daran|soll|hoff|offen|plan|rechne|erwarte|sichtlich|Ziel|unklar|nehmen|bringen|bekommen|kriegen|machen|schalten|stellen/u;
const intends = (clause: string): boolean => INTENT_WORDS.test(clause) && INTENT.test(clause);
/** A word every REGULARLY_CLOSED match holds, with its flags. */
const REGULARLY_WORDS = /ohnehin|sowieso|turnusmäßig|gern|gewöhnlich|üblicherweise|normalerweise|traditionell|alljährlich|jedes/u;

/** A status cue of closing: said of offices and buildings, never of IT. */
const CLOSING_CUE = /(?:geschlossen|[Ss]chließ|schloss|dicht)/u;

/** Appointments called off or moved. */
const CALLED_OFF = /(?<![\p{L}])(?:abgesagt|verschoben|storniert|umgebucht|neu[ \u00a0]+vereinbart|neu[ \u00a0]+zu[ \u00a0]+vereinbaren)(?![\p{L}])/u;
const CUT_OFF = /(?<![\p{L}])(?:abgeschnitten|abgekoppelt)(?![\p{L}])/u;
/** Words that say an administration is cut off from its data lines, not from visitors. */
const CUT_OFF_FROM_DATA = /(?<![\p{L}])(?:datentechnisch|digital|vom[ \u00a0]+(?:Internet|Datennetz|Netz))(?![\p{L}])/u;

/** The impacts a clause states about one of its services: its status, and the places it goes to. */
function impactsOfService(scope: ClauseScope, named: Cue<Service>): void {
  const { text, input, places, authority, publicPublisher } = scope.text;
  const { clause, inSentence, binding } = scope;
  let service = named;
  // "vom Telefonnetz abgeschnitten", "datentechnisch von der Außenwelt abgeschnitten": an administration cut off from a
  // channel or from its data lines; the statement is about the channel or the IT (guide §4: channels take channel keys).
  if (service.value === 'administration' && CUT_OFF.test(scope.clauseText)) {
    if (scope.services.some((v) => v.value === 'phone' || v.value === 'email' || v.value === 'it-systems')) return;
    if (CUT_OFF_FROM_DATA.test(scope.clauseText)) service = { ...service, value: 'it-systems' };
  }
  // "dem Senior wurde der Führerschein abgenommen": in a police or prosecutor release a licence, a passport or a car is
  // someone's, not the office that issues it; only the office named as such ("Führerscheinstelle") is a service there.
  if (authority && PERSONAL_DOCUMENT_SERVICES.has(service.value) && !OFFICE_WORD.test(service.span.text)) return;
  // A number or address given as a contact is a pointer (guide §4), except where the document has told of an outage
  // or a restriction before: then the line offered is a way that still works ("In dringenden Fällen … unter 0906 … melden").
  // Not in police or prosecutor releases: their numbers are for witnesses.
  if (scope.contactInClause && (service.value === 'phone' || service.value === 'email') && (authority || !incidentToldBefore(scope.text.out))) return;
  // "die Ampel am Rathaus", "vor dem Rathaus": a building as a location, not the administration.
  if (service.value === 'administration' && locatedAt(text, service, scope.text.authority)) return;
  // "die Stadtbibliothek im alten Rathaus", "das Bürgerbüro im Rathaus": the building where another service of the clause is.
  if (service.value === 'administration' && housesService(text, service, scope.services)) return;
  // "der Dienstbetrieb in der Ausländerbehörde": the work of the office named after it, not of the administration.
  if (service.value === 'administration' && OPERATION_OF.test(service.span.text)) {
    const after = SERVICE_AFTER_OPERATION.exec(text.slice(service.span.end, service.span.end + 25));
    if (after && scope.services.some((v) => v !== service && v.value !== 'administration' && v.span.start === service.span.end + after[0].length)) return;
  }
  if (underCondition(text, scope.sentence, service.span.start)) return;
  // "Der Notruf 110 ist erreichbar": the police's line; the police is an agency, not a place (guide §4).
  if (service.value === 'emergency-services' && POLICE_LINE.test(scope.clauseText) && !RESCUE_LINE.test(scope.clauseText)) return;
  // "die Notfallnummern von Polizei und Feuerwehr": their lines, not a town's substitute number.
  if (service.value === 'phone' && service.span.text.startsWith('Notfallnummer') && RESCUE_BODY_AFTER.test(text.slice(service.span.end, service.span.end + 30))) return;
  let status: ServiceStatus | undefined;
  let cue = cueFor(service, scope.services, scope.statuses);
  const elided = elidedStatus(text, scope.sentence, service, scope.sentenceStatuses);
  if (elided) {
    status = elided;
    cue = undefined;
  } else if (cue) status = cue.value;
  else if (clause.exception && scope.previousStatus) {
    status = invert(scope.previousStatus);
    cue = undefined;
  }
  if (!status) return;
  // "Rathaus Potsdam weiter offline", "Landratsamt wieder online", "Die Gemeinde ist nicht mehr am Netz": the
  // administration's network, that is its IT (guide §4: it-systems are servers, networks, "kein Internet").
  if (service.value === 'administration' && cue && NETWORK_STATE.test(cue.span.text)) service = { ...service, value: 'it-systems' };
  // "Wegen einer Software-Umstellung bleibt das Bürgerbüro geschlossen": offices and buildings close, servers and software
  // do not; a closing beside an IT word is the office's, the IT word its cause.
  if (service.value === 'it-systems' && cue && CLOSING_CUE.test(cue.span.text)) return;
  // "Mit Ausnahme des Standesamtes sind alle Ämter geschlossen": the office excepted is in the opposite state.
  if (!clause.exception && cue && cue.span.start > service.span.end && exceptedBefore(text.slice(Math.max(clause.start, service.span.start - 30), service.span.start))) status = invert(status);
  // "Termine nur nach Vereinbarung, außer bei Jobcenter, Sozialamt und Jugendamt": what the exception after the
  // statement lists (however far down its list) is in the opposite state.
  else if (!clause.exception && cue && cue.span.end <= service.span.start && EXCEPTED_AFTER_STATEMENT.test(text.slice(cue.span.end, service.span.start))) status = invert(status);
  // "Termine wurden abgesagt", "Termine mussten neu vereinbart werden": booked appointments called off are what a
  // closure did to visitors, not the state of appointments (booking may work all along).
  if (service.value === 'appointments' && CALLED_OFF.test(scope.clauseText)) return;
  // Appointments as a service are their booking (guide §4: "Terminvergabe", "Online-Terminbuchung"); booked
  // appointments kept, moved or possible ("Termine vor Ort sind möglich") tell how visits go, not how booking works.
  if (service.value === 'appointments' && !BOOKING.test(scope.clauseText)) return;
  // "die ausschließlich bereits gebuchte Termine erledigen", "Bereits vereinbarte Termine wurden abgesagt": appointments
  // booked before, restricted or called off, are visits, not the booking; kept ("finden wie geplant statt") they work.
  if (service.value === 'appointments' && status !== 'operational' && BOOKED_BEFORE.test(text.slice(Math.max(0, service.span.start - 40), service.span.start))) return;
  // "Doch die Stadtverwaltung hatte zwischen den Jahren geschlossen", "Ein Blitzschlag hatte die Technik lahmgelegt": a
  // closing told in the pluperfect is what came before the story, not a state of it.
  if (status === 'outage' && PLUPERFECT_CLOSED.test(scope.clauseText)) return;
  // "Die Bücherei hat mittwochs ohnehin geschlossen", "am Montag hatte die Bücherei regulär geschlossen": the usual
  // closing day, no impact.
  if ((status === 'outage' || status === 'degraded') && REGULARLY_WORDS.test(scope.clauseText) && REGULARLY_CLOSED.test(scope.clauseText)) return;
  // A day's closing in an opening-hours table ("Mittwoch: ab 12.30 Uhr geschlossen" after the week's hours): the usual week.
  if ((status === 'outage' || status === 'degraded') && OPENING_HOURS_TABLE.test(scope.sentence.text)) return;
  // "Die Stadtverwaltung ist betroffen", "Das Landratsamt hat mit technischen Problemen zu kämpfen": the administration
  // as a whole said to be hit says which of its services is down no more than the sentences around it do; those name the
  // services (guide §4: administration only where the statement names no narrower service). The gold reads it so in
  // three statements of four. "Alle Bürgerdienste sind betroffen" names the services themselves (guide §4).
  if (service.value === 'administration' && status === 'degraded' && cue && VAGUE_TROUBLE.test(cue.span.text) && !service.span.text.startsWith('Bürgerdienst')) return;
  // "Die Stadtverwaltung kann keine E-Mails empfangen", "… kann keine Fahrzeuge zulassen": the narrower service inside the
  // statement is what it is about (guide §4: administration only where the statement names no narrower service).
  if (service.value === 'administration' && cue && scope.services.some((v) => v.value !== 'administration'
    && v.span.start >= cue.span.start && v.span.end <= cue.span.end)) return;
  // "Das Standesamt hat die Trauungen ausgesetzt": the office acts on another service, which is what the statement is about.
  if (cue && cue.span.start > service.span.end && scope.services.some((v) => v !== service && v.value !== service.value
    && v.span.start > service.span.end && v.span.end <= cue.span.start
    && (AGENT_GAP.test(text.slice(service.span.end, v.span.start))
      || (AUXILIARY_BEFORE.test(text.slice(Math.max(scope.sentence.start, service.span.start - 40), service.span.start)) && OBJECT_OF_GAP.test(text.slice(service.span.end, v.span.start)))))) return;
  // "eingerichtet", "geschaltet" speak of a substitute put in place, not of whoever put it there.
  // An emergency service set up for the office ("Im Standesamt wird ein Bereitschaftsdienst eingerichtet") is the office
  // in emergency operation: degraded (guide §4).
  if (cue && SUBSTITUTE_SET_UP.test(cue.span.text) && !EMERGENCY_PAGE.test(service.span.text)) {
    if (!EMERGENCY_OPERATION.test(scope.clauseText)) return;
    status = 'degraded';
  }
  // "Das Bürgerbüro ist telefonisch unter 02335 … zu erreichen": where to call, no state (a pointer, guide §4).
  // "weiterhin … erreichbar" states that it still works, wherever the number stands.
  const statement = scope.clauseText;
  // "In dringenden Fällen ist das Sozialamt telefonisch erreichbar": working for some cases only, degraded (guide §4).
  if (status === 'operational' && EXCEPTION_FOR_URGENT.test(statement)) status = 'degraded';
  const stillOrAgain = STILL_OR_AGAIN.test(statement);
  // "Die Telefonzentrale bleibt über 02461 / 630 erreichbar": remaining reachable is a state, like "weiterhin".
  if (scope.contactInClause && status === 'operational' && REACHABILITY.test(statement) && !stillOrAgain && !REMAINS_REACHABLE.test(statement)) return;
  // "Für Rückfragen steht das Team telefonisch unter 0931 … zur Verfügung": someone offered to call, no state either.
  if (status === 'operational' && (scope.contactInClause || CONTACT_OFFERED.test(statement)) && PROVIDED_TO_CALL.test(statement) && !stillOrAgain && !shortOpening(statement)) return;
  // "Die Kfz-Zulassung ist montags von 8 bis 16 Uhr geöffnet": opening hours told, not a state (the gold lists none of
  // them); "wie gewohnt", "regulär", "zu den üblichen Zeiten" say it works as it should.
  if (status === 'operational' && cue && OPEN_WORD.test(cue.span.text) && CLOCK_WINDOW.test(statement) && !stillOrAgain && !AS_USUAL.test(statement)
    && !shortOpening(statement)) return;
  // "Bis auf die Sprechstunde des Sterberegisters entfallen … im Standesamt alle Sprechstunden": all but the part excepted;
  // not where the exception is another office ("Mit Ausnahme des Standesamtes …") or this one ("Bis auf das Standesamt …").
  const exceptionIsAnOffice = serviceBefore(scope, service) || EXCEPTED_SERVICE.test(text.slice(scope.sentence.start, service.span.start));
  if (!exceptionIsAnOffice) status = exceptedAtStart(scope.sentence.text, status);
  status = channelStatus(text, service, cue, partialRestoration(statement, partialClause(statement, partOfDayStatus(statement, status))));
  if (service.value === 'administration' && status === 'outage') status = partialAdministration(text, service, clause, status);
  status = countedOffices(text, service, scope.sentence.start, closedAsARule(statement, onlySomeWork(statement, someHoursCut(text, service, scope.sentence.start, status))));
  // "… von 23.12. bis Neujahr geschlossen, jedoch am Freitag, 27. Dezember, wie gewohnt geöffnet": closed with days open, degraded.
  if (status === 'outage' && cue && cue.span.start > service.span.start && OPEN_ON_SOME_DAYS_AFTER.test(text.slice(cue.span.end, scope.sentence.end))
    && !scope.text.allServices.some((v) => v.span.start >= cue.span.end && v.span.end <= scope.sentence.end)) status = 'degraded';
  status = someUnitsChannel(statement, service.value, status);
  status = branchClosed(text, service, status, scope.sentence.text);
  // "Nach dem Angriff im Juli war erst Anfang August die Zulassung möglich gemacht worden": a working state before
  // the one reported (pluperfect) is background, not the state now.
  if ((status === 'restored' || status === 'operational') && PLUPERFECT_PASSIVE.test(scope.sentence.text)) return;
  // "… wieder erreichbar – aber sehr eingeschränkt": a clause of its own that only restricts the one before.
  if ((status === 'restored' || status === 'operational') && RESTRICTED_AFTER.test(text.slice(cue?.span.end ?? clause.end, Math.min(scope.sentence.end, (cue?.span.end ?? clause.end) + 50)))) status = 'degraded';
  if (status === 'outage' && ACCEPTED_NOT_PROCESSED.test(scope.sentence.text)) status = 'degraded';
  // "für Besucher ohne vorherige Terminvereinbarung geschlossen": closed to walk-ins only, open by appointment (guide §4).
  if (status === 'outage' && WALK_INS_ONLY.test(statement)) status = 'degraded';
  if ((status === 'outage' || status === 'degraded') && ENDED_UNTIL.test(statement) && PAST_STATE.test(statement)) status = 'restored';
  // "Die Ausländerbehörde ist telefonisch nicht erreichbar": one way to reach an office is out, the office is degraded.
  if (status === 'outage' && OFFICES.has(service.value) && cue && REACHABILITY.test(cue.span.text) && BY_CHANNEL.test(statement) && !IN_PERSON_TOO.test(statement)) status = 'degraded';
  // "Die Stadtbibliothek bleibt geschlossen, aber die Mitarbeiterinnen nehmen Wünsche per E-Mail entgegen", "Auch wenn das
  // Standesamt geschlossen ist, sind weiterhin Mitarbeiter telefonisch erreichbar": closed to visitors, served another way.
  if (status === 'outage' && OFFICES.has(service.value) && OTHER_CHANNEL.test(scope.sentence.text) && OTHERWISE_SERVED.test(scope.sentence.text)) status = 'degraded';
  // "grundsätzlich geschlossen. Für sehr dringende Fälle ist eine Terminvereinbarung weiterhin möglich": closed but for
  // urgent cases, in the sentence or the next one of its paragraph, is only some cases served: degraded (guide §4).
  if (status === 'outage' && (OFFICES.has(service.value) || service.value === 'administration') && urgentCasesServed(scope.text, scope.sentence, service.value)) status = 'degraded';
  // "Einzig das Bürgeramt Halberg hatte vormittags für Notfälle geöffnet": open for urgent cases only is some cases served.
  if (status === 'operational' && URGENT_CASES.test(statement)) status = 'degraded';
  // "Inzwischen konnte der Fehler behoben werden, die Leitungen funktionieren wie gewohnt": working again after the fix.
  if (status === 'operational' && TROUBLE_FIXED.test(scope.sentence.text)) status = 'restored';
  // "Das Bürgerbüro ist unter einer Ersatznummer erreichbar": reached by a substitute line, the regular lines are
  // degraded (guide §4), and that is all the statement says.
  if (status === 'operational' && (OFFICES.has(service.value) || service.value === 'administration') && BY_SUBSTITUTE_LINE.test(scope.clauseText)) {
    service = { ...service, value: 'phone' };
    status = 'degraded';
  }
  // "Die Kfz-Zulassungsstelle war morgens ohne Internet": an office without its lines or network is the office restricted.
  if (cue && /^ohne$/iu.test(cue.span.text) && (service.value === 'it-systems' || service.value === 'phone' || service.value === 'email')) {
    const office = scope.services.find((v) => OFFICES.has(v.value) && v.span.end <= cue.span.start);
    if (office) {
      service = office;
      status = 'degraded';
    }
  }
  // An emergency page or number that is up means the regular website or lines are degraded; one that goes down says nothing new.
  if ((service.value === 'website' || service.value === 'phone') && EMERGENCY_PAGE.test(service.span.text)) {
    if (status === 'outage') return;
    status = 'degraded';
  }
  // The Kreis's own offices ("Kreishaus", "Ausländerbehörde des Kreises") belong to the Kreis of the text.
  const owning = inSentence.find((p) => p.mention.span.start >= service.span.end
    && OWNING_PLACE_GAP.test(text.slice(service.span.end, p.mention.span.start)));
  // "die Verwaltung des Kreises Pinneberg": the Kreis named as the owner, not the one the text spoke of before.
  const kreis = owning?.kind === 'district' ? undefined : (KREIS_SERVICE.test(service.span.text) || ownedByKreisAfter(text, service.span.end)
    || kreisOwned(scope.text).has(service.value))
    ? kreisOf(places, input.publisher, input.kreisPublisher === true, service.span.start) : undefined;
  const owners = ownersOf(text, inSentence, places);
  if (!owners) return;
  const closest = owning ?? bodyRunning(text, scope.sentence, inSentence, nearestPlace(owners, service.span), service.value, service.span.text);
  // Bare IT words ("Server", "Systeme") belong to no place by themselves: not to an IT provider named beside
  // them ("deren Systeme"), not to the places of a police release ("Server der Täter"), unless a place owns them.
  // "die Stadtverwaltung Werne, deren Server verschlüsselt wurden": the relative pronoun names the owner.
  const genericIt = GENERIC_IT.test(service.span.text) && !ownedBefore(text, service, inSentence);
  if (genericIt && !owning && (scope.providerInClause || ownedBefore(text, service, input.providers ?? []) || (authority && !kreis) || (!closest && !kreis && !publicPublisher && !binding))) return;
  const { groupOfPlaces, generic } = scope;
  // "Die Rathäuser im Kreis Höxter": the towns' offices, unnamed; not the Kreis's, though it is named (guide §4).
  if (groupOfPlaces && UNNAMED_GROUP_AT.test(text.slice(service.span.start, service.span.start + 60))) return;
  // A statement about many places at once ("alle Zulassungsstellen in der Region", "mehrere Kommunalverwaltungen")
  // is bound to none of the places around it, only to one that owns the service.
  // "In der Gemeindeverwaltung Kyffhäuserland oder auch der Gemeinde Harztor … Die Verwaltungsgebäude sind geschlossen": every
  // town of the sentence before, whether or not it was written as a list.
  const referred = !kreis && !owning && !closest && binding && scope.placesReferredTo
    ? (scope.previousTowns.length > 1 ? scope.previousTowns : listAround(text, places, binding.place)) : [];
  // "Im Uffenheimer Rathaus kam es zum Floh-Alarm. … eine Firma mit Sitz in Essen … Das Rathaus bleibt geschlossen": the
  // office named again without a place is the one named before with its town, not a town named since as where someone is from.
  const fromContext = !kreis && !owning && referred.length <= 1 && !groupOfPlaces && !closest && binding && !generic
    ? boundPlace(text, places, service, scope.sentence.start, binding.place) : undefined;
  const targets = kreis ? [kreis] : owning ? listAround(text, inSentence, owning) : referred.length > 1 ? referred : groupOfPlaces ? [] : closest ? listAround(text, inSentence, closest) : fromContext ? [fromContext] : [];
  const factor = kreis || closest ? 1 : binding?.factor ?? 1;
  const far = cue && distance(service.span, cue.span) > 60 ? CONFIDENCE.farApart : 1;
  const confidence = Math.round(CONFIDENCE.base * (cue?.weight ?? 0.7) * factor * far * 100) / 100;
  const start = Math.min(service.span.start, cue?.span.start ?? service.span.start);
  const end = Math.max(service.span.end, cue?.span.end ?? service.span.end);
  // "Nach 14-tägiger Schließung hat das Meldeamt wieder geöffnet": the outage it ends is stated too.
  const endedOutage = status === 'restored' && AFTER_OUTAGE.test(scope.clauseText);
  // "… ist am Montag geschlossen und ab Dienstag wieder geöffnet": the one subject's second state, joined by "und".
  const thenRestored = (status === 'outage' || status === 'degraded') && cue !== undefined
    ? scope.statuses.find((c) => c.value === 'restored' && c.span.start > cue.span.end && c.span.start - cue.span.end < 60
      && THEN_AGAIN_GAP.test(text.slice(cue.span.end, c.span.start))) : undefined;
  for (const target of targets) {
    scope.text.kreisRuns ??= KREIS_BODY.test(text);
    const place = districtRunning(target, service.value, places, input.kreisPublisher ? input.publisher : undefined, scope.text.kreisRuns, KREIS_SERVICE.test(service.span.text)
      || (scope.text.kreisRuns && BUILDING_SERVICES.has(service.value) && !TOWN_BODY.test(scope.sentence.text) && places.some((p) => p.kind === 'district' && target.kind === 'municipality' && p.mention.ags === target.mention.district.ags)));
    if (!place) continue;
    if (endedOutage) addImpact(scope, place, service.value, 'outage', start, end, confidence);
    const stated = addImpact(scope, place, service.value, status, start, end, confidence);
    // One of the Kreis's sites closed: degraded, decided once the states of the text are merged (see impactsOf); only
    // where this statement is the one that says it (an earlier "Das Straßenverkehrsamt bleibt geschlossen" stands).
    if (stated && status === 'outage' && place.kind === 'district') {
      const site = kreisSiteAt(text, service);
      // The seat outside the Kreis ("Zulassungsstelle in Ludwigshafen" of the Rhein-Pfalz-Kreis) is its one office.
      if (site >= 0 && !input.municipalities.some((m) => m.span.start === site && m.district.ags !== place.mention.ags)) scope.text.sites.add(stated);
      // "Das Bürgerservice-Büro … in Neustrelitz musste geschlossen bleiben. … Damit blieben auch die Führerscheinstelle und die
      // Kfz-Zulassung geschlossen.": what closes with a site is at that site.
      else if (CONSEQUENCE_START.test(scope.sentence.text) && [...scope.text.sites].some((i) => i.span.end <= scope.sentence.start && scope.sentence.start - i.span.end < 300)) scope.text.sites.add(stated);
    }
    if (thenRestored) addImpact(scope, place, service.value, 'restored', start, thenRestored.span.end, confidence);
  }
}

/** A sentence stating a consequence of the one before: "Damit blieben auch …". */
const CONSEQUENCE_START = /^[ \u00a0]*(?:Damit|Dadurch|Somit|Deshalb|Daher)(?![\p{L}])/u;
/** A finite verb of being or staying, as a clause with its subject left out starts with one. */
const FINITE_BE = '(?:bleibe|bleibt|bleiben|blieb|blieben|ist|sei|sind|seien|war|waren|wird|werde|werden)';
/**
 * A clause going on with its subject left out or as a pronoun: a finite verb after the comma, then only words of time
 * before the state (", bleibe aber am Dienstag noch geschlossen", "; diese ist aber inzwischen wieder geöffnet").
 */
const SUBJECT_LEFT_OUT = new RegExp(`[,;][ \\u00a0]*(?:(?:diese|dieses|dieser|sie|es)[ \\u00a0]+${FINITE_BE}(?:[ \\u00a0]+(?:aber|jedoch|doch))?|${FINITE_BE}[ \\u00a0]+(?:aber|jedoch|doch))`
  + '(?:[ \\u00a0]+(?:am|ab|bis|noch|vorerst|weiterhin|heute|morgen|zunächst|dann|auch|bereits|wieder|inzwischen|mittlerweile|ganztägig|den|ganzen|Tag|\\p{Lu}\\p{Ll}*tag|Sonnabend|\\d{1,2}\\.(?:[ \\u00a0]*\\p{Lu}\\p{Ll}+)?))*'
  + '[ \\u00a0]+(?:geschlossen|zu|geöffnet|offen|erreichbar|nicht)(?![\\p{L}])', 'u');
/** After a restoration: the same subject still closed (", bleibe aber am Dienstag noch geschlossen"). */
const STILL_CLOSED_AFTER = new RegExp(`^[^.;!?]*?,[ \\u00a0]*${FINITE_BE}[ \\u00a0]+(?:aber|jedoch|doch)(?:[ \\u00a0]+[\\p{L}\\d.]+){0,4}?[ \\u00a0]+noch[ \\u00a0]+(?:geschlossen|zu)(?![\\p{L}])`, 'u');
/** Reached by a substitute or emergency line ("unter einer Ersatznummer erreichbar"). */
const BY_SUBSTITUTE_LINE = /(?<![\p{L}])unter[ \u00a0]+(?:einer|der|folgender)[ \u00a0]+(?:Ersatz|Notfall|Not|Behelfs)\p{L}*(?:nummer|telefon|hotline|rufnummer)(?![\p{L}])[^.;]*?(?<![\p{L}])(?:erreichbar|zu[ \u00a0]+erreichen)(?![\p{L}])/iu;
const SUBSTITUTE_SET_UP = /^(?:eingerichtet|geschaltet)$/iu;
/** "bereits vereinbarte", "schon gebuchten", "angemeldete" right before "Termine". */
const BOOKED_BEFORE = /(?<![\p{L}])(?:(?:bereits|schon|zuvor|vorher)[ \u00a0]+)?(?:vereinbarte|vereinbarten|gebuchte|gebuchten|reservierte|reservierten|vergebene|vergebenen|angemeldete|angemeldeten|bestehende|bestehenden)[ \u00a0]+$/u;
/** Words of booking an appointment. */
const BOOKING = /(?:vergabe|vergibt|vergab|vergeben|buchung|vereinbar|reservier|buchbar|gebucht|buchen|terminportal|terminsystem)/iu;
/** Just before a place named inside a web or mail address ("fahrerlaubnis@landkreis-landshut.de"). */
const IN_ADDRESS_BEFORE = /(?:@|www\.|\[at\]|:\/\/)$/u;
/** Urgent cases as exceptions: "in dringenden Fällen", "für sehr dringende Anliegen", "Notfälle". */
const URGENT_CASES = /(?<![\p{L}])(?:(?:in|für|bei)[ \u00a0]+(?:(?:sehr|besonders|ganz)[ \u00a0]+)?(?:dringenden|dringende|unaufschiebbaren|unaufschiebbare)[ \u00a0]+(?:Fällen|Fälle|Angelegenheiten|Anliegen)|(?:nur|lediglich)[ \u00a0]+(?:(?:sehr|besonders)[ \u00a0]+)?(?:dringende|unaufschiebbare)|(?:in|für|bei)[ \u00a0]+Notfällen?|Notfälle|im[ \u00a0]+Notfall|(?:in|für|bei)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?Notlagen?)(?![\p{L}])/iu;
/** A word every match of CLOSED_IN_PRINCIPLE or URGENT_CASES holds, with their flags. */
const URGENT_WORDS = /grundsätzlich|dringend|unaufschiebbar|notfäll|notfall|notlage/iu;
/** Closed "in principle": exceptions follow. */
const CLOSED_IN_PRINCIPLE = /(?<![\p{L}])grundsätzlich[ \u00a0]+geschlossen(?![\p{L}])/iu;
/** Urgent cases served in person or processed, not only a number to call ("In dringenden Fällen ist Kontakt über … möglich"). */
const SERVED = /(?<![\p{L}])(?:Termin\p{L}*|bearbeitet|bearbeiten|Bearbeitung|vor[ \u00a0]+Ort|persönlich\p{L}*|erledigt|geöffnet|Vorsprache|vorsprechen)(?![\p{L}])/iu;

/**
 * Whether the sentence of a closure, or the next one of its paragraph when it names no other office, says that urgent
 * cases are still served.
 */
function urgentCasesServed(scope: TextScope, sentence: Sentence, service: Service): boolean {
  if (URGENT_WORDS.test(sentence.text) && (CLOSED_IN_PRINCIPLE.test(sentence.text) || (URGENT_CASES.test(sentence.text) && SERVED.test(sentence.text)))) return true;
  const next = scope.input.sentences.find((n) => n.start >= sentence.end);
  if (!next || !URGENT_WORDS.test(next.text) || !URGENT_CASES.test(next.text) || !SERVED.test(next.text) || /\n[ \t]*\n/u.test(scope.text.slice(sentence.end, next.start))) return false;
  return !within(scope.allServices, next).some((v) => v.value !== service && OFFICES.has(v.value));
}

/** A contrast, then another way the office still serves ("aber … per E-Mail", "weiterhin … telefonisch"). */
/** What every OTHERWISE_SERVED match ends with: the way the office still serves. */
const OTHER_CHANNEL = /telefon|mail|schriftlich|postalisch/iu;
const OTHERWISE_SERVED = /(?<![\p{L}])(?:aber|jedoch|doch|dennoch|trotzdem|weiterhin)(?![\p{L}])[^.;!?]{0,80}(?<![\p{L}])(?:telefonisch|per[ \u00a0]+E-?Mail|per[ \u00a0]+Mail|per[ \u00a0]+Telefon|schriftlich|postalisch)(?![\p{L}])/iu;
/** A status cue that speaks of being on or off the network. */
const NETWORK_STATE = /(?<![\p{L}])(?:offline|online|(?:vom|am|ans|im)[ \u00a0]+Netz)(?![\p{L}])/iu;
/** Services also named by a document or thing a person has ("Führerschein", "Reisepass", "Fahrzeug"). */
const PERSONAL_DOCUMENT_SERVICES: ReadonlySet<Service> = new Set<Service>(['drivers-licence', 'id-documents', 'vehicle-registration']);
/** An office named as such. */
const OFFICE_WORD = /(?:stelle|behörde|amt|ämter|büro|abteilung|bereich|wesen)/iu;
const WALK_INS_ONLY = /(?<![\p{L}])ohne[ \u00a0]+(?:(?:eine[nr]?|vorherige[nr]?|vorab|gebuchte[nr]?)[ \u00a0]+)?(?:Termin|Termine|Terminvereinbarung|Terminbuchung|Terminabsprache|Voranmeldung)(?![\p{L}])/u;
const EMERGENCY_OPERATION = /(?<![\p{L}])(?:Notdienst|Bereitschaftsdienst|Notbetrieb|Notbesetzung)\p{L}*/u;
/** "Weder telefonisch noch persönlich …": every way to reach an office is out, the office with them. */
const IN_PERSON_TOO = /(?<![\p{L}])(?:weder|noch)(?![\p{L}])[^.;!?]{0,40}(?<![\p{L}])(?:persönlich|vor[ \u00a0]+Ort)(?![\p{L}])/iu;
/** A contrast after a closing that opens it on some days: ", jedoch am Freitag … geöffnet", ", am 27. Dezember aber geöffnet". */
const OPEN_ON_SOME_DAYS_AFTER = /^[^;!?]*?,(?=[^;!?]*?(?<![\p{L}])(?:jedoch|aber|allerdings|doch)(?![\p{L}]))(?=[^;!?]*?(?<![\p{L}])(?:am|an[ \u00a0]+den|vom|von)(?![\p{L}]))(?![^;!?]*(?<![\p{L}])(?:nicht|kein|keine|nur)(?![\p{L}]))[^;!?]*?(?<![\p{L}])(?:geöffnet|offen|besetzt)(?![\p{L}])/u;
/** An auxiliary before the acting office, its verb at the end: "Auch hatte die Stadtverwaltung …". */
const AUXILIARY_BEFORE = /(?<![\p{L}])(?:hat|hatte|haben|hatten|musste|mussten|muss|müssen|will|wollte|wird|wurde)[ \u00a0]+(?:die|der|das|den)[ \u00a0]+(?:[\p{Lu}][\p{L}-]+er[ \u00a0]+)?$/u;
/** The object that owns the other service, between them: "die samstäglichen Öffnungszeiten des". */
const OBJECT_OF_GAP = /^[ \u00a0]+(?:die|den|das|alle|sämtliche|ihre|seine)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?\p{Lu}[\p{L}-]+[ \u00a0]+(?:des|der)[ \u00a0]+$/u;
/** Between an acting office and the service it acts on: "hat (bis auf Weiteres) die", "macht seine". */
const AGENT_GAP = /^(?:[ \u00a0]+\p{Lu}[\p{L}-]+)?[ \u00a0]+(?:hat|haben|hatte|hatten|macht|machen|machte|machten|schließt|schließen|schloss|schlossen)(?:[ \u00a0]+[\p{L}\d.-]+){0,4}?[ \u00a0]+(?:die|den|das|alle|sämtliche|ihre|seine)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?$/u;
/** Between a first state and "wieder …" of the same subject: "und", maybe a time on either side ("am 24. Oktober und öffnen erst wieder", "und ab Dienstag wieder geöffnet"). */
const THEN_AGAIN_GAP = /^(?:[ \u00a0]+(?:ab|seit|am|vom|von|bis)[ \u00a0]+(?:[^,;:.!?]|(?<=\d)\.){1,30}?)?[ \u00a0]+und[ \u00a0]+(?:(?:ist|sind|war|waren|wird|werden)[ \u00a0]+)?(?:(?:ab|seit|am|vom|von)[ \u00a0]+[^,;:.!?]{1,40}?[ \u00a0]+)?(?:(?:ist|sind)[ \u00a0]+)?$/u;

const helperBefore = endsWithMatch(HELPER_BEFORE);
const locativeBefore = endsWithMatch(LOCATIVE_BEFORE);
const locativeBeforeAuthority = endsWithMatch(LOCATIVE_BEFORE_AUTHORITY);

const OWNER_PRONOUN_BEFORE = /,[ \u00a0]*(?:deren|dessen)[ \u00a0]+$/u;

/**
 * Whether an IT word follows "…, deren" right after one of `owners` (places: "die Stadtverwaltung Werne, deren Server";
 * IT providers: "die Südwestfalen-IT, deren Systeme").
 */
function ownedBefore(text: string, service: Cue<Service>, owners: readonly (Place | { start: number; end: number })[]): boolean {
  const before = text.slice(Math.max(0, service.span.start - 14), service.span.start);
  const m = OWNER_PRONOUN_BEFORE.exec(before);
  if (!m) return false;
  const comma = service.span.start - before.length + m.index;
  return owners.some((o) => {
    const end = 'mention' in o ? o.mention.span.end : o.end;
    return end <= comma && comma - end <= 1;
  });
}

const POLICE_LINE = /(?<![\p{N}])110(?![\p{N}])|(?<![\p{L}])Polizei/u;
/** "von Polizei und Feuerwehr" after an emergency number. */
const RESCUE_BODY_AFTER = /^[ \u00a0]+(?:von|der|des)[ \u00a0]+(?:Polizei|Feuerwehr|Rettungsdienst)/u;
/** "bleibt … erreichbar": reachable still. */
const REMAINS_REACHABLE = /(?<![\p{L}])(?:bleibt|bleiben|blieb|blieben)(?![\p{L}])[^.;!?]{0,80}(?<![\p{L}])(?:erreichbar|zu[ \u00a0]+erreichen)(?![\p{L}])/u;
/** The fire and rescue line beside the police's ("die 110 und 112", "Notfallnummern von Polizei und Feuerwehr"). */
const RESCUE_LINE = /(?<![\p{N}])112(?![\p{N}])|(?<![\p{L}])(?:Feuerwehr|Rettungsdienst)/u;

/** A channel named as the way of reaching (not "weder telefonisch noch persönlich", which names every way). */
const BY_CHANNEL = /(?<![\p{L}])(?:telefonisch|per[ \u00a0]+(?:E-Mail|Mail|Telefon|Fax))(?![\p{L}])/iu;

/**
 * "In Lünen bleibt das Bürgerbüro geschlossen. Gleiches gilt für Schwerte.": what the sentence before stated goes to
 * the places this one names after "gilt … für" (and the places listed with them). Whether it applied.
 */
function sameForPlaces(scope: TextScope, sentence: Sentence, index: number): boolean {
  const m = SAME_FOR.exec(sentence.text);
  if (!m || index === 0) return false;
  const head = placesIn(scope.places, sentence.start + m.index + m[0].length, Math.min(sentence.end, sentence.start + m.index + m[0].length + 30))[0];
  if (!head) return false;
  const previous = scope.input.sentences[index - 1]!;
  const stated = statedIn(scope, previous);
  if (stated.length === 0) return false;
  // "In den Kreisen A und B gilt: … Ansonsten können sich die Bürger … wenden. Das gleiche gilt für C": a sentence that
  // goes on with the one before ("Ansonsten", "Außerdem") for the same places makes both what "das gleiche" points to.
  const statedPlaces = placeSet(stated);
  for (let k = index - 1; k > 0 && CONTINUED.test(scope.input.sentences[k]!.text); k--) {
    const before = scope.input.sentences[k - 1]!;
    const earlier = statedIn(scope, before);
    if (earlier.length === 0 || placeSet(earlier) !== statedPlaces) break;
    stated.unshift(...earlier);
  }
  const day = dayOnly(sentenceTime(scope, sentence, index));
  for (const place of listAround(scope.text, scope.places, head)) {
    for (const o of stated) {
      pushImpact(scope, place.kind, place.mention, o.service, o.status, sentence.start, sentence.end, day, Math.round(o.confidence * 90) / 100);
    }
  }
  return true;
}

/** Places said to be affected, the sentence naming no service: "Betroffen waren die Bereiche A, B und C", "Auch der Kreis X … waren betroffen". */
const PLACES_AFFECTED = /^[ \u00a0„“"»]*(?:(?:Auch|Ebenfalls|Besonders|Vor[ \u00a0]+allem)[ \u00a0]+)?[Bb]etroffen[ \u00a0]+(?:war|waren|ist|sind|sei|seien)(?![\p{L}])|(?<![\p{L}])(?:war|waren|ist|sind|sei|seien)[ \u00a0]+(?:auch[ \u00a0]+|ebenfalls[ \u00a0]+)?betroffen[ \u00a0]*[.!]?[ \u00a0]*$/u;

/**
 * "In Teilen Brandenburgs ist der Notruf 112 gestört gewesen. Betroffen waren die Bereiche Brandenburg an der Havel,
 * Potsdam-Mittelmark und Teltow-Fläming.": the places a sentence says were affected, naming no service, have the emergency
 * lines the nearest of the three sentences before told of a trouble with, degraded ("betroffen"). Whether it applied.
 */
function affectedPlaces(scope: TextScope, sentence: Sentence, index: number): boolean {
  if (index === 0 || (!sentence.text.includes('betroffen') && !sentence.text.includes('Betroffen')) || !PLACES_AFFECTED.test(sentence.text)) return false;
  const named = placesIn(scope.places, sentence.start, sentence.end);
  if (named.length === 0) return false;
  const sentences = scope.input.sentences;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const source = sentences[k]!;
    // Only the emergency lines, a region's service: the towns a provider's trouble reached are not said to be down themselves.
    const services = scope.allServices.filter((v) => v.span.start >= source.start && v.span.end <= source.end && v.value === 'emergency-services');
    if (services.length === 0) continue;
    const cues = statusCues(scope.text, source, services, findCues(scope.text, source.start, source.end, STATUS_PATTERNS));
    const trouble = cues.find((c) => c.value === 'outage' || c.value === 'degraded');
    if (!trouble) continue;
    const day = dayOnly(sentenceTime(scope, sentence, index));
    const confidence = Math.round(CONFIDENCE.base * trouble.weight * 0.9 * 100) / 100;
    for (const place of named) pushImpact(scope, place.kind, place.mention, services[0]!.value, 'degraded', sentence.start, sentence.end, day, confidence);
    return true;
  }
  return false;
}

/** A sentence that names the exceptions to the one before: "Ausnahmen bilden die Zulassungsstellen." */
const EXCEPTIONS_NAMED = /^[ \u00a0]*(?:(?:Eine|Die)[ \u00a0]+)?(?:Ausnahmen?[ \u00a0]+(?:bilden|bildet|bildeten|bildete|sind|ist|waren|war)|Ausgenommen[ \u00a0]+(?:davon[ \u00a0]+)?(?:sind|ist|waren|war))(?![\p{L}])/u;

/**
 * "Publikumsverkehr ist nur nach Terminvereinbarung möglich. Ausnahmen bilden die Zulassungsstellen.": the services a
 * sentence names as the exceptions to the one before are in the opposite state, for the places that one spoke of.
 */
function exceptionsNamed(scope: TextScope, sentence: Sentence, index: number, found: readonly Cue<Service>[]): void {
  if (index === 0 || !EXCEPTIONS_NAMED.test(sentence.text)) return;
  const previous = scope.input.sentences[index - 1]!;
  // The rule the exceptions are to: what the sentence before says of a service other than a channel, the same rule
  // wherever the text stated it ("In den Kreisen … gilt: … Das gleiche gilt für die Stadt K. Ausnahmen bilden …").
  const rules = statedIn(scope, previous).filter((o) => o.service !== 'phone' && o.service !== 'email');
  const statuses = new Set(rules.map((o) => o.status));
  if (statuses.size !== 1) return;
  const ruled = [...statuses][0]!;
  const services = new Set(rules.map((o) => o.service));
  const stated = scope.out.filter((o) => o.status === ruled && services.has(o.service));
  const status = invert(ruled);
  const day = dayOnly(sentenceTime(scope, sentence, index));
  for (const o of stated) {
    const place = o.municipality ?? o.district;
    if (!place) continue;
    for (const service of found) {
      if (service.value === o.service) continue;
      pushImpact(scope, o.municipality ? 'municipality' : 'district', place, service.value, status, service.span.start, service.span.end, day, Math.round(o.confidence * 90) / 100);
    }
  }
}

/** The impacts stated so far within `sentence`. */
/**
 * "Die Telefone der Stadt sind gestört. Dies gilt auch für die Telefonzentrale des Kreises.": the state told just before, for
 * the services this sentence names; "Das gilt nicht für das Standesamt": unaffected by the trouble told just before. As a
 * status cue on "gilt", for a sentence without one of its own.
 */
function carriedState(scope: TextScope, sentence: Sentence): Cue<ServiceStatus>[] {
  const same = SAME_FOR.exec(sentence.text);
  const not = same ? null : NOT_SAME_FOR.exec(sentence.text);
  if (!same && !not) return [];
  const before = stateBefore(scope, sentence);
  const value: ServiceStatus | undefined = same ? before : before === 'outage' || before === 'degraded' ? 'operational' : undefined;
  if (!value) return [];
  const verb = /(?:gilt|galt|gelte)/u.exec(sentence.text)!;
  const at = sentence.start + verb.index;
  return [{ span: spanOf(scope.text, at, at + verb[0].length), value, weight: 0.8 }];
}

const BULLET_LINE = /^[ \u00a0\t]*[•·▪◦*–-][ \u00a0\t]/u;
const HEADER_NEGATED = /(?<![\p{L}])(?:nicht|kein|keine|keinen)(?![\p{L}])/iu;

/**
 * "Folgende Einrichtungen bleiben an diesem Tag geschlossen:" and then one line per office ("• Bürgerbüro (Petrusplatz)"):
 * an item of the list takes the one state its header line states.
 */
function listHeaderState(scope: TextScope, sentence: Sentence, index: number): Cue<ServiceStatus>[] {
  const bullet = BULLET_LINE.exec(sentence.text);
  if (!bullet) return [];
  const sentences = scope.input.sentences;
  let k = index - 1;
  while (k >= 0 && BULLET_LINE.test(sentences[k]!.text)) k--;
  const header = k >= 0 ? sentences[k]! : undefined;
  if (!header || !header.text.trimEnd().endsWith(':') || HEADER_NEGATED.test(header.text)) return [];
  const values = new Set(findCues(scope.text, header.start, header.end, STATUS_PATTERNS).map((c) => c.value));
  if (values.size !== 1) return [];
  const at = sentence.start + bullet[0].search(/[•·▪◦*–-]/u);
  return [{ span: spanOf(scope.text, at, at + 1), value: [...values][0]!, weight: 0.8 }];
}

/** The one state the sentence right before `sentence` stated, if it stated states of one kind only. */
function stateBefore(scope: TextScope, sentence: Sentence): ServiceStatus | undefined {
  let previous: Sentence | undefined;
  for (const s of scope.input.sentences) {
    if (s.end > sentence.start) break;
    previous = s;
  }
  if (!previous) return undefined;
  const states = new Set(statedIn(scope, previous).map((o) => o.status));
  return states.size === 1 ? [...states][0] : undefined;
}

function statedIn(scope: TextScope, sentence: Sentence): ServiceImpact[] {
  return scope.out.filter((o) => o.span.start >= sentence.start && o.span.end <= sentence.end);
}

/** A sentence that goes on with the one before it. */
const CONTINUED = /^[ \u00a0]*(?:Ansonsten|Außerdem|Zudem|Darüber[ \u00a0]+hinaus|Daneben|Weiterhin)(?![\p{L}])/u;

/** The places of some impacts, as one key. */
function placeSet(impacts: readonly ServiceImpact[]): string {
  return [...new Set(impacts.map((o) => o.municipality?.ags ?? o.district?.ags))].sort().join(',');
}

/**
 * "Die Telefonanlage war ausgefallen. Die Störung ist inzwischen behoben.": what the sentence before said was down or
 * restricted (the nearest of three before that said so), for its places, is restored as of this sentence. Whether it applied.
 */
function troubleFixed(scope: TextScope, sentence: Sentence, index: number): boolean {
  if (index === 0 || !saysFixed(sentence.text)) return false;
  const m = TROUBLE_FIXED.exec(sentence.text);
  if (!m || isHypothetical(sentence.text) || intends(sentence.text)) return false;
  // The nearest of the three sentences before that told of something down ("… Neustart der Telefonanlage. Die Teilnehmer
  // waren kaum erreichbar. Inzwischen konnte der Fehler behoben werden").
  let down: ServiceImpact[] = [];
  for (let k = index - 1; k >= Math.max(0, index - 3) && down.length === 0; k--) {
    const earlier = scope.input.sentences[k]!;
    down = statedIn(scope, earlier).filter((o) => o.status === 'outage' || o.status === 'degraded');
  }
  if (down.length === 0) return false;
  const day = dayOnly(sentenceTime(scope, sentence, index));
  const start = sentence.start + m.index;
  for (const earlier of down) {
    const place = earlier.municipality ?? earlier.district;
    if (!place) continue;
    pushImpact(scope, earlier.municipality ? 'municipality' : 'district', place, earlier.service, 'restored', start, start + m[0].length, day, Math.round(earlier.confidence * 80) / 100);
  }
  return true;
}

/** The participles every match of TROUBLE_FIXED ends with: a sentence without one is passed over by substring tests. */
const FIXED_WORDS = ['behoben', 'beseitigt', 'gelöst', 'repariert'];
const saysFixed = (sentence: string): boolean => FIXED_WORDS.some((w) => sentence.includes(w));

/**
 * "Mittlerweile läuft wieder alles in gewohnter Art und Weise": every service the text has stated down or restricted
 * so far, for its place, is restored as of this sentence.
 */
function everythingAgain(scope: TextScope, sentence: Sentence, index: number): void {
  // Every alternative of the pattern says "wieder": most sentences, without it, are passed over by a substring test.
  if (!sentence.text.includes('wieder')) return;
  const m = EVERYTHING_AGAIN.exec(sentence.text);
  if (!m || isHypothetical(sentence.text) || intends(sentence.text)) return;
  const day = dayOnly(sentenceTime(scope, sentence, index));
  const start = sentence.start + m.index;
  for (const earlier of [...scope.out]) {
    if (earlier.status !== 'outage' && earlier.status !== 'degraded') continue;
    const kind = earlier.municipality ? 'municipality' : 'district';
    const place = earlier.municipality ?? earlier.district;
    if (!place) continue;
    pushImpact(scope, kind, place, earlier.service, 'restored', start, start + m[0].length, day, Math.round(earlier.confidence * 80) / 100);
  }
}

/** "die Rathäuser im Kreis", "Bürgerbüros in der Region": looked for only where such an area word stands. */
/** Whether a clause speaks of a group of places ("viele Kommunen", "die Rathäuser im Kreis"): bound to none of them. */
function speaksOfPlaceGroup(clause: string): boolean {
  return QUANTIFIED_GROUP.test(clause) || unnamedGroup(clause);
}

/**
 * The clause as {@link speaksOfPlaceGroup} and GENERIC_SUBJECT read it: in a city's or district's own release, "alle
 * Ämter" are its own offices, not a group of places, and are taken out (blanked, so offsets stay).
 */
function withoutOwnOffices(clause: string, publicPublisher: boolean, cityPublisher = false): string {
  if (!publicPublisher) return clause;
  let out = clause;
  if (clause.includes('mter') || clause.includes('stellen') || clause.includes('bereiche')) {
    OWN_OFFICES_GROUP.lastIndex = 0;
    out = out.replace(OWN_OFFICES_GROUP, (m) => ' '.repeat(m.length));
  }
  // A town's own release: "alle Rathäuser und Verwaltungsstellen" are its own (the main one and its Ortschaften').
  if (cityPublisher && (out.includes('Rathäuser') || out.includes('Verwaltungsstellen'))) {
    OWN_TOWN_OFFICES_GROUP.lastIndex = 0;
    out = out.replace(OWN_TOWN_OFFICES_GROUP, (m) => ' '.repeat(m.length));
  }
  return out;
}

const OWN_TOWN_OFFICES_GROUP = /(?<![\p{L}])(?:alle|allen|sämtliche|sämtlichen)[ \u00a0]+(?:Rathäuser|Verwaltungsstellen)(?![\p{L}])/gu;

/** An unnamed group that starts at a service word ("Rathäuser im Kreis …"). */
const UNNAMED_GROUP_AT = new RegExp(`^(?:${UNNAMED_GROUP.source})`, UNNAMED_GROUP.flags);

function unnamedGroup(clause: string): boolean {
  return (clause.includes('Kreis') || clause.includes('Region') || clause.includes('Land')) && UNNAMED_GROUP.test(clause);
}

/**
 * Services the text names as the Kreis's somewhere ("Die Ausländerbehörde des Ilm-Kreises erweitert ihren Service"):
 * the same office named again ("die Ausländerbehörde in Arnstadt") is still the Kreis's, not the town's it stands in.
 * Only the Ausländerbehörde, which towns and Kreise both run (Lünen runs its own in the Kreis Unna): the other
 * Kreis offices already go to the Kreis, and in texts about several Kreise one Kreis's office says nothing of the others.
 */
function kreisOwned(scope: TextScope): ReadonlySet<Service> {
  if (scope.kreisOwned) return scope.kreisOwned;
  const out = new Set<Service>();
  for (const s of scope.allServices) if (s.value === 'foreigners-office' && OWN_KREIS_AFTER.test(scope.text.slice(s.span.end, s.span.end + 40))) out.add(s.value);
  scope.kreisOwned = out;
  return out;
}

const OPERATION_OF = /^(?:Dienstbetrieb|Betrieb|Publikumsverkehr|Dienstleistungsbetrieb)$/u;
const SERVICE_AFTER_OPERATION = /^[ \u00a0]+(?:in[ \u00a0]+der|in[ \u00a0]+den|im|der|des)[ \u00a0]+/u;

/** "im (alten) Rathaus" right after another service: the building is where that service is, not a second subject. */
const HOUSING_BEFORE = /^[ \u00a0]+(?:im|in[ \u00a0]+dem)(?:[ \u00a0]+\p{L}\p{Ll}+e[nrs]?)?[ \u00a0]+$/u;
function housesService(text: string, building: Cue<Service>, services: readonly Cue<Service>[]): boolean {
  for (const other of services) {
    if (other === building || other.value === 'administration' || other.span.end > building.span.start || building.span.start - other.span.end > 25) continue;
    if (HOUSING_BEFORE.test(text.slice(other.span.end, building.span.start))) return true;
  }
  return false;
}

/** Whether a building word stands as a location ("vor dem Rathaus"; in a police release also "im Rathaus"). */
function locatedAt(text: string, service: Cue<Service>, authority: boolean): boolean {
  const before = text.slice(Math.max(0, service.span.start - 40), service.span.start);
  return locativeBefore(before) || (authority && locativeBeforeAuthority(before));
}

/** Whether a place of a sentence is named as helping another ("Dank der Unterstützung der Stadt Hamm") or only locates one ("bei Dresden"). */
function helps(text: string, sentence: Sentence, place: Place): boolean {
  const before = text.slice(Math.max(sentence.start, place.mention.span.start - 60), place.mention.span.start);
  return (!/[,;:]/u.test(before.slice(-40)) && helperBefore(before)) || LOCATOR_BEFORE.test(before);
}

/**
 * A place that only locates another ("der großen Kreisstadt bei Dresden", "das Bornaer Rathaus bei Leipzig") or the building
 * of a Kreis's authority ("im Landratsamt Amberg-Sulzbach in Amberg": the Kreis's, wherever it stands).
 */
const LOCATOR_BEFORE = /(?:(?<![\p{L}])\p{L}{3,}[ \u00a0]+(?:bei|nahe|unweit[ \u00a0]+von)|(?<![\p{L}])(?:Landratsamt|Landratsamts|Landratsamtes|Kreisverwaltung|Kreishaus|Kreishauses)[ \u00a0]+\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)?[ \u00a0]+in)[ \u00a0]+$/u;

/** Adds one impact (see {@link pushImpact}); the impact added, or undefined where the text had said the same before. */
function addImpact(scope: ClauseScope, place: Place, service: Service, status: ServiceStatus, start: number, end: number, confidence: number): ServiceImpact | undefined {
  return pushImpact(scope.text, place.kind, place.mention, service, status, start, end, scope.when, confidence);
}

/** Adds one impact of a place unless the text has already said the same of it on the same day; returns it when added. */
function pushImpact(
  scope: TextScope, kind: Place['kind'], place: { ags: string; name: string }, service: Service, status: ServiceStatus,
  start: number, end: number, when: ImpactTime, confidence: number,
): ServiceImpact | undefined {
  const key = `${place.ags}|${service}|${status}|${when.asOf}`;
  scope.stated.push({ service, start });
  if (scope.seen.has(key)) return undefined;
  scope.seen.add(key);
  // Built field by field in the schema's order (spreads of small objects cost a copy each).
  const ref = { ags: place.ags, name: place.name };
  const span = spanOf(scope.text, start, end);
  const impact: Omit<ServiceImpact, 'confidence'> & { confidence?: number } = kind === 'municipality'
    ? { span, municipality: ref, service, status, asOf: when.asOf }
    : { span, district: ref, service, status, asOf: when.asOf };
  if (when.since) impact.since = when.since;
  if (when.until) impact.until = when.until;
  impact.confidence = confidence;
  scope.out.push(impact as ServiceImpact);
  return impact as ServiceImpact;
}

/**
 * The statuses of the clause after the exceptions that follow clause `k` ("Das Standesamt ist – bis auf
 * Trauungen – geschlossen"), when that clause names no service of its own; else none.
 */
function statusesAfterException(clauses: readonly Clause[], k: number, services: readonly Cue<Service>[], statuses: readonly Cue<ServiceStatus>[]): Cue<ServiceStatus>[] {
  let j = k + 1;
  if (j >= clauses.length || !clauses[j]!.exception) return [];
  while (j < clauses.length && clauses[j]!.exception) j++;
  const next = clauses[j];
  if (!next || within(services, next).length > 0) return [];
  return within(statuses, next);
}

/** Channels whose systems a text names ("Telefonanlage", "Mailsystem"), not just a number or an address to write to. */
function documentChannelsOf(services: readonly Cue<Service>[], text: string): Service[] {
  const out: Service[] = [];
  for (const value of ['phone', 'email'] as const) {
    if (services.some((s) => s.value === value && (CHANNEL_SYSTEM.test(s.span.text) || CHANNEL_OUTAGE_BEFORE.test(text.slice(Math.max(0, s.span.start - 40), s.span.start))))) out.push(value);
  }
  return out;
}

/** A channel named as what failed: "Komplettausfall von Telefon und Mail", "von Mail und Telefon abgeschnitten". */
const CHANNEL_OUTAGE_BEFORE = /(?:Ausfall|Ausfälle|Komplettausfall|Totalausfall|Störung|Störungen|abgeschnitten)[ \u00a0]+(?:von|der|des|bei)[ \u00a0]+(?:(?:[\p{L}-]+)[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)?$|(?<![\p{L}])von[ \u00a0]+(?:(?:[\p{L}-]+)[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)?$/u;

const CHANNEL_SYSTEM = /^(?:Telefonanlage|Telefonsystem|Telefonie|Telefonnetz|Telefonleitung|Telefonanschl|Telefonzentrale|Einwahl|Anschlüsse|Mailsystem|E-Mail-System|Mailserver|E-Mail-Server|E-Mail-Postf)/iu;

/** "wenn", "falls", "sofern" opening a condition ("auch wenn", "selbst wenn", "wenn auch" concede, and state). */
const CONDITION_OPENER = /(?<![\p{L}])(?<!(?:[Aa]uch|[Ss]elbst)[ \u00a0]+)(?:[Ww]enn(?![ \u00a0]+auch(?![\p{L}]))|[Ff]alls|[Ss]ofern)(?![\p{L}])/u;

/**
 * Whether a service is named inside a condition opened before it in the same stretch of the sentence ("Bürger sollen nur
 * kommen, wenn es nicht anders möglich ist und ihr Anliegen nicht per E-Mail geklärt werden kann"): a condition states nothing.
 */
function underCondition(text: string, sentence: Sentence, at: number): boolean {
  const before = text.slice(sentence.start, at);
  return CONDITION_OPENER.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1));
}

/** A town named as where someone or something comes from ("ein Schädlingsbekämpfer aus Adelshofen", "mit Sitz in Essen"), not as a body. */
const ORIGIN_BEFORE = /(?<![\p{L}])(?:aus|Sitz[ \u00a0]+in)[ \u00a0]+$/u;

/** What may stand between an office and the town after it that owns it: "Rathaus Uffenheim", "Rathaus in Uffenheim", "Rathaus der Stadt Uffenheim". */
const OWNER_GAP_AFTER = /^[ \u00a0]+(?:(?:in|von)[ \u00a0]+|(?:der|des)[ \u00a0]+(?:Stadt|Gemeinde|Marktes|Marktgemeinde)[ \u00a0]+)?$/u;

/** The place a binding gives, unless it is only where someone comes from and the office was named before with a town of its own. */
function boundPlace(text: string, places: readonly Place[], service: Cue<Service>, sentenceStart: number, place: Place): Place {
  const origin = ORIGIN_BEFORE.test(text.slice(Math.max(0, place.mention.span.start - 20), place.mention.span.start));
  return (origin ? namedBeforeWithPlace(text, places, service, sentenceStart) : undefined) ?? place;
}

/**
 * The town an office was last named with before `before` ("im Uffenheimer Rathaus", "das Rathaus in Uffenheim"), where
 * the office is named again in a sentence without a place; undefined where no earlier mention of the same word has a town.
 */
function namedBeforeWithPlace(text: string, places: readonly Place[], service: Cue<Service>, before: number): Place | undefined {
  const word = service.span.text;
  if (!TOWN_BODY.test(word)) return undefined;
  for (let at = text.lastIndexOf(word, before - 1); at >= 0; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
    const end = at + word.length;
    for (const p of places) {
      const span = p.mention.span;
      if (span.start > end + 30) break;
      if (p.kind !== 'municipality') continue;
      if ((span.end <= at && at - span.end <= 1 && /\p{L}er$/u.test(span.text)) || (span.start >= end && OWNER_GAP_AFTER.test(text.slice(end, span.start)))) return p;
    }
  }
  return undefined;
}

