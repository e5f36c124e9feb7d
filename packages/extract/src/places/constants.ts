/**
 * Vocabulary for finding municipalities and districts: the words around a name that make it a place,
 * that make it something else, and the names that need such evidence.
 */

/** Confidence of a municipality mention by the evidence found. */
export const CONFIDENCE = {
  strong: 0.95,
  plain: 0.9,
  weak: 0.75,
  inflected: 0.8,
} as const;

/**
 * Strong evidence before a name: the text names it as a municipality or its administration.
 * Matched against the text just before the name (so it ends with whitespace).
 */
export const STRONG_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:Stadt|Gemeinde|Markt|Marktgemeinde|Ortsgemeinde|Stadtverwaltung|Gemeindeverwaltung|Hansestadt|Universitätsstadt|'
  + 'Kreisstadt|Landeshauptstadt|Bundesstadt|Kommune|Stadtgebiet|Rathaus|Verwaltung der Stadt|Verwaltung der Gemeinde|'
  + 'Bürgermeisterin von|Bürgermeister von|Oberbürgermeisterin von|Oberbürgermeister von|Stadtverwaltungen von|Stadtverwaltungen|'
  + 'Städte|Städten|Gemeinden|Kommunen|Standort|Standorte|Standorten|Regionalstandort|Regionalstandorte)[ \\u00a0]+$', 'u',
);

/** Weak evidence before a name: a preposition of place ("in Lünen", "aus Werne", "im Bereich Bünde"). */
export const WEAK_BEFORE = /(?<![\p{L}])(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Vv]on|[Zz]wischen|[Üü]ber|[Aa]b|[Nn]ahe|Raum|Großraum|Bereich|Umgebung von|(?:[Ii]m|[Ii]n|[Aa]us|[Nn]ach|[Bb]ei)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*(?:ischen|ischer)|benachbarten|nahen|nahegelegenen|angrenzenden|nördlichen|südlichen|östlichen|westlichen))[ \u00a0]+$/u;

/** A news-agency dateline after a name at the start of a line: "Olpe (ots)", "Berlin (dpa)". */
export const AGENCY_DATELINE_AFTER = /^[ \u00a0]*\((?:ots|dpa|lnw|AFP|afp|epd|KNA|red|pm)\)/u;

/** Text right after a name at the start of a paragraph that makes it a dateline: "Werne. Der ...", "Kabelsketal – Dem ...". */
export const DATELINE_AFTER = /^(?:[ \u00a0]*\((?:ots|dpa|lnw|AFP|afp|epd|KNA|red|pm)\)|[ \u00a0]*\/|[ \u00a0]+[–-][ \u00a0]|\.[ \u00a0]+\p{Lu}|,[ \u00a0]+(?:den[ \u00a0]+)?\d{1,2}\.|:[ \u00a0]|[ \u00a0]*$)/u;

/** Text after a name at the start of a line that hints at a place line ("Steinbach, Hessenring, Freitag"). */
export const LINE_START_COMMA = /^,[ \u00a0]+\p{Lu}/u;

/** Multi-part state names: their parts ("Schleswig", "Sachsen") are not places there. */
export const STATE_BLOCK = /(?<![\p{L}])(?:Schleswig-Holstein|Sachsen-Anhalt|Baden-Württemberg|Mecklenburg[- ]Vorpommern|Rheinland-Pfalz|Nordrhein-Westfalen|Niedersachsen|Thüringen|Saarland|Hessen|Bayern|Freistaat Sachsen|Land Brandenburg|Land Berlin)s?(?![\p{L}])/gu;

/** List continuation before a name: the evidence of the previous item carries over ("in Kreuztal und Neunkirchen"). */
export const LIST_BEFORE = /^[ \u00a0]*(?:,|und|sowie|oder|bzw\.|\/)[ \u00a0]*$/u;

