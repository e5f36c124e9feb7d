import type { Service, ServiceStatus } from '@lagebild/schema';

/**
 * German cue words for public services → service key (design.md §3), as data. `prefix` forms match at the
 * start of a word or of a part of a hyphenated compound and take any tail ("Bürgerbüros",
 * "Standesamtsmitarbeiterin", "Online-Terminbuchung"); `exact` forms must end there (or continue the
 * compound with a hyphen: "E-Mail-Postfächer"). Forms may contain spaces ("Kfz Zulassung"). A closed
 * compound with a modifier from {@link SERVICE_MODIFIERS} is read without it ("Onlineterminvergabe").
 */
export const SERVICE_CUES: readonly { readonly service: Service; readonly prefix?: readonly string[]; readonly exact?: readonly string[] }[] = [
  { service: 'civil-registry', prefix: ['Standesamt', 'Standesämt', 'Personenstand', 'Geburtsurkunde', 'Sterbeurkunde', 'Eheurkunde'], exact: ['Beurkundung', 'Beurkundungen', 'Urkunden'] },
  { service: 'weddings', prefix: ['Trautermin', 'Trauzimmer'], exact: ['Trauung', 'Trauungen', 'Eheschließung', 'Eheschließungen', 'Hochzeiten', 'Hochzeit', 'Vermählung', 'Vermählungen'] },
  {
    service: 'website',
    prefix: ['Not-Homepage', 'Notfall-Seite', 'Notfallseite', 'Notfall-Homepage', 'Notfall-Website', 'Notfallwebsite', 'Notfall-Webseite',
      'Notfallwebseite', 'Behelfsseite', 'Behelfs-Website', 'Ersatzseite', 'Ersatz-Website', 'Notseite', 'Website', 'Webseite', 'Web-Seite',
      'Internetseite', 'Internet-Seite', 'Homepage', 'Internetauftritt', 'Internetpräsenz', 'Internetangebot', 'Domain', 'Internetadresse', 'Webauftritt', 'Webangebot'],
  },
  { service: 'citizens-office', prefix: ['Bürgerbüro', 'BürgerBüro', 'Bürgeramt', 'BürgerAmt', 'Stadtladen', 'Stadtteilladen', 'Bürgerämter', 'Bürgerservice', 'Bürgerzentrum', 'Bürger-Büro', 'Bürgerbüros', 'Servicecenter', 'Service-Center', 'Bürgerdienstestelle', 'Bürgerdienststelle', 'Bürgerberatung', 'Ortsamt', 'Ortsämter', 'Bürger- und Familienservice', 'Bürgerladen', 'Kundenzentr', 'BürgerServiceCenter', 'BürgerService', 'Bürger-Service', 'Bürgerservicecenter', 'Bürgercenter', 'Stadtteilamt', 'Stadtteilämter', 'Stadtteilbüro', 'Stadtbüro'] },
  { service: 'appointments', prefix: ['Terminvergabe', 'Terminbuchung', 'Terminvereinbarung', 'Terminreservierung', 'Terminportal', 'Terminbuchungssystem', 'Online-Termin'], exact: ['Termine', 'Terminen'] },
  { service: 'foreigners-office', prefix: ['Ausländerbehörde', 'Ausländeramt', 'Ausländerangelegenheiten', 'Einbürgerung', 'Einreise und Aufenthalt', 'Aufenthaltstitel', 'Ausländerwesen', 'Migrationsamt', 'Zuwanderungsamt'] },
  {
    service: 'vehicle-registration',
    prefix: ['Kfz-Zulassung', 'KFZ-Zulassung', 'KfZ-Zulassung', 'Kfz Zulassung', 'KFZ Zulassung', 'Zulassungsstelle', 'Autozulassung', 'Kfz- und', 'KFZ- und', 'Zulassungs- und', 'Kfz-Stelle', 'KFZ-Stelle', 'Kfz-Zulassungsbehörde', 'Kfz-Angelegenheiten', 'Zulassungsbehörde', 'Straßenverkehrsamt', 'Straßenverkehrsabteilung',
      'Fahrzeugzulassung', 'Kfz-Anmeldung', 'Wunschkennzeichen', 'Kfz-Zulassungs', 'Zulassungsangelegenheiten', 'Neuzulassung', 'Kfz-Abmeldung', 'Kraftfahrzeugzulassung'],
    exact: ['Zulassung', 'Anmeldung eines Autos', 'Autos anmelden', 'Autos angemeldet', 'Autos zulassen', 'Autos zugelassen', 'Fahrzeuge anmelden', 'Fahrzeuge angemeldet',
      'Fahrzeuge zulassen', 'Fahrzeuge zugelassen', 'Zulassungen', 'Halterwechsel', 'Zulassungsangelegenheiten'],
  },
  { service: 'drivers-licence', prefix: ['Führerschein', 'Fahrerlaubnis'] },
  { service: 'phone', prefix: ['Notfallnummer', 'Notfalltelefon', 'Notfall-Telefon', 'Notfall-Hotline', 'Notfallhotline', 'Notfallrufnummer', 'Ersatznummer', 'Ersatzrufnummer', 'Ersatztelefon', 'Bürgertelefon', 'Bürgerhotline', 'Bürger-Hotline', 'Servicehotline', 'Service-Hotline', 'Infohotline', 'Info-Hotline', 'Servicetelefon', 'Service-Telefon', 'ServiceCenter115', 'Behördennummer', 'Telefonsystem', 'Telefonverbindung', 'Telefonanschl', 'Einwahl'], exact: ['Hotline', 'Hotlines', 'Anrufe', 'Anschlüsse', 'telefonische', 'telefonischen', 'Telefonleitung', 'Telefonnetze', 'Rufnummern', 'Telefonnummern', 'Durchwahlen', 'Hauptnummer', 'Zentralnummer', 'Servicenummer'] },
  { service: 'council-information', prefix: ['Ratsportal', 'Ratsinformationssystem', 'Rats-Informationssystem', 'Ratsinformations-System', 'Ratsinfo', 'Rats-Info', 'Bürgerinfoportal', 'Session-Net', 'SessionNet'] },
  {
    service: 'email',
    exact: ['E-Mail', 'E-Mails', 'E-mail', 'E-mails', 'Email', 'Emails', 'eMail', 'eMails', 'Mails', 'Mail', 'E-Mail-System', 'E-Mail-Systems', 'E-Mail-Server', 'E-Mailkommunikation', 'Mailkommunikation', 'E-Mailverkehr', 'E-Mail-Kommunikation', 'Fax', 'E-Mail-Verkehr', 'E-Mail-Postfächer', 'E-Mail-Kommunikation', 'E-Mail-Versand', 'Mailverkehr', 'Mailsystem', 'Mailserver', 'E-Mail-Postfach', 'E-Mail-Adressen',
      'E-Mail-Adresse', 'Mailadressen', 'Mailadresse', 'Mail-Adressen', 'E-Mail-Konten', 'E-Mail-Konto', 'Mailkonten', 'E-Mail-Programm', 'Mailprogramm', 'E-Mail-Dienst', 'E-Mail-Empfang', 'Mail-Server', 'Mail-System', 'E-Mail-Postfächern', 'Mailpostfächer', 'Mailpostfach', 'E-Mail-Verbindung', 'E-Mail-Verbindungen'],
  },
  { service: 'phone', prefix: ['Telefonanlage', 'Telefonzentrale', 'Festnetz'], exact: ['Telefone', 'Telefonie', 'Telefonnetz', 'telefonisch', 'Telefonisch', 'Telefonische', 'Telefon', 'Telefonleitungen', 'Telefonate', 'Telefonat',
    // The formal word for it: "nicht mehr fernmündlich erreichbar", "die fernmündliche Kommunikation".
    'fernmündlich', 'Fernmündlich', 'fernmündliche'] },
  {
    service: 'online-services',
    prefix: ['Online-Dienst', 'Onlinedienst', 'Online-Service', 'Onlineservice', 'Online-Behörd', 'Onlinebehörd', 'Bürgerserviceportal', 'Online-Angebot', 'Onlineangebot', 'Serviceportal', 'Bürgerportal',
      'Online-Antr', 'Onlineantr', 'Online-Portal', 'Onlineportal', 'Serviceportale', 'Bürgerportale', 'Online-Formular', 'Onlineformular', 'Formularserver', 'Online-Verfahren', 'Online-Bürgerdienst', 'Onlinebürgerdienst',
      // The online registration of vehicles (i-Kfz) is an online service, not the registration office (the gold reads it so twice).
      'Online-Zulassung', 'Onlinezulassung', 'Online-Kfz-Zulassung', 'Online-Fahrzeugzulassung'],
    exact: ['i-Kfz', 'iKfz', 'Online-Zugang', 'Kita-Anmeldung', 'Portale', 'Onlineportale', 'Online-Portale', 'elektronische Dienstleistungen', 'elektronischen Dienstleistungen', 'digitale Dienstleistungen', 'digitalen Dienstleistungen', 'Online-Dienstleistungen'],
  },
  { service: 'registration-office', prefix: ['Einwohnermelde', 'Meldehalle', 'Einwohneramt', 'Einwohner- und', 'Einwohnerservice', 'Meldeamt', 'Meldebehörde', 'Ummeldung', 'Meldebescheinigung', 'Wohnsitzanmeldung', 'Melderegister', 'Meldeservice', 'Meldeangelegenheit', 'Einwohnerverwaltung'], exact: ['Meldewesen', 'Meldestelle', 'Meldestellen'] },
  {
    service: 'id-documents',
    prefix: ['Personalausweis', 'Pass- und', 'Reisepäss', 'Reisepass', 'Kinderreisepass', 'Kinderreisepäss', 'Passangelegenheiten', 'Ausweisangelegenheiten', 'Ausweisdokument', 'Passamt', 'Passstelle', 'Passbehörde', 'Ausweisstelle', 'Pass- und Ausweis'],
    exact: ['Ausweise', 'Ausweis', 'Ausweisen', 'Passwesen', 'Pässe', 'Personaldokumente'],
  },
  {
    service: 'administration',
    exact: ['Stadtverwaltung', 'Stadtverwaltungen', 'Kreisverwaltung', 'Kreisverwaltungen', 'Gemeindeverwaltung', 'Gemeindeverwaltungen', 'Verwaltung',
      'Verwaltungen', 'Rathaus', 'Rathauses', 'Rathäuser', 'Rathausgebäude', 'Rathausgebäudes', 'Rathausgebäuden', 'Verwaltungsgebäude', 'Verwaltungsgebäudes', 'Kommunalverwaltung', 'Amtsverwaltung',
      'Kreishaus', 'Kreishauses', 'Kreishäuser', 'Kreishäusern', 'Stadthaus', 'Stadthauses', 'Landratsamt', 'Bezirksamt', 'Bezirksämter', 'Dienstbetrieb', 'Dienstbetriebs', 'Verwaltungsbetrieb', 'Verwaltungsbetriebs', 'Dienstgebäude', 'Parteiverkehr', 'Publikumsverkehr', 'Besucherverkehr',
      'Kundenverkehr', 'Fachämter', 'Ämter', 'Dienststellen des Kreises', 'Dienststellen der Stadt', 'Dienststellen der Verwaltung', 'Dienststellen der Kreisverwaltung', 'Dienststellen der Stadtverwaltung', 'städtischen Dienststellen', 'städtische Dienststellen', 'Verwaltungsstandorte', 'Landratsämter', 'Kommunalverwaltungen', 'Rathäusern', 'Stadtverwaltungs',
      // "Alle Bürgerdienste sind betroffen": the services to citizens as a whole (guide §4).
      'Bürgerdienste', 'Bürgerdiensten',
      // A Kreis's, a Baden-Württemberg town's and a Verbandsgemeinde's or Samtgemeinde's administration by their own names.
      'Landkreisverwaltung', 'Landkreisverwaltungen', 'Bürgermeisteramt', 'Bürgermeisteramts', 'Bürgermeisteramtes', 'Bürgermeisterämter',
      'Verbandsgemeindeverwaltung', 'Verbandsgemeindeverwaltungen', 'Samtgemeindeverwaltung',
      // "vor verschlossenen Rathaustüren stehen": the town hall's doors are the town hall.
      'Rathaustür', 'Rathaustüren'],
  },
  {
    service: 'it-systems',
    prefix: ['IT-System', 'EDV-System', 'Server-', 'Rathaus-Intranet', 'IT-Netz', 'Computernetz', 'Datennetz'],
    exact: ['PC-Arbeitsplätze', 'PC-Arbeitsplätzen', 'Computerarbeitsplätze', 'Arbeitsplatzrechner', 'Fachverfahren', 'Fachanwendung', 'Fachanwendungen', 'IT-Infrastruktur', 'IT-Struktur', 'IT-Dienste', 'IT-Anwendungen', 'SIT-Anwendungen',
      'Server', 'Systeme', 'EDV', 'Software', 'Programme', 'Anwendungen', 'System', 'Internet', 'Intranet', 'Netzwerk', 'Computertechnik', 'Computerprogramme',
      'Datenverarbeitung', 'Datentechnik', 'Datenbank', 'Datenverbindung', 'elektronische Verfahren', 'elektronischen Verfahren', 'elektronisches Verfahren', 'elektronischen Verfahrens', 'Richtfunkstrecken', 'Richtfunkverbindungen', 'Computer', 'Rechner', 'IT',
      'Technik', 'Behördennetz', 'Computersystem', 'Computersysteme', 'Datenaustausch', 'Datenaustauschs', 'Datenaustausches', 'Datenleitung', 'Datenleitungen'],
  },
  { service: 'social-benefits', prefix: ['Sozialleistung', 'Sozialamt', 'Sozialämter', 'Wohngeld', 'Elterngeld', 'Amt für Arbeit und Soziales', 'Amt für Soziales', 'Fachbereich Soziales', 'Fachbereichs Soziales', 'Fachdienst Soziales', 'Fachdienstes Soziales', 'Sozialen Dienst', 'Soziale Dienst', 'Sozialbehörde', 'Geld-Leistungen', 'Asylleistung', 'BAföG', 'Jobcenter'], exact: ['Leistungen nach dem SGB', 'Sozialhilfe', 'Grundsicherung', 'Unterhaltsvorschuss', 'Bürgergeld', 'Leistungsbescheide'] },
  { service: 'building-authority', prefix: ['Bauamt', 'Bauaufsicht', 'Baugenehmigung', 'Bauantrag', 'Bauanträge', 'Bauordnungsamt', 'Fachbereich Bauen', 'Fachbereichs Bauen', 'Bauverwaltung', 'Bauordnung'] },
  { service: 'business-registration', prefix: ['Gewerbeamt', 'Gewerbeanmeldung', 'Gewerbemeldung', 'Gewerbemeldestelle', 'Gewerbestelle', 'Gewerbeabteilung', 'Gewerbebehörde', 'Gewerbeummeldung', 'Gewerbeabmeldung', 'Gewerbeangelegenheiten'] },
  {
    service: 'payments',
    prefix: ['Lastschrift', 'SEPA-Lastschrift', 'Kartenzahlung', 'EC-Kartenzahlung'],
    exact: ['Zahlungsverkehr', 'Zahlung', 'Überweisungen', 'Bezahlung', 'Bezahlen', 'Bezahlt werden', 'bezahlt werden', 'EC-Karte', 'EC-Karten', 'Stadtkasse', 'Kreiskasse', 'Gemeindekasse', 'Kommunalsteuern', 'Zahlungen', 'Kartenzahlungen', 'Barzahlung', 'Finanzbuchhaltung', 'Gebührenkasse', 'Gebührenkassen'],
  },
  { service: 'library', prefix: ['Stadtbibliothek', 'Stadtbücherei', 'Bibliothek', 'Bücherei', 'Bücherhalle', 'Mediathek', 'Jugendbibliothek', 'Kinderbibliothek', 'Hauptbibliothek', 'Stadtteilbibliothek', 'Zweigstelle der Bibliothek', 'Kinder- und Jugendbibliothek', 'Zweigbibliothek', 'Zentralbibliothek', 'Gemeindebibliothek', 'Kreisbibliothek', 'Staatsbibliothek', 'Landesbibliothek', 'Fahrbibliothek', 'Stadtteilbücherei', 'Gemeindebücherei', 'Ortsbücherei', 'Zweigbücherei', 'Bücherbus', 'Bibliotheksbus', 'Ratsbücherei', 'Ausleih', 'Medienausleihe', 'Buchausleihe'] },
  { service: 'schools', exact: ['Schulen', 'Schulverwaltung', 'Schulportal', 'Schulserver', 'Unterricht'] },
  { service: 'emergency-services', prefix: ['Leitstelle', 'Rettungsleitstelle', 'Feuerwehrleitstelle', 'Kreisleitstelle', 'Regionalleitstelle', 'Rettungsdienst', 'Notrufnummer', 'Notrufleitung', 'Notrufsystem'],
    // "Feuerwehr und Ordnungsdienst sind wie gewohnt zu erreichen", "die 110 und 112 nicht erreichbar": the emergency services as such.
    exact: ['Notruf', 'Notrufe', 'Notrufnummern', 'Feuerwehr', '110 und 112', '112 und 110'] },
];

/**
 * Services given as a verb phrase whose object and verb stand apart ("Fahrzeuge könnten nicht in Köthen zugelassen
 * werden", guide §4: "können keine Autos angemeldet werden" → vehicle-registration): the object is the cue, and
 * counts only with one of the verbs after it in the same clause (at most {@link VERB_PHRASE_GAP} words between).
 */
