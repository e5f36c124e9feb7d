import type { Service, ServiceStatus } from '@lagebild/schema';

/**
 * German cue words for public services → service key (design.md §3). Patterns are matched at word starts;
 * a `\p{L}*` tail takes inflections and compounds ("Bürgerbüros", "Standesamtsmitarbeiterin").
 */
export const SERVICE_CUES: readonly { readonly pattern: string; readonly service: Service }[] = [
  { pattern: 'Standes(?:amt|ämt)\\p{L}*|Beurkundung(?:en)?', service: 'civil-registry' },
  { pattern: 'Trauung(?:en)?|Eheschließung(?:en)?|Hochzeiten', service: 'weddings' },
  { pattern: 'Not-Homepage|Notfall-Seite|Notfallseite|Notfall-Homepage|Behelfsseite|Website|Webseite|Internetseite|Homepage|Internetauftritt|Internetpräsenz|Internetangebot', service: 'website' },
  { pattern: 'Bürgerbüro\\p{L}*|Bürgerämter|Bürgeramt\\p{L}*|Bürgerservice|Bürgerzentrum|Bürgerbüros', service: 'citizens-office' },
  { pattern: 'Online-Terminvergabe|Terminvergabe\\p{L}*|Terminbuchung\\p{L}*|Terminvereinbarung\\p{L}*|Termine|Terminen', service: 'appointments' },
  { pattern: 'Ausländerbehörde\\p{L}*|Ausländeramt\\p{L}*', service: 'foreigners-office' },
  { pattern: 'Kfz-Zulassung\\p{L}*|Kfz-Zulassungsstelle\\p{L}*|Zulassungsstelle\\p{L}*|Zulassungsbehörde\\p{L}*|Straßenverkehrsamt\\p{L}*|Fahrzeugzulassung\\p{L}*|Kfz-Anmeldung\\p{L}*|Wunschkennzeichen\\p{L}*|Anmeldung eines Autos|Zulassungsangelegenheiten', service: 'vehicle-registration' },
  { pattern: 'Führerschein\\p{L}*|Fahrerlaubnis\\p{L}*', service: 'drivers-licence' },
  { pattern: 'Ratsportal\\p{L}*|Ratsinformationssystem\\p{L}*|Ratsinfo', service: 'council-information' },
  { pattern: 'E-Mails?|E-mails?|Mails|E-Mail-Verkehr|E-Mail-Postfächer|E-Mail-Kommunikation|E-Mail-Versand|Mailverkehr', service: 'email' },
  { pattern: 'Telefonanlage\\p{L}*|Telefone|Telefonie|Telefonnetz|telefonisch|Telefon', service: 'phone' },
  { pattern: 'Online-Dienst\\p{L}*|Onlinedienst\\p{L}*|Online-Service\\p{L}*|Online-Angebot\\p{L}*|Serviceportal\\p{L}*|Bürgerportal\\p{L}*|Online-Anträge|Onlineanträge|Online-Zugang|Kita-Anmeldung', service: 'online-services' },
  { pattern: 'Einwohnermeldeamt\\p{L}*|Meldeamt\\p{L}*|Meldebehörde\\p{L}*|Meldewesen|Ummeldung\\p{L}*', service: 'registration-office' },
  { pattern: 'Personalausweis\\p{L}*|Reisepäss\\p{L}*|Reisepass\\p{L}*|Ausweisdokumente|Ausweise|Ausweis|Passangelegenheiten|Passwesen', service: 'id-documents' },
  { pattern: 'Stadtverwaltung(?:en)?|Kreisverwaltung(?:en)?|Gemeindeverwaltung(?:en)?|Verwaltung(?:en)?|Rathaus|Rathäuser|Verwaltungsgebäude', service: 'administration' },
  { pattern: 'Fachverfahren|Fachanwendung(?:en)?|IT-System\\p{L}*|IT-Infrastruktur|IT-Struktur|IT-Dienste|IT-Anwendungen|SIT-Anwendungen|Server|Systeme', service: 'it-systems' },
  { pattern: 'Sozialleistung\\p{L}*|Sozialamt\\p{L}*|Wohngeld\\p{L}*|Elterngeld\\p{L}*|Sozialhilfe|Grundsicherung|Unterhaltsvorschuss', service: 'social-benefits' },
  { pattern: 'Bauamt\\p{L}*|Bauaufsicht\\p{L}*|Baugenehmigung\\p{L}*|Bauantr(?:ag|äge)\\p{L}*|Bauordnungsamt\\p{L}*', service: 'building-authority' },
  { pattern: 'Gewerbe(?:amt|anmeldung|meldung|stelle|ummeldung|abmeldung)\\p{L}*', service: 'business-registration' },
  { pattern: 'Zahlungsverkehr|Lastschrift\\p{L}*|SEPA-Lastschrift\\p{L}*|Überweisungen|Stadtkasse|Kommunalsteuern|Kartenzahlung|Zahlungen', service: 'payments' },
  { pattern: 'Stadtbibliothek\\p{L}*|Stadtbücherei\\p{L}*|Bibliothek\\p{L}*|Bücherei\\p{L}*', service: 'library' },
  { pattern: 'Schulen|Schulverwaltung|Schulportal', service: 'schools' },
  { pattern: 'Notruf(?:nummer)?(?:n)?|Leitstelle\\p{L}*|Rettungsdienst\\p{L}*', service: 'emergency-services' },
];