/** Words before a name that make it a direction, a person, a team or a state, not a place mention. */
export const EXCLUDE_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:Richtung|Fahrtrichtung|Rtg\\.|gegen|Herr|Herrn|Frau|Dr\\.|Prof\\.|Familie|'
  + '(?:FC|SC|SV|TSV|VfL|VfB|SpVgg|TuS|SG|BSG|MSV|FSV|SSV|TSG|VfR|KFC|SpVg)(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}]+)?|Borussia|Fortuna|Eintracht|Bayer|Alemannia|Preußen|Arminia|Schalke|Rot-Weiss|Rot-Weiß|Dynamo|Hansa|Energie|Kickers|Werder|Hertha|'
  + 'Holstein|Wehen|Viktoria|Union|Westfalia|Germania|Teutonia|Concordia|Sportfreunde|'
  + 'RB|Rasenballsport|Marke|Modell|Typ|Hotel|Haus|Revierbereich|Restaurant|Gaststätte|Firma|Punkte?[ \\u00a0]+in|Punkten[ \\u00a0]+in|\\p{L}*[Rr]egister[ \\u00a0]+in|'
  + 'Land|Bundesland|Freistaat|Länder|Bundesländer|Kreis|Landkreis|Kreises|Landkreises|du|de|la|le|'
  + 'Ortsteil|Ortsteils|Stadtteil|Stadtteils|Ortslage|Ortsteilen|Stadtteilen|Ortsverwaltung|Ortschaftsverwaltung|Ortsamt|Bezirksamt|Gemeindesekretariat|Amt|Amtes|Amts|'
  + 'Ortsvorsteher|Ortsvorsteherin|Ortsbeirat|Ortschaftsrat|Ortsbürgermeister|Ortsbürgermeisterin|Stadtbezirk|Stadtbezirks|Ortsbezirk|Groß|Klein|Alt|Neu|Nieder|Ober|Unter|Hohen|Sankt|St\\.|'
  + 'Zubringer|Anschlussstelle|Anschlussstellen|Autobahndreieck|Autobahnkreuz|Dreieck|Kreuz|Abfahrt|Ausfahrt|Höhe|'
  // A newspaper's slogan and section ("Ihre Zeitung aus Lübeck", "Lokales Lauenburg"): the paper's home, not where something happens.
  + '(?:Zeitung|Heimatzeitung|Tageszeitung|Lokalzeitung|Nachrichten|\\p{L}*[Mm]agazin|Nachrichtenportal)[ \\u00a0]+(?:aus|für)|Lokales|Lokalnachrichten|'
  // A street named after a town ("in der Straße Neumarkt"), a broadcaster's studio ("aus dem Studio Hannover").
  + 'Straße|Gasse|Studio|'
  // A newsroom ("Autor: Redaktion Cottbus") and a metropolitan region ("Metropolregion Hamburg") are no town.
  + 'Redaktion|Lokalredaktion|Metropolregion|'
  // A news site's login link before its section label ("Anmelden Lauenburg").
  + 'Anmelden)[ \\u00a0]+$', 'u',
);

/**
 * Text after a name that makes it a common noun for names that are also words: "in Mengen von", "Essen und
 * Trinken".
 */
export const NOUN_AFTER = /^[ \u00a0]+(?:von|an|und[ \u00a0]+Trinken|oder[ \u00a0]+Trinken|zu[ \u00a0]+sich)(?![\p{L}])/u;

/** Names that are also numbered buildings ("in Halle 3" of a fair): a number right after makes them the building. */
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set(['Halle']);
export const NUMBER_AFTER = /^[ \u00a0]+\d{1,3}(?![\d.,])/u;


/**
 * Street names built with a capitalized preposition ("Straße Am Fichtenberg", "An der Neumark") and station
 * names ("U-Bahnhof Kienberg"): the name after them is not a place mention. The preposition must follow a
 * lower-case word or a comma, so a sentence starting "Am ..." is not taken for a street.
 */
export const STREET_BEFORE = /(?:(?<=[\p{Ll},][ \u00a0]|(?:Straße|Str\.|Weg)[ \u00a0])(?:Am|An der|An den|Auf dem|Auf der|Im|Zum|Zur|Hinter dem|Hinter der|Unter den|Vor dem)|(?:U-Bahnhof(?:e?s)?|S-Bahnhof(?:e?s)?|U-Bhf\.|S-Bhf\.|U-Bahn-Station|S-Bahn-Station|Haltestelle|Kantonspolizei|Kantonalpolizei|Kanton))[ \u00a0]+$/u;

/** Text after a name that makes it part of a street, a party label or a team. */
export const EXCLUDE_AFTER = /^(?:[ \u00a0-]?(?:Straße|Strasse|Str\.|Weg|Allee|Chaussee|Damm|Ufer|Gasse|Pfad|Steig)(?![\p{L}])|[ \u00a0]+[–-][ \u00a0]+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse)(?![\p{L}])|(?:-[\p{L}\p{M}]+)*-(?:[\p{L}\p{M}]*(?:straße|weg|steig|allee|platz|ring|damm|ufer|gasse|chaussee|pfad|brücke|halle|schule|stadion|park|haus|zentrum|center)|Straße|Weg|Steig|Allee|Platz|Ring|Damm|Ufer|Gasse|Chaussee|Pfad|Brücke|Center|Zentrum|Park|Arena|Halle|Markt|Stadion|Tunnel|Express|Marathon|Bahn|Galerie|Passage|Kaserne|Klinik|Schule|Gymnasium|Kirche|Gefäß\p{L}*|Röhrchen|Becher)(?![\p{L}])|[ \u00a0]*\((?:SPD|CDU|CSU|FDP|Grüne|Die Linke|AfD|BSW|parteilos)\)|[ \u00a0]+\d{2}(?![\d.])|:[ \u00a0]*(?:Tel\.|Telefon)?[ \u00a0]*(?:\+49|0)[\d /()-]{4,})/u;

