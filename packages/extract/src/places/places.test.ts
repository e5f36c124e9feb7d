import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

const PUBLISHED = '2023-11-06T12:00:00+01:00';

function municipalities(text: string, context: { jurisdiction?: string; sourceAgency?: string } = {}) {
  return extractEntities(text, { publishedAt: PUBLISHED, ...context }).municipalities
    .map((m) => ({ index: m.span.start, text: m.span.text, ags: m.ags }));
}
function districts(text: string) {
  return extractEntities(text, { publishedAt: PUBLISHED }).districts.map((d) => ({ index: d.span.start, text: d.span.text, ags: d.ags, name: d.name }));
}

describe('municipalities', () => {
  it('finds a plain name with its AGS, district and centroid', () => {
    const [m] = extractEntities('Ein Unfall in Iserlohn.', { publishedAt: PUBLISHED }).municipalities;
    expect(m).toMatchObject({ span: { start: 14, end: 22, text: 'Iserlohn' }, ags: '05962024', name: 'Iserlohn', district: { ags: '05962' }, state: 'NW' });
    expect(m!.lat).toBeGreaterThan(51);
    expect(m!.confidence).toBeGreaterThan(0.8);
  });
  it('returns one mention per occurrence', () => {
    expect(municipalities('Iserlohn. Später wieder in Iserlohn.').map((m) => m.index)).toEqual([0, 27]);
  });
  it('skips cities named only inside agency names', () => {
    expect(municipalities('Die Polizei Dortmund, das Polizeipräsidium Hagen und die Staatsanwaltschaft Köln ermitteln in Lünen.')).toEqual([
      { index: 94, text: 'Lünen', ags: '05978024' },
    ]);
  });
  it('skips a building named after a town, a police area label and the first part of a person\'s double name', () => {
    expect(municipalities('Betroffen waren die Büros im Haus Berlin an der Kohlwaagstraße.')).toEqual([]);
    expect(municipalities('Landkreis Mittelsachsen\nRevierbereich Freiberg\nEin Radfahrer stürzte.')).toEqual([]);
    expect(municipalities('Das sagt Jürgen Vogt-Zembol. „Alle Türen werden abgeschlossen“, sagt Vogt-Zembol.')).toEqual([]);
  });
  it('takes a town that needs context as the subject of a sentence ("Werne hat …", "Auch Selm und Werne sind …")', () => {
    expect(municipalities('Werne hat das Rathaus geschlossen.').map((m) => m.text)).toEqual(['Werne']);
    expect(municipalities('Es regnet. Auch Selm und Werne sind betroffen.').map((m) => m.text)).toEqual(['Selm', 'Werne']);
    expect(municipalities('Essen und Trinken ist im Rathaus verboten.')).toEqual([]);
    expect(municipalities('Herr Werner sagte, Werne sei schön.').map((m) => m.text)).toEqual([]);
  });
  it('skips names inside district names', () => {
    expect(municipalities('Der Kreis Soest und die Kreisverwaltung Unna informieren.')).toEqual([]);
  });
  it('skips streets and directions', () => {
    expect(municipalities('Auf der Hammer Straße und der Dortmunder Straße in Werne, dann auf der A 2 in Fahrtrichtung Hannover.')).toEqual([
      { index: 51, text: 'Werne', ags: '05978040' },
    ]);
  });
  it('needs evidence for names that are also words', () => {
    expect(municipalities('Das Auto geriet in Brand. In der Halle lag Essen. Zum Schutz der Lage.')).toEqual([]);
    expect(municipalities('Die Gemeinde Brand meldet einen Einbruch in Hamm.').map((m) => m.text)).toEqual(['Brand', 'Hamm']);
  });
  it('reads adjective and genitive forms only next to the administration', () => {
    expect(municipalities('Die Werner Stadtverwaltung und Lünens Bürgermeister informieren.')).toEqual([
      { index: 4, text: 'Werner', ags: '05978040' },
      { index: 31, text: 'Lünens', ags: '05978024' },
    ]);
    expect(municipalities('Ein Mendener und Werner Müller waren dort.')).toEqual([]);
  });
  it('takes no part of a Land\'s name in the genitive ("Schleswig-Holsteins Landesportal")', () => {
    expect(municipalities('Die Angriffe legten Schleswig-Holsteins Landesportal lahm.')).toEqual([]);
  });
  it('reads a homonym without other hints as the town whose official name is the one written ("Freiberg", not "Freiberg am Neckar")', () => {
    expect(municipalities('Die Stadt Freiberg teilt mit.')).toEqual([{ index: 10, text: 'Freiberg', ags: '14522180' }]);
  });
  it('reads irregular and "-städter" adjectives before an office ("Münchner Rathaus", "Ingolstädter Bürgeramt")', () => {
    expect(municipalities('Das Münchner Rathaus und das Ingolstädter Bürgeramt sind zu.').map((m) => m.ags)).toEqual(['09162000', '09161000']);
  });
  it('reads the adjective of a hyphenated name before an office ("Neu-Ulmer Stadtverwaltung"), not a part of it alone', () => {
    expect(municipalities('Die gesamte Neu-Ulmer Stadtverwaltung bleibt geschlossen.')).toEqual([{ index: 12, text: 'Neu-Ulmer', ags: '09775135' }]);
    expect(municipalities('Das Castrop-Rauxeler Rathaus ist zu.').map((m) => m.text)).toEqual(['Castrop-Rauxeler']);
    expect(municipalities('Die Max-Planck-Straßer Verwaltung ist zu.')).toEqual([]);
  });
  it('reads a name with "ß" written "ss" ("Giessen (ots)")', () => {
    expect(municipalities('Giessen (ots) - Einbrecher scheiterten.')).toEqual([{ index: 0, text: 'Giessen', ags: '06531005' }]);
  });
  it('reads the adjective form before a facility of the town ("Das Zweibrücker Hallenbad")', () => {
    expect(municipalities('Das Zweibrücker Hallenbad musste schließen.')).toEqual([{ index: 4, text: 'Zweibrücker', ags: '07320000' }]);
    expect(municipalities('Ein Stromausfall blockierte das Bremer Stadtamt.').map((m) => m.ags)).toEqual(['04011000']);
    expect(municipalities('Die Leipziger Städtischen Bibliotheken bleiben geschlossen.').map((m) => m.ags)).toEqual(['14713000']);
  });
  it('reads an adjective with the final "s" doubled ("im Cottbusser Ortsteil Sielow")', () => {
    expect(municipalities('Einbrüche im Cottbusser Ortsteil Sielow.')).toEqual([{ index: 13, text: 'Cottbusser', ags: '12052000' }]);
  });
  it('reads the adjective form before an office of the town too ("Im Düsseldorfer Straßenverkehrsamt")', () => {
    expect(municipalities('Im Düsseldorfer Straßenverkehrsamt fielen die Rechner aus.').map((m) => m.text)).toEqual(['Düsseldorfer']);
  });
  it('reads a "Bad" town written without "Bad" only joined to its Ortsteil', () => {
    expect(municipalities('Unfälle auf der A 44 im Bereich Wünnenberg-Haaren.').map((m) => [m.text, m.ags])).toEqual([['Wünnenberg', '05774040']]);
    expect(municipalities('Die Wünnenberg war zu.')).toEqual([]);
    expect(districts('Im Landkreis Hersfeld-Rotenburg').map((d) => d.ags)).toEqual(['06632']);
    expect(municipalities('Im Landkreis Hersfeld-Rotenburg und in Hersfeld-Rotenburg.')).toEqual([]);
  });
  it('takes datelines as evidence', () => {
    expect(municipalities('Hamm (ots) - Ein Fahrrad wurde gestohlen.')).toEqual([{ index: 0, text: 'Hamm', ags: '05915000' }]);
    expect(municipalities('Werne, 31.10.2023\n\nDas Rathaus bleibt geschlossen.').map((m) => m.text)).toEqual(['Werne']);
  });
  it('skips surnames after first names, also later in the text', () => {
    expect(municipalities('Landrat Stefan Sternberg (SPD) sagte, Sternberg sei zufrieden.')).toEqual([]);
  });
  it('skips states listed as states', () => {
    expect(municipalities('Ermittler aus Berlin, Brandenburg, Bremen und Schleswig-Holstein halfen.')).toEqual([]);
  });
});