export const VERB_PHRASE_SERVICES: readonly { readonly service: Service; readonly objects: readonly string[]; readonly verbs: readonly string[] }[] = [
  {
    service: 'vehicle-registration',
    objects: ['Fahrzeuge', 'Fahrzeug', 'Autos', 'Auto', 'Kraftfahrzeuge', 'Kraftfahrzeug', 'Pkw', 'PKW', 'Kfz', 'KFZ', 'Wagen', 'Neuwagen', 'Gebrauchtwagen'],
    verbs: ['zugelassen', 'zulassen', 'angemeldet', 'anmelden', 'abgemeldet', 'abmelden', 'umgemeldet', 'ummelden', 'an-', 'ab-', 'um-'],
  },
  { service: 'business-registration', objects: ['Gewerbe'], verbs: ['angemeldet', 'anmelden', 'abgemeldet', 'abmelden', 'umgemeldet', 'ummelden', 'an-', 'ab-', 'um-'] },
  // "Sterbefälle können weiterhin beurkundet werden", "Geburten können nicht beurkundet werden".
  { service: 'civil-registry', objects: ['Sterbefälle', 'Sterbefall', 'Geburten', 'Geburt', 'Todesfälle', 'Todesfall'], verbs: ['beurkundet', 'beurkunden', 'angezeigt', 'anzeigen', 'registriert', 'registrieren'] },
  // "Während der Schließzeit können Medien weder ausgeliehen noch zurückgegeben werden": the library's lending.
  { service: 'library', objects: ['Medien', 'Bücher', 'analoge Medien'], verbs: ['ausgeliehen', 'ausleihen', 'entliehen', 'entleihen', 'zurückgegeben', 'zurückgeben'] },
];
/** The nouns every {@link NOUN_PHRASE_SERVICES} pattern is built on (looked up with the document's words, see the lexicon). */
export const NOUN_PHRASE_HEADS: readonly string[] = ['Anmeldung', 'Abmeldung', 'Ummeldung', 'Zulassung', 'Neuzulassung', 'Umschreibung',
  'Anmeldungen', 'Abmeldungen', 'Ummeldungen', 'Zulassungen', 'Neuzulassungen', 'Umschreibungen'];

/** Services named by a noun with its object after it: "die An- und Abmeldung von Fahrzeugen", "Zulassung eines Autos". */
export const NOUN_PHRASE_SERVICES: readonly { readonly service: Service; readonly pattern: string }[] = [
  {
    service: 'vehicle-registration',
    pattern: '(?:An-[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)?(?:Ab-[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)?(?:Anmeldung|Abmeldung|Ummeldung|Zulassung|Neuzulassung|Umschreibung)(?:en)?[ \u00a0]+(?:von|eines|einer)[ \u00a0]+(?:\\p{L}+[ \u00a0]+)?(?:Fahrzeug(?:en|s|es)?|Autos?|Kraftfahrzeug(?:en|s|es)?|Kfz|KFZ|Pkw|PKW|Wagen)',
  },
];

/** Words an object and its verb may have between them. */
export const VERB_PHRASE_GAP = 6;

/** Modifiers of closed compounds that leave the service as it is: "Onlineterminvergabe", "Notfallwebseite", "Zentralbibliothek". */
export const SERVICE_MODIFIERS: readonly string[] = ['Online', 'Notfall', 'Behelfs', 'Ersatz', 'Haupt', 'Zentral', 'Stadt', 'Kreis', 'Gemeinde'];

/** Website cues that name an emergency page: with it online, the regular website is degraded, not restored. */
export const EMERGENCY_PAGE = /^(?:Not|Behelf|Ersatz)/u;

/**
 * Verbs the any-verb cues below leave alone: those that tell or judge, not act ("kann keine Angaben machen", "kann nicht
 * ausgeschlossen werden" say nothing of a service), those of showing a document ("konnte keinen Führerschein vorweisen":
 * a driver's, not the office's), and those of a channel ("wieder angerufen werden" is the phone's state,
 * which the channel cues read, not its caller's).
 */
const TELLING_VERBS = '(?:sagen|gesagt|machen|gemacht|geben|gegeben|nennen|genannt|beziffern|beziffert|ausschließen|ausgeschlossen|abschätzen|abgeschätzt|einschätzen|eingeschätzt|mitteilen|mitgeteilt|bestätigen|bestätigt|feststellen|festgestellt|erkennen|erkannt|finden|gefunden|sehen|gesehen|treffen|getroffen|beantworten|beantwortet|beurteilen|beurteilt|bewerten|bewertet|prognostizieren|prognostiziert|vorhersagen|vorhergesagt|garantieren|garantiert|versprechen|versprochen|zusagen|zugesagt|rechnen|gerechnet|ausgehen|ausgegangen|verhindern|verhindert|vermeiden|vermieden|helfen|geholfen|äußern|geäußert|kommentieren|kommentiert|benennen|benannt|ermitteln|ermittelt|sicherstellen|sichergestellt|werden|worden|sein|haben|gehabt|anrufen|angerufen|telefonieren|telefoniert|mailen|gemailt|kontaktieren|kontaktiert|erreichen|erreicht|vorweisen|vorgewiesen|vorzeigen|vorgezeigt|vorlegen|vorgelegt|nachweisen|nachgewiesen|zeigen|gezeigt)(?![\\p{L}])';

/** A modal of ability before the any-verb cues' negation or "wieder" ("kann keine …", "können wieder …"). */
const MODAL = '(?:kann|können|konnte|konnten|könne|könnten)';

/** Words that make "wieder" partial ("können wieder manche Dienstleistungen … in Anspruch nehmen"): not a full restoration. */
const PARTIAL_WORDS = '(?:manche|einige|einzelne|teilweise|wenige|vereinzelt|bestimmte|ausgewählte|erste)(?![\\p{L}])';

/**
 * Status cues → status, with a weight for how directly they state it. The longest cue at a position wins,
 * so "nicht erreichbar" beats "erreichbar" and "wieder erreichbar" beats both. A pattern is tried only on
 * sentences whose lower-cased text contains one of its `triggers` (a cheap substring test).
 */
