import { describe, expect, it } from 'vitest';
import { defaultResources } from '../resources.js';
import { scanText } from '../lexicon.js';
import { extractAgencies as extractWith, resolveGenericAgencies as resolveWith, type GenericAgencyMention } from './index.js';
import { extractEntities } from '../index.js';

const extractAgencies = (text: string) => extractWith(defaultResources(), scanText(defaultResources(), text));
const resolveGenericAgencies = (text: string, generic: readonly GenericAgencyMention[], state: string | undefined) => resolveWith(defaultResources(), text, generic, state);

/** The agencies of a news text after the whole extraction (places give the Land). */
const inNews = (text: string) => extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00', sourceKind: 'news' }).agencies.map((a) => a.name);

const found = (text: string) => extractAgencies(text).agencies.map((a) => ({ index: a.span.start, text: a.span.text, id: a.id }));

describe('registry names and aliases', () => {
  it('finds the longest form once', () => {
    expect(found('Das Polizeipräsidium Dortmund ermittelt.')).toEqual([{ index: 4, text: 'Polizeipräsidium Dortmund', id: 'polizei-dortmund' }]);
  });
  it('knows aliases, adjective forms and genitives', () => {
    expect(found('Laut Polizei Dortmund und der Dortmunder Polizei sowie des Polizeipräsidiums Hagen')).toEqual([
      { index: 5, text: 'Polizei Dortmund', id: 'polizei-dortmund' },
      { index: 30, text: 'Dortmunder Polizei', id: 'polizei-dortmund' },
      { index: 59, text: 'Polizeipräsidiums Hagen', id: 'polizei-hagen' },
    ]);
  });
  it('finds the BSI by its full name in the genitive and by abbreviation', () => {
    expect(found('Hilfe des Bundesamtes für Sicherheit in der Informationstechnik (BSI).')).toEqual([
      { index: 10, text: 'Bundesamtes für Sicherheit in der Informationstechnik', id: 'bsi' },
      { index: 65, text: 'BSI', id: 'bsi' },
    ]);
  });
  it('matches abbreviations case-sensitively and only as words', () => {
    expect(found('Die SIT und die SIT-Anwendungen, nicht aber SITZUNG, Sitte oder sit.')).toEqual([
      { index: 4, text: 'SIT', id: 'suedwestfalen-it' },
      { index: 16, text: 'SIT', id: 'suedwestfalen-it' },
    ]);
  });
  it('knows central police bodies of the Länder, with and without the Land in the name', () => {
    expect(found('Spezialkräfte des Hessischen Präsidiums Einsatz und des Landesamtes für Zentrale Polizeiliche Dienste')).toEqual([
      { index: 18, text: 'Hessischen Präsidiums Einsatz', id: 'hpe-hessen' },
      { index: 56, text: 'Landesamtes für Zentrale Polizeiliche Dienste', id: 'lzpd-nrw' },
    ]);
  });
  it('finds ZAC NRW at the Staatsanwaltschaft Köln', () => {
    expect(found('die bei der Staatsanwaltschaft Köln angesiedelte ZAC NRW')).toEqual([
      { index: 12, text: 'Staatsanwaltschaft Köln', id: 'sta-koeln' },
      { index: 49, text: 'ZAC NRW', id: 'zac-nrw' },
    ]);
  });
});