describe('homonyms', () => {
  it('prefers the publisher jurisdiction', () => {
    expect(municipalities('Ein Brand in Neustadt.', { jurisdiction: '16070' })[0]?.ags).toBe('16070038');
    expect(municipalities('Ein Brand in Neustadt.', { jurisdiction: '07' })[0]?.ags).toBe('07316000');
  });
  it('prefers the area of named agencies, then the largest place, with lower confidence', () => {
    expect(municipalities('Die Polizei Gütersloh meldet Schäden in Halle (Westf.) und in Halle.')[1]?.ags).toBe('05754012');
    const [halle] = extractEntities('Ein Unfall in Halle.', { publishedAt: PUBLISHED }).municipalities;
    expect(halle).toMatchObject({ ags: '15002000' });
    expect(halle!.confidence).toBeLessThan(0.6);
  });
});

describe('Berlin', () => {
  it('does not read Berlin localities as towns elsewhere', () => {
    expect(municipalities('In Berlin-Lichtenberg und in Spandau sowie in Britz nahm die Polizei Berlin zwei Männer fest.').map((m) => m.text)).toEqual(['Berlin']);
    expect(municipalities('Ein Einbruch in Lichtenberg.', { jurisdiction: '11' })).toEqual([]);
  });
});

describe('districts', () => {
  it('finds designated and standalone district names', () => {
    expect(districts('Der Kreis Soest, der Märkische Kreis, der Hochsauerlandkreis und die Region Hannover.')).toEqual([
      { index: 4, text: 'Kreis Soest', ags: '05974', name: 'Kreis Soest' },
      { index: 21, text: 'Märkische Kreis', ags: '05962', name: 'Märkischer Kreis' },
      { index: 42, text: 'Hochsauerlandkreis', ags: '05958', name: 'Hochsauerlandkreis' },
      { index: 69, text: 'Region Hannover', ags: '03241', name: 'Region Hannover' },
    ]);
  });
  it('reads lists, genitives and administrations', () => {
    expect(districts('Die Kreisverwaltungen Siegen-Wittgenstein und Soest sowie des Rhein-Pfalz-Kreises.').map((d) => [d.text, d.name])).toEqual([
      ['Kreisverwaltungen Siegen-Wittgenstein', 'Kreis Siegen-Wittgenstein'],
      ['Soest', 'Kreis Soest'],
      ['Rhein-Pfalz-Kreises', 'Rhein-Pfalz-Kreis'],
    ]);
    expect(districts('Hunde aus den Landkreisen Rhön-Grabfeld und Haßberge, aus der Städteregion Aachen.').map((d) => d.name)).toEqual([
      'Landkreis Rhön-Grabfeld', 'Landkreis Haßberge', 'Städteregion Aachen',
    ]);
  });
  it('meets spellings that drop or add hyphens and blanks', () => {
    expect(districts('Proteste im Kreis Vorpommern Greifswald; die Landratsämter Saale-Holzlandkreis und Greiz bleiben zu.').map((d) => [d.text, d.ags])).toEqual([
      ['Kreis Vorpommern Greifswald', '13075'],
      ['Landratsämter Saale-Holzlandkreis', '16074'],
      ['Greiz', '16076'],
    ]);
    expect(districts('Bauernproteste in Vorpommern Greifswald am Montag.').map((d) => d.ags)).toEqual(['13075']);
  });
  it('reads a town\'s adjective before "Landkreis" as the Kreis of that name ("aus dem westlichen Münchner Landkreis")', () => {
    expect(districts('Die Fahrerin aus dem westlichen Münchner Landkreis wurde verletzt.').map((d) => [d.text, d.ags])).toEqual([['Münchner Landkreis', '09184']]);
  });
  it('reads a name in parentheses after a newspaper as its local edition, not a place ("Schwäbische Zeitung (Biberach)")', () => {
    expect(municipalities('Schwäbische Zeitung (Biberach)\n\nNichts geht mehr im Rathaus Schwendi').map((m) => m.text)).toEqual(['Schwendi']);
    expect(municipalities('Schwäbische Zeitung (Ravensburg / Weingarten)\n\nRatte kappt Verbindung in Ravensburg').map((m) => m.index)).toEqual([73]);
  });
  it('reads a town\'s name after an initial or before a role as a person\'s ("R. Miesbach", "Astrid Lehre, Fachbereichsleitung …")', () => {
    expect(municipalities('Die neue Stadtbibliothek. (Foto: R. Miesbach)')).toEqual([]);
    expect(municipalities('Astrid Lehre, Fachbereichsleitung Ordnung, erklärte das.')).toEqual([]);
  });
  it('reads a section label after a news site\'s login link as no place ("Anmelden⏎Lauenburg")', () => {
    expect(municipalities('Menü\nAnmelden\nLauenburg EDV-Kollaps im Kreishaus')).toEqual([]);
  });
  it('reads a landscape\'s adjective before "Kreisverwaltung" as the Kreis named after it ("die nordfriesische Kreisverwaltung")', () => {
    expect(districts('Die nordfriesische Kreisverwaltung in Husum teilte mit, die IT sei ausgefallen.').map((d) => [d.text, d.ags])).toEqual([['nordfriesische Kreisverwaltung', '01054']]);
    expect(districts('Das vogtländische Landratsamt bleibt geschlossen.').map((d) => d.name)).toEqual(['Vogtlandkreis']);
    // An adjective that names no single Kreis names none.
    expect(districts('Die sauerländische Kreisverwaltung bleibt geschlossen.')).toEqual([]);
  });
  it('reads a list item by the part of the official name that is not the kind of district', () => {
    expect(districts('Streifen in den Landkreisen Stendal, Salzwedel und Jerichower Land.').map((d) => d.name)).toEqual([
      'Landkreis Stendal', 'Altmarkkreis Salzwedel', 'Landkreis Jerichower Land',
    ]);
  });
  it('reads a long list, and an item whose official name abbreviates what the text writes out ("Mühldorf am Inn")', () => {
    expect(districts('Zuständig für die Landkreise Altötting, Mühldorf am Inn, Berchtesgadener Land, Traunstein, Rosenheim, Miesbach, '
      + 'Bad Tölz-Wolfratshausen, Garmisch-Partenkirchen und Weilheim-Schongau.').map((d) => d.ags)).toEqual([
      '09171', '09183', '09172', '09189', '09187', '09182', '09173', '09180', '09190',
    ]);
  });
  it('reads the Kreis a Kreisverwaltung is "von"', () => {
    expect(districts('In dieser Woche ist in der Kreisverwaltung von Nordwestmecklenburg alles anders.').map((d) => [d.text, d.ags])).toEqual([
      ['Kreisverwaltung von Nordwestmecklenburg', '13074'],
    ]);
    expect(districts('Die Kreisverwaltung von heute ist digital.')).toEqual([]);
  });
  it('reads a list only after a plural designator', () => {
    expect(districts('Der Landkreis Osnabrück und Osnabrück selbst sind betroffen.').map((d) => d.text)).toEqual(['Landkreis Osnabrück']);
  });
  it('skips a parenthesis between the items of a list', () => {
    expect(districts('Beschluss mit den Landkreisen Emmendingen (Landrat Max Muster), Lörrach (Landrätin Eva Beispiel) und Waldshut.').map((d) => d.ags)).toEqual([
      '08316', '08336', '08337',
    ]);
  });
  it('skips a district named only inside an agency name', () => {
    expect(districts('Die Kreispolizeibehörde Märkischer Kreis meldet.')).toEqual([]);
  });
});