export const STATUS_CUES: readonly { readonly pattern: string; readonly status: ServiceStatus; readonly weight: number; readonly triggers: readonly string[] }[] = [
  { pattern: 'wieder für (?:[\\p{L}-]+ ){1,3}(?:offen|geöffnet|erreichbar|zugänglich|da)|wieder (?:(?!nicht)[\\p{L}-]+ ){0,2}(?:erreichbar|abrufbar|aufrufbar|zugänglich|buchbar|offen|online|verfügbar|nutzbar|möglich|geöffnet|in Betrieb|am Netz|arbeitsfähig|handlungsfähig|funktionsfähig|einsatzbereit|betriebsbereit|zur Verfügung|freigeschaltet|angebunden)', status: 'restored', weight: 1 , triggers: ['wieder'] },
  { pattern: 'wiederhergestellt|(?:läuft|laufen|laufe|funktioniert|funktionieren|funktioniere|funktionierte|funktionierten|arbeitet|arbeiten|arbeite|beurkundet|beurkunden|öffnet|öffnen|nimmt|nehmen|bearbeitet|bearbeiten|stellt|stellen)(?: [\\p{L}\\p{N}.,-]+){0,5} wieder(?! auf)|(?:nimmt|nehmen)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:den )?Betrieb wieder auf', status: 'restored', weight: 1 , triggers: ['wieder'] },
  { pattern: 'nicht (?:mehr |länger )?(?:erreicht werden|wahrgenommen werden|in Betrieb|benutzbar|erreichbar|verfügbar|möglich|nutzbar|abrufbar|aufrufbar|online|besetzt|gegeben|arbeitsfähig|handlungsfähig|funktionsfähig|zugänglich|bearbeitet|beantwortet|beurkundet|ausgestellt|durchgeführt|angeboten|genutzt|betrieben|funktionieren|funktioniert|stattfinden|erfolgen|beantragt|ausgezahlt|überwiesen|bewilligt|vorgenommen|angemeldet|abgeholt|freigeschaltet|ausgehändigt)', status: 'outage', weight: 1 , triggers: ['nicht'] },
  { pattern: '(?:noch )?nicht (?:wieder )?zur Verfügung', status: 'outage', weight: 1 , triggers: ['nicht'] },
  // "Auswirkungen auf die Internetpräsenz … haben diese Maßnahmen nicht", "keine Auswirkungen auf die Telefone": unaffected.
  { pattern: '(?:keine|ohne) (?:[\\p{L}]+ ){0,2}Auswirkungen|Auswirkungen auf (?:[\\p{L}\\p{N}.-]+ ){1,12}(?:haben|hat|hatten|hatte) (?:[\\p{L}.-]+ ){0,10}nicht', status: 'operational', weight: 1, triggers: ['auswirkung'] },
  // "Niemand im Rathaus war erreichbar": nobody reached is not reachable.
  { pattern: 'niemand(?: (?!nicht |kein )[\\p{L}\\p{N}.,-]+){0,6} (?:erreichbar|zu erreichen|ans Telefon)', status: 'outage', weight: 1, triggers: ['niemand'] },
  // "standen vor verschlossenen Türen": closed, told from the visitors' side.
  { pattern: 'vor (?:verschlossenen|geschlossenen) (?:Rathaust|T)üren', status: 'outage', weight: 0.9, triggers: ['verschlossen', 'geschlossenen t', 'geschlossenen r'] },
  // "Internet und Email funktionieren ebenso wenig wie …": as little as the other, that is not at all.
  { pattern: '(?:funktioniert|funktionieren|funktionierte|funktionierten|geht|gehen|ging|gingen|läuft|laufen|lief|liefen|klappt|klappen|klappte|klappten)(?: [\\p{L}]+){0,2} (?:ebenso|genauso) ?wenig', status: 'outage', weight: 1, triggers: ['wenig'] },
  // "Alles ist tot. E-Mail, Telefon und Programm", "die Leitungen sind tot": dead lines.
  { pattern: '(?:(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben)(?: [\\p{L}]+){0,3}|(?<![\\p{L}])alles) tot(?![\\p{L}])', status: 'outage', weight: 0.9, triggers: ['tot'] },
  // "können sich die Bürger per Telefon oder per E-Mail an die Verwaltung wenden": the channels work (not "wenden Sie sich an …", a pointer).
  { pattern: '(?<=(?<![Ss]ie )sich (?:(?!nicht |kein |keine )[\\p{L}\\p{N}.,-]+ ){0,10}?(?:telefonisch|Telefon|E-Mail|Mail)(?: (?!nicht |kein )[\\p{L}\\p{N}.,-]+){0,8} )(?:wenden|melden)(?![\\p{L}])|(?<=(?:Bürger|Bürgerinnen|Kunden|Kundinnen|Einwohner|Einwohnerinnen|man) )wenden(?= sich (?:(?!nicht |kein )[\\p{L}\\p{N}.,-]+ ){0,6}?(?:telefonisch|per Telefon|per E-Mail|per Mail))', status: 'operational', weight: 0.7, triggers: ['wenden', 'melden'] },
  { pattern: 'keine?n? (?:[\\p{L}-]+,? ){0,9}(?:mehr )?(?:möglich|erreichbar|verfügbar|bearbeitet|beurkundet|ausgestellt|ausgegeben|ausgeben|durchgeführt|angeboten|eingehalten|vergeben|beantragt|vorgenommen|angemeldet|ausgezahlt|abgeholt|erbringen|erbracht|anbieten|annehmen|angenommen|entgegennehmen|entgegengenommen|ausstellen|bearbeiten|erstellt|erstellen|vornehmen|durchführen|gebucht|vereinbart|buchen|vereinbaren|zugelassen|zulassen|abgegeben|ausgehändigt|aushändigen|nutzen|genutzt|erledigen|erledigt|empfangen|versenden|verschicken|abrufen|abgerufen|anmelden|abmelden|ummelden|kontaktieren|ausgeliehen|entliehen)', status: 'outage', weight: 0.9 , triggers: ['kein'] },
  { pattern: '(?:nicht|weder) (?:[\\p{L}-]+ ){0,3}(?:verschickt|versendet|versandt|gesendet|empfangen|gelesen|abgerufen werden|ausstellen|bearbeiten|durchführen|durchgeführt|anbieten|nutzen|zugreifen|zugegriffen|abrufen|abgerufen|erreichen|aufrufen|angenommen|entgegengenommen|ausgegeben|erteilt|gebucht|vergeben|bearbeitet|ausgestellt|beantragt|gestellt|ausgezahlt|überwiesen|bewilligt|vorgenommen|angemeldet|zugelassen|zulassen|freigeschaltet|aufgebaut|hergestellt|kontaktieren|kontaktiert|anmelden|abmelden|ummelden|abgemeldet|umgemeldet)', status: 'outage', weight: 0.9 , triggers: ['nicht', 'weder'] },
  // Any verb, not a list: "kann keine Sterbefälle beurkunden", "können keine Medien verleihen", "… nicht beurkundet
  // werden können", "können das Bürgerbüro nicht aufsuchen". An inability to act is an outage, except where the verb
  // tells or judges ("keine Angaben machen").
  { pattern: `keine?[nmrs]?(?<=${MODAL}(?: [\\p{L}\\p{N}.,-]+){0,6} keine?[nmrs]?) (?:[\\p{L}-]+,? ){1,6}(?!${TELLING_VERBS})\\p{L}{3,}(?:en|ern|eln)(?= *[.,;!?:)]| *$)|keine?[nmrs]? (?:[\\p{L}-]+,? ){1,6}(?!${TELLING_VERBS})\\p{L}{3,}(?:en|ern|eln) ${MODAL}(?![\\p{L}])|nicht(?<=${MODAL}(?: [\\p{L}\\p{N}.,-]+){0,6} nicht) (?:mehr )?(?:[\\p{L}-]+ ){0,3}(?!${TELLING_VERBS})\\p{L}{3,}(?:t|en) werden(?![\\p{L}])|nicht(?<=${MODAL}(?: [\\p{L}\\p{N}.,-]+){0,6} nicht) (?:mehr )?(?:[\\p{L}-]+ ){0,2}(?!${TELLING_VERBS})\\p{L}{3,}(?:en|ern|eln)(?= *[.,;!?:)]| *$)`, status: 'outage', weight: 0.85, triggers: ['kein', 'nicht'] },
  // The same for the way back: "kann wieder Medien verleihen", "können wieder Sterbefälle beurkundet werden".
  { pattern: `wieder(?<=${MODAL}(?: (?!nicht |kein|erst )[\\p{L}\\p{N}.,-]+){0,6} wieder) (?:(?!nicht |kein |keine |${PARTIAL_WORDS})[\\p{L}-]+,? ){1,6}(?!${TELLING_VERBS})\\p{L}{3,}(?:en|ern|eln)(?= *[.,;!?:)]| *$)|wieder(?<=${MODAL}(?: (?!nicht |kein|erst )[\\p{L}\\p{N}.,-]+){0,6} wieder) (?:(?!nicht |kein |keine |${PARTIAL_WORDS})[\\p{L}-]+ ){0,5}(?!${TELLING_VERBS})\\p{L}{3,}(?:t|en) werden(?![\\p{L}])`, status: 'restored', weight: 0.95, triggers: ['wieder'] },
  { pattern: '(?:fällt|fallen|fiel|fielen)(?: [\\p{L}\\p{N}.,-]+){0,11} aus', status: 'outage', weight: 0.9 , triggers: ['fällt', 'fallen', 'fiel'] },
  // "Die Telefonstörung hält weiter an", "Der Ausfall dauert an": a disruption that goes on.
  { pattern: '(?:dauert|dauern|dauerte|dauerten|hält|halten|hielt|hielten)(?: (?:weiter|weiterhin|noch|immer|bis|heute|derzeit|weiter|vorerst))* an(?= *[.,;!?]| *$)', status: 'outage', weight: 0.8, triggers: ['dauer', 'hält', 'halten', 'hielt'] },
  // "E-Mails kommen derzeit nicht an", "Anrufe gehen nicht ein", "gehen seit Tagen keine Anrufe ein".
  { pattern: '(?:kommen|kommt|kamen|kam|gehen|geht|gingen|ging)(?: [\\p{L}\\p{N}.,-]+){0,5} nicht (?:mehr )?(?:an|ein|durch)', status: 'outage', weight: 0.9 , triggers: ['nicht'] },
  { pattern: '(?:kommen|kamen|gehen|gingen)(?: [\\p{L}\\p{N}.,-]+){0,4} keine (?:Anrufe|E-Mails|Mails|Nachrichten) (?:mehr )?(?:an|ein|durch)', status: 'outage', weight: 0.9 , triggers: ['kein'] },
  // "Derzeit besteht keine telefonische Erreichbarkeit": no way to reach it, said as a noun.
  { pattern: 'keine (?:[\\p{L}-]+ ){0,2}Erreichbarkeit', status: 'outage', weight: 0.9 , triggers: ['kein'] },
  { pattern: '(?:empfangen|empfängt|verschicken|verschickt|versenden|versendet|annehmen|nimmt|bearbeiten|bearbeitet)(?: [\\p{L}-]+){0,2} keine', status: 'outage', weight: 0.8 , triggers: ['kein'] },
  { pattern: '(?:ging|gingen|geht|gehen)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:online|ans Netz|in Betrieb)', status: 'restored', weight: 0.9 , triggers: ['online', 'netz', 'betrieb'] },
  { pattern: 'kein(?:en)? Zugriff|nicht arbeitsfähig|außer Betrieb|ausgefallen|abgestürzt|Totalausfall|Ausfällen|Ausfälle|Ausfalls|Ausfall|Schließung(?:en)?|offline|down|zusammengebrochen|entfallen|entfällt|entfiel|(?:geht|ging)(?: [\\p{L}\\p{N}.,-]+){0,10}? nichts(?: mehr)?|nichts (?:geht|ging|läuft|lief|funktioniert|funktionierte)(?! mehr)(?![\\p{L}])|lahmgelegt|geschlossen|abgeschaltet|ausgeschaltet|heruntergefahren|runtergefahren|vom Netz|(?:komplett|völlig|vollständig|total|gänzlich) gestört|abgesagt|ins Leere|in die Röhre|abgeschnitten|(?:blockierte|blockierten|blockiert) (?:(?:gestern|heute|am [\\p{L}]+|seit [\\p{L}]+|zeitweise|stundenlang|tagelang) )?(?:das|die|den)', status: 'outage', weight: 1 , triggers: ['zugriff', 'abgestürzt', 'arbeitsfähig', 'handlungsfähig', 'betrieb', 'ausgefallen', 'ausfall', 'ausfälle', 'schließung', 'offline', 'down', 'zusammengebrochen', 'entf', 'nichts', 'lahmgelegt', 'geschlossen', 'abgeschaltet', 'ausgeschaltet', 'heruntergefahren', 'runtergefahren', 'netz', 'gestört', 'störung', 'abgesagt', 'leere', 'röhre', 'abgeschnitten', 'blockiert'] },
  // "stehen nicht die gewohnten Kapazitäten … zur Verfügung": short of the usual.
  { pattern: 'nicht (?:die|den|das|in|im) (?:gewohnten?|gewohntem|üblichen?|üblichem|vollen?|vollem) (?:Kapazitäten|Kapazität|Umfang|Leistungen|Leistungsumfang|Personalstärke|Besetzung)', status: 'degraded', weight: 1, triggers: ['nicht'] },
  // "Die Notrufnummern funktionieren weiterhin": "weiterhin" after the verb, at the end of the clause.
  { pattern: '(?:funktioniert|funktionieren|läuft|laufen|arbeitet|arbeiten)(?: (?!nicht |kein|nur )[\\p{L}\\p{N}.-]+){0,4} weiterhin(?= *[.,;!?)]| *$)', status: 'operational', weight: 0.9, triggers: ['weiterhin'] },
  // "Die Arbeit der Bürgerberatung ist stark behindert": hampered, not stopped.
  { pattern: '(?:ist|sind|war|waren|wird|werden|wurde|wurden|bleibt|bleiben)(?: [\\p{L}]+){0,3} behindert', status: 'degraded', weight: 0.9, triggers: ['behindert'] },
  // "Das Bürgerbüro schließt seine Pforten", "öffnet ihre Pforten wieder": the doors, said figuratively.
  { pattern: '(?:schließt|schließen|schloss|schlossen)(?: [\\p{L}\\p{N}.,-]+){0,8} (?:seine|ihre|die) Pforten|(?:seine|ihre|die) Pforten (?:[\\p{L}\\p{N}.,-]+ ){0,6}(?:schließen|geschlossen)', status: 'outage', weight: 1, triggers: ['pforten'] },
  { pattern: '(?:öffnet|öffnen|öffnete|öffneten)(?: [\\p{L}\\p{N}.,-]+){0,8} (?:seine|ihre|die) Pforten (?:[\\p{L}\\p{N}.,-]+ ){0,3}wieder', status: 'restored', weight: 1, triggers: ['pforten'] },
  // "Alle drei Rathausgebäude sind evakuiert worden", "Das Bezirksamt ist geräumt worden": closed for some hours (degraded).
  { pattern: '(?:ist|sind|war|waren|wird|werden|wurde|wurden|musste|mussten)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:evakuiert|geräumt)(?![\\p{L}])', status: 'degraded', weight: 0.9, triggers: ['evakuiert', 'geräumt'] },
  // "muss ihr Serviceangebot bis auf weiteres einschränken": restricting, in the infinitive.
  { pattern: 'einschränken(?= *[.,;!?)]| *$| (?:muss|müssen|musste|mussten|wird|werden))', status: 'degraded', weight: 0.9, triggers: ['einschränken'] },
  // "die Internetseite wieder zum Laufen zu bringen": made to work again.
  { pattern: 'wieder zum Laufen (?:zu )?(?:bringen|gebracht)|wieder (?:zum Laufen|ans Laufen) gekommen', status: 'restored', weight: 0.95, triggers: ['laufen'] },
  // "arbeitet mit reduziertem Personal", "reduzierte Öffnungszeiten": less than usual (guide §4: degraded).
  { pattern: '(?:mit|im|in) (?:stark |deutlich |personell )?reduzierte[mnr]? (?:Personal|Besetzung|Personalbesetzung|Kapazitäten|Kapazität|Betrieb|Umfang|Angebot|Service|Dienstbetrieb)|reduzierte[n]? (?:Öffnungszeiten|Sprechzeiten|Servicezeiten)', status: 'degraded', weight: 0.95, triggers: ['reduziert'] },
  // "Die E-Mails gehen nicht verloren, sondern werden später zugestellt": held back, not lost (delayed, degraded).
  { pattern: '(?:geht|gehen|ging|gingen)(?: [\\p{L}\\p{N}.,-]+){0,4} nicht verloren', status: 'degraded', weight: 1.1, triggers: ['verloren'] },
  // "Das Ratsinformationssystem ist gestört": disrupted, not gone (the gold reads it degraded five times in six).
  { pattern: 'gestört|Störung(?:en)?', status: 'degraded', weight: 1, triggers: ['gestört', 'störung'] },
  { pattern: '(?<![\\p{L}])dicht(?:gemacht| gemacht)?(?=[ \u00a0]*[.,;:!?)–-])|ausgesetzt|eingestellt|stillgelegt|unterbrochen|blockiert|verschlüsselt|gesperrt|unbenutzbar|unbrauchbar|(?:streikt|streikte|streiken|streikten)(?= *[.,;!)]| *$| (?:seit|am|heute|derzeit|weiterhin|noch|wieder|erneut|komplett|völlig))|(?:bleibt|bleiben|blieb|blieben|ist|sind|war|waren) (?:[\\p{L}]+ ){0,2}verschlossen|(?:arbeitet|arbeiten|arbeitete|arbeiteten) (?:derzeit |momentan |aktuell |heute )?nicht(?= *[.,;!)]| *$)|(?:bleibt|bleiben) (?:bis auf Weiteres |vorerst |vorläufig |weiterhin |noch )?zu(?! (?:den|dem|der|die|das|ihren|seinen|gewohnten|regulären|üblichen|erreichen))', status: 'outage', weight: 0.9 , triggers: ['dicht', 'ausgesetzt', 'eingestellt', 'stillgelegt', 'unterbrochen', 'blockiert', 'verschlüsselt', 'gesperrt', 'bleib', 'unbenutzbar', 'unbrauchbar', 'streik', 'verschlossen', 'arbeite'] },
  { pattern: '(?<![\\p{L}])weder (?:[\\p{L}-]+ ){1,3}(?:verschicken|versenden|versendet|verschickt|empfangen|abrufen|abgerufen|weiterleiten|senden|erhalten)(?![\\p{L}])|(?:funktioniert|funktionieren|funktionierte|funktionierten|läuft|laufen|lief|liefen|klappt|klappen|klappte|klappten|geht|gehen|ging|gingen|fährt|fahren|fuhr|fuhren)(?: (?!nicht|nur|aber|und|oder|sondern)[\\p{L}\\p{N}.:-]+){0,6} (?:nicht|weder (?:[\\p{L}]+ ){1,3}?noch)(?! (?:mehr )?(?:nur|betroffen|komplett|ganz|vollständig|richtig|stabil|rund|reibungslos|fehlerfrei|einwandfrei|zuverlässig|ordnungsgemäß))', status: 'outage', weight: 1 , triggers: ['nicht', 'weder'] },
  { pattern: '(?:öffnet|öffnen|öffnete|öffneten)(?: [\\p{L}\\p{N}.,-]+){0,8} wieder|wieder (?:normalisiert|öffnen|aufmachen|öffnete|öffneten|aufgenommen|hochgefahren|ans Netz|im Netz|da|einsatzbereit|regulär|normal|wie gewohnt|in vollem Umfang)', status: 'restored', weight: 1 , triggers: ['wieder'] },
  { pattern: 'wieder (?:[\\p{L}-]+,? ){0,5}(?:vergeben|vergibt|ausgestellt|beantragt|gebucht|bearbeitet|genutzt|vereinbart|angeboten|durchgeführt|empfangen|versendet|verschickt|abgeholt|angenommen|zugelassen|erreicht|aufgerufen|beurkunden|beurkundet|ausstellen|bearbeiten|ausgezahlt|auszahlen)', status: 'restored', weight: 1 , triggers: ['wieder'] },
  { pattern: '(?:nur|ausschließlich|lediglich) (?:noch )?(?:(?!nicht |kein |keine )[\\p{L}\\p{N}.,-]+ ){0,8}(?:erreichbar|geöffnet|möglich|nutzbar|verfügbar|angeboten|bearbeitet|ausgestellt|durchgeführt|vergeben|vergibt|zugelassen|ausgegeben|angenommen|vereinbart|wahrgenommen|gebucht|beantragt|abgeholt|erledigt|eingereicht|abgegeben|bedient|beurkundet|ausgezahlt|abgewickelt|zur Verfügung|bearbeiten|ausstellen|annehmen|entgegennehmen|anbieten|erledigen|durchführen|beurkunden|auszahlen)|(?:nur|ausschließlich|lediglich) (?:noch )?(?:(?!nicht |gar |kaum |schwer )[\\p{L}\\p{N}.,-]+ ){0,4}(?:telefonisch|Telefon|E-Mail|Mail|online|schriftlich|postalisch) zu erreichen|(?:vergibt|vergeben|bearbeitet|bearbeiten|nimmt|nehmen|stellt|stellen)(?: [\\p{L}\\p{N}.,-]+){0,3} ausschließlich|(?:vergibt|bearbeitet|bearbeiten)(?: [\\p{L}\\p{N}.,-]+){0,3} (?:nur|lediglich)', status: 'degraded', weight: 0.95 , triggers: ['nur', 'ausschließlich', 'lediglich'] },
  { pattern: 'provisorisch\\p{L}*|instabil|nicht (?:[\\p{L}]+ ){0,2}(?:stabil|reibungslos|fehlerfrei|richtig|rund|einwandfrei|zuverlässig|ordnungsgemäß)|nicht (?:verlässlich|zuverlässig|durchgehend|durchgängig|dauerhaft|ständig|immer) (?:erreichbar|nutzbar|verfügbar|aufrufbar|abrufbar|zu erreichen)|nicht (?:alle|vollständig|in vollem Umfang|uneingeschränkt)', status: 'degraded', weight: 0.9 , triggers: ['provisorisch', 'instabil', 'nicht'] },
  // "Die Computer bleiben aus": switched off, not working.
  { pattern: '(?:bleibt|bleiben|blieb|blieben)(?: (?:vorerst|vorläufig|weiterhin|zunächst|noch|vorsorglich|bis auf Weiteres))* aus(?=[ \u00a0]*(?:[.,;!?)]|$))', status: 'outage', weight: 1, triggers: [' aus'] },
  // "öffnet nur für Notfälle", "nur in dringenden Fällen geöffnet": only some cases (guide §4: degraded). Not advice ("Termine
  // nur in dringenden Fällen wahrzunehmen").
  { pattern: 'nur (?:noch )?(?:für|in|bei) (?:(?:sehr |besonders )?(?:dringende|dringenden) )?(?:Notfälle|Notfällen|Notfall|Fälle|Fällen|Anliegen)(?! (?:zu [\\p{L}]+|[\\p{L}]+zu[\\p{L}]+en)(?![\\p{L}]))', status: 'degraded', weight: 0.9, triggers: ['nur'] },
  // "Die Wartezeiten betragen mehrere Monate", "Wartezeiten von bis zu drei Stunden": slower (guide §4: degraded).
  { pattern: 'Wartezeit(?:en)?(?: [\\p{L}\\p{N}.,-]+){0,8} (?:betragen|beträgt|betrugen|betrug|liegen bei|liegt bei|lagen bei|von bis zu|von mehreren|von mehr als)', status: 'degraded', weight: 0.85, triggers: ['wartezeit'] },
  // "Termine sind kaum zu bekommen", "ist ausgebucht": hardly available.
  { pattern: '(?:kaum|schwer|nur schwer|nur mit Mühe) zu (?:bekommen|kriegen|erhalten|ergattern)|ausgebucht', status: 'degraded', weight: 0.85, triggers: ['zu bekommen', 'zu kriegen', 'zu erhalten', 'zu ergattern', 'ausgebucht'] },
  // "Der Betrieb läuft ungestört weiter", "arbeitet störungsfrei": working.
  { pattern: '(?:läuft|laufen|lief|liefen|arbeitet|arbeiten|funktioniert|funktionieren)(?: [\p{L}]+){0,2} (?:ungestört|störungsfrei)', status: 'operational', weight: 0.9, triggers: ['ungestört', 'störungsfrei'] },
  // "Die Internetseite lädt nur sehr langsam", "reagiert extrem langsam": slower (degraded); not "langsam wieder" (a return).
  { pattern: '(?:lädt|laden|lud|luden|reagiert|reagieren|läuft|laufen|ist|sind|arbeitet|arbeiten)(?: (?:nur|derzeit|aktuell|momentan|sehr|extrem|äußerst|deutlich|noch))* langsam(?! wieder)(?![\p{L}])', status: 'degraded', weight: 0.85, triggers: ['langsam'] },
  // "Ausgenommen von der Schließung sind das Projektbüro, … die Stadtbibliothek": what a closure leaves out stays open.
  { pattern: '(?:ausgenommen|nicht betroffen) (?:von (?:der|dieser|den|diesen) (?:Schließung|Schließungen|Einschränkungen|Maßnahmen?)|davon|hiervon) (?:sind|ist|bleiben|bleibt|waren|war|seien|sei)', status: 'operational', weight: 1, triggers: ['ausgenommen', 'nicht betroffen'] },
  // "dass … die Bürgerservicezentren davon ausdrücklich ausgenommen sind", "sind von dieser Regelung ausgenommen": the same, the verb last.
  { pattern: '(?:davon|hiervon|von (?:der|dieser|den|diesen) (?:Schließung|Schließungen|Einschränkungen|Maßnahmen?|Regelung|Regelungen))(?: ausdrücklich| jedoch| aber| allerdings)? ausgenommen', status: 'operational', weight: 1, triggers: ['ausgenommen'] },
  { pattern: 'weiterhin (?:erreichbar|geöffnet|möglich|nutzbar|verfügbar|in Betrieb)|(?:arbeitet|arbeiten|läuft|laufen) (?:ganz )?(?:normal|regulär|planmäßig)|(?:ohne Unterbrechung )?(?:weiterlaufen|weiterläuft|weiterlief)|ohne Unterbrechung (?:weiter|fortgesetzt|fortgeführt|aufrechterhalten)', status: 'operational', weight: 1 , triggers: ['weiterhin', 'normal', 'regulär', 'planmäßig', 'weiterl', 'unterbrechung'] },
  { pattern: '(?:kann|können|konnte|konnten)(?: (?!nicht|kein|nur|ausschließlich|lediglich)[\\p{L}\\p{N}.,-]+){0,9} (?:genutzt|gebucht|vereinbart|beantragt|abgeholt|bearbeitet|erledigt|angemeldet|zugelassen|beurkundet|ausgestellt|wahrgenommen) werden', status: 'operational', weight: 0.8 , triggers: ['werden'] },
  // "dass alle vereinbarten Termine eingehalten werden könnten": appointments kept, the verb last in a subordinate clause.
  { pattern: '(?:eingehalten|wahrgenommen) werden (?:kann|können|könne|könnten|konnte|konnten)(?![\\p{L}])', status: 'operational', weight: 0.8, triggers: ['werden k'] },
  // "Bürgerinnen und Bürger können Personalausweise abholen": the active voice.
  { pattern: '(?:kann|können|konnte|konnten|könne|könnten)(?: (?!nicht|kein|keine|nur|ausschließlich|erst|sich)[\\p{L}\\p{N}.,-]+){1,8} (?:abholen|beantragen|buchen|vereinbaren|erledigen|nutzen|entgegennehmen|annehmen)(?![\\p{L}])', status: 'operational', weight: 0.75 , triggers: ['abholen', 'beantragen', 'buchen', 'vereinbaren', 'erledigen', 'nutzen', 'entgegennehmen', 'annehmen'] },
  // "Nach dreiwöchigen Umbauarbeiten öffnet die Zulassungsstelle am Dienstag": opening after a closure is a reopening.
  { pattern: '[Nn]ach (?:[\\p{L}\\d-]+ ){0,3}(?:Umbau|Sanierung|Renovierung|Schließ|Zwangspause|Pause|Umzug|Ausfall|Störung|Reparatur|Bauarbeiten|Modernisierung)\\p{L}* (?:öffnet|öffnen|öffnete|öffneten)(?![\\p{L}])', status: 'restored', weight: 0.9, triggers: ['öffne'] },
  // "Rathaus & Bürgerbüro öffnen nach Corona-Pause am 25. Mai": the same, the verb first.
  { pattern: '(?:öffnet|öffnen|öffnete|öffneten)(?: [\\p{L}\\p{N}.,-]+){0,2} nach (?:der |dem |einer |einem )?(?:[\\p{L}\\d-]+ ){0,2}[\\p{L}-]*(?:Umbau|Sanierung|Renovierung|Schließung|Zwangspause|Pause|Umzug|Ausfall|Störung|Reparatur|Bauarbeiten|Modernisierung)\\p{L}*', status: 'restored', weight: 0.9, triggers: ['öffne'] },
  // "werden … an diesem Freitag nicht öffnen", "öffnet am Freitag nicht": a day closed.
  { pattern: 'nicht (?:mehr )?(?:öffnen|öffnet|öffnete|öffneten)(?![\\p{L}])|(?:öffnet|öffnen|öffnete|öffneten)(?: (?!wieder)[\\p{L}\\p{N}.,-]+){0,8} nicht(?= *[.,;!)]| *$)', status: 'outage', weight: 1, triggers: ['öffne'] },
  { pattern: '(?:öffnet|öffnen|öffnete|öffneten|beginnen|beginnt)(?: [\\p{L}\\p{N}.,-]+){0,6} erst(?! wieder)|erst (?:ab|um) \\d{1,2}(?:[.:]\\d\\d)? Uhr|erst wieder in (?:[\\p{L}\\p{N}]+ )?(?:Tagen|Wochen|Monaten)', status: 'degraded', weight: 0.95, triggers: ['erst'] },
  { pattern: 'ohne (?:vorherige\\p{L}* )?Termin\\p{L}* (?:[\\p{L}]+ ){0,3}nicht möglich|nur (?:noch )?(?:mit|nach) (?:[\\p{L}]+ ){0,2}(?:Termin\\p{L}*|Anmeldung|Voranmeldung|Vereinbarung|Absprache)', status: 'degraded', weight: 1, triggers: ['ohne', 'nur'] },
  { pattern: 'ohne', status: 'outage', weight: 0.8, triggers: ['ohne'] },
  // "Bezahlt werden kann nur in bar": cash only is a restriction of payments.
  { pattern: '(?:nur|ausschließlich|lediglich) (?:noch )?(?:in bar|bar|mit Bargeld|per Barzahlung)', status: 'degraded', weight: 0.95, triggers: ['nur', 'ausschließlich', 'lediglich'] },
  // Separable verbs with their particle after the object: "schaltete Slots ab 13 Uhr frei", "fuhr die Systeme wieder hoch".
  { pattern: '(?:schaltet|schaltete|schalten|schalteten)(?: [\\p{L}\\p{N}.,-]+){0,8} (?:wieder )?frei|(?:fährt|fuhr|fahren|fuhren)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:wieder )?hoch', status: 'restored', weight: 0.9, triggers: ['schaltet', 'schalten', 'fährt', 'fuhr', 'fahren'] },
  { pattern: '(?:stellt|stellte|stellen|stellten)(?: [\\p{L}\\p{N}.,-]+){0,6} (?:Betrieb|Dienst|Dienstbetrieb|Arbeit|Service) ein|(?:schaltet|schaltete|schalten|schalteten)(?: [\\p{L}\\p{N}.,-]+){0,6} ab|(?:fährt|fuhr|fahren|fuhren)(?: [\\p{L}\\p{N}.,-]+){0,6} herunter', status: 'outage', weight: 0.9, triggers: ['stellt', 'stellen', 'schaltet', 'schalten', 'fährt', 'fuhr', 'fahren'] },
  // "Im Rathaus lief so gut wie nichts mehr": nearly out is degraded (guide §4: "weitgehend ausgefallen").
  { pattern: '(?:geht|ging|läuft|lief|funktioniert|funktionierte)(?: [\\p{L}\\p{N}.,-]+){0,6} so gut wie nichts(?: mehr)?', status: 'degraded', weight: 1, triggers: ['so gut wie'] },
  // "Ohne einen Termin geht beim Kreis nichts mehr": only by appointment (degraded).
  { pattern: 'ohne (?:einen |vorherigen |vorherige |eine )?(?:Termin|Terminvereinbarung|Anmeldung|Voranmeldung)\\p{L}* (?:[\\p{L}-]+ ){0,9}(?:nichts|nicht) mehr', status: 'degraded', weight: 1, triggers: ['ohne'] },
  // "Im Standesamt gibt es erhebliche Rückstände": a backlog is a service slowed (degraded).
  { pattern: 'Rückstände\\p{L}*|Rückstand|Rückstau|Bearbeitungsrückst\\p{L}+|Bearbeitungsstau', status: 'degraded', weight: 0.8, triggers: ['rückst', 'rückstau', 'bearbeitungsstau'] },
  // "Zwar hält das Bürgerbüro sämtliche gewohnten Leistungen bereit": offered as usual.
  { pattern: '(?:hält|halten|hielt|hielten)(?: [\\p{L}]+){0,5} bereit', status: 'operational', weight: 0.8, triggers: ['bereit'] },
  // "Die Verwaltung arbeitet mit Stift und Papier": working without its IT, an emergency operation (guide §4: degraded).
  { pattern: 'mit (?:Stift|Papier|Zettel) und (?:Papier|Stift|Zettel)|(?:arbeitet|arbeiten|arbeitete|arbeiteten) (?:[\\p{L}]+ ){0,2}analog', status: 'degraded', weight: 0.9, triggers: ['papier', 'analog'] },
  // "Die Telefonanlage ist defekt", "Der Server ist kaputt": broken is out.
  { pattern: '(?:ist|sind|war|waren|sei|seien|bleibt|bleiben)(?: [\\p{L}]+){0,3} (?:defekt|kaputt)', status: 'outage', weight: 0.9, triggers: ['defekt', 'kaputt'] },
  // "bleibt … dicht", "sind dichtgeblieben", "dichtgemacht": closed, said colloquially.
  { pattern: 'dichtgeblieben|dichtgemacht|dicht gemacht|(?:bleibt|bleiben|blieb|blieben)(?: [\\p{L}\\p{N}.,()-]+){0,6} dicht(?![\\p{L}])', status: 'outage', weight: 0.9, triggers: ['dicht'] },
  // "persönlich im Rathaus anzutreffen": reachable in person.
  { pattern: '(?:persönlich )?(?:anzutreffen|ansprechbar)', status: 'operational', weight: 0.8, triggers: ['anzutreffen', 'ansprechbar'] },
  // "Die Internetseite ist down": the English word, only after a copula.
  { pattern: '(?:ist|sind|war|waren|bleibt|bleiben)(?: [\\p{L}]+){0,2} down', status: 'outage', weight: 0.9, triggers: ['down'] },
  // "bleibt das Bürgerbüro zu".
  { pattern: '(?:bleibt|bleiben|blieb|blieben)(?: [\\p{L}\\p{N}.-]+){1,5} zu(?= *[.,;!?)]|$)', status: 'outage', weight: 0.9, triggers: ['bleib', 'blieb'] },
  // "Das Meldeamt ist bis einschließlich Freitag zu": closed, the copula with "zu" at the end of the clause.
  { pattern: '(?:ist|sind|war|waren)(?: (?!nicht |noch |nur )[\\p{L}\\p{N}.-]+){0,5} zu(?= *[.,;!?)]|$)', status: 'outage', weight: 0.85, triggers: [' zu'] },
  // "ist ab heute wieder im Regelbetrieb", "kehrt zum Normalbetrieb zurück": back to normal operation.
  { pattern: 'wieder (?:[\\p{L}]+ ){0,2}im (?:Regelbetrieb|Normalbetrieb)|(?:kehrt|kehren|kehrte|kehrten)(?: [\\p{L}\\p{N}.,-]+){0,5} (?:zum|in den) (?:Regelbetrieb|Normalbetrieb) zurück|Rückkehr (?:zum|in den) (?:Regelbetrieb|Normalbetrieb)', status: 'restored', weight: 1, triggers: ['regelbetrieb', 'normalbetrieb'] },
  // "Die Stadtbücherei macht zu", "macht das Bürgerbüro am Freitag zu".
  { pattern: '(?:macht|machen|machte|machten)(?: [\\p{L}\\p{N}.-]+){0,4} zu(?= *[.,;!?)]|$)', status: 'outage', weight: 0.9, triggers: ['mach'] },
  // "Der Betrieb der Zulassungsstelle ruht".
  { pattern: '(?:ruht|ruhen|ruhte|ruhten)', status: 'outage', weight: 0.85, triggers: ['ruht', 'ruhen'] },
  // "Im Rathaus gibt es derzeit kein Internet."
  { pattern: '(?:gibt|gab) es (?:[\\p{L}]+ ){0,2}kein(?:e|en)?', status: 'outage', weight: 0.85, triggers: ['kein'] },
  // "dass unsere Mitarbeiter vorerst nicht auf E-Mails antworten": mail not answered is mail out (guide §4).
  { pattern: 'nicht (?:mehr )?auf (?:[\\p{L}-]+ ){1,3}(?:antworten|antwortet|reagieren|reagiert)', status: 'outage', weight: 0.9, triggers: ['nicht'] },
  // "Auch Mails und Faxnachrichten würden bearbeitet", "Die Erreichbarkeit per Mail bleibt bestehen": still done, still there.
  // Not after a negation a few words back ("sind nicht verloren gegangen und werden bearbeitet" is said of lost mail), nor of a
  // rule that stays ("Die Maskenpflicht bleibt bestehen").
  { pattern: '(?<!(?:nicht|kein\\p{L}*) [\\p{L}\\p{N} ,.-]{0,50})(?:wird|werden|würde|würden) (?:(?!nicht |kein|nur |kaum )[\\p{L}]+ ){0,2}(?:bearbeitet|beantwortet)(?![\\p{L}])|(?<!(?:pflicht|regel|regeln|einschränkungen|beschränkungen|verbot)(?: [\\p{L}]+){0,5} )(?:bleibt|bleiben|blieb|blieben) (?:weiterhin |auch |aber |jedoch |allerdings )?bestehen', status: 'operational', weight: 0.75, triggers: ['bearbeitet', 'beantwortet', 'bestehen'] },
  // "Wir hatten eine komplette Woche im Rathaus kein Internet.": had no line of a channel.
  { pattern: '(?:hatten|hatte|haben|hat)(?: [\\p{L}\\p{N}.,-]+){0,12}? (?:gar |überhaupt )?kein(?:e|en)?(?= (?:Internet|Netz|Telefon|Telefonnetz|E-Mail|Mail|Empfang|Verbindung)(?![\\p{L}]))', status: 'outage', weight: 0.85, triggers: ['kein'] },
  // A substitute put in place ("eine Notfall-Webseite eingerichtet", "eine Hotline geschaltet") stands for a degraded service.
  { pattern: '(?:eingerichtet|geschaltet)', status: 'degraded', weight: 0.7, triggers: ['eingerichtet', 'geschaltet'] },
  { pattern: '(?:steht|stehen|stand|standen)(?: [\\p{L}\\p{N}.,-]+){0,6} still|Stillstand|(?:geht|ging|gingen|gehe|funktioniert|funktionierte|funktionieren|funktionierten|läuft|lief|laufen|liefen)(?: (?!so )[\\p{L}\\p{N}.,-]+){0,6} nichts mehr|arbeitsunfähig|handlungsunfähig|nicht mehr arbeitsfähig', status: 'outage', weight: 1, triggers: ['still', 'nichts mehr', 'unfähig', 'arbeitsfähig'] },
  { pattern: '(?:voll|vollständig) (?:arbeitsfähig|handlungsfähig|funktionsfähig|einsatzfähig)|(?:in|im) (?:gewohntem|gewohnten|vollem|vollen) Umfang|(?:normal|regulär|uneingeschränkt|wie gewohnt) (?:arbeiten|arbeitet|weiterarbeiten|laufen|läuft|geöffnet)', status: 'operational', weight: 0.9, triggers: ['fähig', 'umfang', 'normal', 'regulär', 'uneingeschränkt', 'gewohnt'] },
  { pattern: '(?:ist|sind|war|waren|wurde|wurden|sei|seien|inzwischen|mittlerweile|wieder)(?: [\\p{L}]+){0,3} (?:behoben|beseitigt)|(?:konnte|konnten) (?:(?!nicht |kein|noch )[\\p{L}]+ ){0,3}(?:behoben|beseitigt) werden|(?:Normalbetrieb|Regelbetrieb) (?:ist |sind )?(?:[\\p{L}]+ ){0,2}zurückgekehrt|(?:ist|sind|war|waren|wurde|wurden|inzwischen|mittlerweile|wieder) (?:(?!wird|werden|und|muss|müssen|soll|sollen)[\\p{L}]+ ){0,2}repariert(?! werden)|(?:konnte|konnten) (?:[\\p{L}]+ ){0,3}repariert werden|(?:konnte|konnten)(?: [\\p{L}-]+){0,4} (?:beheben|beseitigen)', status: 'restored', weight: 1, triggers: ['behoben', 'beseitigt', 'beheben', 'beseitigen', 'repariert'] },
  // A named service that is "betroffen" with no more said is degraded (annotation guide §4).
  // "im Schloss", "das alte Schloss": the castle, not the verb.
  { pattern: '(?:schließt|schließen|(?<!(?:im|am|ins|zum|vom|beim|das|dem|des|ein|einem|alte|alten|neue|neuen) )schloss|schlossen|schließe)(?! sich)(?:(?: [\\p{L}\\p{N}.,-]+){0,6}? (?:aus|ab)(?![\\p{L}]))?|zu schließen|nicht in der Lage|gestrichen|ausgeknockt|(?:legt|legte|legten|legen)(?: [\\p{L}\\p{N}.,-]+){0,8} lahm|(?:lahm|stillgelegt)|vom Netz genommen|nicht (?:mehr )?(?:eingehalten|wahrgenommen|erstellt|aufgesucht|vorgebracht|geleistet|ausgegeben|vereinbart|angenommen|zugelassen|ausgeliehen|entliehen)|nicht mehr (?:[\\p{L}\\p{N}.]+ ){1,4}(?:ausgehändigt|ausgestellt|ausgegeben|bearbeitet|angenommen) werden|(?:in die|in der|während der) Servicepause|weder (?:ausgeliehen|entliehen) noch|(?:setzt|setzen|setzte|setzten)(?! sich)(?: [\\p{L}\\p{N}.,-]+){1,6} aus(?![\\p{L}])', status: 'outage', weight: 0.9, triggers: ['setz', 'servicepause', 'schließ', 'schloss', 'lage', 'gestrichen', 'ausgeknockt', 'lahm', 'stillgelegt', 'netz genommen', 'nicht'] },
  { pattern: '(?:kaum|schlecht|schwer|eingeschränkt)(?: (?:telefonisch|per Telefon|per E-Mail|per Mail|online|persönlich))? (?:zu )?(?:erreichbar|erreichen|nutzbar|möglich|arbeitsfähig|handlungsfähig|funktionsfähig)|Problem(?:e|en)?|Notbesetzung|Notlösung|Notquartier|Notdienst|Bereitschaftsdienst|Notfallbetrieb|Notfallmodus|Minimalbetrieb|beschränkt\\p{L}*|(?:weitgehend|weitestgehend)\\p{L}* (?:[\\p{L}]+ )?(?:ausgefallen|geschlossen|eingestellt|lahmgelegt|Einstellung|Schließung|stillgelegt|offline|heruntergefahren|für den)|verspätet\\p{L}*|große Teile|in Teilen|nicht (?:mehr )?(?:in (?:der )?gewohnte[nr]? Weise|im gewohnten Umfang|in vollem Umfang|wie gewohnt)|nicht in gewohnter Weise|nicht in vollem Umfang|vereinzelt', status: 'degraded', weight: 0.9, triggers: ['kaum', 'schlecht', 'schwer', 'eingeschränkt', 'problem', 'notbesetzung', 'notlösung', 'notquartier', 'notdienst', 'bereitschaftsdienst', 'notfallbetrieb', 'notfallmodus', 'minimalbetrieb', 'beschränkt', 'weitgehend', 'weitestgehend', 'verspätet', 'große teile', 'in teilen', 'gewohnter', 'vollem', 'vereinzelt'] },
  { pattern: '(?:kann|können)(?: [\\p{L}-]+){0,6} heiraten|lassen sich(?: [\\p{L}\\p{N}.,-]+){0,10} (?:buchen|vereinbaren|beantragen|erledigen|abrufen|nutzen)', status: 'operational', weight: 0.85, triggers: ['heiraten', 'lassen sich'] },
  { pattern: 'gewährleistet|(?:ist|sind|bleibt|bleiben) (?:weiterhin |jederzeit |aber |jedoch )?sichergestellt|(?:ist|sind|bleibt|bleiben|war|waren|sei|seien) (?:weiterhin |jederzeit |aber |jedoch |nach wie vor |durchgehend |uneingeschränkt )?gegeben|(?:ändern|ändert) sich (?:[\\p{L}]+ ){0,2}nicht|regulär weiter|normal weiter|weiter(?:hin)? (?:[\\p{L}]+ )?(?:ausgezahlt|gezahlt|überwiesen|bearbeitet|angeboten)|weitergezahlt|weiter gezahlt|zu erreichen|wahrgenommen werden|(?:arbeitet|arbeiten) (?:(?!notbetrieb|notfallbetrieb|notbesetzung|minimalbetrieb|eingeschränkt)[\\p{L}]+ ){0,2}weiter', status: 'operational', weight: 0.85, triggers: ['gewährleistet', 'sichergestellt', 'gegeben', 'nicht', 'weiter', 'erreichen', 'wahrgenommen'] },
  { pattern: '(?:ist|sind|war|waren) (?:wieder )?zurück im (?:Regelbetrieb|Normalbetrieb)|(?:Regelbetrieb|Normalbetrieb) (?:wurde |wird |ist )?wieder aufgenommen|(?:läuft|lief|laufen|liefen)(?: [\\p{L}\\p{N}.,-]+){0,6} wieder an|(?:nimmt|nehmen|nahm|nahmen)(?: [\\p{L}\\p{N}.,-]+){0,6} wieder auf|(?:gilt|gelten) wieder|wieder (?:läuft|laufen|laufe|funktioniert|funktionieren|funktioniere|funktionierte|funktionierten)|(?:gilt|gelten)(?: [\\p{L}-]+){1,4} wieder (?:die )?(?:üblichen|regulären|gewohnten|normalen)|wieder (?:[\\p{L}-]+ ){0,3}(?:aufgesucht|hochgefahren|hergestellt|herstellen|freigegeben|aufgenommen|eingerichtet|verfügbar|wahrgenommen|möglich)|wieder hergestellt|wieder (?:[\\p{L}-]+ ){0,8}(?:sichergestellt|gewährleistet|(?:zur|zu) Verfügung)|wieder (?:[\\p{L}-]+ ){0,5}(?:offen|zugänglich|aktiviert|freigeschaltet|besetzt|in Betrieb|in Ordnung|ins Rollen|am Netz|für (?:die )?(?:Bürger|Kunden|Besucher)\\p{L}*(?: und (?:Bürger|Kunden|Besucher)\\p{L}*)? (?:da|offen|erreichbar))(?![\\p{L}])', status: 'restored', weight: 1, triggers: ['wieder', 'zurück im', 'betrieb wurde', 'betrieb wird'] },
  // "Die Website läuft sehr schwerfällig, immer wieder stürzt die Internetseite ab": working, badly.
  { pattern: 'schwerfällig|(?:stürzt|stürzen|stürzte|stürzten)(?: [\\p{L}-]+){0,4} ab', status: 'degraded', weight: 0.9, triggers: ['schwerfällig', 'stürz'] },
  { pattern: 'betroffen|getroffen', status: 'degraded', weight: 0.6 , triggers: ['troffen'] },
  { pattern: 'ohne (?:jegliche |größere |nennenswerte |weitere )?(?:Einschränkungen|Beeinträchtigungen|Störungen|Probleme|Ausfälle)|(?:nicht|kaum|wenig|nur wenig) (?:(?!ganz|gesamt|alle|vollständig|komplett)[\\p{L}]+ ){0,4}betroffen|(?<![\\p{L}])[Bb]etroffen (?:ist|sind|war|waren|sei|seien)(?= (?:allerdings |jedoch |aber |davon |hiervon |dagegen )?(?:nicht|kaum)(?! nur)(?![\\p{L}]))|(?:keine|keinerlei|kaum) (?:größeren |nennenswerten |weiteren )?(?:Einschränkungen|Beeinträchtigungen|Ausfälle|Störungen|Probleme)|uneingeschränkt|wie (?:gewohnt|geplant|gewöhnlich)|wie bisher', status: 'operational', weight: 1 , triggers: ['betroffen', 'kein', 'kaum', 'uneingeschränkt', 'wie ', 'ohne'] },
  { pattern: '(?:schränkt|schränken|schränkte|schränkten)(?: [\\p{L}\\p{N}.,-]+){0,6} ein(?![\\p{L}])|(?:auf )?(?:die |eine )?ausschließliche[n]? (?:[\\p{L}-]+ )?(?:Online-)?Termin\\p{L}*|(?:weiterhin |weiter |nur |ausschließlich )?(?:erforderlich|notwendig|nötig|Pflicht) (?:sind|ist|bleiben|bleibt) (?:[\\p{L}-]+ )?Termin\\p{L}*|(?:ist|sind|bleibt|bleiben) (?:weiterhin |auch weiterhin |nach wie vor |weiter |ab sofort |vorerst |derzeit )?(?:eine |die |ein )?(?:vorherige |vorheriger )?Termin\\p{L}* (?:[\\p{L}-]+ )?(?:erforderlich|notwendig|nötig|Pflicht)|in (?:begrenztem|eingeschränktem|reduziertem|geringem) Umfang|(?:ausschließlich|nur noch|nur) (?:\\p{L}+ )?Terminkund\\p{L}*|(?:krankheitsbedingte[nrs]?|personelle[nrs]?|krankheitsbedingt) (?:Ausfälle|Ausfällen|Ausfall|Personalausfälle|Personalausfällen)|(?:Ausfälle|Ausfällen) (?:unter|bei) (?:den |dem |der )?(?:[\\p{L}]+-)?(?:Mitarbeite\\p{L}*|Beschäftigten|Personal|Belegschaft)|(?:funktioniert|funktionieren|funktionierte|funktionierten|läuft|laufen|lief|liefen)(?: (?:jetzt|nun|inzwischen|seit [\\p{L}]+))? (?:wenigstens|immerhin|zumindest)|nur (?:teilweise|bedingt|begrenzt|partiell|vereinzelt|zum Teil|eingeschränkt)(?: betroffen)?|eingeschränkte[nrms]?|eingeschränkt|Einschränkung(?:en)?|teilweise(?:[nrs]? (?:Schließung|Sperrung|Ausfall|Ausfälle|Ausfällen|Stilllegung|Abschaltung))?|partiell|beeinträchtigt|(?<!(?:körperliche[rn]?|gesundheitliche[rn]?|geistige[rn]?|seelische[rn]?|psychische[rn]?|mit) )Beeinträchtigung(?:en)?|Verzögerung(?:en)?|verzögert|Notbetrieb|Ausweichquartier\\p{L}*|Interimsquartier\\p{L}*|Ausweichräume\\p{L}*|reduziert|(?:Öffnungszeiten|Sprechzeiten|Servicezeiten)(?: [\\p{L}]+){0,3} reduzieren|längeren? Wartezeiten|Wartezeit(?:en)? (?:[\\p{L}]+ ){0,7}(?:länger|verlängert)|langsamer|(?:läuft|laufen|lief|liefen|arbeitet|arbeiten|arbeitete|arbeiteten) (?:nur |sehr |extrem |äußerst )?langsam|zum Teil|überlastet|Überlastung|überlaufen|Unregelmäßigkeiten (?:bei|in) (?:den|der) (?:Öffnungszeiten|Sprechzeiten|Erreichbarkeit)|verkürzte[nrms]? (?:Öffnungszeiten|Sprechzeiten|Servicezeiten)', status: 'degraded', weight: 0.9 , triggers: ['schränk', 'ausschließliche', 'erforderlich', 'notwendig', 'nötig', 'pflicht', 'umfang', 'terminkund', 'krankheitsbedingt', 'personelle', 'ausfäll', 'wenigstens', 'immerhin', 'zumindest', 'nur', 'eingeschränkt', 'einschränkung', 'teilweise', 'partiell', 'beeinträchtig', 'verzöger', 'notbetrieb', 'ausweich', 'interims', 'reduziert', 'reduzieren', 'wartezeit', 'langsam', 'zum teil', 'überlast', 'überlaufen', 'verkürzt', 'unregelmäßig'] },
  { pattern: '(?:telefonisch|per E-Mail|per Mail|schriftlich|online)(?: (?:oder|und) (?:telefonisch|per E-Mail|per Mail|schriftlich|online))? (?:weiterhin )?bedient|normal weiter|läuft normal|(?:ist|sind|war|waren|sei|seien|blieb|blieben|bleibt|bleiben)(?: [\\p{L}]+){0,2} intakt|laufen normal|arbeitsfähig|handlungsfähig|funktionsfähig|einsatzfähig|erreichbar|verfügbar|zur Verfügung|möglich|nutzbar|geöffnet|funktioniert|funktionieren|funktioniere|funktionierte|funktionierten|einwandfrei|reibungslos|problemlos|in Betrieb|im Normalbetrieb|(?<!(?:durch|von|vom) (?:[\\p{L}-]+ ){0,4})erreicht werden|wahrgenommen werden|stattfinden|stattfindet|stattgefunden|(?:finden|findet)(?: [\\p{L}-]+){0,4} statt', status: 'operational', weight: 0.8 , triggers: ['normal', 'fähig', 'erreichbar', 'verfügbar', 'verfügung', 'möglich', 'nutzbar', 'geöffnet', 'funktion', 'betrieb', 'statt', 'einwandfrei', 'reibungslos', 'problemlos', 'intakt', 'bedient', 'erreicht', 'wahrgenommen'] },
];