describe('designator patterns', () => {
  it('reads a prosecutor named by the court it is attached to as the prosecutor, not the court', () => {
    expect(found('Die Staatsanwaltschaft beim Landgericht Berlin ermittelt.')).toEqual([{ index: 4, text: 'Staatsanwaltschaft beim Landgericht Berlin', id: 'sta-berlin' }]);
    expect(found('Das Landgericht Berlin verhandelt.')).toEqual([{ index: 4, text: 'Landgericht Berlin', id: 'lg-berlin' }]);
  });
  it('reads a Land ministry by its short name and Land, and a commissioner "für den …"', () => {
    expect(extractAgencies('Das Innenministerium NRW und die Landesbeauftragte für den Datenschutz Niedersachsen wurden informiert.').agencies
      .map((a) => [a.span.text, a.kind])).toEqual([['Innenministerium NRW', 'state-agency'], ['Landesbeauftragte für den Datenschutz Niedersachsen', 'state-agency']]);
  });
  it('reads "ZAC" as the NRW body only in NRW, not as the unit of another Land\'s LKA', () => {
    expect(extractAgencies('Die Zentrale Ansprechstelle Cybercrime (ZAC) des LKA Niedersachsen ermittelt.').agencies.map((a) => a.id)).toEqual(['lka-niedersachsen']);
    expect(extractAgencies('Die ZAC NRW ermittelt.').agencies.map((a) => a.id)).toEqual(['zac-nrw']);
    expect(extractAgencies('Anzeige bei der ZAC Niedersachsen erstattet.').agencies).toEqual([]);
  });
  it('counts an ambiguous abbreviation ("SIS") only where the text names the body in full', () => {
    expect(found('Die Schweriner IT- und Servicegesellschaft (SIS) war Ziel einer Cyberattacke.').map((a) => a.id)).toEqual(['sis-schwerin', 'sis-schwerin']);
    expect(found('Der Mann war im SIS zur Fahndung ausgeschrieben.')).toEqual([]);
  });
  it('reads "die Polizei in Hamburg" as the Land\'s police, not "die Polizei in Lünen"', () => {
    expect(found('Die Polizei in Hamburg ermittelt.').map((a) => a.id)).toEqual(['polizei-hamburg']);
    expect(found('Die Polizei in Lünen nahm den Mann fest.')).toEqual([]);
  });
  it('reads a station named by its town\'s Ortsteil ("Polizeirevier Rostock-Reutershagen")', () => {
    expect(found('Das Polizeirevier Rostock-Reutershagen ermittelt.').map((a) => a.text)).toEqual(['Polizeirevier Rostock-Reutershagen']);
  });
  it('knows the short name "Polizei Dessau-Roßlau"', () => {
    expect(found('Die Polizei Dessau-Roßlau ermittelt.').map((a) => a.id)).toEqual(['polizei-dessau-rosslau']);
  });
  it('reads a registry name with its adjective inflected after an article', () => {
    expect(extractAgencies('Das Kommunale Rechenzentrum Minden-Ravensberg/Lippe meldet eine Störung.').agencies.map((a) => a.id)).toEqual(['krz']);
  });
  it('reads an operations centre with its seat as a police unit', () => {
    expect(extractAgencies('Die Führungszentrale Trier meldete den Einsatz.').agencies.map((a) => [a.span.text, a.kind])).toEqual([['Führungszentrale Trier', 'police']]);
    expect(extractAgencies('Schmierereien auf Spielplatz (Inspektionsdienst Gotha) Unbekannte haben …').agencies.map((a) => a.span.text)).toEqual(['Inspektionsdienst Gotha']);
    expect(extractAgencies('Rückfragen bitte an: Polizeiinspektion Nordsaarland').agencies.map((a) => a.span.text)).toEqual(['Polizeiinspektion Nordsaarland']);
  });
  it('folds units into their registry authority', () => {
    expect(found('Die Autobahnpolizei Bielefeld meldet')).toEqual([{ index: 4, text: 'Autobahnpolizei Bielefeld', id: 'polizei-bielefeld' }]);
  });
  it('gives authorities outside the registry an unknown id, those in it (every Staatsanwaltschaft) theirs', () => {
    const result = extractAgencies('Die Polizei Hildesheim und die Staatsanwaltschaft Ulm sowie das Amtsgericht Hagen.').agencies;
    expect(result.map((a) => [a.span.text, a.id, a.kind])).toEqual([
      ['Polizei Hildesheim', 'unknown-polizei-hildesheim', 'police'],
      ['Staatsanwaltschaft Ulm', 'sta-ulm', 'prosecutor'],
      ['Amtsgericht Hagen', 'unknown-amtsgericht-hagen', 'court'],
    ]);
    expect(result[0]!.confidence).toBeLessThan(0.7);
  });
  it('reads a prison by its seat and Mecklenburg-Vorpommern\'s riot police office by its Land', () => {
    expect(extractAgencies('Der Mann wurde in die Justizvollzugsanstalt Zwickau gebracht.').agencies.map((a) => [a.span.text, a.id, a.kind]))
      .toEqual([['Justizvollzugsanstalt Zwickau', 'unknown-justizvollzugsanstalt-zwickau', 'state-agency']]);
    expect(extractAgencies('Unterstützt vom Landesbereitschaftspolizeiamt Mecklenburg-Vorpommern.').agencies.map((a) => a.id))
      .toEqual(['unknown-landesbereitschaftspolizeiamt-mecklenburg-vorpommern']);
    // A prison named without its seat is none in particular.
    expect(extractAgencies('Der Mann kam in eine Justizvollzugsanstalt.').agencies).toEqual([]);
  });
  it('keeps courts of different instances apart', () => {
    expect(found('Das Landgericht Köln und das Amtsgericht Köln')).toEqual([
      { index: 4, text: 'Landgericht Köln', id: 'lg-koeln' },
      { index: 29, text: 'Amtsgericht Köln', id: 'unknown-amtsgericht-koeln' },
    ]);
  });
  it('keeps units of the federal police and police units with a place of their own as agencies of their own', () => {
    expect(found('Die Bundespolizeiinspektion Dresden und die Kriminalpolizei Ludwigshafen')).toEqual([
      { index: 4, text: 'Bundespolizeiinspektion Dresden', id: 'unknown-bundespolizeiinspektion-dresden' },
      { index: 44, text: 'Kriminalpolizei Ludwigshafen', id: 'unknown-kriminalpolizei-ludwigshafen' },
    ]);
    expect(found('Beamte der Bundespolizeidirektion Hannover und der Bundespolizei')).toEqual([
      { index: 11, text: 'Bundespolizeidirektion Hannover', id: 'bpold-hannover' },
      { index: 51, text: 'Bundespolizei', id: 'bundespolizei' },
    ]);
  });
  it('reads a criminal police directorate by its seat ("Kriminaldirektion Trier")', () => {
    expect(found('Die Kriminaldirektion Trier und die Staatsanwaltschaft Trier ermitteln.').map((a) => a.text)).toEqual(['Kriminaldirektion Trier', 'Staatsanwaltschaft Trier']);
  });
  it('knows the Technisches Hilfswerk by its short name, inflected, and by abbreviation', () => {
    expect(found('Darum kümmert sich das Technische Hilfswerk (THW).')).toEqual([
      { index: 23, text: 'Technische Hilfswerk', id: 'thw' },
      { index: 45, text: 'THW', id: 'thw' },
    ]);
  });
  it('reads a police station named as a phone label, or by a place of the releasing body, as that body (guide §2)', () => {
    expect(found('Die Polizeiinspektion Nienburg / Schaumburg ermittelt. Hinweise nimmt die Polizei Hoya unter 04251/934640 entgegen.').map((a) => a.text))
      .toEqual(['Polizeiinspektion Nienburg / Schaumburg']);
    expect(found('Das Fachkommissariat der Polizei Nienburg und die Polizeiinspektion Nienburg / Schaumburg ermitteln.').map((a) => a.text))
      .toEqual(['Polizeiinspektion Nienburg / Schaumburg']);
    // Alone, the station is the body named.
    expect(found('Hinweise nimmt die Polizei Hoya unter 04251/934640 entgegen.').map((a) => a.text)).toEqual(['Polizei Hoya']);
  });
  it('reads "die Kriminalpolizei in Zwickau" as the criminal police of Zwickau, as "das Polizeirevier in Meerane" (guide §2)', () => {
    expect(found('Zeugenhinweise nimmt die Kriminalpolizei in Zwickau entgegen.').map((a) => a.text)).toEqual(['Kriminalpolizei in Zwickau']);
  });
  it('reads the way to a station as its place ("zur Polizeiautobahnstation nach Butzbach"), not any "nach"', () => {
    expect(found('Sie nahmen den Hund mit zur Polizeiautobahnstation nach Butzbach.').map((a) => a.text)).toEqual(['Polizeiautobahnstation nach Butzbach']);
    expect(found('Er fuhr zur Polizeistation nach Hause.')).toEqual([]);
  });
  it('knows the news-aktuell code of a police headquarters ("POL-UL")', () => {
    expect(found('POL-UL: (UL) Ulm - Polizeiauto kollidiert').map((a) => a.id)).toEqual(['polizei-ulm']);
  });
  it('needs a place after the designator', () => {
    expect(found('Die Polizei Hinweise und die Staatsanwaltschaft Ermittlungen')).toEqual([]);
  });
  it('keeps qualified names together', () => {
    expect(found('Polizeiinspektion Halle (Saale) meldet')).toEqual([{ index: 0, text: 'Polizeiinspektion Halle (Saale)', id: 'polizei-halle' }]);
  });
});

describe('generic Landeskriminalamt', () => {
  it('resolves to the state LKA when the state is known', () => {
    const text = 'Der Staatsschutz des Landeskriminalamtes ermittelt.';
    const { agencies, generic } = extractAgencies(text);
    expect(agencies).toEqual([]);
    expect(resolveGenericAgencies(text, generic, '11').map((a) => [a.span.text, a.id])).toEqual([['Landeskriminalamtes', 'lka-berlin']]);
    expect(resolveGenericAgencies(text, generic, undefined)).toEqual([]);
  });
  it('prefers the named state', () => {
    expect(found('Beamte des Landeskriminalamts Brandenburg')).toEqual([{ index: 11, text: 'Landeskriminalamts Brandenburg', id: 'lka-brandenburg' }]);
  });
});