describe('names that are also words, and homonyms (issue cases)', () => {
  it('keeps nouns, rivers, quantities, teams and idioms out', () => {
    expect(municipalities('Der Topf mit Essen stand auf dem Herd. Die Leiche wurde in der Dahme gefunden.')).toEqual([]);
    expect(municipalities('Er verkaufte Cannabis in Mengen von mehreren Kilogramm.')).toEqual([]);
    expect(municipalities('Nach einem Aufenthalt in Rom reiste sie zu den Festspielen in Salzburg.')).toEqual([]);
    expect(municipalities('Fans von RB Leipzig feierten. Es drohen zwei Punkte in Flensburg.')).toEqual([]);
    expect(municipalities('Holstein Kiel, der MSV Duisburg, Wehen Wiesbaden und die TSG Hoffenheim spielten.')).toEqual([]);
    expect(municipalities('Die Durchsuchung fand im Ortsteil Groß Naundorf statt.')).toEqual([]);
  });
  it('carries an exclusion along a list ("Anschlussstellen Lüdenscheid-Nord und Hagen-Süd")', () => {
    expect(municipalities('Gesperrt zwischen den Anschlussstellen Lüdenscheid-Nord und Hagen-Süd.')).toEqual([]);
    expect(municipalities('Umleitung über Schalksmühle.').map((m) => m.text)).toEqual(['Schalksmühle']);
  });
  it('reads written-out forms of abbreviated official names ("Neustadt bei Coburg")', () => {
    expect(municipalities('Ein Mann aus Neustadt bei Coburg wurde festgenommen.')).toEqual([{ index: 13, text: 'Neustadt bei Coburg', ags: '09473151' }]);
  });
  it('resolves homonyms by the publisher, its agency and proximity', () => {
    expect(municipalities('Unfall in Neunkirchen.', { jurisdiction: '10043' })[0]?.ags).toBe('10043114');
    expect(municipalities('Unfall in Neunkirchen.', { sourceAgency: 'polizei-siegen-wittgenstein' })[0]?.ags).toBe('05970036');
    expect(municipalities('Fahrraddiebe in Frankfurt gestellt.', { sourceAgency: 'polizei-brandenburg' })[0]?.ags).toBe('12053000');
    // Berlin's publisher: the Petershagen next door (Petershagen/Eggersdorf), not the one in Westphalia.
    expect(municipalities('Durchsuchungen in Petershagen.', { jurisdiction: '11000000' })[0]?.ags).toBe('12064380');
  });
});