/**
 * Negation shortly before an operational cue turns it into an outage ("ist derzeit leider nicht erreichbar"), also across
 * a prepositional phrase with a list ("nicht über die Bürgerbüros in Munster, Schneverdingen und Schwarmstedt möglich").
 */
export const NEGATION_BEFORE = /(?<![\p{L}])(?:[Ww]eder(?:[ \u00a0,]+[\p{L}-]+){0,9}|(?:nicht|nichts|kein|keine|keinen|keinerlei|nie|niemals)(?:[ \u00a0]+(?:über|in|bei|beim|im|am|an|per|via)(?:[ \u00a0]+[\p{L}-]+,?){1,8}|(?:[ \u00a0]+[\p{L}-]+){0,5}))[ \u00a0]+$/u;

/** Where a sentence turns: statuses on one side do not apply to services on the other. */
export const CLAUSE_BREAK = /:[ \u00a0]+(?=[„“"»]?\p{Lu})|,[ \u00a0]*(?:und|oder|weil|da|denn|obwohl|nachdem|sodass|damit|deren|dessen|bevor|ehe|ob|bis(?=[ \u00a0]+(?:die|der|das|den|dem|es|sie|er|alle|man|wir|diese|dieser|dieses|sämtliche)(?![\p{L}])))(?![\p{L}])|(?:,[ \u00a0]*|[ \u00a0]+)(?:aber(?![ \u00a0]+auch)|jedoch|doch|während|allerdings|hingegen|dagegen|wohingegen|sondern|wobei)(?![\p{L}])|;|[ \u00a0][–-][ \u00a0](?!(?:alles|alle|beides|beide)[ \u00a0])|(?<![\p{L}])bis auf(?![ \u00a0]+[Ww]eiteres)(?![\p{L}])|(?<=[–-][ \u00a0]*)(?:mit[ \u00a0]+Ausnahme|außer)(?=[ \u00a0]+(?:des|der|dem|den|von)(?![\p{L}]))/gu;

/** "wieder" shortly before an operational cue makes it a restoration ("stehen wieder nahezu alle Systeme zur Verfügung"). */
export const AGAIN_BEFORE = /(?<![\p{L}])wieder(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+$/u;

/** Words before a service cue that make it the speaker, not the subject ("ein Sprecher der Stadtverwaltung"). */
/** The target of an attack ("Cyber-Angriff auf das Computersystem"): no subject. Looked for only after "auf". */
export const ATTACK_TARGET_BEFORE = /(?<![\p{L}])(?:Angriff\p{L}*|Cyberangriff\p{L}*|Cyber-Angriff\p{L}*|Hackerangriff\p{L}*|Hacker-Angriff\p{L}*|Attacke|Cyberattacke|Cyber-Attacke|Hackerattacke)[ \u00a0]+auf[ \u00a0]+(?:(?:das|die|den|dem|ein|eine|einen)[ \u00a0]+)?$/u;
export const NOT_SUBJECT_BEFORE = /(?<![\p{L}])(?:(?<=,[ \u00a0]*)(?:das|die|der)[ \u00a0]+(?:im|in[ \u00a0]+der|in[ \u00a0]+dem)(?:[ \u00a0]+\p{Lu}\p{Ll}+en)?|(?:[Dd]er|[Dd]ie|[Dd]as)[ \u00a0]+(?![\p{L}-]*(?:[Tt]ermin|[Hh]otline|[Vv]ergabe|[Bb]uchung|[Tt]elefon|[Nn]ummer|[Bb]etrieb|verkehr|[Aa]rbeit|[Ss]ervice|zeiten|stunden?|[Ll]eistungen|[Aa]ngebot|[Vv]orsprache|[Bb]esuch|[Bb]eratung|[Aa]nliegen|[Mm]itarbeite\p{L}*|[Bb]eschäftigten|[Kk]olleg\p{L}*|[Tt]eam|[Pp]ersonal|[Ss]törung|[Ss]törungen|[Pp]roblem|[Pp]robleme|[Aa]usfall|[Aa]usfälle|[Ff]ehler|[Pp]anne|[Ee]inschränkung|[Ee]inschränkungen|[Bb]eeinträchtigung|[Bb]eeinträchtigungen|[Ss]chwierigkeiten)(?![\p{L}]))\p{Lu}[\p{L}-]+[ \u00a0]+(?:im|in[ \u00a0]+der|in[ \u00a0]+dem)(?:[ \u00a0]+\p{Lu}\p{Ll}+en)?|[Ww]ie[ \u00a0]+(?:der|die|das|dem|den|des)(?:[ \u00a0]+\p{Lu}[\p{L}]+er)?|(?:Sprecher|Sprecherin|Pressesprecher|Pressesprecherin|Pressestelle|Leiter|Leiterin|Angaben|Mitteilung|Stellungnahme|Pressemitteilung|Erklärung|Auskunft|Chef|Chefin|Räumlichkeiten)[ \u00a0]+(?:der|des|vom|von)|(?:teilt|teilte|gab|gibt|informiert|informierte|meldet|meldete|warnt|warnte|mahnt|mahnte|erklärt|erklärte|erläutert|erläuterte|[Ss]o|[Ll]aut|sagte|sagt|twitterte|twittert|postete|schrieb|schreibt|betonte|betont|bestätigte|bestätigt|verkündete|hieß[ \u00a0]+es[ \u00a0]+(?:vom|von[ \u00a0]+der|aus[ \u00a0]+dem|aus[ \u00a0]+der)|bittet|bat|appelliert|appellierte|[Ss]eitens|an)(?:[ \u00a0]+(?:der|die|das|dem|den|des))?(?:[ \u00a0]+\p{Lu}[\p{L}]+er)?)[ \u00a0]+$/u;

/** Words after a service cue that make it the speaker ("Die Kreisverwaltung weist darauf hin, dass ..."). */
export const NOT_SUBJECT_AFTER = /^[ \u00a0]+(?:(?:(?:hat|habe|hatte)[ \u00a0]+)?(?:auf|über|per|via|in)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}(?:mitgeteilt|bekanntgegeben|informiert|angekündigt|veröffentlicht)(?![\p{L}])|(?:in[ \u00a0]+\p{Lu}[\p{L}-]+[ \u00a0]+|[\p{L}-]+[ \u00a0]+)?(?:weist|wies|teilt|teilte|informiert|informierte|bittet|bat|rät|riet|empfiehlt|empfahl|meldet|meldete|berichtet|berichtete|erklärt|erklärte|kündigt|kündigte|appelliert|appellierte|betont|betonte|warnt|warnte|mitteilt|mitteilte|mitgeteilt|gab(?![ \u00a0]+es(?![\p{L}]))|gibt(?![ \u00a0]+es(?![\p{L}]))|sagte|sagt|erläutert|erläuterte|hat[ \u00a0]+mitgeteilt|bekannt|hofft|hoffte|plant|möchte|möchten|will|arbeitet[ \u00a0]+(?:daran|mit[ \u00a0]+Hochdruck)|entschuldigt|bedauert|richtet|richtete))(?![\p{L}])/u;

/** A service cue right after another and "der"/"des" is the owner of the first ("IT-Struktur der Kreisverwaltung"). */
export const OWNER_GAP = /^\)?[ \u00a0]+(?:der|des|aller(?:[ \u00a0]+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))?|beider|für[ \u00a0]+(?:das|die|den)|zu[ \u00a0]+(?:den|der|dem)|im|beim|bei[ \u00a0]+(?:der|dem))(?:[ \u00a0]+\p{Lu}[\p{L}]+er)?[ \u00a0]+$/u;