describe('other bodies a Land has one of, named without the Land', () => {
  const resolved = (text: string, state: string | undefined) => {
    const { generic } = extractAgencies(text);
    return resolveGenericAgencies(text, generic, state).map((a) => [a.span.text, a.name]);
  };
  it('reads "das Innenministerium" as the Land\'s interior ministry once the state is known', () => {
    const text = 'Das teilten Polizei und Innenministerium mit, sagte eine Sprecherin des Innenministeriums.';
    expect(resolved(text, '13')).toEqual([
      ['Innenministerium', 'Ministerium für Inneres und Bau'], ['Innenministeriums', 'Ministerium für Inneres und Bau'],
    ]);
    expect(resolved(text, undefined)).toEqual([]);
    expect(resolved('Das Bundesinnenministerium prüft.', '13')).toEqual([]);
    expect(resolved('Das Innenministerium prüft.', '11')).toEqual([]);
  });
  it('reads "der Munitionsbergungsdienst" as Mecklenburg-Vorpommern\'s, the one Land the registry has one for', () => {
    expect(resolved('Der Munitionsbergungsdienst aus Mirow wurde verständigt.', '13')).toEqual([['Munitionsbergungsdienst', 'Munitionsbergungsdienst Mecklenburg-Vorpommern']]);
    expect(resolved('Eine Überprüfung durch die Spezialisten des Munitionsbergungsdienstes ergab nichts.', '13')).toEqual([['Munitionsbergungsdienstes', 'Munitionsbergungsdienst Mecklenburg-Vorpommern']]);
    expect(resolved('Der Munitionsbergungsdienst wurde verständigt.', '09')).toEqual([]);
  });
  it('reads "das Landespolizeiamt" only where the registry has the Land\'s one', () => {
    expect(resolved('erklärt ein Sprecher, im Landespolizeiamt zuständig für Prävention', '01')).toEqual([['Landespolizeiamt', 'Landespolizeiamt Schleswig-Holstein']]);
    expect(resolved('erklärt ein Sprecher, im Landespolizeiamt zuständig für Prävention', '09')).toEqual([]);
  });
});

describe('courts and federal offices of real releases', () => {
  it('reads a Schöffengericht with its place ("Anklage zum Schöffengericht in Saarlouis")', () => {
    expect(names('Die Staatsanwaltschaft hat Anklage zum Schöffengericht in Saarlouis erhoben.')).toEqual(['Schöffengericht Saarlouis']);
  });
  it('reads a registry name whose adjective is weakened after an article ("der Deutsche Wetterdienst")', () => {
    expect(names('Der Deutsche Wetterdienst hatte gewarnt, sagte ein Sprecher des Deutschen Wetterdienstes.')).toEqual(['Deutscher Wetterdienst', 'Deutscher Wetterdienst']);
  });
});

describe('bodies as real releases write them', () => {
  it('reads a Kreispolizeibehörde with its Kreis in the genitive', () => {
    expect(names('darunter die Kreispolizeibehörde des Rhein-Erft-Kreises mit mehr als 100 Beamten')).toEqual(['Kreispolizeibehörde Rhein-Erft-Kreis']);
  });
  it('reads a unit named after a town merged into a municipality ("Bundespolizeiinspektion Berggießhübel")', () => {
    expect(names('In Zusammenarbeit mit der Bundespolizeiinspektion Berggießhübel führten die Beamten Kontrollen durch.')).toEqual(['Bundespolizeiinspektion Berggießhübel']);
  });
  it('reads a Polizeipräsidium by its seat ("des Polizeipräsidiums in Potsdam")', () => {
    expect(names('sagte eine Sprecherin des Polizeipräsidiums in Potsdam.')).toEqual(['Polizeipräsidium Land Brandenburg']);
  });
  it('reads a registry name whose adjective is written small in running text', () => {
    expect(names('eine Störung beim Provider des kommunalen Rechenzentrums Niederrhein')).toEqual(['Kommunales Rechenzentrum Niederrhein']);
  });
  it('reads the bare "Bereitschaftspolizei" as the Land\'s riot police once the state is known, not in a city-state', () => {
    const text = 'mit Unterstützungskräften der Bereitschaftspolizei durchsucht';
    const { generic } = extractAgencies(text);
    expect(resolveGenericAgencies(text, generic, '03').map((a) => a.name)).toEqual(['Bereitschaftspolizei Niedersachsen']);
    expect(resolveGenericAgencies(text, generic, '11')).toEqual([]);
    expect(resolveGenericAgencies(text, generic, undefined)).toEqual([]);
  });
  it('reads "Verkehrskommissariat Laupheim" as a unit with a place of its own', () => {
    expect(found('Das Verkehrskommissariat Laupheim ermittelt.').map((a) => a.text)).toEqual(['Verkehrskommissariat Laupheim']);
  });
  it('reads the bare "Landespolizei" as the Land\'s police once the state is known', () => {
    const text = 'in Zusammenarbeit mit Kräften der Landespolizei durchsucht';
    const { generic } = extractAgencies(text);
    expect(resolveGenericAgencies(text, generic, '16').map((a) => a.name)).toEqual(['Thüringer Polizei']);
    expect(resolveGenericAgencies(text, generic, undefined)).toEqual([]);
  });
});

describe('authorities of the issue cases', () => {
  it('reads presseportal codes; a unit with a place of its own stays an agency whatever the state', () => {
    expect(found('POL-PDNW: Taschendiebe. POL-F: Schockanruf. POL-HL: Badeunfall.').map((a) => a.id)).toEqual(['polizei-rheinpfalz', 'polizei-frankfurt', 'polizei-luebeck']);
    const units = extractWith(defaultResources(), scanText(defaultResources(), 'Die Polizeiinspektion Neunkirchen ermittelt.'), '10').agencies;
    expect(units.map((a) => [a.id, a.name])).toEqual([['unknown-polizeiinspektion-neunkirchen', 'Polizeiinspektion Neunkirchen']]);
  });
  it('keeps a longer registry name over a shorter alias ("Staatsanwaltschaft Frankfurt (Oder)")', () => {
    expect(found('Die Staatsanwaltschaft Frankfurt (Oder) prüft.')).toEqual([{ index: 4, text: 'Staatsanwaltschaft Frankfurt (Oder)', id: 'sta-frankfurt-oder' }]);
  });
});

const names = (text: string, state?: string) => extractWith(defaultResources(), scanText(defaultResources(), text), state).agencies.map((a) => a.name);