describe('districts in every form (issue cases)', () => {
  it('takes no Kreis from "Kreisgebiet" or "Kreisverwaltung" without a name, not even in the Kreis\'s own release', () => {
    const found = extractEntities('Im gesamten Kreisgebiet gilt das. Die Kreisverwaltung schließt.', { publishedAt: PUBLISHED, jurisdiction: '05974', sourceKind: 'district' }).districts;
    expect(found).toEqual([]);
  });
  it('reads a name labelled as a Kreis in a header', () => {
    expect(districts('Landratsamt schließt\nGörlitz, DER LANDKREIS\n\nDas Landratsamt schließt.').map((d) => [d.text, d.ags])).toEqual([['Görlitz', '14626']]);
  });
  it('reads the stem of a "…-Kreis" after a designator, and in parentheses after a town, not inside another name', () => {
    expect(districts('Im Landkreis Rheingau-Taunus und bei der Kreisverwaltung Rhein-Sieg.').map((d) => [d.text, d.ags])).toEqual([
      ['Landkreis Rheingau-Taunus', '06439'], ['Kreisverwaltung Rhein-Sieg', '05382'],
    ]);
    expect(districts('Die Stadt Bad Schwalbach (Rheingau-Taunus) ist betroffen.').map((d) => [d.text, d.ags])).toEqual([['Rheingau-Taunus', '06439']]);
    expect(districts('Im Main-Taunus-Zentrum, am Rhein-Sieg und (Main-Taunus-Zentrum).')).toEqual([]);
    expect(districts('Titel\n\nSchwalm-Eder. Ein Bagger hat die Leitung gekappt.').map((d) => d.ags)).toEqual(['06634']);
    expect(districts('Wir fahren nach Schwalm-Eder. Dort ist es schön.')).toEqual([]);
  });
  it('reads a Kreis with a qualifier after a capitals dateline, and "Landkreis" with the name without it', () => {
    expect(districts('LAUTERHOFEN,LKR.NEUMARKT I.D.OPF. Am Montagabend brannte es.').map((d) => [d.text, d.ags])).toEqual([['NEUMARKT', '09373']]);
    expect(districts('Im Landkreis Dillingen brannte es.').map((d) => d.ags)).toEqual(['09773']);
  });
  it('reads Landkreis and Kreisverwaltung forms', () => {
    expect(districts('Der Landkreis Anhalt-Bitterfeld und die Kreisverwaltung Siegen-Wittgenstein.').map((d) => d.ags)).toEqual(['15082', '05970']);
  });
});

describe('homonyms, inflected names, initials', () => {
  it('reads "Bergen" beside Güstrow as Bergen auf Rügen (a qualifier "auf" is dropped in writing)', () => {
    expect(municipalities('Der Landkreis Ludwigslust-Parchim sowie die Stadtverwaltungen von Bergen und Güstrow teilten mit.').map((m) => m.ags)).toEqual(['13073010', '13072043']);
  });
  it('takes a name again that the text has taken as a place once', () => {
    expect(municipalities('Die Stadtverwaltungen von Bergen und Güstrow teilten mit. Im Rathaus von Bergen werde ein Notbetrieb gesichert.').map((m) => m.ags))
      .toEqual(['13073010', '13072043', '13073010']);
  });
  it('reads an inflected name before plural offices and institutions', () => {
    expect(municipalities('In Berliner Bürgerämtern gab es Probleme.').map((m) => m.ags)).toEqual(['11000000']);
    expect(municipalities('Pirnas Kultureinrichtungen erwachen wieder.').map((m) => m.ags)).toEqual(['14628270']);
    // A Hamburg Bezirk as a dateline in a text about the Hamburger Bezirksämter is Hamburg's, not the Bavarian town.
    expect(municipalities('Harburg - Die Hamburger Bezirksämter öffnen schrittweise wieder.').map((m) => m.ags)).toEqual(['02000000']);
  });
  it('reads no town in a surname before a press officer\'s initials, but keeps a dateline before an agency code', () => {
    expect(municipalities('Verantwortlich: Dorothea Benndorf (db), Sandra Freitag (sf)')).toEqual([]);
    expect(municipalities('Werne (lnw) - Ein Unfall.').map((m) => m.ags)).toEqual(['05978040']);
  });
});

describe('letter datelines', () => {
  it('reads "<Ort>, den <Datum>" at a line start as a place, also a name that is a word', () => {
    expect(municipalities('Pressemitteilung\nBurg, den 08.10.2012\n\nEinbrüche in Gartenlauben.', { jurisdiction: '15086' }).map((m) => m.ags)).toEqual(['15086015']);
    expect(municipalities('Pressemitteilung\nWerne, den 8. Oktober 2012\n\nEinbrüche.').map((m) => m.ags)).toEqual(['05978040']);
  });
});

describe('names that are also words', () => {
  it('reads no town in a name after an article, as a sentence opens too', () => {
    expect(municipalities('Die Elbe steigt. Die Lehre beginnt im August. Der Wasserstand der Elbe sinkt.')).toEqual([]);
  });
  it('reads no town in the first part of an association\'s compound name, but the town an association is named after', () => {
    expect(municipalities('Die Systeme der Verbandsgemeinde Elbe-Heide wurden geprüft.')).toEqual([]);
    // An Amt (Schleswig-Holstein, Mecklenburg-Vorpommern) is no Gemeinde; "Amt Neuhaus" is one.
    expect(municipalities('Die Verwaltung für die Stadt Lauenburg und das Amt Lütau ist geschlossen. In Amt Neuhaus nicht.').map((m) => m.text)).toEqual(['Lauenburg', 'Amt Neuhaus']);
    expect(municipalities('Die Verwaltungsgemeinschaft Altenstadt ist Opfer einer Cyberattacke geworden.', { jurisdiction: '09775' }).map((m) => m.ags)).toEqual(['09775111']);
  });
});