/** Organisations whose name contains a place; the place is not mentioned as a place ("Feuerwehren Olpe und Attendorn"). */
export const ORGANISATION_BLOCK = new RegExp(
  '(?<![\\p{L}])(?:Feuerwehr|Feuerwehren|Berufsfeuerwehr|Wasserrettung|DLRG|Sparkasse|Volksbank|Klinikum|Universität|Hochschule|'
  + 'Bistum|Erzbistum|Landesfunkhaus|Verkehrsverbund|Verkehrsbetriebe|Jobcenter|Zollfahndungsamt|Zollfahndungsämter|Hauptzollamt|Hauptzollämter|'
  + 'Bundespolizeiinspektion|Bundespolizeidirektion|Bundespolizei|Justizvollzugsanstalt|JVA|Bereitschaftsgericht|Polizeidirektionen|'
  + 'Polizeipräsidien|Polizeiinspektionen|Staatsanwaltschaften|Kreispolizeibehörden|Amtsgerichte|Landgerichte)'
  // Joint units are written with a slash: "Polizeiinspektionen Aurich/Wittmund und Wilhelmshaven/Friesland".
  + '(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:\\/\\p{Lu}[\\p{L}\\p{M}.\\-]*)?(?:[ \\u00a0]+\\([\\p{L}. ]{1,15}\\))?)'
  + '(?:[ \\u00a0]*(?:,|und|sowie)[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:\\/\\p{Lu}[\\p{L}\\p{M}.\\-]*)?(?:[ \\u00a0]+\\([\\p{L}. ]{1,15}\\))?)*', 'gu',
);

/**
 * Nouns after an inflected name that make it the municipality: "Werner Stadtverwaltung", "Lünens
 * Bürgermeister". Demonyms without them ("ein Mendener") and streets ("Hammer Straße") stay out.
 */
export const ADMIN_NOUNS: ReadonlySet<string> = new Set([
  'Stadtverwaltung', 'Verwaltung', 'Rathaus', 'Oberbürgermeister', 'Oberbürgermeisterin', 'Bürgermeister', 'Bürgermeisterin', 'Bürgerbüro',
  'Bürgeramt', 'Standesamt', 'Stadtrat', 'Gemeinderat', 'Innenstadt', 'Altstadt', 'Stadtgebiet', 'Stadtteil', 'Ortsteil', 'Stadtmitte', 'Zentrum',
  'Norden', 'Süden', 'Osten', 'Westen', 'Kämmerer', 'Ordnungsamt', 'Stadtbücherei', 'Stadtbibliothek', 'Ausländerbehörde',
  'Bürgerinnen', 'Bürger', 'Homepage', 'Website', 'Internetseite', 'Ratsportal', 'Stadtkasse', 'Feuerwehr', 'Bürgerservice',
  'Einrichtung', 'Einrichtungen', 'Kundenzentrum', 'Kundenzentren', 'Bürgerbüros', 'Stadtbüchereien',
  'Bürgerämter', 'Bürgerämtern', 'Verwaltungen', 'Stadtverwaltungen', 'Rathäuser', 'Ämter', 'Ämtern', 'Behörden', 'Kultureinrichtungen',
  'Internetauftritt', 'Onlineauftritt', 'Webseite', 'Zulassungsstelle', 'Führerscheinstelle', 'Bibliothek', 'Verwaltungsgebäude',
  'Bezirksamt', 'Bezirksämter', 'Bezirksämtern',
  'Straßenverkehrsamt', 'Straßenverkehrsamtes', 'Kfz-Zulassungsstelle', 'Einwohnermeldeamt', 'Meldeamt', 'Sozialamt', 'Jugendamt',
  'Gesundheitsamt', 'Bauamt', 'Stadthaus', 'Rathauses', 'Bürgercenter', 'Bürgerservicezentrum', 'Dienststellen', 'Telefonanlage',
  // The town's own facilities: "Das Zweibrücker Hallenbad musste schließen".
  'Hallenbad', 'Freibad', 'Schwimmbad', 'Stadtbad', 'Stadtarchiv', 'Musikschule', 'Volkshochschule', 'Bauhof', 'Wertstoffhof', 'Stadtwerke',
  // Bremen's and Bremerhaven's citizens' office.
  'Stadtamt',
  // "die Isernhagener Gemeindebücherei", "die Essener Zentralbibliothek", "in den Baunataler Stadtteilen", "das Akener Stadtfest".
  'Gemeindeverwaltung', 'Gemeindebücherei', 'Bücherei', 'Zentralbibliothek', 'Stadtteilbibliothek', 'Staatsbibliothek', 'Landesbibliothek', 'Stadtteile', 'Stadtteilen', 'Ortsteile',
  'Ortsteilen', 'Stadtfest', 'Außenstelle', 'Außenstellen',
  // "Die Neustädter Amtsverwaltung", "das Wolfacher Bürgermeisteramt" (Baden-Württemberg's town administration).
  'Amtsverwaltung', 'Bürgermeisteramt', 'Samtgemeindeverwaltung', 'Verbandsgemeindeverwaltung',
  // "Die Leipziger Städtischen Bibliotheken": the town's own institutions.
  'Städtische', 'Städtischen', 'Städtisches',
]);

/** German Länder; a municipality name listed among them is the state ("Berlin, Brandenburg, Bremen"). */
export const STATE_NAMES: ReadonlySet<string> = new Set([
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern',
  'Mecklenburg Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'NRW', 'Rheinland-Pfalz', 'Saarland', 'Sachsen',
  'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
]);

/**
 * Names that need strong evidence ("Stadt X", "Gemeinde X", a dateline, "Xer Stadtverwaltung"): they are
 * everyday words or phrases ("in Brand", "zu Boden", "in Besitz"), so a preposition proves nothing.
 * Derived from names of municipalities that occur as ordinary words in thousands of police releases.
 */