describe('designated bodies outside the registry', () => {
  it('keeps the Roman numeral that tells two bodies of one seat apart: "Staatsanwaltschaft München II", "LG München I"', () => {
    expect(names('Die Staatsanwaltschaft München II hat Anklage erhoben.')).toEqual(['Staatsanwaltschaft München II']);
    expect(names('Die Staatsanwaltschaft beim Landgericht München II ermittelt.')).toEqual(['Staatsanwaltschaft München II']);
    expect(names('Das Urteil fiel am Landgericht München I. Es ist rechtskräftig.')).toEqual(['Landgericht München I']);
    // No numeral, no qualifier: "Staatsanwaltschaft Kiel Ihre Ansprechpartner" keeps its seat only.
    expect(names('Staatsanwaltschaft Kiel Ihre Ansprechpartner')).toEqual(['Staatsanwaltschaft Kiel']);
  });
  it('spells out abbreviations and keeps qualifiers: "PI Kitzingen-Land", "PD Ost", "KPI Bamberg"', () => {
    expect(names('Die PI Kitzingen-Land, die PD Ost und die KPI Bamberg ermitteln.')).toEqual([
      'Polizeiinspektion Kitzingen-Land', 'Polizeidirektion Ost', 'Kriminalpolizeiinspektion Bamberg',
    ]);
  });
  it('reads "das Polizeirevier in Borna" as Polizeirevier Borna', () => {
    expect(names('Er wurde in das Polizeirevier in Borna gebracht.')).toEqual(['Polizeirevier Borna']);
  });
  it('names numbered directorates and sections, with the qualifier where the text gives it', () => {
    expect(names('Einsatzkräfte des Polizeiabschnitts 33 und der Polizeidirektion 4 (Süd); später die Polizeidirektion 4.')).toEqual([
      'Polizeiabschnitt 33', 'Polizeidirektion 4 (Süd)', 'Polizeidirektion 4 (Süd)',
    ]);
  });
  it('gives a numbered department without a place nothing of its own', () => {
    expect(names('Ein Kriminalkommissariat 12 ermittelt.')).toEqual([]);
  });
  it('needs more than a common word after the designator', () => {
    expect(names('Nach Flucht vor Polizei Drogen gefunden.')).toEqual([]);
  });
  it('takes an "Außenstelle" only in a list of police units', () => {
    expect(names('Zum Revier Nord gehören das Polizeirevier Gardelegen mit der Außenstelle Kalbe.')).toEqual(['Polizeirevier Gardelegen', 'Außenstelle Kalbe']);
    expect(names('Das Landratsamt Kalbe und die Außenstelle Kalbe sind geschlossen.')).toEqual([]);
  });
});

describe('coordination', () => {
  it('shares a place between coordinated designators: "Polizei und Staatsanwaltschaft Verden"', () => {
    expect(names('Polizei und Staatsanwaltschaft Verden ermitteln.')).toEqual(['Polizei Verden', 'Staatsanwaltschaft Verden']);
  });
  it('does not share it across an article', () => {
    expect(names('Die Staatsanwaltschaft und das Polizeipräsidium Rheinpfalz teilen mit.')).toEqual(['Polizeipräsidium Rheinpfalz']);
  });
  it('gives each place of a plural designator a body: "der Landespolizeien Thüringen und Hessen"', () => {
    expect(names('Beamte der Landespolizeien Thüringen und Hessen halfen.')).toEqual(['Thüringer Polizei', 'Hessische Polizei']);
    expect(names('Spezialkräfte der Polizei der Länder Sachsen und Bayern halfen.')).toEqual(['Polizei Sachsen', 'Bayerische Polizei']);
  });
});

describe('one body, one name', () => {
  it('folds "Kripo Bamberg" into "Kriminalpolizeiinspektion Bamberg" in the same text', () => {
    expect(new Set(names('Die Kripo Bamberg ermittelt. Hinweise an die Kriminalpolizeiinspektion Bamberg.'))).toEqual(new Set(['Kriminalpolizeiinspektion Bamberg']));
  });
  it('keeps "Kriminalpolizei Coburg" as written when nothing more specific is there', () => {
    expect(names('Die Kripo Coburg ermittelt.')).toEqual(['Kriminalpolizei Coburg']);
  });
  it('folds a unit named as a label of its parent into the parent', () => {
    expect(names('Rückfragen bitte an: Polizei Brandenburg, Polizeidirektion Nord, Pressestelle')).toEqual(['Polizeipräsidium Land Brandenburg', 'Polizeipräsidium Land Brandenburg']);
    expect(names('PD Main-Taunus - Polizeipräsidium Westhessen\n\nDiebstahl')).toEqual(['Polizeipräsidium Westhessen', 'Polizeipräsidium Westhessen']);
  });
});

describe('named institutions', () => {
  it('reads head and complement, without what follows', () => {
    expect(names('Das Landesamt für Umwelt und Arbeitsschutz prüft. Der Sprecher des Bundesministeriums für Verkehr sagte ...')).toEqual([
      'Landesamt für Umwelt und Arbeitsschutz', 'Bundesministerium für Verkehr',
    ]);
  });
  it('stops at a street, another body or a comma list without "und"', () => {
    expect(names('im Bundesministerium für Gesundheit in der Friedrichstraße')).toEqual(['Bundesministerium für Gesundheit']);
    expect(names('die Senatsverwaltung für Bildung und BIM')).toEqual(['Senatsverwaltung für Bildung']);
    expect(names('das Ministerium für Inneres, Digitalisierung und Kommunen')).toEqual(['Ministerium für Inneres, Digitalisierung und Kommunen']);
  });
  it('reads a second complement opened by its own link word after "und"', () => {
    expect(names('Das Ministerium der Justiz und für Migration Baden-Württemberg bestätigte, das Bundesministerium des Innern und für Heimat auch.')).toEqual([
      'Ministerium der Justiz und für Migration Baden-Württemberg', 'Bundesministerium des Innern und für Heimat',
    ]);
  });
  it('keeps the Kreis an IT association serves as part of its name', () => {
    expect(names('Der Zweckverband gemeindliche Datenverarbeitung im Kreis Neu-Ulm sei Opfer einer Cyberattacke.')).toEqual(['Zweckverband gemeindliche Datenverarbeitung im Kreis Neu-Ulm']);
  });
  it('knows registry institutions under a Land adjective', () => {
    expect(extractAgencies('mit dem bayerischen Landesamt für Sicherheit in der Informationstechnik (LSI)').agencies.map((a) => a.id)).toEqual(['lsi', 'lsi']);
  });
});