describe('names inside bodies, routes, addresses and labels', () => {
  const names = (text: string) => municipalities(text).map((m) => m.text);
  it('skips names of police units, courts and prosecutors, and their branches', () => {
    expect(names('Zum Revier gehören das Revierkommissariat Osterburg und die Außenstelle Havelberg; Einsatz in Tangermünde.')).toEqual(['Tangermünde']);
    expect(names('Nach Anordnung des AG Pößneck kam er in Haft. Antrag der Schwerpunktstaatsanwaltschaft\n\nStralsund und des Präsidiums.')).toEqual([]);
    expect(names('Es gab einen Totalausfall der Verbindung zum Kraftfahrtbundesamt in Flensburg.')).toEqual([]);
    expect(names('Der Notruf ging an die Polizei in Soest.')).toEqual([]);
    expect(names('Die Bezirksregierung Arnsberg und das Regierungspräsidium Gießen prüfen.')).toEqual([]);
    expect(names('Die Zulassungsstellen des Hochsauerlandkreises in Meschede und Brilon öffnen.')).toEqual(['Meschede', 'Brilon']);
    expect(names('Kreispolizeibehörde Soest\n\nSoest (ots) - Ein Rad wurde gestohlen.')).toEqual(['Soest']);
  });
  it('tells a hospital named after a place from a hospital in a place', () => {
    expect(names('Betroffen war auch das Krankenhaus Friedrichstadt.')).toEqual([]);
    expect(names('Er liegt in einem Krankenhaus in Potsdam.')).toEqual(['Potsdam']);
  });
  it('skips route labels', () => {
    expect(names('BAB 4, Görlitz - Dresden, bei Weißenberg\nEine Streife hielt einen Wagen an.')).toEqual(['Weißenberg']);
  });
  it('skips streets with house numbers and postal address lines', () => {
    expect(names('Die Postanschrift lautet: Neumarkt 5, 03046 Cottbus.')).toEqual([]);
    expect(names('Pressestelle beim Präsidium, D-87439 Kempten (Allgäu), Telefon 0831 1234.')).toEqual([]);
    expect(names('Er hielt sich im Oktober in 25761 Büsum auf.')).toEqual(['Büsum']);
  });
  it('skips names inside municipal companies (guide §1: "Stadtwerke Hamm")', () => {
    expect(names('Die Stadtwerke Hamm und die Hammer Stadtwerke informieren.')).toEqual([]);
    expect(names('Radio Bielefeld, die Kreissparkasse Köln, das DRK Soest und das Theater Hagen berichten.')).toEqual([]);
  });
  it('takes a list of places as evidence for names that need context', () => {
    expect(names('Im Kreis Unna: Bergkamen, Bönen, Kamen, Selm und Werne.')).toEqual(['Bergkamen', 'Bönen', 'Kamen', 'Selm', 'Werne']);
    expect(names('Lebensmittel und Waren, Brot und Essen.')).toEqual([]);
  });
  it('needs a preposition for names that are everyday words', () => {
    expect(names('Höhere Löhne, eine Mücke, die Schotten dicht: Burg Altena öffnet.')).toEqual(['Altena']);
    expect(names('Ein Unfall in Löhne und in Burg.')).toEqual(['Löhne', 'Burg']);
  });
  it('skips a name that labels its Kreis', () => {
    expect(names('Bautzen, DER LANDKREIS\n\nDas Amt schließt.')).toEqual([]);
  });
  it('reads "Ort:" labels as evidence', () => {
    expect(names('Ort: Leipzig (Stötteritz), Landkreise Leipzig und Nordsachsen')).toEqual(['Leipzig']);
  });
  it('reads a bare name that the text also gives a Kreis as the Kreis', () => {
    expect(names('Glätte in den Kreisen Biberach und Heidenheim. Allein im Raum Biberach gab es zwölf Unfälle.')).toEqual([]);
    expect(names('Augsburg : Landratsamt |\n\nIm Landratsamt Augsburg fällt das Netz aus.')).toEqual([]);
    expect(names('Der Kreis Unna meldet: Die Zulassungsstellen Unna und Lünen sind geschlossen.')).toEqual(['Unna', 'Lünen']);
  });
  it('keeps page furniture and queues out, and takes sites as evidence', () => {
    expect(names('Springe direkt zu: Inhalt. Vor dem Amt bildeten sich Schlangen.')).toEqual([]);
    expect(names('Ein Unfall in Springe.')).toEqual(['Springe']);
    expect(names('Die Bürgerbüros an den Standorten Demmin, Neubrandenburg und Waren bleiben offen.')).toEqual(['Demmin', 'Neubrandenburg', 'Waren']);
  });
});

describe('capitals datelines', () => {
  it('reads the name and the Kreis of a dateline in capitals', () => {
    const text = 'Fahrrad gestohlen\nBAD NEUSTADT A. D. SAALE, LKR. RHÖN-GRABFELD. Am Montag wurde ein Rad gestohlen.';
    expect(municipalities(text).map((m) => m.ags)).toEqual(['09673114']);
    expect(districts(text).map((d) => [d.text, d.ags])).toEqual([['RHÖN-GRABFELD', '09673']]);
    expect(municipalities('WÜRZBURG. Ein Radfahrer stürzte.').map((m) => m.ags)).toEqual(['09663000']);
    expect(municipalities('HOF. Ein Radfahrer stürzte.').map((m) => m.ags)).toEqual(['09464000']);
  });
  it('reads a dateline before a bullet, and a Kreis as the dateline', () => {
    expect(municipalities('Wassereinbruch\n\nSCHALKSMÜHLE ▪ Das Wasser stand hoch.').map((m) => m.ags)).toEqual(['05962056']);
    expect(districts('Kabel beschädigt\n\nMARBURG-BIEDENKOPF - Die Außenstellen sind nur eingeschränkt erreichbar.').map((d) => [d.text, d.ags]))
      .toEqual([['MARBURG-BIEDENKOPF', '06534']]);
  });
  it('leaves capitals headlines and words alone', () => {
    expect(municipalities('ACHTUNG, BRAND. Es brennt.\nHINWEIS: Bitte melden.')).toEqual([]);
    expect(municipalities('Ortsrecht\nAUB\nAhlener Umweltbetriebe\nLÜNEN\nStadtplan')).toEqual([]);
  });
});