/** A place right after a service and these words owns the service ("Website der Stadt Lünen", "Zulassungsstellen des Kreises Soest"). */
export const OWNING_PLACE_GAP = /^[ \u00a0]+(?:der|des|im|in|von|beim|bei[ \u00a0]+der)(?:[ \u00a0]+(?:Stadt|Gemeinde|Stadtverwaltung|Kreisverwaltung))?[ \u00a0]+$/u;

/**
 * Places joined into a list: an impact on one of them is an impact on each ("Stadtverwaltungen von Siegen und Warburg"). A
 * qualifier the first one's mention left out may stand before the join ("Lorch am Rhein, Rüdesheim", "Waren (Müritz) und").
 */
export const PLACE_LIST_GAP = /^(?:[ \u00a0]+(?:am|an[ \u00a0]+der|an[ \u00a0]+dem|im|in[ \u00a0]+der|ob[ \u00a0]+der|vor[ \u00a0]+der)[ \u00a0]+\p{Lu}[\p{L}-]*|[ \u00a0]*\([^()\n]{1,30}\))?[ \u00a0]*(?:,|,?[ \u00a0]*(?:und|sowie|oder|als[ \u00a0]+auch|auch))(?:[ \u00a0]+(?:in|im|aus|für|bei|von)(?:[ \u00a0]+(?:der|dem|den))?)?(?:[ \u00a0]+(?:(?:der|die|den|dem)[ \u00a0]+)?(?:Stadt|Gemeinde|Städte|Gemeinden|Städten|Samtgemeinde|Verbandsgemeinde))?[ \u00a0]*$/u;

/** A gap with a bare article before a district: "Schwerin und der Landkreis Ludwigslust-Parchim" (see {@link listedAfter}). */
export const ARTICLE_LIST_GAP = /^[ \u00a0]*,?[ \u00a0]*(?:und|sowie|oder)[ \u00a0]+(?:der|dem|den|des)[ \u00a0]*$/u;
/** A district mention named with its Kreis word ("Kreis Unna", "Landkreis Ludwigslust-Parchim", "Donnersbergkreis"), not "Kreisverwaltungen Soest". */
export const KREIS_NAMED = /^(?:Land)?[Kk]reis(?![\p{L}])|^\p{Lu}[\p{L}-]*kreis$/u;

/**
 * A definite plural that points back to the places listed before ("Die Rathäuser bleiben geöffnet", "die drei
 * Kommunen", "beide Städte"): what the clause says goes to each of them (annotation guide §4).
 */
export const PLACES_BACK_REFERENCE = /(?<![\p{L}])(?:[Dd]ie|[Dd]en|[Dd]er|[Aa]lle|[Aa]llen|[Bb]eide|[Bb]eiden)[ \u00a0]+(?:(?:beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|betroffenen|genannten)[ \u00a0]+)*(?:Kommunen|Städte|Städten|Gemeinden|Rathäuser|Rathäusern|Verwaltungen|Stadtverwaltungen|Gemeindeverwaltungen|Kommunalverwaltungen|Bürgerbüros|Bürgerämter|Verwaltungsgebäude)(?![\p{L}])(?![ \u00a0]+(?:im|in|des|der|aus|rund|um|bundesweit|landesweit)(?![\p{L}]))/u;

/**
 * A clause after a comma that keeps only its subject and a particle, its predicate elided: "Das Bürgerbüro ist
 * eingeschränkt geöffnet, das Standesamt gar nicht." The text right after the service cue; `negated` tells which.
 */
export const ELIDED_NEGATION_AFTER = /^(?:[ \u00a0]+\p{Lu}[\p{L}.-]*){0,2}[ \u00a0]+(?:(?:aber|jedoch|hingegen|dagegen|auch|ebenfalls|noch|gar|überhaupt|leider)[ \u00a0]+){0,2}nicht(?:[ \u00a0]+(?:mehr|erst))?[ \u00a0]*(?=[.,;)!]|$)/u;
export const ELIDED_AFFIRMATION_AFTER = /^(?:[ \u00a0]+\p{Lu}[\p{L}.-]*){0,2}[ \u00a0]+(?:(?:aber|jedoch|hingegen|dagegen)[ \u00a0]+)?(?:schon|sehr[ \u00a0]+wohl|durchaus|weiterhin|nach[ \u00a0]+wie[ \u00a0]+vor)[ \u00a0]*(?=[.,;)!]|$)/u;
/** Before an elided clause's service: a comma and at most an article and an adjective ("…, das zentrale Standesamt"). */
export const ELIDED_CLAUSE_BEFORE = /,[ \u00a0]*(?:(?:das|die|der|den|dem)[ \u00a0]+)?(?:\p{Ll}[\p{L}-]*[ \u00a0]+)?$/u;