describe('generic police president', () => {
  it('is the Berlin police in a Berlin text, nothing elsewhere', () => {
    const text = 'Die Warnung des Polizeipräsidenten ging ein.';
    const { generic } = extractAgencies(text);
    expect(resolveGenericAgencies(text, generic, '11').map((a) => a.id)).toEqual(['polizei-berlin']);
    expect(resolveGenericAgencies(text, generic, '09')).toEqual([]);
  });
  it('takes the Land of the registry authorities named in the text for a bare LKA', () => {
    const text = 'Polizei und Staatsanwaltschaft Berlin sowie Kräfte des Landeskriminalamtes.';
    const { generic } = extractAgencies(text);
    expect(resolveGenericAgencies(text, generic, undefined).map((a) => a.id)).toEqual(['lka-berlin']);
  });
});

describe('forms of designated bodies', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name}`);
  it('reads a place written as an adjective before the designator', () => {
    expect(names('Ermittler der Bielefelder Kripo und der Kieler Bezirkskriminalinspektion sowie die Kieler Staatsanwaltschaft')).toEqual([
      'Bielefelder Kripo → Polizeipräsidium Bielefeld',
      'Kieler Bezirkskriminalinspektion → Bezirkskriminalinspektion Kiel',
      'Kieler Staatsanwaltschaft → Staatsanwaltschaft Kiel',
    ]);
    expect(names('Die Bremerhavener Polizei bittet um Hinweise.')).toEqual(['Bremerhavener Polizei → Ortspolizeibehörde Bremerhaven']);
  });
  it('takes no adjective without an article, and "die <Ort>er Polizei" only where the registry knows the one body', () => {
    expect(names('Kieler Kripo ermittelt; die Husumer Polizei sucht Zeugen.')).toEqual([]);
  });
  it('reads double and triple places of one unit: "Polizeiinspektion Celle/Wolfsburg", also with spaces and in a plural list', () => {
    expect(names('Die Polizeiinspektion Oldenburg-Stadt / Ammerland teilt mit')).toEqual(['Polizeiinspektion Oldenburg-Stadt / Ammerland → Polizeiinspektion Oldenburg-Stadt / Ammerland']);
    expect(names('der Polizeiinspektionen Leer/Emden und Cuxhaven/Stade:')).toEqual(['Leer/Emden → Polizeiinspektion Leer/Emden', 'Cuxhaven/Stade → Polizeiinspektion Cuxhaven/Stade']);
    expect(names('Die Polizeiinspektion Lüneburg/Lüchow-Dannenberg/Uelzen meldet')).toEqual(['Polizeiinspektion Lüneburg/Lüchow-Dannenberg/Uelzen → Polizeiinspektion Lüneburg/Lüchow-Dannenberg/Uelzen']);
    expect(names('Polizei Berlin / Dezernat 11')).toEqual(['Polizei Berlin → Polizei Berlin']);
    expect(names('die Polizei Sachsen/Thüringen')).toEqual(['Polizei Sachsen → Polizei Sachsen']);
  });
  it('keeps one digit after the place ("Polizeiinspektion Mainz 2"), not a count or a number', () => {
    expect(names('Hinweise an die Polizeiinspektion Mainz 2 unter 06131')).toEqual(['Polizeiinspektion Mainz 2 → Polizeiinspektion Mainz 2']);
    expect(names('Die Polizeiinspektion Mainz 2 Streifen')).toEqual(['Polizeiinspektion Mainz → Polizeiinspektion Mainz']);
    expect(names('die Polizeiinspektion Mainz 2.000 Euro')).toEqual(['Polizeiinspektion Mainz → Polizeiinspektion Mainz']);
  });
  it('knows the units of the Länder with a place of their own', () => {
    expect(names('Das Polizeihauptrevier Wismar und die Polizeiautobahnstation Montabaur')).toEqual([
      'Polizeihauptrevier Wismar → Polizeihauptrevier Wismar',
      'Polizeiautobahnstation Montabaur → Polizeiautobahnstation Montabaur',
    ]);
  });
  it('reads hyphenated compass qualifiers: "Polizeirevier Nord-Ost"', () => {
    expect(names('Streifen des Polizeireviers Nord-Ost')).toEqual(['Polizeireviers Nord-Ost → Polizeirevier Nord-Ost']);
  });
  it('reads state mid-level authorities by their seat', () => {
    expect(names('Die Bezirksregierung Detmold und das Regierungspräsidium Gießen empfehlen')).toEqual([
      'Bezirksregierung Detmold → Bezirksregierung Detmold',
      'Regierungspräsidium Gießen → Regierungspräsidium Gießen',
    ]);
    expect(names('Die Bezirksregierung empfiehlt')).toEqual([]);
  });
});

describe('institutions named without a link word or with their article', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name}`);
  it('reads "Landesbetrieb <Name>", across a line break after "und"', () => {
    expect(names('Mitarbeiter des Landesbetriebs Straßenbau sind informiert.')).toEqual(['Landesbetriebs Straßenbau → Landesbetrieb Straßenbau']);
    expect(names('der Landesbetrieb Wald- und\nHolz (LWH) teilt mit')).toEqual(['Landesbetrieb Wald- und\nHolz → Landesbetrieb Wald- und Holz']);
    expect(names('der Landesbetrieb hat mitgeteilt')).toEqual([]);
  });
  it('reads a Zweckverband only as a public IT provider', () => {
    expect(names('Laut dem Zweckverband kommunale Informationsverarbeitung sind alle betroffen')).toEqual([
      'Zweckverband kommunale Informationsverarbeitung → Zweckverband kommunale Informationsverarbeitung',
    ]);
    expect(names('Der Zweckverband Abfallwirtschaft und der Zweckverband hat')).toEqual([]);
  });
  it('reads a Bremen senator\'s authority only with its capitalized article', () => {
    expect(names('Die Senatorin für Finanzen\n\nMitteilung')).toEqual(['Die Senatorin für Finanzen → Die Senatorin für Finanzen']);
    expect(names('Dazu sagte der Senator für Finanzen')).toEqual([]);
  });
});

describe('a city police named as "Polizei <Ort>"', () => {
  it('reads "Polizei Erfurt" and "Polizei Kiel" as the Landespolizeiinspektion and the Polizeidirektion of the city', () => {
    expect(found('Die Polizei Erfurt und die Polizei Kiel ermitteln.').map((a) => a.id)).toEqual(['lpi-erfurt', 'polizei-kiel']);
  });
});

describe('bodies named by their Land\'s adjective, a compass word or a long ministry name', () => {
  it('reads a Land\'s body from the Land\'s adjective, in any case, where the registry knows it', () => {
    expect(names('In Zusammenarbeit mit der sächsischen Bereitschaftspolizei und der saarländischen Polizei.')).toEqual([
      'Präsidium der Bereitschaftspolizei Sachsen', 'Landespolizeipräsidium Saarland',
    ]);
    expect(names('Die sächsischen Behörden und die bayerische Verwaltung.')).toEqual([]);
  });
  it('keeps a compass word after a unit\'s place in its name', () => {
    expect(names('Die Polizeiinspektion Regensburg Nord ermittelt.')).toEqual(['Polizeiinspektion Regensburg Nord']);
  });
  it('reads a ministry\'s name across line breaks, with "für" before a body word and "des Landes …"', () => {
    expect(names('Verantwortlich:\n\nMinisterium des Innern und\nfür Kommunales\ndes Landes Brandenburg\nPressestelle')).toEqual([
      'Ministerium des Innern und für Kommunales des Landes Brandenburg',
    ]);
  });
});