describe('far small Gemeinden', () => {
  const names = (text: string) => municipalities(text).map((m) => m.text);
  it('takes a Gemeinde far from everything else in the text for an Ortsteil', () => {
    expect(names('Die Stadtbibliothek in Weimar und ihre Zweigstelle in Schöndorf schließen früher.')).toEqual(['Weimar']);
  });
  it('takes the name after an Ortsteil\'s own office for the Ortsteil', () => {
    expect(names('Das Gemeindesekretariat St. Georgen und die Ortsverwaltung Tiengen bleiben geschlossen.')).toEqual([]);
  });
  it('takes a town of several readings, none near the text\'s other places, for an Ortsteil too', () => {
    expect(names('Die Stadt Bensheim schließt das Rathaus. Betroffen ist auch die Verwaltungsstelle Auerbach.')).toEqual(['Bensheim']);
    expect(names('Die Stadt Bensheim schließt das Rathaus, die Stadt Auerbach nicht.')).toEqual(['Bensheim', 'Auerbach']);
  });
  it('keeps it where the text places it, names it with its Ortsteil or as a Gemeinde', () => {
    expect(names('Durchsuchungen in Weimar und in Schöndorf (Rheinland-Pfalz).')).toEqual(['Weimar', 'Schöndorf']);
    expect(names('Er stammt aus Möhnesee-Echtrop und wurde in Weimar gesehen.')).toEqual(['Möhnesee', 'Weimar']);
    expect(names('Durchsuchungen in Weimar und in der Gemeinde Schöndorf.')).toEqual(['Weimar', 'Schöndorf']);
  });
});

describe('residents in a municipality\'s own release', () => {
  const own = (text: string, jurisdiction: string) => municipalities(text, { jurisdiction }).map((m) => [m.text, m.ags]);
  it('takes the residents as the publisher\'s mention where its name is not written', () => {
    expect(own('Wir bitten die Rostocker um Verständnis.', '13003000')).toEqual([['Rostocker', '13003000']]);
    expect(own('Dank an die Brandenburgerinnen und Brandenburgern.', '12051000')).toEqual([
      ['Brandenburgerinnen', '12051000'], ['Brandenburgern', '12051000'],
    ]);
  });
  it('leaves adjectives, single persons and other publishers alone', () => {
    expect(own('Die Rostocker Straßenbahn fährt. Ein 45-jähriger Rostocker wurde befragt.', '13003000')).toEqual([]);
    expect(own('Wir bitten die Rostocker um Verständnis.', '13004000')).toEqual([]);
  });
});

describe('names that belong to something else (west set error kinds)', () => {
  const names = (text: string, context: { jurisdiction?: string } = {}) => municipalities(text, context).map((m) => m.text);
  it('skips a surname after a role, also with a first name between', () => {
    expect(names('Das bestätigte die Verwaltungsdirektorin Gudrun Lübbecke am Montag.')).toEqual([]);
    expect(names('Pressesprecher Iserlohn erklärte, in Werne sei alles ruhig.')).toEqual(['Werne']);
    expect(names('Es sprachen Landrätin Iserlohn und die Bürgermeisterin der Stadt Werne.')).toEqual(['Werne']);
  });
  it('skips a newspaper\'s slogan and section label', () => {
    expect(names('Westfalenbote | Ihre Zeitung aus Soest\nLokales Lippstadt Neues vom Markt')).toEqual([]);
  });
  it('skips landmarks named by another place and names after fused articles', () => {
    expect(names('Die Ausstellung im Soester Altenberge und der Umzug vom Altenberg.')).toEqual([]);
    expect(names('Die Durchsuchung im Mühlenbecker Land dauerte an.')).toEqual(['Mühlenbecker Land']);
  });
  it('takes a name right before another for a part of that place', () => {
    expect(names('Foto: Rathaus St. Johann Saarbrücken')).toEqual(['Saarbrücken']);
    expect(names('Ein Einsatz in Berlin Lichtenberg.')).toEqual(['Berlin']);
  });
  it('reads "Bad X" as the spa town, never as the town X', () => {
    expect(municipalities('Bad Homburg (kw) – Das Landratsamt schließt.').map((m) => [m.text, m.ags])).toEqual([['Bad Homburg', '06434001']]);
    expect(names('Urlaub in Bad Schönau am Wechsel.')).toEqual([]);
  });
  it('skips names in joint units written with a slash, control rooms and stations', () => {
    expect(names('Die Polizeiinspektionen Aurich/Wittmund und Wilhelmshaven/Friesland ermitteln.')).toEqual([]);
    expect(names('Notrufe nahm die Führungszentrale in Trier an; der Kollege von der Wache Coesfeld kam.')).toEqual([]);
  });
  it('skips labels of a phone list', () => {
    expect(names('Sie erreichen die Reviere unter: Lehe: 0471/953-3221; Mitte: 0471/953-3000.')).toEqual([]);
  });
  it('skips names of homes and of branch offices of one city', () => {
    expect(names('Betroffen sind die Bürgerämter Mülheim, Kalk und Porz sowie die Kinderheime Brück.')).toEqual([]);
  });
  it('takes Stadtteile of Hamburg and Bremen for them, and their homonyms elsewhere only with a preposition', () => {
    expect(names('Damit hat Harburg am Mittwoch frei.')).toEqual([]);
    expect(names('Im Bezirksamt Hamburg-Mitte und in Harburg bleibt es ruhig.')).toEqual(['Hamburg']);
    expect(municipalities('Ein Unfall in Harburg (Schwaben).').map((m) => m.ags)).toEqual(['09779155']);
  });
  it('reads an adjective before the city\'s institutions', () => {
    expect(municipalities('Die Räume der Grünstadter Einrichtung sind nass.').map((m) => m.ags)).toEqual(['07332024']);
  });
});

describe('credits', () => {
  const names = (text: string) => municipalities(text).map((m) => m.text);
  it('reads a name right after "Foto:" or "©" as a credit, not a place', () => {
    expect(names('Das Alte Rathaus war ohne Strom. Foto: Nagel  Bei Leitungsarbeiten wurde ein Kabel zerstört.')).toEqual([]);
    expect(names('Symbolbild © Werne')).toEqual([]);
    expect(names('Foto: Rathaus St. Johann Saarbrücken')).toEqual(['Saarbrücken']);
  });
});