/** "nicht wie gewohnt", "nicht in vollem Umfang" before an operational word: restricted, not down (guide §4). */
export const NOT_AS_USUAL_BEFORE = /(?<![\p{L}])nicht[ \u00a0]+(?:mehr[ \u00a0]+)?(?:wie[ \u00a0]+(?:gewohnt|üblich|sonst|gewöhnlich|geplant|vorgesehen|vereinbart)|in[ \u00a0]+(?:der[ \u00a0]+)?gewohnte[nr]?[ \u00a0]+(?:Weise|Form)|im[ \u00a0]+gewohnten[ \u00a0]+Umfang|in[ \u00a0]+vollem[ \u00a0]+Umfang|zu[ \u00a0]+den[ \u00a0]+(?:gewohnten|üblichen|regulären|normalen|bekannten)[ \u00a0]+(?:Zeiten|Öffnungszeiten|Sprechzeiten)|uneingeschränkt|vollumfänglich|vollständig|durchgehend|immer)(?:[ \u00a0]+[\p{L}-]+){0,3}[ \u00a0]+$/iu;

/**
 * Before a place that helps another ("Dank einer Leihlösung des Kreises Paderborn", "mit Unterstützung der Stadt Hamm"):
 * a helping or partner body is not affected (annotation guide §4).
 */
export const HELPER_BEFORE = /(?<![\p{L}])(?:[Dd]ank|[Mm]it(?:[ \u00a0]+(?:der|freundlicher|tatkräftiger))?[ \u00a0]+(?:Hilfe|Unterstützung)|[Mm]ithilfe|[Uu]nterstützt[ \u00a0]+(?:von|durch)|[Ii]n[ \u00a0]+Amtshilfe[ \u00a0]+(?:für|von|durch)|[Ll]eihweise[ \u00a0]+(?:von|vom))(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+$/u;

/** Applications still taken while their processing is down: the services are degraded, not out (guide §4's "nur angenommen, aber nicht bearbeitet"). */
export const ACCEPTED_NOT_PROCESSED = /(?<![\p{L}])(?:Anträge|Antrag|Unterlagen|Anliegen)(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+(?:entgegennehmen|entgegengenommen|annehmen|angenommen|aufnehmen|aufgenommen)(?![\p{L}])[^.!?]{0,120}(?<![\p{L}])(?:Bearbeitung|bearbeitet|bearbeiten)(?![\p{L}])/u;

/** "Nach 14-tägiger Schließung hat … wieder geöffnet": the restoration tells of the outage before it too. */
export const AFTER_OUTAGE = /(?<![\p{L}])[Nn]ach[ \u00a0]+(?:(?:der|dem|einer|einem|de[rn][ \u00a0]+)?[\p{L}\d-]+[ \u00a0]+){0,2}(?:Schließung|Ausfall|Störung|Unterbrechung|Zwangspause)(?![\p{L}])/u;

/** "Bis vergangene Woche war das Standesamt geschlossen": a state that has ended, told in the past (with {@link PAST_STATE}). */
export const ENDED_UNTIL = /(?<![\p{L}])[Bb]is[ \u00a0]+(?:(?:zur|zum)[ \u00a0]+)?(?:(?:vergangene[nmr]?|letzte[nmr]?|vorige[nmr]?)[ \u00a0]+(?:Woche|Monat|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende)|gestern|vorgestern|vor[ \u00a0]+(?:kurzem|Kurzem|wenigen[ \u00a0]+Tagen))(?![\p{L}])/u;
export const PAST_STATE = /(?<![\p{L}])(?:war|waren|blieb|blieben)(?![\p{L}])/u;

/** A sentence that carries the one before over to other places: "Gleiches gilt für Schwerte", "Das gilt auch für die Stadt Selm". */
/** "Das gilt nicht für die Feuerwehr": what the sentence before said does not hold for the service after it. */
export const NOT_SAME_FOR = /^[ \u00a0]*(?:Gleiches|Dasselbe|Dies|Das|Es|es)[ \u00a0]+(?:gilt|galt|gelte)[ \u00a0]+(?:(?:aber|jedoch|allerdings|ebenfalls)[ \u00a0]+)?nicht[ \u00a0]+für[ \u00a0]+/u;
export const SAME_FOR = /^[ \u00a0]*(?:(?:Gleiches|Dasselbe|Das[ \u00a0]+gleiche|Ähnliches|Dies|Das)[ \u00a0]+(?:gilt|galt|gelte)|(?:Im|In)[ \u00a0]+[^,.;:!?]{1,60}?[ \u00a0]+(?:gilt|galt|gelte)[ \u00a0]+(?:das|dies|Gleiches|dasselbe))[ \u00a0]+(?:(?:auch|ebenso|ebenfalls)[ \u00a0]+)?für[ \u00a0]+(?:(?:fast|rund|etwa|mehr[ \u00a0]+als|über)[ \u00a0]+)?(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)[ \u00a0]+(?:Dutzend[ \u00a0]+)?(?:Orte|Gemeinden|Städte|Kommunen)[ \u00a0]*,[ \u00a0]*(?:darunter|unter[ \u00a0]+ihnen|etwa|so)[ \u00a0]+)?/u;

/**
 * The trouble told just before fixed, no service named: "Die Störung ist inzwischen behoben", "Der Fehler konnte behoben
 * werden". Not a fix still to come ("sobald die Störung behoben ist", "dass das Problem alsbald behoben werde").
 */
export const TROUBLE_FIXED = /^(?:(?!sobald|wenn|bis|ob|wie|dass|daß)[^,;:]){0,40}?(?<![\p{L}])(?:Störung|Störungen|Problem|Probleme|Fehler|Panne|Defekt|Ausfall)[ \u00a0]+(?:(?!nicht|noch|bald|alsbald|schnell|zeitnah|hoffentlich|erst|muss|müssen|soll|sollen|sollte|kann|könnte|dürfte|wird|werde)[\p{L}]+[ \u00a0]+){0,4}(?:behoben|beseitigt|gelöst|repariert)(?![\p{L}])(?![ \u00a0]+(?:werde|wird|sein)(?![\p{L}]))/u;

/** Everything back to normal, no service named: "läuft wieder alles normal", "alle Dienste stehen wieder zur Verfügung". */
export const EVERYTHING_AGAIN = /(?<![\p{L}])(?:(?:läuft|funktioniert|ist)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}wieder[ \u00a0]+alles|(?:läuft|lief|funktioniert|funktionierte|klappt|klappte)[ \u00a0]+alles[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}?wieder|alles[ \u00a0]+(?:läuft|funktioniert|ist)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}wieder|[Aa]lle[ \u00a0]+(?:Dienste|Dienstleistungen|Angebote|Systeme)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,3}wieder|(?:[Dd]ie|[Aa]lle)[ \u00a0]+(?:weiteren[ \u00a0]+)?(?:Abteilungen|Fachbereiche|Einrichtungen|Dienststellen|Dienstleistungen|Beschäftigten|Beschäftigen|Mitarbeitenden|Mitarbeiterinnen[ \u00a0]+und[ \u00a0]+Mitarbeiter|Mitarbeiter)(?:[ \u00a0]+und[ \u00a0]+(?:die[ \u00a0]+)?(?:Abteilungen|Fachbereiche|Einrichtungen|Dienststellen))?[ \u00a0]+(?:[\p{L}\p{N}.,()]+[ \u00a0]+){0,6}?wieder[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,4}(?:besetzt|erreichbar|zu[ \u00a0]+erreichen|geöffnet|in[ \u00a0]+Anspruch[ \u00a0]+genommen)|wieder[ \u00a0]+der[ \u00a0]+(?:reguläre|normale)[ \u00a0]+(?:Betrieb|Dienstbetrieb)[ \u00a0]+aufgenommen)(?![\p{L}])/u;

/**
 * A building named as where something happens ("vor dem Rathaus", "die Ampel am Rathaus", "Richtung Kreishaus"): a
 * location, not the administration. Police and prosecutors name buildings as places throughout ("im Rathaus", "ins
 * Bürgerbüro"): {@link LOCATIVE_BEFORE_AUTHORITY} too.
 */
export const LOCATIVE_BEFORE = /(?<![\p{L}])(?:[Aa]m|[Vv]or[ \u00a0]+dem|[Vv]or[ \u00a0]+das|[Hh]inter[ \u00a0]+dem|[Nn]eben[ \u00a0]+dem|[Gg]egenüber[ \u00a0]+dem|[Nn]ahe[ \u00a0]+dem|[Uu]nweit[ \u00a0]+des|in[ \u00a0]+der[ \u00a0]+Nähe[ \u00a0]+des|im[ \u00a0]+Bereich[ \u00a0]+des|Höhe[ \u00a0]+des|Richtung)(?:[ \u00a0]+\p{Lu}\p{Ll}+e[nrs]?)?[ \u00a0]+$/u;
export const LOCATIVE_BEFORE_AUTHORITY = /(?<![\p{L}])(?:[Ii]m|[Ii]ns|[Bb]eim|[Ii]n[ \u00a0]+(?:das|dem|den|die|der)|[Aa]us[ \u00a0]+(?:dem|der))(?:[ \u00a0]+\p{L}\p{Ll}+e[nrs]?)?[ \u00a0]+$/u;

/** A clause introduced by "bis auf" names the exception to what the sentence says. */
/** Words that except the service after them from what the clause says: "Mit Ausnahme des", "außer dem", "Bis auf das" (at the start). */
export const EXCEPTED_BEFORE = /(?:(?<![\p{L}])(?:[Mm]it[ \u00a0]+Ausnahme|außer)[ \u00a0]+(?:des|der|dem|den)|^[ \u00a0]*Bis[ \u00a0]+auf[ \u00a0]+(?:das|die|den))[ \u00a0]+$/u;
export const EXCEPTION_START = /^[ \u00a0]*(?:bis auf|mit[ \u00a0]+Ausnahme|außer)(?![\p{L}])/u;

/** Dates after these words are when a state began or ends, not when it was reported. */
export const SINCE_BEFORE = /(?<![\p{L}])(?:seit|ab)[ \u00a0]+(?:dem[ \u00a0]+|vergangenem[ \u00a0]+|vergangenen[ \u00a0]+|letztem[ \u00a0]+)?$/iu;
export const UNTIL_BEFORE = /(?<![\p{L}])(?:bis)(?:[ \u00a0]+(?:zum|einschließlich|voraussichtlich|mindestens))*[ \u00a0]+$/iu;

/**
 * A day named in a statement: a weekday, alone or with a part of the day ("Freitagnachmittag", "Rosenmontag"; not a
 * recurring "montags"), a holiday, "heute", "morgen", a date ("20. Februar", "27.12.2022"). Global: for matchAll and exec loops.
 */
export const DAY_WORD = /(?<![\p{L}])(?:\p{L}*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?:vormittag|nachmittag|mittag|abend|morgen)?|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:vormittag|nachmittag|mittag|abend|morgen)?|Heiligabend|Silvester|Neujahr|[Hh]eute|morgen|[Üü]bermorgen|\d{1,2}\.[ \u00a0]*(?:\d{1,2}\.(?:\d{2,4})?|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))(?![\p{L}])/gu;

/** A clause about many places at once ("viele Rathäuser in der Region") is bound to no single place from context. */
export const GENERIC_SUBJECT = /(?<![\p{L}])(?:(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen|alle|allen|aller|\d+)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Kommunen|Städte|Städten|Gemeinden|Rathäuser|Rathäusern|Verwaltungen|Kommunalverwaltungen|Stadtverwaltungen|Kreisverwaltungen|Kreise|Kreisen|Landkreise|Landkreisen|Behörden|Orte|Orten|Zulassungsstellen|Zulassungsämter|Bürgerämter|Ämter)|Kommunen|Mitgliedskommunen|Städte und Gemeinden|Verwaltungen|Region|bundesweit|landesweit|deutschlandweit)(?![\p{L}])/iu;

/** A quantified group of places or offices ("alle Zulassungsstellen", "mehrere Kommunalverwaltungen"): bound to none of the places around it. */
// "andere Ämter im Landkreis Leer" are the Kreis's other offices, not other places: "andere" counts for places only.
/** Every match holds one of GROUP_WORDS (index.ts), which gates it: keep the two in step. */
export const QUANTIFIED_GROUP = /(?<![\p{L}])(?:(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen|alle|allen|aller|[Aa]ndere|[Aa]nderen|\d+)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Kommunen|Städte|Städten|Gemeinden|Rathäuser|Rathäusern|Verwaltungen|Kommunalverwaltungen|Stadtverwaltungen|Kreisverwaltungen|Kreise|Kreisen|Landkreise|Landkreisen|Orte|Orten)|(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen|alle|allen|aller|\d+)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Behörden|Zulassungsstellen|Zulassungsämter|Bürgerämter|Ämter)|(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?Schulen)(?![\p{L}])/iu;

/** A group of one body's own offices ("alle Ämter", "mehrere Dienststellen"): in a city's or district's release, its administration. */
export const OWN_OFFICES_GROUP = /(?<![\p{L}])(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen|alle|allen|aller|\d+)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Ämter|Dienststellen|Fachbereiche|Fachämter)(?![\p{L}])/giu;

/** An unnamed group of places or offices ("die Rathäuser im Kreis", "Bürgerbüros in der Region"): bound to none of the places around it (guide §4). */
export const UNNAMED_GROUP = /(?<![\p{L}])(?:Kommunen|Städte|Gemeinden|Rathäuser|Verwaltungen|Stadtverwaltungen|Gemeindeverwaltungen|Bürgerbüros|Bürgerämter)[ \u00a0]+(?:im[ \u00a0]+(?:Kreis|Kreisgebiet|Land|Umland)|in[ \u00a0]+der[ \u00a0]+Region|des[ \u00a0]+Kreises|der[ \u00a0]+Region)(?![\p{L}])/iu;

/**
 * Quantifiers over services ("viele andere Online-Angebote", "zahlreiche Fachverfahren"): in a news or police
 * text they speak of many places at once; in a city's or district's own release, of its own services.
 */
export const QUANTIFIER = /(?<![\p{L}])(?:viele|vielen|zahlreiche|zahlreichen|mehrere|mehreren|etliche|etlichen|einige|einigen)(?![\p{L}])/iu;

/** Words before a service cue that make it someone else's ("private Web-Seiten", "gefälschte Internetseiten"). */
export const NOT_PUBLIC_BEFORE = /(?<![\p{L}])(?:interne|internen|interner|internes|behördeninterne|behördeninternen|private|privaten|privater|privates|inoffizielle|inoffiziellen|gefälschte|gefälschten|falsche|falschen|betrügerische|betrügerischen)[ \u00a0]+$/iu;

/**
 * Services that a Kreis runs for its towns: in a text about the Kreis, "die Zulassungsstelle in Soest"
 * is the Kreis Soest's office, so the impact belongs to the district. The Ausländerbehörde only where the text names the
 * Kreis's authority (a Landratsamt, a Kreisverwaltung): a large town runs its own (Lünen's in the founding case).
 */
export const DISTRICT_SERVICES: ReadonlySet<string> = new Set(['vehicle-registration', 'drivers-licence', 'foreigners-office']);
/** Of {@link DISTRICT_SERVICES}, those a Kreis runs only where the text names the Kreis's authority. */
export const KREIS_NAMED_SERVICES: ReadonlySet<string> = new Set(['foreigners-office']);

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

/**
 * Words before a service cue that make it the channel, the place or the condition of another service
 * ("per E-Mail erreichbar", "Trauungen im Rathaus", "nach vorheriger Terminvereinbarung"): with another
 * service in the sentence, it is not a subject of its own.
 */
export const CHANNEL_BEFORE = /(?<![\p{L}])(?:per|über|via|unter|im|beim|am|ins|nach|mit|vorab|vorheriger|vorherige|vorherigem|vereinbartem|vereinbarter)[ \u00a0]+(?:(?:den|die|das|dem|der|einer|einen|einem|vorheriger|vorherige|vorab)[ \u00a0]+)?(?:\p{Lu}[\p{L}]+er[ \u00a0]+)?$/iu;

/** "nur" as a focus particle on a service ("Nur das Standesamt ist geöffnet"), not a restriction ("nur nach Termin"). */
export const FOCUS_NUR = /^nur[ \u00a0]+(?:noch[ \u00a0]+)?(?:der|die|das|den|dem)[ \u00a0]+$/iu;

/**
 * A status noun after these words names the cause, not the state ("Wegen einer Störung ist ...", "von der
 * Störung nicht betroffen").
 */