describe('more bodies outside the registry', () => {
  it('keeps a Polizeiinspektion and the Polizeidirektion of one town apart, and folds only a general name', () => {
    expect(names('Polizeidirektion Trier. Die Polizeiinspektion Trier zieht Bilanz.')).toEqual(['Polizeidirektion Trier', 'Polizeiinspektion Trier']);
  });
  it('reads criminal police units of Niedersachsen, Bavaria and Schleswig-Holstein', () => {
    expect(names('Pressemitteilung der Zentralen Kriminalinspektion (ZKI) Oldenburg.')).toEqual(['Zentrale Kriminalinspektion Oldenburg']);
    expect(names('Die Kriminalpolizei mit Zentralaufgaben Oberfranken ermittelt.')).toEqual(['Kriminalpolizei mit Zentralaufgaben Oberfranken']);
    expect(names('Die Kriminalpolizeistation Eckernförde ermittelt.')).toEqual(['Kriminalpolizeistation Eckernförde']);
    expect(names('Hinweise an die Polizeidirektion Sachsen-Anhalt Ost.')).toEqual(['Polizeidirektion Sachsen-Anhalt Ost']);
  });
  it('reads a Land\'s ministry or chancellery by the Land\'s adjective or name, Hamburg\'s Behörden, a Land\'s competence centre', () => {
    expect(names('Das saarländische Innenministerium empfiehlt das. Die Senatskanzlei Berlin teilte mit.')).toEqual([
      'Ministerium für Inneres, Bauen und Sport', 'Senatskanzlei Berlin',
    ]);
    expect(names('Die Behörde für Inneres und Sport teilte mit. Die Behörde für den Bürger ist zu.')).toEqual(['Behörde für Inneres und Sport']);
    expect(names('Es ermittelt das Kompetenzzentrum des Landes Hessen für Cybersicherheit, da Ekom21 Anzeige erstattet hat.')).toEqual([
      'Kompetenzzentrum des Landes Hessen für Cybersicherheit', 'ekom21',
    ]);
  });
});

describe('a Land\'s body by adjective, in the genitive', () => {
  it('reads "des Berliner IT-Dienstleistungszentrums" as the registry\'s ITDZ', () => {
    expect(names('Eine Sprecherin des Berliner IT-Dienstleistungszentrums sagte das.')).toEqual(['IT-Dienstleistungszentrum Berlin']);
  });
});

describe('mid-level and federal bodies, an Autobahn station, a prosecutor "am Landgericht"', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name}`);
  it('knows the mid-level authorities of Sachsen-Anhalt, Thüringen and Sachsen, in any case', () => {
    expect(names('Das Landesverwaltungsamt Sachsen-Anhalt meldet')).toEqual(['Landesverwaltungsamt Sachsen-Anhalt → Landesverwaltungsamt Sachsen-Anhalt']);
    expect(names('Ein Sprecher des Thüringer Landesverwaltungsamtes sagte')).toEqual(['Thüringer Landesverwaltungsamtes → Thüringer Landesverwaltungsamt']);
    expect(names('Die Landesdirektion Sachsen prüft')).toEqual(['Landesdirektion Sachsen → Landesdirektion Sachsen']);
  });
  it('knows the Bundesagentur für Arbeit and the eGo-MV by name and short name', () => {
    expect(names('Die Bundesagentur für Arbeit meldet')).toEqual(['Bundesagentur für Arbeit → Bundesagentur für Arbeit']);
    expect(names('Beim eGo-MV gab es eine Störung')).toEqual(['eGo-MV → Elektronische Verwaltung in Mecklenburg-Vorpommern']);
  });
  it('reads an "Autobahnpolizeistation" with its place', () => {
    expect(names('Die Autobahnpolizeistation Schweich ermittelt')).toEqual(['Autobahnpolizeistation Schweich → Autobahnpolizeistation Schweich']);
  });
  it('reads the court after "am" as where the prosecutor sits, not as a second body', () => {
    expect(names('Die Staatsanwaltschaft am Landgericht Ravensburg ermittelt')).toEqual(['Staatsanwaltschaft am Landgericht Ravensburg → Staatsanwaltschaft Ravensburg']);
    expect(names('Die Staatsanwaltschaft beim Landgericht Ravensburg ermittelt')).toEqual(['Staatsanwaltschaft beim Landgericht Ravensburg → Staatsanwaltschaft Ravensburg']);
  });
});

describe('a ministry\'s second complement after a comma', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => a.name);
  it('reads "Bundesministerium des Innern, für Bau und Heimat" whole, and stops at a comma before anything else', () => {
    expect(names('Das Bundesministerium des Innern, für Bau und Heimat weist darauf hin.')).toEqual(['Bundesministerium des Innern, für Bau und Heimat']);
    expect(names('Das Bundesministerium des Innern, sagte ein Sprecher, prüft.')).toEqual(['Bundesministerium des Innern']);
  });
});

describe('hard-wrapped lines', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => a.name);
  it('reads a place after a line break and a list of places across one', () => {
    expect(names('Spürhunde aus den Polizeidirektionen Ratzeburg,\nBad Segeberg und Kiel. Es ermittelt die Bezirkskriminalinspektion\nLübeck.')).toEqual([
      'Polizeidirektion Ratzeburg', 'Polizeidirektion Bad Segeberg', 'Polizeidirektion Kiel', 'Bezirkskriminalinspektion Lübeck',
    ]);
  });
  it('keeps a blank line as the end of a name', () => {
    expect(names('Pressemitteilung der Polizei\n\nBerlin ist schön.')).toEqual([]);
  });
});

describe('designators read on the fifth day', () => {
  it('reads "die Polizei in Mittelfranken" as the authority the registry has for the area, "die Polizei in Lünen" as none', () => {
    expect(found('Die Polizei in Mittelfranken war gut beschäftigt.').map((a) => a.id)).toEqual(['polizei-mittelfranken']);
    expect(found('Die Polizei in Lünen war gut beschäftigt.')).toEqual([]);
  });
  it('reads the short "Revier" with a place of its own as the Polizeirevier, not with a compass word', () => {
    expect(found('Zwei Beamte des Reviers Offenburg wenden sich an die Bürger.').map((a) => a.text)).toEqual(['Reviers Offenburg']);
    expect(extractAgencies('Zwei Beamte des Reviers Offenburg ermitteln.').agencies.map((a) => a.name)).toEqual(['Polizeirevier Offenburg']);
    expect(found('Wie er den Polizisten des Reviers Nord mitteilte, war es gegen 19 Uhr.')).toEqual([]);
    expect(found('Der Jäger ging in sein Revier.')).toEqual([]);
  });
  it('joins a double name written with a spaced dash, not a seat after a body the registry has', () => {
    expect(extractAgencies('gibt die Staatsanwaltschaft Nürnberg – Fürth folgende Erklärung ab').agencies.map((a) => a.name)).toEqual(['Staatsanwaltschaft Nürnberg-Fürth']);
    expect(found('Polizeipräsidium Nordhessen - Kassel').map((a) => a.id)).toEqual(['polizei-nordhessen']);
  });
});

describe('a dispatch centre named by its region', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name} (${a.kind})`);
  it('reads "Regionalleitstelle Lausitz" as a body', () => {
    expect(names('Die Regionalleitstelle Lausitz meldete eine Störung.')).toEqual(['Regionalleitstelle Lausitz → Regionalleitstelle Lausitz (fire-service)']);
  });
  it('gives none for the word without a place, nor for a fire brigade by its town', () => {
    expect(names('Die Regionalleitstelle war überlastet.')).toEqual([]);
    expect(names('Die Berufsfeuerwehr Lübeck und die Feuerwehr Erlangen löschten.')).toEqual([]);
  });
});