/**
 * Status cues → status, with a weight for how directly they state it. The longest cue at a position wins,
 * so "nicht erreichbar" beats "erreichbar" and "wieder erreichbar" beats both.
 */
export const STATUS_CUES: readonly { readonly pattern: string; readonly status: ServiceStatus; readonly weight: number }[] = [
  { pattern: 'wieder (?:voll(?:ständig)? |weitgehend |teilweise )?(?:erreichbar|online|verfügbar|nutzbar|möglich|geöffnet|in Betrieb|am Netz|arbeitsfähig|funktionsfähig|zur Verfügung|freigeschaltet|angebunden)', status: 'restored', weight: 1 },
  { pattern: 'wiederhergestellt|(?:läuft|laufen|funktioniert|funktionieren|arbeitet|arbeiten)(?: [\\p{L}\\p{N}.,-]+){0,5} wieder|(?:nimmt|nehmen)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:den )?Betrieb wieder auf', status: 'restored', weight: 1 },
  { pattern: 'nicht (?:mehr |länger |wie gewohnt )?(?:erreichbar|verfügbar|möglich|nutzbar|abrufbar|aufrufbar|online|arbeitsfähig|funktionsfähig|zugänglich|bearbeitet|ausgestellt|durchgeführt|angeboten|genutzt|betrieben|funktionieren|funktioniert|stattfinden|erfolgen)', status: 'outage', weight: 1 },
  { pattern: '(?:noch )?nicht (?:wieder )?zur Verfügung', status: 'outage', weight: 1 },
  { pattern: 'keine?n? (?:[\\p{L}-]+ ){0,3}(?:mehr )?(?:möglich|erreichbar|verfügbar|bearbeitet|ausgestellt|durchgeführt|angeboten|eingehalten|vergeben)', status: 'outage', weight: 0.9 },
  { pattern: 'nicht (?:[\\p{L}-]+ ){0,2}(?:verschickt|versendet|versandt|gesendet|empfangen|ausstellen|bearbeiten|durchführen|anbieten|nutzen|zugreifen|abrufen|erreichen|aufrufen|angenommen|entgegengenommen|ausgegeben|erteilt|gebucht|vergeben|bearbeitet|ausgestellt)', status: 'outage', weight: 0.9 },
  { pattern: '(?:fällt|fallen|fiel|fielen)(?: [\\p{L}\\p{N}.,-]+){0,8} aus', status: 'outage', weight: 0.9 },
  { pattern: '(?:empfangen|empfängt|verschicken|verschickt|versenden|versendet|annehmen|nimmt|bearbeiten|bearbeitet)(?: [\\p{L}-]+){0,2} keine', status: 'outage', weight: 0.8 },
  { pattern: '(?:ging|gingen|geht|gehen)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:online|ans Netz|in Betrieb)', status: 'restored', weight: 0.9 },
  { pattern: 'kein(?:en)? Zugriff|nicht arbeitsfähig|außer Betrieb|ausgefallen|Totalausfall|Ausfälle|Ausfall|offline|lahmgelegt|geschlossen|abgeschaltet|heruntergefahren|vom Netz|gestört|Störung(?:en)?|abgesagt|ins Leere', status: 'outage', weight: 1 },
  { pattern: 'betroffen|getroffen', status: 'outage', weight: 0.6 },
  { pattern: '(?:nicht|kaum|wenig|nur wenig) betroffen|keine (?:Einschränkungen|Beeinträchtigungen|Ausfälle|Störungen|Probleme)|uneingeschränkt|wie (?:gewohnt|geplant|gewöhnlich)|wie bisher', status: 'operational', weight: 1 },
  { pattern: 'nur (?:teilweise|bedingt|begrenzt|partiell|vereinzelt|zum Teil|eingeschränkt)(?: betroffen)?|eingeschränkt|Einschränkung(?:en)?|teilweise|partiell|beeinträchtigt|Beeinträchtigung(?:en)?|Verzögerung(?:en)?|verzögert|Notbetrieb|reduziert|längere Wartezeiten|langsamer|zum Teil', status: 'degraded', weight: 0.9 },
  { pattern: 'normal weiter|läuft normal|laufen normal|erreichbar|verfügbar|zur Verfügung|möglich|nutzbar|geöffnet|funktioniert|funktionieren|in Betrieb|Normalbetrieb|stattfinden|stattfindet|(?:finden|findet)(?: [\\p{L}-]+){0,4} statt', status: 'operational', weight: 0.8 },
];