export const CAUSE_BEFORE = /(?<![\p{L}])(?:wegen|aufgrund|infolge|nach|durch|trotz|von|vom|seit|während)[ \u00a0]+(?:(?:der|des|dem|den|einer|eines|einem|einen)[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+)?$/iu;

/** Status nouns (not verbs or adjectives): only these can be a cause. */
export const STATUS_NOUN = /^(?:Problem|Probleme|Problemen|Störung|Störungen|Ausfall|Ausfälle|Ausfällen|Ausfalls|Schließung|Schließungen|Totalausfall|Einschränkung|Einschränkungen|Beeinträchtigung|Beeinträchtigungen|Verzögerung|Verzögerungen|Überlastung|Servicepause)$/iu;

/**
 * A restoration that is only planned, hoped for or open ("daran arbeiten, die Systeme wieder in Betrieb zu
 * nehmen", "Wann die Verwaltung wieder arbeitsfähig ist, ist offen") states no restoration.
 */
export const INTENT = /(?<![\p{L}])(?:[Ww]ann|daran|sollen|soll|sollte|sollten|hofft|hoffen|plant|planen|rechnet|rechnen|rechnete|rechneten|erwartet|erwarten|zuversichtlich|voraussichtlich|Ziel|unklar|(?<!wieder(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+)offen|bereitzustellen|zu[ \u00a0]+(?:nehmen|bringen|bekommen|kriegen|machen|schalten|stellen))(?![\p{L}])/u;

/** A negation right before a restoration cue turns it into an outage ("noch nicht wieder freigeschaltet"). */
export const NEGATED_AGAIN = /(?<![\p{L}])(?:nicht|kein|keine|noch nicht)[ \u00a0]+$/iu;

/** Service cues that name the Kreis's own administration ("Kreishaus", "Kreisverwaltung", "Landratsamt"). */
/** Offices with counters of their own, which people visit: unreachable by one channel, they are still there. */
export const OFFICES: ReadonlySet<Service> = new Set<Service>(['citizens-office', 'civil-registry', 'registration-office', 'foreigners-office', 'vehicle-registration',
  'drivers-licence', 'social-benefits', 'building-authority', 'business-registration', 'library']);

export const KREIS_SERVICE = /^(?:Kreis|Landrats|Landkreis|Dienststellen der Kreisverwaltung$|Dienststellen des Kreises$)/u;

/** A service owned by the Kreis without its name ("Ausländerbehörde des Kreises", "Bürgerbüros des Landkreises"). */
export const OWN_KREIS_AFTER = /^[ \u00a0]+(?:des|der)[ \u00a0]+(?:Kreises|Landkreises|Kreisverwaltung|Region|Landratsamtes|Landratsamts|\p{Lu}[\p{L}-]*-Kreises|\p{Lu}[\p{L}]*kreises|(?:Land)?[Kk]reises[ \u00a0]+\p{Lu}[\p{L}-]*)(?![\p{L}])/u;


/** IT words that name no one's service by themselves ("Server", "Systeme"): they need a place or a public publisher. */
export const GENERIC_IT = /^(?:Server\p{L}*|Systeme?|EDV|Software|Programme|Anwendungen|IT-Systeme?|IT-Infrastruktur|IT-Struktur|Internet|Intranet|Netzwerk\p{L}*|Computer\p{L}*|Rechner\p{L}*|IT|Technik|Daten\p{L}*|Richtfunk\p{L}*)$/u;

/** A condition inside an operational cue makes it a restriction ("können nach vorheriger Terminabsprache abgeholt werden"). */
export const CONDITION = /(?<![\p{L}])(?:nach vorheriger|nach Absprache|nach Terminabsprache|nach Terminvereinbarung|nach Vereinbarung|mit Termin|mit vorheriger|nur|ausschließlich)(?![\p{L}])/iu;

/** A building named after its place ("Rathaus Steglitz", "U-Bahnhof Rathaus Neukölln"), as a direction or a meeting point: no administration. */
export const BUILDING_NAME_AFTER = /^[ \u00a0]+\p{Lu}[\p{L}-]*(?:[ \u00a0]+(?:in|der|des|von)[ \u00a0]|[ \u00a0]*[.,;:]|[ \u00a0]+\p{Lu}|[ \u00a0]+(?:gesperrt|stattfinden|statt))/u;
export const BUILDING_CONTEXT_BEFORE = /(?<![\p{L}])(?:Richtung|Vorplatz|vor dem|vor das|am|Höhe|U-Bahnhof|S-Bahnhof|Haltestelle|Bereich)[ \u00a0]+$/iu;

/**
 * Words by which a sentence points back to the state the previous one gave ("Das betrifft ...", "Betroffen
 * sind ...", "Darunter auch ...", "Gleiches gilt für ...").
 */
export const BACK_REFERENCE = /^[„“"»]?(?:(?![Nn]icht|[Kk]aum|[Ww]enig|[Bb]esonders|[Ii]nsbesondere|[Ss]tark|[Mm]assiv|[Vv]or)[\p{L}]+[ \u00a0]+){0,2}?(?:(?:[Bb]etroffen|[Bb]etreffen)[ \u00a0]+(?:sind|ist|waren|war|seien|sei)|(?:[Dd]as|[Dd]ies)[ \u00a0]+(?:betrifft|betraf|betreffe)|[Dd]arunter|[Dd]azu[ \u00a0]+(?:gehören|gehörten)|[Zz]u[ \u00a0]+(?:diesen|ihnen)[ \u00a0]+(?:zählen|zählten|gehören|gehörten)|(?:Gleiches|Dasselbe|Das[ \u00a0]+gleiche|Dies|Das)[ \u00a0]+(?:gilt|galt|gelte)[ \u00a0]+(?:(?:insbesondere|vor[ \u00a0]+allem|besonders|zum[ \u00a0]+Beispiel|etwa|unter[ \u00a0]+anderem)[ \u00a0]+)?(?:auch|ebenso|ebenfalls|für)|(?:Ebenso|Ebenfalls|Auch)[ \u00a0]+betroffen)(?![\p{L}])|(?:betrifft|betraf)[ \u00a0]+(?:das|dies)(?![\p{L}])|^(?:Wie|Nach[ \u00a0]+Angaben|Laut)(?![\p{L}])[^,.;:!?]{0,80},[ \u00a0]*(?:sind|ist|waren|war|seien|sei)[ \u00a0](?:(?![Nn]icht|[Kk]aum|[Nn]ur)[^,;.!?]){1,100}?[ \u00a0]betroffen(?=[ \u00a0]*[.!]?[ \u00a0]*$)/gu;

/** A time of day that bounds a closing: part of the day ("bis 14 Uhr", "erst um 15 Uhr", "bereits um 13 Uhr"). */
export const PART_OF_DAY = /(?<![\p{L}])(?:schließt|schließen|schloss|schlossen)(?:[ \u00a0]+[\p{L}\p{N}.,-]+){0,6}[ \u00a0]+(?:früher|eher|vorzeitig)(?![\p{L}])|(?<![\p{L}])(?:(?:für[ \u00a0]+)?(?:(?:mindestens|maximal|höchstens|etwa|rund|ca\.)[ \u00a0]+)?(?:(?:gut|knapp|fast|über)[ \u00a0]+)?(?:mehrere|einige|wenige|ein[ \u00a0]+paar|anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs)(?:einhalb)?|\d(?:[,.]\d)?)[ \u00a0]+Stunden|stundenweise|[Vv]orzeitige[nr]?[ \u00a0]+Schließung|bis[ \u00a0]+in[ \u00a0]+den[ \u00a0]+(?:Vormittag|Mittag|Nachmittag|Abend)[ \u00a0]+hinein|zwischen[ \u00a0]+\d{1,2}(?:[.:]\d\d)?(?:[ \u00a0]+Uhr)?[ \u00a0]+und[ \u00a0]+\d{1,2}(?:[.:]\d\d)?[ \u00a0]+Uhr|stundenlang|zeitweise|zeitweilig|zwischenzeitlich|mehrfach|mehrmals|sporadisch|phasenweise|immer[ \u00a0]+wieder)(?![\p{L}])|(?<![\p{L}])(?:bis(?:[ \u00a0]+um)?|erst[ \u00a0]+(?:ab|um)|bereits[ \u00a0]+(?:ab|um)|schon[ \u00a0]+(?:ab|um)|ab|von|[Nn]ach)[ \u00a0]+(?:(?:zirka|circa|ca\.|etwa|gegen|rund)[ \u00a0]+)?\d{1,2}(?:[.:]\d\d)?[ \u00a0]+Uhr(?![\p{L}])|(?<![\p{L}])(?:vormittags|nachmittags|am[ \u00a0]+(?:Vormittag|Nachmittag)|den[ \u00a0]+(?:Vormittag|Nachmittag)[ \u00a0]+über|montags|dienstags|mittwochs|donnerstags|freitags|samstags|an[ \u00a0]+(?:den[ \u00a0]+)?(?:Montagen|Dienstagen|Mittwochen|Donnerstagen|Freitagen|Samstagen)|jeden[ \u00a0]+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?![ \u00a0]*,?[ \u00a0]*(?:den[ \u00a0]+)?\d))(?![\p{L}])/iu;

/**
 * A closing on the morning or afternoon of a weekday ("bleibt am Dienstagnachmittag geschlossen", "ist künftig am Mittwoch
 * und Freitagnachmittag geschlossen"): part of the day. Only with a closing word: "war am Dienstagnachmittag nicht
 * erreichbar" dates a failure, it does not shorten a day.
 */
export const CLOSED_WEEKDAY_PART = /(?<![\p{L}])(?:(?:am|jeden)[ \u00a0]+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag),?[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)[ \u00a0]*(?:vormittag|nachmittag)|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?:vormittags|nachmittags))(?![\p{L}])[^.;!?]*(?<![\p{L}])(?:geschlossen|schließt|schließen|zu)(?![\p{L}])/iu;

/** Words that make a closing last the whole day or several days. */
export const WHOLE_DAY = /(?<![\p{L}])(?:ganztägig|ganztags|den[ \u00a0]+ganzen[ \u00a0]+Tag|kompletten[ \u00a0]+Tag|bis[ \u00a0]+(?:einschließlich[ \u00a0]+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|\d{1,2}\.[ \u00a0]*(?:\d{1,2}\.|[\p{L}]+)))(?![\p{L}])/u;

/**
 * A condition, possibility or plan: what follows is not a state ("falls", "sofern", "soll ... werden", "könnte").
 * Every match must hold one of HYPOTHETICAL_WORDS (refiners/modality.ts), which gates it: keep the two in step.
 */
export const HYPOTHETICAL = /(?:^[\s,;:–\-„“"»«]*damit(?![\p{L}])(?![ \u00a0]+(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben|fällt|fallen|fiel|fielen|entfällt|entfallen|können|kann|konnte|konnten|steht|stehen|stand|standen|gibt|gab|geht|ging|hat|haben|hatte|hatten|wird|werden|wurde|wurden)(?![\p{L}]))|^[\s,;:–\-„“"»«]*(?:Welche|[Oo]b(?![ \u00a0]+(?:[\p{L}-]+,?[ \u00a0]+){1,6}(?:oder|und)(?:[ \u00a0]+[\p{L}-]+,|(?:[ \u00a0]+[\p{L}-]+){1,4}[ \u00a0]*[–—]))|Wann|Wie[ \u00a0]+lange|Inwieweit|Inwiefern|Wieweit)(?![\p{L}])|^[\s„“"»]*Ohne[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:Termin|Terminvereinbarung|Voranmeldung|Anmeldung|Nachweis|Maske|Test)\p{L}*(?![\p{L}])(?=[^,;.!?]*(?<![\p{L}])(?:kann|könne|können|könnten|darf|dürfen)(?![\p{L}]))|,[ \u00a0]*ob(?![\p{L}])(?![ \u00a0]+(?:[\p{L}-]+,?[ \u00a0]+){1,6}(?:oder|und)(?:[ \u00a0]+[\p{L}-]+,|(?:[ \u00a0]+[\p{L}-]+){1,4}[ \u00a0]*[–—]))|(?<![\p{L}])(?:(?:sucht|suchen|sucht[ \u00a0]+man)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,3}nach[ \u00a0]+(?:einem[ \u00a0]+Weg|einer[ \u00a0]+Lösung|Lösungen|Wegen)|empfiehlt|empfehlen|empfahl|rät|raten|riet|plante|planten|plant|planen|(?:überlegt|überlegen|überlegte|überlegten|erwägt|erwägen|erwog|erwogen|denkt|denken)(?:[ \u00a0]+[\p{L}-]+){0,2}[ \u00a0]*,[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){1,6}zu[ \u00a0]+\p{Ll}+|[Ff]alls|[Ss]ofern|[Ss]obald|(?:kann|können|könnte|könnten)(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+wiederhergestellt[ \u00a0]+werden|(?<!(?:und|oder)[ \u00a0]+)[Gg]egebenenfalls|(?:wäre|wären)(?:[ \u00a0]+[\p{L}]+){0,5}[ \u00a0]+(?:möglich|erreichbar|geöffnet|offen|verfügbar|nutzbar)|(?<!(?:und|oder)[ \u00a0]+)(?:[Ee]ventuell|[Mm]öglicherweise|[Ww]omöglich|[Vv]ielleicht)|[Uu]nter[ \u00a0]+Umständen|[Nn]ormalerweise|[Üü]blicherweise|[Gg]ewöhnlich|könnte|nicht[ \u00a0]+(?:auszuschließen|ausgeschlossen)|(?:hoffe|hoffen|hofft|hoffte|hofften|optimistisch|zuversichtlich|(?:arbeitet|arbeiten|arbeitete|arbeiteten)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,3}daran|(?:geht|gehen|ging|gingen)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}davon[ \u00a0]+aus|(?:rechnet|rechnen)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}damit)[ \u00a0]*,[ \u00a0]+(?:dass|daß)|[Ii]n[ \u00a0]+diesem[ \u00a0]+Fall|sollte|sollten|(?:kann|könne)[ \u00a0]+es[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,6}zu|[Ee]s[ \u00a0]+(?:kann|könne)[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,6}zu|(?:soll|sollen)(?:[ \u00a0]+[\p{L}-]+){0,6}[ \u00a0]+(?:eingerichtet|aufgebaut|geschaffen|umgestellt|eröffnet|ausgebaut|eingeführt)[ \u00a0]+werden|(?:soll|sollen)(?:[ \u00a0]+[\p{L}\p{N}.,-]+){0,8}[ \u00a0]+(?:möglich|verfügbar|erreichbar|geöffnet|buchbar|nutzbar|online)[ \u00a0]+sein)(?![\p{L}]))/u;

/** Words that make a sentence about being reached ("erreichbar", "zu erreichen", "Erreichbarkeit"). */
export const REACHABILITY = /(?<![\p{L}])(?:erreichbar|erreichen|erreicht(?=[ \u00a0]+werden)|Erreichbarkeit|unerreichbar|kontaktieren|kontaktiert|abgeschnitten|wenden)(?![\p{L}])/iu;

/** "nur" right before a channel ("nur telefonisch", "nur per E-Mail", "ausschließlich per Telefon"). */
export const CHANNEL_ONLY = /^(?:nur|ausschließlich|lediglich)[ \u00a0]+(?:noch[ \u00a0]+)?(?:(?:per|über|via)[ \u00a0]+)?(?:[\p{L}-]+(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|oder|sowie)[ \u00a0]+)(?:(?:per|über|via)[ \u00a0]+)?){0,3}$/iu;

/**
 * An administration word as the genitive attribute of a noun that is not a part of it ("Elektrohauptverteilung
 * der Stadtverwaltung", "Sicherheitsdienst des Landratsamtes"): the administration owns the thing, it is not
 * what the sentence says something about. Parts of it ("Teile der Stadtverwaltung", "Mitarbeiter des
 * Landratsamtes") still stand for it.
 */
export const ATTRIBUTE_OF_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}-]*[ \u00a0]+(?:der|des)(?:[ \u00a0]+\p{Lu}[\p{L}]+er)?[ \u00a0]+$/u;
export const PART_OF_ADMINISTRATION = /^(?:Teile?|Teilen|Betrieb|Dienstbetrieb|Dienstbetriebs|Geschäftsbetrieb|Einstellung|Wiederaufnahme|Öffnung|Wiedereröffnung|Arbeitsfähigkeit|Handlungsfähigkeit|Funktionsfähigkeit|Mitarbeiter\p{L}*|Beschäftigte\p{L}*|Abteilungen|Abteilung|Bereiche[n]?|Bereich|Fachbereiche?n?|Ämter[n]?|Dienststellen?|Außenstellen?|Standorte?n?|Öffnungszeiten|Sprechzeiten|Sprechstunden|Gebäude|Dienstgebäude|Verwaltungsgebäude|Räume|Büros|Erreichbarkeit|Dienstleistungen|Angebote|Services?|Einrichtungen|Einrichtung|Häuser|Dienststelle|Arbeit|Tätigkeit|Dienstbetrieb|Leistungen|Leistungsfähigkeit)$/u;

/** A part or many parts of an administration ("Teile der Stadtverwaltung", "viele Abteilungen der Kreisverwaltung"): what is closed is only part of it. */
export const PART_QUANTIFIER_BEFORE = /(?<![\p{L}])(?<!(?:[Aa]lle|[Aa]llen|[Ss]ämtliche|[Ss]ämtlichen)[ \u00a0]+)(?:Teile|Teilen|Teil|Bereiche|Abteilungen|Fachbereiche|Ämter|Dienststellen|Büros)[ \u00a0]+(?:der|des)[ \u00a0]+(?:\p{Lu}[\p{L}]+er[ \u00a0]+)?$/u;

/** An administration closed only for visitors ("für den Publikumsverkehr geschlossen") still works by phone and mail. */
export const VISITORS_ONLY = /(?<![\p{L}])für[ \u00a0]+(?:(?:den|die|jeden|jeglichen)[ \u00a0]+)?(?:(?:unangemeldeten|spontanen|regulären|allgemeinen|öffentlichen|persönlichen|gesamten)[ \u00a0]+)?(?:(?:Bürger|Kunden|Besucher|Besuchs)-[ \u00a0]+und[ \u00a0]+)?(?:Publikumsverkehr|Besucherverkehr|Kundenverkehr|Parteiverkehr|Bürgerverkehr|Besucher(?:innen[ \u00a0]+und[ \u00a0]+Besucher)?|Öffentlichkeit|Kundschaft|Bürgerinnen[ \u00a0]+und[ \u00a0]+Bürger|Kundinnen[ \u00a0]+und[ \u00a0]+Kunden|Bürger[*:_]innen|BürgerInnen|Kund[*:_]innen|KundInnen|Besucher[*:_]innen|BesucherInnen)(?![\p{L}])/u;