describe('the Saarland\'s "Kriminaldienst" and a municipal IT provider of Lower Saxony', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name} (${a.kind})`);
  it('reads "Kriminaldienst Saarbrücken" as a unit with a place of its own', () => {
    expect(names('Der Kriminaldienst Saarbrücken ermittelt.')).toEqual(['Kriminaldienst Saarbrücken → Kriminaldienst Saarbrücken (police)']);
  });
  it('knows the Kommunale Dienste Göttingen', () => {
    expect(names('Der Dienstleister Kommunale Dienste Göttingen betreut die Stadtverwaltung.')).toEqual(['Kommunale Dienste Göttingen → Kommunale Dienste Göttingen (it-provider)']);
  });
});

describe('a bare "Landeskriminalamt" in a text of another Land\'s police', () => {
  it('is the LKA of the Land of the places the text names, before the Land of an authority it also names', async () => {
    const { extractEntities } = await import('../index.js');
    const text = 'Die Polizei hat in Cottbus acht Objekte durchsucht. Vorausgegangen waren Ermittlungen von Kriminalpolizei und Landeskriminalamt. Zeitgleich durchsuchten Beamte der Berliner Polizei ein Objekt.';
    const ids = extractEntities(text, { publishedAt: '2024-04-25T12:00:00+02:00', sourceKind: 'news' }).agencies.map((a) => a.id);
    expect(ids).toContain('lka-brandenburg');
    expect(ids).not.toContain('lka-berlin');
  });
});

describe('a Land\'s constitutional court', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.name} (${a.kind})`);
  it('reads "Verfassungsgerichtshof Sachsen" and "… des Landes Berlin" by their Land', () => {
    expect(names('Der Verfassungsgerichtshof Sachsen tagt.')).toEqual(['Verfassungsgerichtshof Sachsen → Verfassungsgerichtshof Sachsen (court)']);
    expect(names('Der Verfassungsgerichtshof des Landes Berlin entscheidet.')).toEqual(['Verfassungsgerichtshof des Landes Berlin → Verfassungsgerichtshof Berlin (court)']);
  });
});

describe('one body however its place is spelled', () => {
  const names = (text: string) => extractAgencies(text).agencies.map((a) => `${a.span.text} → ${a.id}|${a.name}`);
  it('finds a registry body written with a hyphen for a blank ("Oberbayern-Nord")', () => {
    expect(names('Nach Angaben des Polizeipräsidiums Oberbayern-Nord brannte es.')).toEqual([
      'Polizeipräsidiums Oberbayern-Nord → polizei-oberbayern-nord|Polizeipräsidium Oberbayern Nord',
    ]);
  });
  it('names a unit by the gazetteer\'s spelling of its town ("Rosslau" for "Roßlau")', () => {
    expect(names('Das Polizeirevier Dessau-Rosslau meldet.')).toEqual(['Polizeirevier Dessau-Rosslau → unknown-polizeirevier-dessau-rosslau|Polizeirevier Dessau-Roßlau']);
  });
  it('keeps a spelling the gazetteer knows as a name of its own ("Esslingen", short for Esslingen am Neckar, not the Eifel\'s Eßlingen)', () => {
    expect(names('Die Kriminalpolizeidirektion Esslingen ermittelt.')).toEqual(['Kriminalpolizeidirektion Esslingen → unknown-kriminalpolizeidirektion-esslingen|Kriminalpolizeidirektion Esslingen']);
  });
  it('reads a town that is also an everyday word after a unit\'s designator, not after a bare "Polizei"', () => {
    expect(names('Schmierfinke besprühten die Wände der Polizeistation Höchst.')).toEqual(['Polizeistation Höchst → unknown-polizeistation-hoechst|Polizeistation Höchst']);
    expect(names('Die Polizei Lauf nahm den Täter fest.')).toEqual([]);
  });
  it('keeps abbreviated joining words in a unit\'s place ("Lauf a.d. Pegnitz", "Neumarkt i.d. OPf.")', () => {
    expect(names('Es gelang der Polizeiinspektion Lauf a.d. Pegnitz, den Mann festzunehmen.')).toEqual([
      'Polizeiinspektion Lauf a.d. Pegnitz → unknown-polizeiinspektion-lauf-a-d-pegnitz|Polizeiinspektion Lauf a.d. Pegnitz',
    ]);
    expect(names('Die Polizeiinspektion Neumarkt i.d. OPf. meldet.')).toEqual([
      'Polizeiinspektion Neumarkt i.d. OPf. → unknown-polizeiinspektion-neumarkt-i-d-opf|Polizeiinspektion Neumarkt i.d. OPf.',
    ]);
  });
  it('knows further public IT providers and the BBK\'s short name', () => {
    expect(names('Das HannIT-Rechenzentrum meldete eine Störung. Eine Liste gibt es beim Bundesamt für Bevölkerungsschutz.')).toEqual([
      'HannIT → hannit|hannIT', 'Bundesamt für Bevölkerungsschutz → bbk|Bundesamt für Bevölkerungsschutz und Katastrophenhilfe',
    ]);
  });
});