export const STRONG_ONLY: ReadonlySet<string> = new Set([
  'Brand', 'Boden', 'Besitz', 'Schutz', 'Drogen', 'Stelle', 'Ohne', 'Hatten', 'Waren', 'Müssen', 'Acht', 'Gingen',
  'Fahren', 'Kommen', 'Wenden', 'Weil', 'Sinn', 'Reich', 'Lage', 'Rot', 'Welt', 'Mauer', 'Mauern', 'Norden', 'Osten',
  'Nahe', 'Schuld', 'Ernst', 'Karl', 'Rosa', 'Linden', 'Buch', 'Wehr', 'Bruch', 'Stein', 'Steinen', 'Bogen', 'Haar',
  'Eichen', 'Korb', 'Wald', 'Winkel', 'Wissen', 'Graben', 'Brunnen', 'Nebel', 'Heide', 'Spalt', 'Puls', 'Weste',
  'Zimmern', 'Regen', 'Saal', 'Floß', 'Binnen', 'Dingen', 'Brücken', 'Sand', 'Mantel', 'Schwarzen', 'Lauf', 'Meine',
  'Lauben', 'Wiesen', 'Körner', 'Grube', 'Ringe', 'Riegel', 'Rohr', 'Fell', 'Hütten', 'Berge', 'Anger', 'Kuchen',
  'Lachen', 'March', 'Bescheid', 'Fisch', 'Haag', 'Laufen', 'Schwarz', 'Gleichen', 'Halbe', 'Lauter', 'Brechen',
  'Engen', 'Wirft', 'Gering', 'Einig', 'Train', 'Much', 'Platten', 'Höchst', 'Plate', 'Brake', 'Horn', 'Weisen',
  'Feucht', 'Machern', 'Grub', 'Treuen', 'Holt', 'Glatten', 'Breit', 'Bunde', 'Benz', 'Klink', 'Tann', 'Rain', 'Au',
  'Brandenburg', 'Alf', 'Senden', 'Kirchen', 'Zell', 'Stetten', 'Dorf', 'Insel', 'Wiese', 'Hausen', 'Mark', 'Ohr',
  'Buchen', 'Hammer', 'Häusern', 'Rosengarten', 'Sonnen', 'Stößen', 'Werben', 'Krempe', 'Sorge', 'Ecke', 'Hütte', 'Sandberg',
  'Weiler', 'Moos', 'Loh', 'Holz', 'Feld', 'Tal', 'Aue',
  // Villages named like foreign cities: "ein Aufenthalt in Rom", "die Festspiele in Salzburg".
  'Rom', 'Salzburg',
]);

/**
 * Names that need at least a preposition of place ("in Hamm", "nach Siegen"): municipalities whose names are
 * also first names, surnames or words, but that releases mostly use as places.
 */
export const NEEDS_CONTEXT: ReadonlySet<string> = new Set([
  'Halle', 'Hamm', 'Siegen', 'Hagen', 'Marl', 'Werne', 'Selm', 'Ahlen', 'Laer', 'Wetter', 'Berg', 'Mengen', 'Kamen',
  'Leer', 'Singen', 'Gießen', 'Lohne', 'Forst', 'Langen', 'Bad', 'Bünde', 'Enger', 'Essen', 'Hof', 'Senden',
  'Falkenberg', 'Lichtenberg', 'Rosenthal', 'Hermsdorf', 'Wartenberg', 'Blankenburg', 'Buchholz', 'Weißensee',
  'Neustadt', 'Steinbach', 'Münster', 'Weiden', 'Bergen', 'Achim', 'Horst', 'Hagen', 'Erlangen', 'Stade', 'Geldern',
  // Page furniture ("Springe direkt zu:", "Springe zum Inhalt") and queues ("es bildeten sich Schlangen").
  'Springe', 'Schlangen',
  // Everyday words and names: "höhere Löhne", "eine Mücke", "in den Alpen", "die Burg", "Werther" (Goethe), "Emmerich" (a first name).
  'Burg', 'Löhne', 'Mücke', 'Schotten', 'Alpen', 'Heiden', 'Holle', 'Schmelz', 'Perl', 'Lindern', 'Freigericht', 'Marne', 'Werther', 'Brühl',
  'Emmerich', 'Damme',
]);