describe('a name that is also a word, first in a list of places', () => {
  const names = (text: string) => municipalities(text).map((m) => m.text);
  it('takes "in Waren, Neustrelitz und Demmin" as three places, and "Waren" alone after "in" as none', () => {
    expect(names('Wartezeiten gibt es in den Zentren in Waren, Neustrelitz, Neubrandenburg und Demmin.')).toEqual(['Waren', 'Neustrelitz', 'Neubrandenburg', 'Demmin']);
    expect(names('Sie handeln in Waren aller Art.')).toEqual([]);
  });
});

describe('a Kreis named by its own web or mail address', () => {
  it('reads the domain of the Kreis as a district mention', () => {
    expect(districts('Infos auf der Homepage der Kreisverwaltung (www.hochtaunuskreis.de).').map((d) => [d.text, d.name]))
      .toEqual([['hochtaunuskreis', 'Hochtaunuskreis']]);
    expect(districts('Anfragen an bis[at]hochtaunuskreis[dot]de.').map((d) => d.name)).toEqual(['Hochtaunuskreis']);
    expect(districts('Anfragen an fahrerlaubnis@landkreis-landshut.de.').map((d) => d.name)).toEqual(['Landkreis Landshut']);
  });
  it('reads no Kreis from a city\'s domain or an abbreviation', () => {
    expect(districts('Mehr unter www.landshut.de und www.lra-sm.de.')).toEqual([]);
  });
});

describe('a Kreis by the short name news gives it', () => {
  it('reads "Neuss" in a list of Kreise as the Rhein-Kreis Neuss, "Kreis Lauenburg" as Herzogtum Lauenburg', () => {
    expect(districts('Betroffen waren die Kreise Kleve, Viersen, Wesel, Neuss.').map((d) => d.name))
      .toEqual(['Kreis Kleve', 'Kreis Viersen', 'Kreis Wesel', 'Rhein-Kreis Neuss']);
    expect(districts('Der Kreis Lauenburg meldet eine Störung.').map((d) => d.name)).toEqual(['Kreis Herzogtum Lauenburg']);
  });
});

describe('a town named by its own web or mail domain', () => {
  it('reads the domain of a town as a mention of it', () => {
    expect(municipalities('Termine sind wieder online über www.freiburg.de buchbar.').map((m) => [m.text, m.ags])).toEqual([['freiburg', '08311000']]);
    expect(municipalities('Anfragen an stadtbuecherei@herzogenrath.de.').map((m) => m.text)).toEqual(['herzogenrath']);
  });
  it('reads no town from a domain that is no town\'s name', () => {
    expect(municipalities('Mehr unter www.service-portal.de.')).toEqual([]);
    expect(municipalities('Mehr unter www.berlin.de/polizei/praevention.')).toEqual([]);
  });
});

describe('a town that is also a word, right after one of its offices', () => {
  it('reads "Stadtbibliothek Marl", "Bürgerbüro Hamm", "Standesamt Siegen" as the towns; a compass word stays none', () => {
    expect(municipalities('Die Stadtbibliothek Marl ist betroffen.').map((m) => m.text)).toEqual(['Marl']);
    expect(municipalities('Das Bürgerbüro Hamm ist geschlossen.').map((m) => m.text)).toEqual(['Hamm']);
    expect(municipalities('Das Standesamt Siegen ist geschlossen.').map((m) => m.text)).toEqual(['Siegen']);
    expect(municipalities('Das Bürgerbüro Mitte ist geschlossen.')).toEqual([]);
  });
  it('needs the office right before the name, on the same line', () => {
    expect(municipalities('Bürgerbüro\nSiegen wir gemeinsam.')).toEqual([]);
  });
});

describe('a site of the publisher\'s office named like a far town', () => {
  it('reads "Standort Burbach" and "Bürgeramt Burbach" in a Saarbrücken release as a quarter, not the Gemeinde Burbach in Siegerland', () => {
    const text = 'Bürgerämter der Landeshauptstadt ändern Dienstbetrieb: Standort Burbach geschlossen. Das Bürgeramt Burbach bleibt ab morgen geschlossen. Für die Bürgerämter in Brebach und in Dudweiler gilt weiterhin die Terminpflicht.';
    expect(municipalities(text, { jurisdiction: '10041100' }).map((m) => m.text)).not.toContain('Burbach');
  });
  it('keeps a near town after an office word', () => {
    expect(municipalities('Das Bürgeramt Siegen ist geschlossen. Auch in Burbach und Netphen gibt es Einschränkungen.', { jurisdiction: '05970' }).map((m) => m.text))
      .toEqual(['Siegen', 'Burbach', 'Netphen']);
  });
});

describe('a square after a capitalized fused article', () => {
  it('reads "Am Neumarkt" at a sentence start as no town', () => {
    expect(municipalities('Am Neumarkt stahlen Unbekannte die Geldbörse.')).toEqual([]);
  });
});

describe('credits, newsrooms and regions', () => {
  it('reads no town in "Foto: Stadt Coesfeld", "Autor: Redaktion Cottbus" or "Metropolregion Hamburg"', () => {
    expect(municipalities('Das Rathaus ist geschlossen.\nFoto: Stadt Coesfeld')).toEqual([]);
    expect(municipalities('Das Rathaus ist geschlossen.\nAutor: Redaktion Cottbus')).toEqual([]);
    expect(municipalities('Die Metropolregion Hamburg wächst.')).toEqual([]);
    expect(municipalities('Die Stadt Coesfeld meldet.').map((m) => m.text)).toEqual(['Coesfeld']);
  });
});

describe('a Kreis with its "-Kreis" left out before another', () => {
  it('reads "dem Rhein-Neckar- und dem Hohenlohekreis" as two Kreise', () => {
    expect(districts('Betroffen sind Menschen aus dem Rhein-Neckar- und dem Hohenlohekreis.').map((d) => d.name)).toEqual(['Rhein-Neckar-Kreis', 'Hohenlohekreis']);
  });
});