/** Negation shortly before an operational cue turns it into an outage ("ist derzeit leider nicht erreichbar"). */
export const NEGATION_BEFORE = /(?<![\p{L}])(?:nicht|kein|keine|keinen|nie|niemals)(?:[ \u00a0]+[\p{L}-]+){0,3}[ \u00a0]+$/u;

/** Where a sentence turns: statuses on one side do not apply to services on the other. */
export const CLAUSE_BREAK = /,[ \u00a0]*(?:und|oder)(?![\p{L}])|(?:,[ \u00a0]*|[ \u00a0]+)(?:aber(?![ \u00a0]+auch)|jedoch|doch|während|allerdings|hingegen|dagegen|wohingegen|sondern|wobei)(?![\p{L}])|;|[ \u00a0][–-][ \u00a0]|(?<![\p{L}])bis auf(?![ \u00a0]+[Ww]eiteres)(?![\p{L}])/gu;

/** "wieder" shortly before an operational cue makes it a restoration ("stehen wieder nahezu alle Systeme zur Verfügung"). */
export const AGAIN_BEFORE = /(?<![\p{L}])wieder(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+$/u;

/** Words before a service cue that make it the speaker, not the subject ("ein Sprecher der Stadtverwaltung"). */
export const NOT_SUBJECT_BEFORE = /(?<![\p{L}])(?:Sprecher|Sprecherin|Pressesprecher|Pressesprecherin|Pressestelle|Leiter|Leiterin|Mitarbeiter|Mitarbeiterin|Mitarbeitende|Mitarbeitenden|Mitarbeiterinnen|Beschäftigte|Beschäftigten|Angaben|Mitteilung|Auskunft|Chef|Chefin|Räumlichkeiten)[ \u00a0]+(?:der|des|vom|von)[ \u00a0]+$/u;

/** Words after a service cue that make it the speaker ("Die Kreisverwaltung weist darauf hin, dass ..."). */
export const NOT_SUBJECT_AFTER = /^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:weist|wies|teilt|teilte|informiert|informierte|bittet|bat|rät|riet|empfiehlt|empfahl|meldet|meldete|berichtet|berichtete|erklärt|erklärte|kündigt|kündigte|appelliert|appellierte|betont|betonte|warnt|warnte)(?![\p{L}])/u;

/** A service cue right after another and "der"/"des" is the owner of the first ("IT-Struktur der Kreisverwaltung"). */
export const OWNER_GAP = /^[ \u00a0]+(?:der|des|für[ \u00a0]+(?:das|die|den)|im|beim|bei[ \u00a0]+(?:der|dem))[ \u00a0]+$/u;

/** A place right after a service and these words owns the service ("Website der Stadt Lünen", "Zulassungsstellen des Kreises Soest"). */
export const OWNING_PLACE_GAP = /^[ \u00a0]+(?:der|des|im|in|von|beim|bei[ \u00a0]+der)(?:[ \u00a0]+(?:Stadt|Gemeinde|Stadtverwaltung|Kreisverwaltung))?[ \u00a0]+$/u;

/** Places joined into a list: an impact on one of them is an impact on each ("Stadtverwaltungen von Siegen und Warburg"). */
export const PLACE_LIST_GAP = /^[ \u00a0]*(?:,|und|sowie|oder)[ \u00a0]*$/u;

/** A clause introduced by "bis auf" names the exception to what the sentence says. */
export const EXCEPTION_START = /^[ \u00a0]*bis auf(?![\p{L}])/u;

/** Dates after these words are when a state began or ends, not when it was reported. */
export const SINCE_BEFORE = /(?<![\p{L}])(?:seit|ab)[ \u00a0]+(?:dem[ \u00a0]+|vergangenem[ \u00a0]+|vergangenen[ \u00a0]+|letztem[ \u00a0]+)?$/iu;
export const UNTIL_BEFORE = /(?<![\p{L}])(?:bis)(?:[ \u00a0]+(?:zum|einschließlich|voraussichtlich|mindestens))*[ \u00a0]+$/iu;

/** A clause about many places at once ("viele Rathäuser in der Region") is bound to no single place from context. */
export const GENERIC_SUBJECT = /(?<![\p{L}])(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen|Kommunen|Städte und Gemeinden|Region|bundesweit|landesweit|deutschlandweit)(?![\p{L}])/iu;

/**
 * Services that a Kreis runs for its towns: in a text about the Kreis, "die Zulassungsstelle in Soest"
 * is the Kreis Soest's office, so the impact belongs to the district.
 */
export const DISTRICT_SERVICES: ReadonlySet<string> = new Set(['vehicle-registration', 'drivers-licence']);

/** Base confidence of an impact and its discounts. */
export const CONFIDENCE = {
  base: 0.8,
  placeFromPreviousSentence: 0.85,
  placeFromContext: 0.65,
  placeFromPublisher: 0.6,
  placeFromDocument: 0.55,
  placeFromTitle: 0.7,
  farApart: 0.85,
} as const;