/**
 * Words of a body's name after which a name belongs to that name, not to the text's places: police units,
 * courts, prosecutors, hospitals ("Revierkommissariat Osterburg", "AG Pößneck", "Krankenhaus Friedrichstadt",
 * "Schwerpunktstaatsanwaltschaft Stralsund"). "<word> in X" is the body's seat, part of its name as well
 * ("das Polizeirevier in Meerane", "das Kraftfahrtbundesamt in Flensburg"). Safety net beside the agency
 * scan, whose spans are blocked already.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'Polizei', 'Polizeirevier', 'Polizeireviers', 'Polizeireviere', 'Autobahnpolizeirevier', 'Autobahnpolizeireviers', 'Revierkommissariat',
  'Revierkommissariats', 'Revierkommissariate', 'Polizeistation', 'Polizeiposten', 'Polizeiwache', 'Polizeikommissariat', 'Kriminalkommissariat',
  'Polizeiinspektion', 'Landespolizeiinspektion', 'Kriminalpolizeiinspektion', 'Verkehrspolizeiinspektion', 'Polizeidirektion',
  'Landespolizeidirektion', 'Polizeipräsidium', 'Polizeipräsidiums', 'Kriminalpolizei', 'Kripo', 'Autobahnpolizei', 'Wasserschutzpolizei',
  'Kreispolizeibehörde', 'Polizeibehörde', 'PI', 'KPI', 'LPI', 'PD', 'PP', 'PRev', 'Amtsgericht', 'Amtsgerichts', 'Amtsgerichtes', 'AG',
  'Landgericht', 'Landgerichts', 'Landgerichtes', 'LG', 'Oberlandesgericht', 'Oberlandesgerichts', 'OLG', 'Verwaltungsgericht',
  'Verwaltungsgerichts', 'Sozialgericht', 'Arbeitsgericht', 'Staatsanwaltschaft', 'Schwerpunktstaatsanwaltschaft',
  'Generalstaatsanwaltschaft', 'StA', 'Kraftfahrtbundesamt', 'Kraftfahrt-Bundesamt', 'Bezirksregierung', 'Regierungspräsidium', 'Regierungsbezirk',
  'Regierungsbezirks', 'Regierungspräsidiums', 'Bezirksregierungen',
  'Bundeskriminalamt', 'Landeskriminalamt', 'Zollamt', 'Finanzamt', 'Finanzamts', 'Finanzamtes', 'Arbeitsagentur',
  // Control rooms and stations: "die Führungszentrale in Trier", "von der Wache Harburg".
  'Führungszentrale', 'Einsatzzentrale', 'Leitstelle', 'Polizeileitstelle', 'Wache',
]);

/** Bodies whose name may hold a place ("Krankenhaus Friedrichstadt"), but "im Krankenhaus in Potsdam" is where someone is. */
export const NAMED_BODY_WORDS: ReadonlySet<string> = new Set([
  'Krankenhaus', 'Krankenhauses', 'Klinik', 'Kliniken', 'Klinikum', 'Kaserne',
  // Municipal companies are companies ("Stadtwerke Hamm", guide §1).
  'Stadtwerke', 'Stadtwerken', 'Stadtwerk', 'Entsorgungsbetriebe', 'Kommunalbetriebe', 'Wirtschaftsbetriebe', 'Bäderbetriebe', 'Stadtsparkasse',
  'Kreissparkasse', 'Sparkassen', 'Radio', 'Theater', 'Stadttheater', 'DRK', 'AWO', 'THW', 'Caritas', 'Diakonie', 'Tafel', 'Volkshochschule', 'VHS',
  'Messe', 'Zoo',
  // Homes named after their site ("die Kinderheime Brück").
  'Kinderheim', 'Kinderheime', 'Altenheim', 'Seniorenheim', 'Pflegeheim',
  // Several branch offices of one city, each named after its Stadtteil ("die Bürgerämter Mülheim, Kalk und Porz").
  'Bürgerämter', 'Bürgerämtern', 'Bürgerbüros', 'Bezirksämter', 'Bezirksämtern', 'Bezirksrathäuser', 'Kundenzentren', 'Stadtteilbibliotheken',
  'Stadtteilbüros',
]);

/** A unit's branches ("der Außenstelle Havelberg"): units themselves when a unit word stands shortly before. */
export const SUBUNIT_WORDS: ReadonlySet<string> = new Set(['Außenstelle', 'Außenstellen', 'Nebenstelle', 'Dienststelle', 'Wache']);

/** A route label before a name: "BAB 4, Görlitz - Dresden", "A 2 Dortmund - Hannover", "B 1 Unna". */
export const ROUTE_BEFORE = /(?<![\p{L}\d])(?:BAB|A|B|L|K|Autobahn|Bundesautobahn|Bundesstraße|Landesstraße)[ \u00a0]?\d{1,3}[ \u00a0]*,?[ \u00a0]*$/u;

/** A house number and a postcode after a name make it a street ("Neumarkt 5, 03046 Cottbus"). */
export const ADDRESS_AFTER = /^[ \u00a0]+\d{1,4}[ \u00a0]?[a-z]?(?:[ \u00a0]*[-–][ \u00a0]*\d{1,4}[a-z]?)?[ \u00a0]*(?:,[ \u00a0]*|\n[ \u00a0]*)(?:D-)?\d{5}(?!\d)/u;

/** A postcode before a name: an address line ("D-87439 Kempten (Allgäu)"), where a body sits, not where something happens. */
export const POSTCODE_BEFORE = /(?:^|[,\n][ \u00a0]*)(?:D-)?\d{5}[ \u00a0]+$/u;

/** A label that makes the next name a place: "Ort: Leipzig (Stötteritz)", "Tatort: Borna". */
export const PLACE_LABEL_BEFORE = /(?<![\p{L}])(?:Ort|Orte|Tatort|Ereignisort|Einsatzort|Unfallort|Fundort|Wo)[ \u00a0]*:[ \u00a0]*$/u;

/** After a name: it labels its Kreis ("Bautzen, DER LANDKREIS"). */
export const DISTRICT_LABEL_AFTER = /^,?[ \u00a0]*(?:der|Der|DER)[ \u00a0]+(?:Landkreis|LANDKREIS|Kreis|KREIS)(?![\p{L}])/u;

/** Area words before a name that also names a Kreis of the text: "im Raum Biberach" after "den Kreisen Biberach und ...". */
export const AREA_WORDS: ReadonlySet<string> = new Set(['Raum', 'Großraum', 'Region', 'Bereich', 'Gebiet']);