describe('a list of quarters', () => {
  it('reads no town inside "in den Ortsteilen Bermoll, Bellersdorf, Königsberg und Blasbach"', () => {
    expect(municipalities('Betroffen sind die Anschlüsse in den Ortsteilen Bermoll, Bellersdorf, Königsberg, Frankenbach und Blasbach.')).toEqual([]);
  });
});

describe('a town\'s adjective before the Kreis\'s authority (fifth day)', () => {
  it('reads "das Pfaffenhofener Landratsamt" as the Landkreis of the town\'s name', () => {
    expect(districts('Das Pfaffenhofener Landratsamt bleibt erreichbar.')).toEqual([{ index: 4, text: 'Pfaffenhofener Landratsamt', ags: '09186', name: 'Landkreis Pfaffenhofen a.d. Ilm' }]);
    expect(districts('Die Göttinger Kreisverwaltung ist geschlossen.').map((d) => d.name)).toEqual(['Landkreis Göttingen']);
  });
});

describe('branch names after an office in the plural (fifth day)', () => {
  it('reads a town\'s name deep in a list of a city\'s Bürgerbüros as a quarter', () => {
    expect(municipalities('Dresden. Vom 27. bis zum 30. Dezember bleiben die Bürgerbüros Altstadt, Blasewitz, Cotta, Klotzsche, Plauen, Prohlis und Schönfeld-Weißig geschlossen.').map((m) => m.text))
      .toEqual(['Dresden']);
  });
});

describe('a Kreis\'s authority at its seat (fifth day)', () => {
  it('reads "die Kreisverwaltung in Bad Dürkheim" as the Kreis, the seat staying a town', () => {
    expect(districts('Neben der Kreisverwaltung in Bad Dürkheim ist auch das Gesundheitsamt zu.').map((d) => d.name)).toEqual(['Landkreis Bad Dürkheim']);
    expect(municipalities('Neben der Kreisverwaltung in Bad Dürkheim ist auch das Gesundheitsamt zu.').map((m) => m.text)).toEqual(['Bad Dürkheim']);
    expect(districts('Das Landratsamt in Dormagen ist zu.')).toEqual([]);
  });
});

describe('official names as releases write them', () => {
  const named = (text: string) => municipalities(text).map((m) => `${m.text} → ${m.ags}`);
  it('reads a joined name written with a slash ("Kirchheim/Teck") as that town, not as its homonyms', () => {
    expect(named('Kirchheim/Teck (ES): Einkaufstasche entrissen')).toEqual(['Kirchheim/Teck → 08116033']);
  });
  it('reads an abbreviated joining word written out ("Pfaffenhofen an der Ilm")', () => {
    expect(named('Ein Unfall in Pfaffenhofen an der Ilm.')).toEqual(['Pfaffenhofen an der Ilm → 09186143']);
  });
});

describe('a Kreis of one word by its stem (twelfth day)', () => {
  it('reads "in den Landkreisen Ostalb, Schwäbisch Hall und Rems-Murr" as three Kreise', () => {
    expect(districts('In den Landkreisen Ostalb, Schwäbisch Hall und Rems-Murr gab es Anrufe.').map((d) => d.name))
      .toEqual(['Ostalbkreis', 'Landkreis Schwäbisch Hall', 'Rems-Murr-Kreis']);
  });
  it('does not read a stem that is a town too ("Kreis … Heide") as the Kreis of that stem', () => {
    expect(districts('Die Kreisverwaltung Heide ist geschlossen.').map((d) => d.name)).not.toContain('Heidekreis');
  });
});

describe('a Verband in the genitive (twelfth day)', () => {
  it('reads "des Regionalverbands Saarbrücken" as the district, not the city', () => {
    expect(districts('Das Sozialamt des Regionalverbands Saarbrücken wechselt die Räume.').map((d) => d.name)).toEqual(['Regionalverband Saarbrücken']);
  });
});

describe('a town\'s adjective before more of its own things (twelfth day)', () => {
  it('reads "die Isernhagener Gemeindebücherei", "die Essener Zentralbibliothek", "in den Baunataler Stadtteilen" as the town', () => {
    expect(municipalities('Bitterer Start für die Isernhagener Gemeindebücherei ins neue Jahr.').map((m) => m.ags)).toEqual(['03241008']);
    expect(municipalities('Bis Januar wird die Essener Zentralbibliothek geschlossen.').map((m) => m.ags)).toEqual(['05113000']);
    expect(municipalities('Es gab Fälle in den Baunataler Stadtteilen.').map((m) => m.ags)).toEqual(['06633003']);
  });
});

describe('streets and media named after towns (twelfth day)', () => {
  it('leaves "in der Straße Neumarkt", "Felix – Dahn – Straße", "Magazin aus Frankfurt am Main" and "Studio Hannover" out', () => {
    expect(municipalities('Er parkte in der Straße Neumarkt in Bad Hersfeld.').map((m) => m.text)).toEqual(['Bad Hersfeld']);
    expect(municipalities('Er parkte in der Felix – Dahn – Straße in Trier.').map((m) => m.text)).toEqual(['Trier']);
    expect(municipalities('Das Online-Gesellschaftsmagazin aus Frankfurt am Main berichtet.')).toEqual([]);
    expect(municipalities('Nachrichten aus dem Studio Hannover.')).toEqual([]);
  });
});

describe('towns in the genitive after a noun of theirs (twelfth day)', () => {
  it('reads "Stadtteile Dresdens" and "die Verwaltungen Kirchlintelns, Langwedels und Achims" as the towns, not "im Norden Brandenburgs"', () => {
    expect(municipalities('Bewohner einiger Stadtteile Dresdens müssen warten.').map((m) => m.ags)).toEqual(['14612000']);
    expect(municipalities('Bei den Pässen leisten die Verwaltungen Kirchlintelns, Langwedels und Achims Amtshilfe.').map((m) => m.text))
      .toEqual(['Kirchlintelns', 'Langwedels', 'Achims']);
    expect(municipalities('Betroffen sind Gebiete im Norden Brandenburgs.')).toEqual([]);
  });
});