/** A channel named as the way to make an appointment ("nach vorheriger Vereinbarung per Telefon oder E-Mail"): no state of the channel. */
export const CHANNEL_FOR_ARRANGING = /(?:Vereinbarung|Anmeldung|Voranmeldung|Absprache|Terminvereinbarung|Terminabsprache|Kontaktaufnahme|Kontakt)[ \u00a0(]+(?:per|über|via)[^.]{0,30}$/u;

/** Between appointments and a named office: the appointments are the office's ("Termine im Bürgerbüro", "Termine für die Kfz-Zulassung"). */
export const APPOINTMENTS_OF_GAP = /^[ \u00a0]+(?:in[ \u00a0]+den[ \u00a0]+Bereichen|im[ \u00a0]+Bereich|in[ \u00a0]+den[ \u00a0]+Ämtern|im|beim|für[ \u00a0]+(?:die|das|den)|in[ \u00a0]+(?:der|den|dem|allen)(?:[ \u00a0]+[\p{Ll}\p{N}]+)?|bei[ \u00a0]+(?:der|dem|den)|der|des|mit[ \u00a0]+(?:dem|der))[ \u00a0]+$/u;

/** Words before a place that name where a building stands, not who runs it ("an den Standorten", "Außenstelle in"). */
export const LOCATION_BEFORE = /(?<![\p{L}])(?:(?:Nachbar|Nachbarstadt|Nachbargemeinde|Nachbarkommune)[ \u00a0]+(?:von|zu)|[Nn]ahe|unweit[ \u00a0]+von|in[ \u00a0]+der[ \u00a0]+Nähe[ \u00a0]+von|(?:Standort|Standorten|Standorte|Regionalstandort|Außenstelle|Außenstellen|Nebenstelle|Dienstsitz|Sitz|Gebäude|Gebäuden|Dienstgebäuden|Verwaltungsgebäuden|Liegenschaft|Liegenschaften|Räumen|Räumlichkeiten)(?:[ \u00a0]+(?:in|im|von))?|(?:Kreishaus|Kreishäuser|Landratsamt|Landratsamtes|Kreisverwaltung|Kreisverwaltungen)[ \u00a0]+in)[ \u00a0]+$/u;

/** Words for a Kreis's own authority: in their sentence, the Kreis runs what is said. */
export const KREIS_BODY = /(?<![\p{L}])(?:Landratsamt\p{L}*|Landratsämter|Kreisverwaltung\p{L}*|Kreishaus\p{L}*|Kreisbehörde\p{L}*|Landkreisverwaltung)(?![\p{L}])/u;

/**
 * Advice on where to go instead ("Den Kunden steht auch der Service der Bürgerbüros in A, B und C zur
 * Verfügung", "wird empfohlen, das Bürgerbüro in X zu nutzen"): a pointer to alternatives, no statement about
 * the alternatives' own state (annotation guide §4: a pointer is no impact).
 */
export const ADVICE = /(?:^[ \u00a0]*(?:[\p{L}]+[ \u00a0]+)?(?:Den|Allen)?[ \u00a0]*(?:Kunden|Kundinnen|Bürgern|Bürgerinnen(?![ \u00a0]+und[ \u00a0]+Bürger(?![\p{L}]))|Besuchern|Besucherinnen|Antragstellern|Antragstellerinnen)(?![\p{L}])|(?<![\p{L}])(?:ausweichen|stattdessen|alternativ\p{L}*|empfohlen|empfiehlt|empfehlen|möglichst|sollten|gebeten))/u;

/** IT named as what is being changed or maintained ("Umstellung von EDV-Systemen", "für das Update der Software"): the cause of a state, not a state. */
export const IT_WORK_BEFORE = /(?<![\p{L}])(?:Umstellung|Softwareumstellung|Systemumstellung|Update|Updates|Wartung|Wartungsarbeiten|Aktualisierung|Einführung|Erneuerung|Migration|Austausch|Umzug)(?:[ \u00a0]+(?:des|der|von|am|an[ \u00a0]+(?:der|den|dem)))?(?:[ \u00a0]+[\p{L}-]+)?[ \u00a0]+$/u;

/** A clause about parts ("große Teile der Verwaltungsgebäude", "an einigen Standorten", "Spätsprechstunden"): an outage there is partial. */
export const PARTIAL_CLAUSE = /(?<![\p{L}])(?:(?:[Ee]in|[Ee]inen)[ \u00a0]+(?:(?:erheblicher|erheblichen|großer|großen|kleiner|kleinen|guter|guten|beträchtlicher|beträchtlichen)[ \u00a0]+)?Teil[ \u00a0]+(?:der|des)(?![ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Bürger|Kunden|Einwohner|Besucher|Menschen|Bevölkerung|Anrufer|Nutzer))|(?:\d+|eine[rsm]?|zwei|drei|vier|fünf)[ \u00a0]+von[ \u00a0]+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?=[ \u00a0]+\p{L})|(?:alle[ \u00a0]+)?(?:anderen|übrigen|weiteren|sonstigen)[ \u00a0]+(?:Dienstleistungen|Leistungen|Angebote|Anliegen|Aufgaben|Tätigkeiten|Arbeiten|Sachbearbeitung)|jede[ \u00a0]+(?:andere|weitere|sonstige)[ \u00a0]+(?:Sachbearbeitung|Dienstleistung|Leistung|Bearbeitung)|(?:Spät|Abend|Nachmittags)[Ss]prechstunden?|(?:Spät|Abend|Nachmittags)[Ss]prechzeiten|große[nr]?[ \u00a0]+Teile|weite[nr]?[ \u00a0]+Teile|vielfach|teils(?![ \u00a0]*(?:-|und))|nicht[ \u00a0]+(?:alle|sämtliche)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Telefone|Telefonanschlüsse|Rufnummern|Anschlüsse|Leitungen|Fachverfahren|Programme|Systeme|Rechner|Computer|Arbeitsplätze|Server|Dienste|Dienstleistungen|Leistungen|Bereiche|Standorte|Ämter|Abteilungen)|einzelne[nr]?[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Telefone|Telefonanschlüsse|Rufnummern|Anschlüsse|Leitungen|Fachverfahren|Programme|Systeme|Rechner|Computer|Arbeitsplätze|Server|Dienste|Dienstleistungen|Leistungen|Bereiche|Standorte|Ämter|Abteilungen|Fachbereiche)|die[ \u00a0]+meisten|großteils|in[ \u00a0]+weiten[ \u00a0]+Teilen|Teile[nr]?[ \u00a0]+(?:der|des|davon|hiervon)|an[ \u00a0]+einigen[ \u00a0]+Standorten|einige[nr]?[ \u00a0]+(?:Bereiche|Abteilungen|Ämter|Standorte|Büros)|\d+[ \u00a0]*(?:%|Prozent)[ \u00a0]+(?:der|aller)[ \u00a0]+(?:Mitarbeite\p{L}*|Beschäftigten|Belegschaft|Personals)|(?<!(?:alle[nr]?|sämtliche[nr]?|inklusive|einschließlich|samt|mitsamt|und|sowie|seine[rn]?|ihre[rn]?)[ \u00a0]+(?:(?:die|der|den|seine[rn]?|ihre[rn]?)[ \u00a0]+)?)(?<!-)Außenstellen)(?![\p{L}])/iu;

/** A restoration of part only: "in Teilbereichen wieder", "teilweise wieder", "wieder eingeschränkt". */
export const PARTIAL_RESTORATION = /(?<![\p{L}])(?:(?:in[ \u00a0]+Teilbereichen|teilweise|zum[ \u00a0]+Teil|in[ \u00a0]+Teilen|eingeschränkt|mit[ \u00a0]+(?:einigen[ \u00a0]+)?Einschränkungen)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}wieder|wieder[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}(?:teilweise|eingeschränkt|in[ \u00a0]+Teilbereichen|in[ \u00a0]+Teilen)|wieder(?:[ \u00a0]+[^.!?;]{0,120})?[ \u00a0]+in[ \u00a0]+(?:begrenztem|eingeschränktem|reduziertem|geringem)[ \u00a0]+Umfang)(?![\p{L}])/iu;

/** The pluperfect passive: "war … möglich gemacht worden", "waren … wieder geöffnet worden". */
export const PLUPERFECT_PASSIVE = /(?<![\p{L}])(?:war|waren)(?:[ \u00a0]+[\p{L}\p{N}.-]+){1,14}[ \u00a0]+worden(?![\p{L}])/u;

/** A clause that only restricts the one before it: "– aber sehr eingeschränkt", ", allerdings nur teilweise", "– Einschränkungen bleiben". */
export const RESTRICTED_AFTER = /^[ \u00a0]*[,–—-]?[ \u00a0]*(?:(?:lediglich|nur|allerdings|aber|jedoch)[ \u00a0]+(?:telefonisch|per[ \u00a0]+E-?Mail|per[ \u00a0]+Telefon|online)[ \u00a0]+(?:nicht|kaum|nur[ \u00a0]+eingeschränkt)[ \u00a0]+(?:zu[ \u00a0]+)?(?:erreichbar|erreichen)|(?:(?:aber|jedoch|allerdings)[ \u00a0]+)?(?:(?:die|einige|manche)[ \u00a0]+)?Einschränkungen[ \u00a0]+(?:bleiben|bestehen)(?:[ \u00a0]+(?:weiter|weiterhin|noch))?|(?:aber|jedoch|allerdings|wenn auch|doch)[ \u00a0]+(?:(?:nur|noch|sehr|stark|deutlich|erheblich|weiterhin|nach[ \u00a0]+wie[ \u00a0]+vor|immer[ \u00a0]+noch)[ \u00a0]+){0,2}(?:eingeschränkt|teilweise|mit[ \u00a0]+(?:einigen[ \u00a0]+|deutlichen[ \u00a0]+|großen[ \u00a0]+)?Einschränkungen|in[ \u00a0]+Teilen|langsam|rudimentär|provisorisch))(?![\p{L}])[ \u00a0]*(?:[.!)]|$)/iu;

/** A qualifier right before an outage word that makes it partial ("vereinzelt Störungen", "kurzzeitig ausgefallen"). */
export const PARTIAL_QUALIFIER_BEFORE = /(?<![\p{L}])(?:immer[ \u00a0]+wieder|zum[ \u00a0]+Teil|stellenweise|nahezu|fast|beinahe|so[ \u00a0]+gut[ \u00a0]+wie|praktisch|quasi|größtenteils|überwiegend|weitgehend|weitestgehend|vereinzelt|vereinzelte[nr]?|teilweise|zeitweise|zeitweilig|kurzzeitig|kurzzeitige[nr]?|kleinere[nr]?|einzelne[nr]?|leichte[nr]?|punktuelle[nr]?|sporadisch|sporadische[nr]?)(?:[ \u00a0]+[\p{L}-]+)?[ \u00a0]+$/iu;

/** A service named as one branch of it ("Stadtteilbücherei", "Zweigbibliothek", "Außenstelle", "Stadtteilbüro"). */
export const BRANCH_NAME = /^(?:(?:Stadtteil|Zweig|Neben|Außen)(?:bücherei|bibliothek|stelle)|Stadtteilbüro|Stadtteilamt|Stadtteilämter|Ortsamt|Ortsämter|[\p{L}-]*[Ff]iliale(?![\p{L}]))/u;

/** "kann es … zu Verzögerungen kommen", "Es könnte … zu Ausfällen kommen": a possible event, not a state. */
export const POSSIBLE_EVENT = /(?<![\p{L}])(?:(?:kann|könne|könnte|können)[ \u00a0]+es|[Ee]s[ \u00a0]+(?:kann|könne|könnte))(?:[ \u00a0]+[\p{L}\p{N}.-]+){0,8}[ \u00a0]+zu[ \u00a0]+[^.;!?]*?[ \u00a0]kommen(?![\p{L}])/u;

/** Words of a wish, hope or expectation before "dass": what the "dass" clause says is not (yet) a state. */
export const WISHED_THAT = /(?<![\p{L}])(?:daran[ \u00a0]+(?:zu[ \u00a0]+)?(?:arbeiten|arbeitet|gearbeitet)|(?:arbeitet|arbeiten|arbeitete|arbeiteten)(?:[ \u00a0]+[\p{L}]+){0,3}[ \u00a0]+daran|hoffe|hoffen|hofft|hoffte|hofften|optimistisch|zuversichtlich|davon[ \u00a0]+aus)[ \u00a0]*,[ \u00a0]+(?:dass|daß)(?![\p{L}])/u;

/** Status words that say only that something is wrong ("betroffen", "Probleme"), not with what. */
export const VAGUE_TROUBLE = /^(?:[Bb]etroffen|[Bb]etreffen|[Pp]robleme?n?)$/u;

/** "zur Verfügung" as someone offered for calls or questions. */
export const PROVIDED_TO_CALL = /(?<![\p{L}])zur[ \u00a0]+Verfügung(?![\p{L}])/u;
/** A contact offered in words: "für (Rück)fragen", "unter der (Ruf)nummer", "unter folgender Nummer". */
export const CONTACT_OFFERED = /(?<![\p{L}])(?:[Ff]ür[ \u00a0]+(?:Rückfragen|Fragen|Auskünfte)|unter[ \u00a0]+(?:der|den|folgender|folgenden)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:Nummer|Nummern|Rufnummer|Rufnummern|Telefonnummer|Telefonnummern|Servicenummer|Adresse))(?![\p{L}])/u;
/** A window of clock time: "von 8 bis 16 Uhr", "8 bis 18 Uhr", "von 7:30 bis 14 Uhr", "von 10 bis 13 Uhr". */
export const CLOCK_WINDOW = /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?[ \u00a0]*(?:Uhr[ \u00a0]*)?(?:bis|-|–)[ \u00a0]*\d{1,2}(?:[:.]\d{2})?[ \u00a0]*Uhr(?![\p{L}])/u;
/** Words that say opening hours are the usual ones. */
export const AS_USUAL = /(?<![\p{L}])(?:wie[ \u00a0]+(?:gewohnt|üblich|immer|bisher)|gewohnte[nrm]?|üblichen|regulär\p{L}*|normal\p{L}*|uneingeschränkt)(?![\p{L}])/iu;

/** A closing in the pluperfect: "hatte … geschlossen", "hatten … lahmgelegt". */
export const PLUPERFECT_CLOSED = /(?<![\p{L}])(?:hatte|hatten)(?:[ \u00a0]+[\p{L}\p{N}.,-]+){0,8}[ \u00a0]+(?:geschlossen|lahmgelegt|heruntergefahren|stillgelegt|abgeschaltet)(?![\p{L}])/u;
/** The usual closing: "ohnehin geschlossen", "turnusmäßig geschlossen" ("regulär" also means "as planned for the holidays"). */
// "Dass das Rathaus gerne mal an Brückentagen schließt": a habit, told as background, is no state either.
/** Two clock windows or more in one statement: an opening-hours table ("Montag bis Donnerstag: 7.30 Uhr bis 12.30 Uhr, … Mittwoch: ab 12.30 Uhr geschlossen"). */
export const OPENING_HOURS_TABLE = /\d{1,2}(?:[.:]\d\d)?[ \u00a0]*(?:Uhr[ \u00a0]*)?(?:bis|-|–)[ \u00a0]*\d{1,2}(?:[.:]\d\d)?[ \u00a0]*Uhr[^]*?\d{1,2}(?:[.:]\d\d)?[ \u00a0]*(?:Uhr[ \u00a0]*)?(?:bis|-|–)[ \u00a0]*\d{1,2}(?:[.:]\d\d)?[ \u00a0]*Uhr/u;
export const REGULARLY_CLOSED = /(?<![\p{L}])(?:(?:ohnehin|sowieso|turnusmäßig)(?:[ \u00a0]+[\p{L}\p{N}.,-]+){0,3}[ \u00a0]+geschlossen|(?:gerne?[ \u00a0]+mal|gewöhnlich|üblicherweise|normalerweise|traditionell|alljährlich|jedes[ \u00a0]+Jahr)(?:[ \u00a0]+[\p{L}\p{N}.,-]+){0,4}[ \u00a0]+(?:geschlossen|schließt|schließen|zu))(?![\p{L}])/u;

/**
 * A sentence that explains a kind of attack ("eine sogenannte DDoS-Attacke: Die Server werden dabei mit Anfragen
 * überschwemmt", "Bei diesen Angriffen werden die Zielseiten … überlastet"): what such attacks do, not a state.
 */
export const ATTACK_EXPLAINED = /(?:(?<![\p{L}])(?:sogenannte[nrs]?|so[ \u00a0]+genannte[nrs]?)[ \u00a0„"“»]*(?:DDoS|D-?Dos|DoS|Ransomware|Phishing|Denial)|(?<![\p{L}])[Bb]ei[ \u00a0]+(?:diesen|solchen|einer[ \u00a0]+solchen|einem[ \u00a0]+solchen)[ \u00a0]+(?:Angriffen|Attacken|Angriff|Attacke)|,[ \u00a0]+also[ \u00a0]+eine[ \u00a0]+gezielte)/u;

/** A sentence opening with a clause of "bis" and its own subject ("Bis die Reparatur abgeschlossen ist, …"), up to its comma. */
export const UNTIL_CLAUSE = /^[\s„"»]*Bis[ \u00a0]+(?:die|der|das|alle|sämtliche|diese|dieser|dieses)[ \u00a0][^,;.!?]*,/u;


/** An exception for urgent cases: "in dringenden Fällen", "für sehr dringende Fälle", "in Notfällen", "ausnahmsweise". */
export const EXCEPTION_FOR_URGENT = /(?<![\p{L}])(?:in[ \u00a0]+(?:sehr[ \u00a0]+)?dringenden[ \u00a0]+(?:Ausnahme)?[Ff]ällen|für[ \u00a0]+(?:sehr[ \u00a0]+)?dringende[ \u00a0]+Fälle|in[ \u00a0]+(?:dringenden[ \u00a0]+)?Notfällen|ausnahmsweise)(?![\p{L}])/u;

/** Words that say a working state holds on or has come back ("weiterhin", "wieder", "nach wie vor", "jederzeit"). */
export const STILL_OR_AGAIN = /(?<![\p{L}])(?:weiterhin|wieder|nach wie vor|weiter|jederzeit)(?![\p{L}])/iu;
/** An open state written as such ("geöffnet", "offen"). */
export const OPEN_WORD = /geöffnet|offen/u;