/**
 * Berlin's localities (Ortsteile) whose names are also municipalities elsewhere; in a Berlin document they are
 * parts of Berlin, never those municipalities ("Lichtenberg" is also in Bavaria and Saxony).
 */
export const BERLIN_LOCALITIES: ReadonlySet<string> = new Set([
  'Mitte', 'Moabit', 'Hansaviertel', 'Tiergarten', 'Wedding', 'Gesundbrunnen', 'Friedrichshain', 'Kreuzberg',
  'Prenzlauer Berg', 'Weißensee', 'Blankenburg', 'Heinersdorf', 'Karow', 'Malchow', 'Pankow', 'Blankenfelde', 'Buch',
  'Französisch Buchholz', 'Buchholz', 'Niederschönhausen', 'Rosenthal', 'Wilhelmsruh', 'Charlottenburg', 'Wilmersdorf',
  'Schmargendorf', 'Grunewald', 'Westend', 'Halensee', 'Spandau', 'Haselhorst', 'Siemensstadt', 'Staaken', 'Gatow',
  'Kladow', 'Hakenfelde', 'Falkenhagener Feld', 'Wilhelmstadt', 'Steglitz', 'Lichterfelde', 'Lankwitz', 'Zehlendorf',
  'Dahlem', 'Nikolassee', 'Wannsee', 'Schöneberg', 'Friedenau', 'Tempelhof', 'Mariendorf', 'Marienfelde',
  'Lichtenrade', 'Neukölln', 'Britz', 'Buckow', 'Rudow', 'Gropiusstadt', 'Alt-Treptow', 'Treptow', 'Plänterwald',
  'Baumschulenweg', 'Johannisthal', 'Niederschöneweide', 'Altglienicke', 'Adlershof', 'Bohnsdorf', 'Oberschöneweide',
  'Köpenick', 'Friedrichshagen', 'Rahnsdorf', 'Grünau', 'Müggelheim', 'Schmöckwitz', 'Marzahn', 'Biesdorf',
  'Kaulsdorf', 'Mahlsdorf', 'Hellersdorf', 'Friedrichsfelde', 'Karlshorst', 'Lichtenberg', 'Falkenberg',
  'Wartenberg', 'Neu-Hohenschönhausen', 'Alt-Hohenschönhausen', 'Hohenschönhausen', 'Fennpfuhl', 'Rummelsburg',
  'Reinickendorf', 'Tegel', 'Konradshöhe', 'Heiligensee', 'Frohnau', 'Hermsdorf', 'Waidmannslust', 'Lübars',
  'Wittenau', 'Märkisches Viertel', 'Borsigwalde',
]);

/**
 * Common German first names. A municipality name right after one is a surname ("Stefan Sternberg"); a first name
 * that is itself a municipality name needs strong evidence.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  'Alexander', 'Andreas', 'Anja', 'Anna', 'Andrea', 'Angelika', 'Anke', 'Annette', 'Bernd', 'Birgit', 'Brigitte', 'Carsten',
  'Christian', 'Christina', 'Christine', 'Christoph', 'Claudia', 'Clemens', 'Daniel', 'Daniela', 'David', 'Dennis', 'Dieter',
  'Dirk', 'Dominik', 'Elke', 'Erik', 'Eva', 'Fabian', 'Felix', 'Florian', 'Frank', 'Franz', 'Gabriele', 'Georg', 'Gerhard',
  'Günter', 'Hans', 'Heike', 'Heinz', 'Helmut', 'Holger', 'Ingo', 'Jan', 'Jana', 'Jens', 'Jochen', 'Johannes', 'Jörg',
  'Julia', 'Jürgen', 'Karin', 'Katharina', 'Katrin', 'Kerstin', 'Klaus', 'Kordula', 'Kurt', 'Lars', 'Laura', 'Lena', 'Lisa',
  'Lukas', 'Manfred', 'Manuel', 'Marc', 'Marcel', 'Marco', 'Maria', 'Marina', 'Mario', 'Markus', 'Martin', 'Martina',
  'Matthias', 'Max', 'Michael', 'Michaela', 'Monika', 'Nadine', 'Nicole', 'Niklas', 'Nils', 'Norbert', 'Oliver', 'Patrick',
  'Paul', 'Peter', 'Petra', 'Philipp', 'Rainer', 'Ralf', 'Reinhard', 'René', 'Rico', 'Robert', 'Rolf', 'Sabine', 'Sandra',
  'Sarah', 'Sebastian', 'Simon', 'Sonja', 'Stefan', 'Stefanie', 'Stephan', 'Susanne', 'Sven', 'Thomas', 'Thorsten',
  'Tim', 'Tobias', 'Torsten', 'Ulrich', 'Ursula', 'Uwe', 'Volker', 'Walter', 'Werner', 'Wolfgang', 'Yvonne', 'Achim', 'Horst', 'Karl', 'Ernst', 'Rosa',
]);

/**
 * The words each "before" pattern above can end with. A pattern is tested only when the word right before
 * a name is one of them, so most names cost a set lookup instead of a regular expression.
 */