describe('Land ministries, Mittelbehörden and data-protection authorities (tenth day)', async () => {
  // Imported here, as above: the whole pipeline decides which places a text names.
  const { extractEntities } = await import('../index.js');
  const ids = (text: string) => extractEntities(text, { publishedAt: '2024-04-25T12:00:00+02:00', sourceKind: 'news' }).agencies.map((a) => a.id);
  it('finds an interior ministry by its name of the time, its short form and its Land adjective', () => {
    expect(ids('Das Hessische Ministerium des Innern und für Sport prüft den Vorfall.')).toEqual(['innenministerium-hessen']);
    expect(ids('Das hessische Innenministerium prüft den Vorfall.')).toEqual(['innenministerium-hessen']);
    expect(ids('Das Thüringer Ministerium für Inneres und Kommunales prüft den Vorfall.')).toEqual(['innenministerium-thueringen']);
  });
  it('finds a data-protection authority in either gender of its head', () => {
    expect(ids('Der Landesbeauftragte für den Datenschutz Niedersachsen wurde informiert.')).toEqual(['lfd-niedersachsen']);
    expect(ids('Auch der Hessische Datenschutzbeauftragte wurde informiert.')).toEqual(['hbdi']);
  });
  it('reads "das Regierungspräsidium" and "die Bezirksregierung" as the one of the Regierungsbezirk all the places lie in', () => {
    expect(ids('Der Haushalt der Stadt Ludwigsburg muss vom Regierungspräsidium genehmigt werden.')).toEqual(['rp-stuttgart']);
    expect(ids('In Köln und Bonn prüft die Bezirksregierung den Fall.')).toEqual(['bezreg-koeln']);
    // Places in two Regierungsbezirke: which one is meant is not told.
    expect(ids('In Köln und Münster prüft die Bezirksregierung den Fall.')).toEqual([]);
  });
});

describe('coordinated place adjectives before a designator (tenth day)', () => {
  it('reads "der Augsburger und Nürnberger Kriminalpolizei" as two bodies, each with its adjective as evidence', () => {
    expect(found('Beamte der Augsburger und Nürnberger Kriminalpolizei nahmen ihn fest.')).toEqual([
      { index: 11, text: 'Augsburger', id: 'unknown-kriminalpolizei-augsburg' },
      { index: 26, text: 'Nürnberger Kriminalpolizei', id: 'unknown-kriminalpolizei-nuernberg' },
    ]);
  });
  it('needs the article before the list', () => {
    expect(found('Stralsunder und Rostocker Kripo ermitteln.')).toEqual([]);
  });
});

describe('Bavaria\'s border police (tenth day)', () => {
  it('reads "Grenzpolizei <Ort>" and "Grenzpolizeistation <Ort>" as units by their seat', () => {
    expect(found('Beamte der Grenzpolizei Murnau stellten ihn.').map((a) => a.id)).toEqual(['unknown-grenzpolizei-murnau']);
    expect(found('Die Grenzpolizeistation Piding ermittelt.').map((a) => a.id)).toEqual(['unknown-grenzpolizeistation-piding']);
  });
});

describe('numbered units listed in the plural (twelfth day)', () => {
  it('reads "der Polizeiabschnitte 62 und 63" as two bodies', () => {
    expect(names('Einsatzkräfte der Polizeiabschnitte 62 und 63 nahmen ihn fest.')).toEqual(['Polizeiabschnitt 62', 'Polizeiabschnitt 63']);
  });
  it('takes no number after a designator that is not numbered', () => {
    expect(names('Die Polizeiinspektionen Gotha und 2 Beamte')).toEqual(['Polizeiinspektion Gotha']);
  });
});

describe('one designator before two registry places (twelfth day)', () => {
  it('reads "Polizei Kleve und Krefeld" as two bodies, "Polizei Kleve und Anwohner" as one', () => {
    expect(names('Pressemitteilung von Polizei Kleve und Krefeld: Mann verletzt.')).toEqual(['Kreispolizeibehörde Kleve', 'Polizeipräsidium Krefeld']);
    expect(names('Die Polizei Kleve und Anwohner halfen.')).toEqual(['Kreispolizeibehörde Kleve']);
  });
});

describe('"Polizei X" beside the unit of X the text names (twelfth day)', () => {
  it('folds "Polizei Osnabrück" into the "Polizeiinspektion Osnabrück" of the same text', () => {
    expect(names('Polizeiinspektion Osnabrück. Gemeinsame Pressemitteilung der Polizei Minden-Lübbecke und Osnabrück.'))
      .toEqual(['Polizeiinspektion Osnabrück', 'Kreispolizeibehörde Minden-Lübbecke', 'Polizeiinspektion Osnabrück']);
    expect(names('Die Polizei Osnabrück ermittelt.')).toEqual(['Polizeidirektion Osnabrück']);
  });
});

describe('short and inflected forms (thirteenth day)', () => {
  it('reads "des Präsidiums Mannheim" as the Polizeipräsidium, "das Präsidium des Landtags" as none', () => {
    expect(found('Pressemitteilung der Staatsanwaltschaft Karlsruhe, des Präsidiums Mannheim und des LKA.').map((a) => a.id)).toContain('polizei-mannheim');
    expect(found('Das Präsidium des Landtags tagte.')).toEqual([]);
  });
  it('reads a registry name ending in "-haus" in the genitive ("des Essener Systemhauses")', () => {
    expect(found('Techniker des Essener Systemhauses suchten den Fehler.').map((a) => a.id)).toEqual(['essener-systemhaus']);
  });
});

describe('a Land\'s ministry named without its Land, the RKI (thirteenth day)', () => {
  it('names "das Ministerium für Infrastruktur und Digitales" with the Land of the text, not one that names its Land', () => {
    expect(inNews('In Magdeburg teilte das Ministerium für Infrastruktur und Digitales mit, die Störung sei behoben.'))
      .toEqual(['Ministerium für Infrastruktur und Digitales Sachsen-Anhalt']);
    expect(inNews('Das Ministerium für Inneres teilte mit.')).toEqual(['Ministerium für Inneres']);
  });
  it('knows the Robert Koch-Institut by its name and abbreviation', () => {
    expect(found('Das Robert Koch-Institut meldet neue Zahlen, so das RKI.').map((a) => a.id)).toEqual(['rki', 'rki']);
  });
});

describe('a Land\'s ministry by its short name (thirteenth day)', () => {
  it('resolves "das Bildungsministerium", "die Staatskanzlei" to the Land of the text, not in a city-state', () => {
    expect(inNews('In Kiel hat das Bildungsministerium den Unterricht abgesagt.')).toEqual(['Bildungsministerium Schleswig-Holstein']);
    expect(inNews('Ein Sprecher der Staatskanzlei in Erfurt sagte, es gebe keine Einschränkungen.')).toEqual(['Staatskanzlei Thüringen']);
    expect(inNews('In Berlin teilte die Staatskanzlei mit.')).toEqual([]);
  });
});