/**
 * Public offices written right before their town's name ("Bürgerbüro Siegen", "Stadtbibliothek Marl"): weak evidence
 * that a name that is also a word ("Siegen", "Marl", "Hamm") is the town.
 */
export const OFFICE_BEFORE: ReadonlySet<string> = new Set([
  'Bürgerbüro', 'Bürgerbüros', 'Bürgeramt', 'Bürgeramts', 'Bürgerämter', 'Bürgerservice', 'Bürgerservicezentrum', 'Bürgerzentrum',
  'Stadtbibliothek', 'Stadtbücherei', 'Standesamt', 'Standesamts', 'Stadtkasse', 'Ordnungsamt', 'Ordnungsamts', 'Einwohnermeldeamt',
  'Meldeamt', 'Ausländerbehörde', 'Zulassungsstelle', 'Führerscheinstelle', 'Stadthaus', 'Stadtarchiv', 'Stadtverwaltungen',
]);

export const BEFORE_GATES = {
  exclude: new Set([
    'Richtung', 'Fahrtrichtung', 'Rtg.', 'gegen', 'Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.', 'Familie', 'FC', 'SC', 'SV', 'TSV', 'VfL', 'VfB', 'SpVgg',
    'TuS', 'SG', 'BSG', 'MSV', 'FSV', 'SSV', 'TSG', 'VfR', 'KFC', 'SpVg', 'Holstein', 'Wehen', 'Viktoria', 'Union', 'Westfalia', 'Germania', 'Teutonia',
    'Concordia', 'Sportfreunde', 'Borussia', 'Fortuna', 'Eintracht', 'Bayer', 'Alemannia', 'Preußen', 'Arminia', 'Schalke', 'Rot-Weiss', 'Rot-Weiß',
    'Dynamo', 'Hansa', 'Energie', 'Kickers', 'Werder', 'Hertha', 'RB', 'Rasenballsport', 'Marke', 'Modell', 'Typ', 'Hotel', 'Haus', 'Revierbereich', 'Restaurant',
    'Gaststätte', 'Firma', 'in', 'Land', 'Bundesland', 'Freistaat', 'Länder', 'Bundesländer', 'Kreis', 'Landkreis', 'Kreises', 'Landkreises',
    'du', 'de', 'la', 'le', 'Ortsteil', 'Ortsteils', 'Stadtteil', 'Stadtteils', 'Ortslage', 'Ortsteilen', 'Stadtteilen', 'Ortsverwaltung',
    'Ortschaftsverwaltung', 'Ortsamt', 'Bezirksamt', 'Gemeindesekretariat', 'Amt', 'Amtes', 'Amts', 'Ortsvorsteher', 'Ortsvorsteherin', 'Ortsbeirat', 'Ortschaftsrat',
    'Ortsbürgermeister', 'Ortsbürgermeisterin', 'Stadtbezirk', 'Stadtbezirks', 'Ortsbezirk', 'Groß', 'Klein', 'Alt',
    'Neu', 'Nieder', 'Ober', 'Unter', 'Hohen', 'Sankt', 'St.', 'Zubringer', 'Anschlussstelle', 'Anschlussstellen', 'Autobahndreieck',
    'Autobahnkreuz', 'Dreieck', 'Kreuz', 'Abfahrt', 'Ausfahrt', 'Höhe', 'Lokales', 'Lokalnachrichten', 'Redaktion', 'Lokalredaktion', 'Metropolregion',
    'Anmelden', 'Straße', 'Gasse', 'Studio',
  ]),
  /** Newspapers before "aus" or "für" ("Ihre Zeitung aus Lübeck"). */
  paper: new Set(['Zeitung', 'Heimatzeitung', 'Tageszeitung', 'Lokalzeitung', 'Nachrichten', 'Stadtmagazin', 'Nachrichtenportal']),
  /** Team prefixes two words before a name: "FC Bayern München". */
  team: new Set(['FC', 'SC', 'SV', 'TSV', 'VfL', 'VfB', 'SpVgg', 'TuS', 'SG', 'BSG', 'MSV', 'FSV', 'SSV', 'TSG', 'VfR', 'KFC', 'SpVg']),
  street: new Set([
    'Am', 'An', 'Im', 'Zum', 'Zur', 'der', 'den', 'dem', 'U-Bahnhof', 'U-Bahnhofs', 'U-Bahnhofes', 'S-Bahnhof', 'S-Bahnhofs', 'S-Bahnhofes',
    'U-Bhf.', 'S-Bhf.', 'U-Bahn-Station', 'S-Bahn-Station', 'Haltestelle', 'Kantonspolizei', 'Kantonalpolizei', 'Kanton',
  ]),
  article: new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Ein', 'Eine', 'Einem', 'Einen', 'Einer', 'Eines']),
  /** Articles fused with a preposition: one-word town names take none ("im Leininger Oberhof", "vom Oberhof"). */
  fused: new Set(['im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'Im', 'Am', 'Vom', 'Zum', 'Zur', 'Beim', 'Ins']),
  strong: new Set([
    'Stadt', 'Gemeinde', 'Markt', 'Marktgemeinde', 'Ortsgemeinde', 'Stadtverwaltung', 'Gemeindeverwaltung', 'Hansestadt', 'Universitätsstadt',
    'Kreisstadt', 'Landeshauptstadt', 'Bundesstadt', 'Kommune', 'Stadtgebiet', 'Rathaus', 'von', 'Stadtverwaltungen', 'Städte',
    'Städten', 'Gemeinden', 'Kommunen', 'Standort', 'Standorte', 'Standorten', 'Regionalstandort', 'Regionalstandorte',
  ]),
  weak: new Set([
    'in', 'In', 'aus', 'Aus', 'nach', 'Nach', 'bei', 'Bei', 'von', 'Von', 'zwischen', 'Zwischen', 'über', 'Über', 'ab', 'Ab', 'nahe', 'Nahe',
    'Raum', 'Großraum', 'Bereich', 'benachbarten', 'nahen', 'nahegelegenen', 'angrenzenden', 'nördlichen', 'südlichen', 'östlichen', 'westlichen',
  ]),
  weakOnly: new Set(['von', 'Von', 'über', 'Über', 'ab', 'Ab', 'nahe', 'Nahe', 'vom', 'zum', 'beim']),
} as const;

/**
 * A Gemeinde (not a Stadt) farther than this from the publisher and from every other place of the text, named
 * without strong evidence, is taken for a homonymous Ortsteil ("die Zweigstelle in Schöndorf" in a Weimar text,
 * "in Witzleben" in a Berlin one) unless the text places it ("Neuenhaus (Niedersachsen)", "im Landkreis ...").
 */
export const FAR_KM = 150;

/** Text right after a name that places it in a Land or Kreis: "(Niedersachsen)", "im Landkreis Dithmarschen", "in Niederbayern". */
export const PLACED_AFTER = /^[ \u00a0]*[(,/]?[ \u00a0]*(?:(?:in|im|bei)[ \u00a0]+(?:der[ \u00a0]+|dem[ \u00a0]+)?)?(?:Landkreis|Kreis|Amt|Land|Baden-Württemberg|Bayern|Niederbayern|Oberbayern|Franken|Oberfranken|Mittelfranken|Unterfranken|Schwaben|Oberpfalz|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg|Vorpommern|Niedersachsen|Nordrhein-Westfalen|NRW|Westfalen|Rheinland|Rheinland-Pfalz|Pfalz|Saarland|Sachsen|Sachsen-Anhalt|Schleswig-Holstein|Thüringen|Ostfriesland|Emsland|Sauerland|Eifel|Allgäu)(?![\p{L}])/u;

/** A Land adjective right before a name: "im brandenburgischen Teltow", "des niedersächsischen Garbsen". */
export const PLACED_BEFORE = /(?<![\p{L}])\p{Ll}+ischen[ \u00a0]+$/u;

/**
 * Roles and titles before a person's name ("Verwaltungsdirektorin Dörte Kröpelin", "Landrat Mager"): a name right
 * after one, or after one and a first name, is a surname. Whole words, and the tails of compounds
 * ("Pressesprecherin"); the council nouns ("Stadtrat", "Gemeinderat") are bodies, not roles.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'Landrat', 'Landrätin', 'Kreisrat', 'Kreisrätin', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin', 'Sprecher', 'Sprecherin', 'Präsident',
  'Präsidentin', 'Minister', 'Ministerin', 'Dezernent', 'Dezernentin', 'Kommissar', 'Kommissarin', 'Beauftragte', 'Beauftragter', 'Vorsitzende',
  'Vorsitzender', 'Referent', 'Referentin', 'Chef', 'Chefin', 'Sekretär', 'Sekretärin', 'Pfarrer', 'Pfarrerin',
]);
export const ROLE_TAILS: readonly string[] = [
  'direktor', 'direktorin', 'leiter', 'leiterin', 'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'meister', 'meisterin', 'minister',
  'ministerin', 'dezernent', 'dezernentin', 'kommissar', 'kommissarin', 'beauftragte', 'beauftragter', 'vorsitzende', 'vorsitzender', 'referent',
  'referentin', 'landrat', 'landrätin', 'chef', 'chefin', 'sekretär', 'sekretärin',
];

/** Words for an Ortsteil's office or area after which "X-Teil" still names the municipality X ("Bezirksamt Hamburg-Mitte"). */
export const ORTSTEIL_WORDS: ReadonlySet<string> = new Set([
  'Ortsteil', 'Ortsteils', 'Stadtteil', 'Stadtteils', 'Ortslage', 'Ortsteilen', 'Stadtteilen', 'Ortsverwaltung', 'Ortschaftsverwaltung', 'Ortsamt',
  'Bezirksamt', 'Gemeindesekretariat', 'Stadtbezirk', 'Stadtbezirks', 'Ortsbezirk',
]);

/**
 * Stadtteile of Hamburg, Bremen and Bremerhaven that are also small municipalities elsewhere: they need a preposition
 * of place, and in a text about their city they are its parts ("Wache Harburg", "Lehe: 0471 ...").
 */
export const CITY_STATE_LOCALITIES: ReadonlyMap<string, string> = new Map([
  ...['Harburg', 'Osdorf', 'Niendorf', 'Eppendorf', 'Langenhorn', 'Tonndorf', 'Wilhelmsburg', 'Hohenfelde', 'Horn', 'Neustadt', 'Hamm'].map((n) => [n, '02'] as const),
  ...['Lehe', 'Blumenthal', 'Seehausen'].map((n) => [n, '04'] as const),
]);
