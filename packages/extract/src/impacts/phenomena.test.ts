import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

// One phenomenon per test, each in sentences written for it (annotation guide §4). A city's own release
// (Werne) unless a test says otherwise, so that the place comes from the publisher where the text names none.
const PUBLISHED = '2023-11-06T12:00:00+01:00';
const WERNE = { jurisdiction: '05978040', sourceKind: 'city' as const };

function impacts(text: string, context: { jurisdiction?: string; sourceKind?: 'city' | 'news' | 'district' | 'police' } = WERNE) {
  return extractEntities(text, { publishedAt: PUBLISHED, ...context }).serviceImpacts
    .map((i) => `${i.municipality?.name ?? i.district?.name}|${i.service}|${i.status}`);
}

describe('reachability by channel', () => {
  it('gives each channel of "weder … noch" an outage, and the administration none', () => {
    expect(impacts('Die Stadtverwaltung ist derzeit weder per E-Mail noch telefonisch erreichbar.')).toEqual(['Werne|email|outage', 'Werne|phone|outage']);
  });
  it('reads every member of a list of channels as a channel', () => {
    expect(impacts('Am Montag ist das Rathaus weder per Telefon, Fax oder E-Mail zu erreichen.')).toEqual(['Werne|phone|outage', 'Werne|email|outage']);
  });
  it('reads "nur telefonisch erreichbar" as the phone working', () => {
    expect(impacts('Das Rathaus ist bis auf Weiteres nur telefonisch erreichbar.')).toEqual(['Werne|phone|operational']);
  });
  it('reads "telefonisch kaum erreichbar" as the phone degraded', () => {
    expect(impacts('Das Rathaus ist seit dem Morgen telefonisch kaum erreichbar.')).toEqual(['Werne|phone|degraded']);
  });
  it('keeps a named office with its channel on the office, degraded: one way to reach it is out, not the office', () => {
    expect(impacts('Die Ausländerbehörde ist telefonisch nicht erreichbar.')).toEqual(['Werne|foreigners-office|degraded']);
    expect(impacts('Die Ausländerbehörde ist nicht erreichbar.')).toEqual(['Werne|foreigners-office|outage']);
  });
  it('keeps channels with no owner of their own on the office named just before', () => {
    expect(impacts('Die Führerscheinstelle ist mittwochs geschlossen. Die Mitarbeiter sind an diesen Tagen zudem weder telefonisch noch per E-Mail zu erreichen.'))
      .toEqual(['Werne|drivers-licence|degraded']);
    // After the administration, or in a paragraph of their own, the channels are the town's.
    expect(impacts('Das Rathaus ist mittwochs geschlossen. Die Mitarbeiter sind an diesen Tagen zudem weder telefonisch noch per E-Mail zu erreichen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|phone|outage', 'Werne|email|outage']);
    expect(impacts('Die Führerscheinstelle ist mittwochs geschlossen.\n\nDie Mitarbeiter sind an diesen Tagen zudem weder telefonisch noch per E-Mail zu erreichen.'))
      .toEqual(['Werne|drivers-licence|degraded', 'Werne|phone|outage', 'Werne|email|outage']);
  });
  it('reads "(nicht) … erreicht werden" as "(nicht) erreichbar"', () => {
    expect(impacts('Die Stadtverwaltung kann derzeit weder telefonisch noch per E-Mail erreicht werden.')).toEqual(['Werne|phone|outage', 'Werne|email|outage']);
    expect(impacts('Die Verwaltung kann ab sofort wieder telefonisch erreicht werden.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die Ausländerbehörde kann nicht erreicht werden.')).toEqual(['Werne|foreigners-office|outage']);
  });
  it('gives a channel named only as the way to book nothing', () => {
    expect(impacts('Besuche sind ausschließlich nach vorheriger Vereinbarung per Telefon oder E-Mail möglich.')).toEqual([]);
  });
});

describe('a Kreis that only locates a town', () => {
  it('leaves the town\'s impacts with the town when its Kreis follows in parentheses', () => {
    expect(impacts('Nach einem Hackerangriff ist die Stadt Bad Schwalbach (Rheingau-Taunus) nur telefonisch erreichbar.', { sourceKind: 'news' }))
      .toEqual(['Bad Schwalbach|phone|operational']);
  });
});

describe('reachability by cause', () => {
  it('gives the reachability of an administration to the channel named as the cause', () => {
    expect(impacts('Wegen technischer Probleme an der Telefonanlage war das Rathaus am Freitag nicht erreichbar.')).toEqual(['Werne|phone|outage']);
  });
  it('reads the administration unreachable in a text about its telephone system as the phone', () => {
    expect(impacts('Die Telefonanlage wird umgestellt. Das Rathaus war am Montag vorübergehend nicht erreichbar.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Das Rathaus hat ein Problem mit dem Telefonsystem.')).toEqual(['Werne|phone|degraded']);
  });
  it('gives appointments named after their office to the office', () => {
    expect(impacts('Somit konnten im Bürgerbüro keine Termine gebucht werden.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('a plural pointing back to the offices named before', () => {
  it('gives "beide Behörden" and a bare "Beide" the state for each office of the sentence before', () => {
    expect(impacts('Das Standesamt und das Einwohnermeldeamt wurden verwüstet. Daher bleiben beide Behörden heute geschlossen.'))
      .toEqual(['Werne|civil-registry|outage', 'Werne|registration-office|outage']);
    expect(impacts('Die Zulassungsstelle und die Führerscheinstelle sind geschlossen. Beide öffnen am Montag wieder.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|drivers-licence|outage', 'Werne|vehicle-registration|restored', 'Werne|drivers-licence|restored']);
  });
  it('gives nothing where the count does not fit the offices named before', () => {
    expect(impacts('Das Standesamt wurde verwüstet. Daher bleiben beide Behörden heute geschlossen.')).toEqual([]);
  });
});

describe('closing words', () => {
  it('reads "gesperrt" as closed, for visitors as degraded', () => {
    expect(impacts('Das Rathaus ist kurz nach 8 Uhr für den Besucherverkehr gesperrt worden.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Stadtbibliothek bleibt bis Freitag gesperrt.')).toEqual(['Werne|library|outage']);
  });
  it('reads "öffnen … nicht" across a subject of several words', () => {
    expect(impacts('Zwischen den Feiertagen öffnen das Bürgerbüro und das Standesamt der Stadt nicht.')).toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|outage']);
  });
});

describe('some of a body\'s buildings or branches, and problems hardly had', () => {
  it('reads "mehrere Verwaltungsgebäude" and the offices "in den beiden Stadtbezirken" as some, degraded', () => {
    expect(impacts('Als Energiesparmaßnahme schließt die Stadt mehrere Verwaltungsgebäude.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Am Freitag bleiben die Bürgerbüros in den beiden Stadtbezirken geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads "kaum Probleme" and "keinerlei Störungen" as working', () => {
    expect(impacts('Das Bürgerbüro hatte kaum Probleme, sagte die Leiterin.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Das Standesamt hatte keinerlei Störungen.')).toEqual(['Werne|civil-registry|operational']);
  });
});

describe('a service named after "im" with its owner after it', () => {
  it('keeps "im Bürgerbüro der Stadtverwaltung" and "im Dienstbetrieb der Stadtverwaltung" as the subject', () => {
    expect(impacts('Es gibt Einschränkungen im Bürgerbüro der Stadtverwaltung.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Der Warnstreik wird zu Einschränkungen im Dienstbetrieb der Stadtverwaltung führen.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('held back, hours not as usual, the online registration of vehicles', () => {
  it('reads mails that "gehen nicht verloren" as delayed (degraded), not down', () => {
    expect(impacts('Die E-Mails gehen jedoch nicht verloren, sondern werden später zugestellt.')).toEqual(['Werne|email|degraded']);
  });
  it('reads "nicht zu den gewohnten Zeiten geöffnet" as degraded', () => {
    expect(impacts('Die Stadtverwaltung hat am Gründonnerstag nicht zu den gewohnten Zeiten geöffnet.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads "i-Kfz" and "Online-Zulassung" as an online service', () => {
    expect(impacts('Die Online-Zulassung per i-Kfz ist vorübergehend nicht möglich.')).toEqual(['Werne|online-services|outage']);
  });
});

describe('questions in quotes and urgent cases only', () => {
  it('gives a question in quotes nothing', () => {
    expect(impacts('„Kann unsere Eheschließung wegen der Pandemie überhaupt stattfinden?“')).toEqual([]);
  });
  it('reads working "in dringenden Fällen" only as degraded', () => {
    expect(impacts('In dringenden Fällen ist das Sozialamt telefonisch erreichbar.')).toEqual(['Werne|social-benefits|degraded']);
  });
});

describe('hardly reached by a channel, and the state a clause of "bis" waits for', () => {
  it('reads "kaum telefonisch erreichbar" as the phone degraded', () => {
    expect(impacts('Das Rathaus ist derzeit kaum telefonisch erreichbar.')).toEqual(['Werne|phone|degraded']);
  });
  it('gives the state after "Bis die … funktioniert," nothing, and keeps the main clause', () => {
    expect(impacts('Bis die neue digitale Telefonie funktioniert, können einige Stunden vergehen.')).toEqual([]);
    expect(impacts('Bis die Reparatur abgeschlossen ist, bleibt das Rathaus geschlossen.')).toEqual(['Werne|administration|outage']);
  });
});

describe('a sentence that explains a kind of attack', () => {
  it('gives what such attacks do no item', () => {
    expect(impacts('Dabei handelt es sich um eine sogenannte DDoS-Attacke: Die Server werden dabei mit Anfragen überschwemmt und sind nicht mehr erreichbar.')).toEqual([]);
    expect(impacts('Bei diesen Angriffen werden die Webseiten mit Anfragen bombardiert und überlastet.')).toEqual([]);
  });
});

describe('closings that came before or are the usual ones', () => {
  it('gives a closing in the pluperfect no item', () => {
    expect(impacts('Bereits in der vergangenen Woche hatte die Stadtverwaltung das Bürgerbüro vorsorglich geschlossen.')).toEqual([]);
  });
  it('gives the usual closing day no item', () => {
    expect(impacts('Stadtbibliothek und Bürgerbüro haben mittwochs ohnehin geschlossen.')).toEqual([]);
  });
});

describe('contacts offered and opening hours told', () => {
  it('gives "Für Rückfragen steht das Team … unter … zur Verfügung" no item, "weiterhin zur Verfügung" one', () => {
    expect(impacts('Für Rückfragen steht das Team der Stadtbücherei telefonisch unter 02389 123-456 zur Verfügung.')).toEqual([]);
    expect(impacts('Die Online-Dienste der Stadt stehen während der Wartung weiterhin zur Verfügung.')).toEqual(['Werne|online-services|operational']);
  });
  it('gives opening hours no item, the usual ones or a short window one', () => {
    expect(impacts('Die Kfz-Zulassung ist montags von 8 bis 16 Uhr geöffnet.')).toEqual([]);
    expect(impacts('Das Bürgerbüro ist am Freitag wie gewohnt von 8 bis 16 Uhr geöffnet.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Das Bürgerbüro ist am Freitag nur von 10 bis 12 Uhr geöffnet.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('the administration said only to be hit', () => {
  it('gives "Die Stadtverwaltung ist betroffen" and "hat mit Problemen zu kämpfen" no administration item', () => {
    expect(impacts('Auch die Stadtverwaltung ist betroffen.')).toEqual([]);
    expect(impacts('Die Kreisverwaltung hat erneut mit technischen Problemen zu kämpfen.')).toEqual([]);
  });
  it('keeps a named office "betroffen" as degraded, and the administration restricted in words that say so', () => {
    expect(impacts('Betroffen ist auch das Standesamt.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Die Stadtverwaltung ist nur eingeschränkt erreichbar.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('as little as the other, closed doors, appointments required', () => {
  it('reads "funktionieren ebenso wenig wie" as down', () => {
    expect(impacts('Internet und Email funktionieren dann ebenso wenig wie interne Computer-Programme.')).toEqual(['Werne|it-systems|outage', 'Werne|email|outage']);
  });
  it('reads "vor geschlossenen Türen" as closed', () => {
    expect(impacts('Wer einen Führerschein beantragen möchte, steht in der Führerscheinstelle vor geschlossenen Türen.')).toEqual(['Werne|drivers-licence|outage']);
  });
  it('reads "ist weiterhin eine Terminvereinbarung erforderlich" as the office restricted, not its appointments', () => {
    expect(impacts('Für die Zulassungsstelle ist weiterhin eine Terminvereinbarung erforderlich.')).toEqual(['Werne|vehicle-registration|degraded']);
  });
});

describe('more words of a state', () => {
  it('reads "streikt", "bleibt verschlossen", "arbeitet nicht", "unbenutzbar" and "nicht in Betrieb" as down', () => {
    for (const phrase of ['streikt seit Montag', 'bleibt verschlossen', 'arbeitet derzeit nicht', 'ist unbenutzbar', 'ist nicht in Betrieb']) {
      expect(impacts(`Die Telefonanlage ${phrase}.`)).toEqual(['Werne|phone|outage']);
    }
  });
  it('reads "läuft nur langsam" as degraded and "ist zurück im Regelbetrieb" as restored', () => {
    expect(impacts('Das Serviceportal läuft nur langsam.')).toEqual(['Werne|online-services|degraded']);
    expect(impacts('Das Bürgerbüro ist zurück im Regelbetrieb.')).toEqual(['Werne|citizens-office|restored']);
  });
});

describe('the passport office by its names', () => {
  it('reads "Passamt", "Passstelle" and "Passbehörde" as id-documents', () => {
    expect(impacts('Das Passamt ist am Montag geschlossen.')).toEqual(['Werne|id-documents|outage']);
    expect(impacts('Die Melde- und Passbehörde bleibt zu.')).toEqual(['Werne|registration-office|outage', 'Werne|id-documents|outage']);
  });
});

describe('the cut-off first part of a coordinated compound', () => {
  it('completes "Standes-" with the office head of the word after it', () => {
    expect(impacts('Das Standes- und Ordnungsamt ist geschlossen.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('completes it only with an office head, and keeps a part already read as a service', () => {
    expect(impacts('Die Zulassungs- und Führerscheinstelle ist geschlossen.')).toEqual(['Werne|vehicle-registration|outage', 'Werne|drivers-licence|outage']);
  });
});

describe('predicates', () => {
  it('reads "zwei von drei" of a body\'s houses or offices as part of it (degraded)', () => {
    expect(impacts('Drei von fünf Bürgerbüros bleiben am Montag geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads "Unregelmäßigkeiten bei den Öffnungszeiten" as degraded', () => {
    expect(impacts('Es wird zu Unregelmäßigkeiten bei den Öffnungszeiten des Bürgerbüros kommen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads appointments that "(nicht) wahrgenommen werden" können', () => {
    expect(impacts('Vereinbarte Termine können am Montag nicht wahrgenommen werden.')).toEqual(['Werne|appointments|outage']);
    expect(impacts('Bereits vereinbarte Termine können weiterhin wahrgenommen werden.')).toEqual(['Werne|appointments|operational']);
  });
  it('reads "kein … möglich" however long the noun phrase', () => {
    expect(impacts('Derzeit ist keine Anmeldung von Fahrzeugen bei der Kfz-Zulassung oder ein Antrag auf Wunschkennzeichen möglich.'))
      .toEqual(['Werne|vehicle-registration|outage']);
  });
  it('reads restoration verbs after "wieder"', () => {
    expect(impacts('Das Bürgerbüro kann ab heute wieder aufgesucht werden.')).toEqual(['Werne|citizens-office|restored']);
    expect(impacts('Die Server wurden am Abend wieder hochgefahren.')).toEqual(['Werne|it-systems|restored']);
  });
  it('reads closing verbs', () => {
    expect(impacts('Die Stadtbibliothek schließt am Freitag ganztägig.')).toEqual(['Werne|library|outage']);
  });
  it('reads "betroffen" with no more said as degraded', () => {
    expect(impacts('Auch das Standesamt ist betroffen.')).toEqual(['Werne|civil-registry|degraded']);
  });
  it('reads negated restrictions and run-down verbs', () => {
    expect(impacts('Die telefonische Erreichbarkeit ist nicht beeinträchtigt.')).toEqual(['Werne|phone|operational']);
    expect(impacts('Seit Donnerstag stehen Telefon und E-Mail still.')).toEqual(['Werne|phone|outage', 'Werne|email|outage']);
    expect(impacts('Bei der Kfz-Zulassungsstelle ging am Donnerstag nichts mehr.')).toEqual(['Werne|vehicle-registration|outage']);
  });
  it('reads working statements', () => {
    expect(impacts('Die Auszahlung von Wohngeld ist gewährleistet.')).toEqual(['Werne|social-benefits|operational']);
  });
});

describe('scope', () => {
  it('takes the state of the previous sentence for "Das betrifft …"', () => {
    expect(impacts('Anträge können derzeit nicht bearbeitet werden. Das betrifft Führerscheine und Bauanträge.'))
      .toEqual(['Werne|drivers-licence|outage', 'Werne|building-authority|outage']);
  });
  it('reads part of the day as degraded, the whole day as outage', () => {
    expect(impacts('Die Stadtbücherei schließt am Freitag bereits um 13 Uhr.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Die Hauptbibliothek öffnet am Freitag erst um 15 Uhr.')).toEqual(['Werne|library|degraded']);
  });
  it('reads a closing on a weekday\'s morning or afternoon as part of the day, a failure dated so not', () => {
    expect(impacts('Die Zulassungsstelle bleibt bis Ende August am Dienstagnachmittag geschlossen.')).toEqual(['Werne|vehicle-registration|degraded']);
    expect(impacts('Die Ausländerbehörde ist künftig am Mittwoch und Freitagnachmittag geschlossen.')).toEqual(['Werne|foreigners-office|degraded']);
    expect(impacts('Telefonisch war die Verwaltung am Dienstagnachmittag nicht erreichbar.')).toEqual(['Werne|phone|outage']);
  });
  it('reads an outage of "ein Teil der" things as degraded, but not when the part is of the people', () => {
    expect(impacts('Ein Teil der vereinbarten Termine im Bürgeramt musste abgesagt werden.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Ein großer Teil der Bürger konnte nicht ins Bürgerbüro, es blieb geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('gives a possible event ("kann es … zu Verzögerungen kommen") no impact, however its clauses fall', () => {
    expect(impacts('Durch den Programmwechsel kann es allerdings auch an den Folgetagen zu Verzögerungen beim Bearbeiten der An- und Ummeldungen kommen, befürchtet die Verwaltung.')).toEqual([]);
    expect(impacts('Es kann in den nächsten Tagen im Bürgerbüro zu längeren Wartezeiten kommen.')).toEqual([]);
  });
  it('gives a state hoped for or expected ("Wir hoffen, dass …", "geht davon aus, dass …") no impact', () => {
    expect(impacts('Wir hoffen, dass das neue Fachverfahren besser funktioniert.')).toEqual([]);
    expect(impacts('Wir sind optimistisch, dass auch das Standesamt in der kommenden Woche wieder wie gewohnt arbeiten kann.')).toEqual([]);
    expect(impacts('Derzeit geht die Verwaltung davon aus, dass ab Montag wieder die normale Erreichbarkeit des Rathauses gewährleistet werden kann.')).toEqual([]);
    expect(impacts('Die IT wird daran arbeiten, dass die Umstellung so schnell und reibungslos wie möglich funktioniert.')).toEqual([]);
  });
  it('gives conditions and plans no impact', () => {
    expect(impacts('Falls das Bürgerbüro nicht erreichbar sein sollte, bitten wir um Geduld.')).toEqual([]);
    expect(impacts('Eine Notfall-Website soll in den nächsten Tagen eingerichtet werden.')).toEqual([]);
  });
  it('joins a stretch without service or status to its clause ("während …")', () => {
    expect(impacts('Die Online-Terminvergabe ist während der Umstellung allerdings nicht verfügbar.')).toEqual(['Werne|appointments|outage']);
  });
  it('reads part of an administration, or one closed for visitors only, as degraded', () => {
    expect(impacts('Teile der Stadtverwaltung bleiben am Freitag geschlossen.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Das Rathaus ist bis auf Weiteres für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|degraded']);
    // Closed to visitors on a named day is closed that day (see "closed to visitors: for named days, or from a day on").
    expect(impacts('Das Rathaus ist am Montag für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
  });
});

describe('states over the text', () => {
  it('reads an opening announced after a closure as the restoration', () => {
    expect(impacts('Die Zulassungsstelle war am Donnerstag geschlossen. Am Freitag wird die Zulassungsstelle aber wie gewohnt öffnen.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|vehicle-registration|restored']);
  });
  it('reads a fixed fault as the restoration, and internal lines as no public service', () => {
    expect(impacts('Die Störung an der Telefonanlage im Rathaus ist inzwischen behoben.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die interne Telefonie ist von der Störung nicht betroffen.')).toEqual([]);
  });
  it('reads "kaum von der Attacke betroffen" as working, "nicht das ganze Netz betroffen" not', () => {
    expect(impacts('Die Stadtbibliothek war kaum von der Attacke betroffen.')).toEqual(['Werne|library|operational']);
  });
});

describe('exceptions and parts', () => {
  it('gives an exception set off in the middle the opposite state, and the interrupted clause its own', () => {
    expect(impacts('Das Standesamt ist – bis auf geplante Trauungen – am Freitag geschlossen.'))
      .toEqual(['Werne|civil-registry|outage', 'Werne|weddings|operational']);
  });
  it('reads one of several offices closed beside one open as degraded', () => {
    expect(impacts('Die Bürgerbüros Nord und Süd sind am Mittwoch geschlossen. Das Bürgerbüro Mitte hat am Mittwoch geöffnet.'))
      .toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads a partial qualifier before an outage word as degraded', () => {
    expect(impacts('Am Montag gab es vereinzelt Störungen bei der Telefonanlage.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('subjects', () => {
  it('does not take the speaker as the service', () => {
    expect(impacts('Die Stadtbibliothek bleibt geschlossen, teilt die Stadtverwaltung mit.')).toEqual(['Werne|library|outage']);
    expect(impacts('Wie das Rathaus mitteilt, ist das Standesamt geschlossen.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('does not take an administration that only owns a thing', () => {
    expect(impacts('Wegen Arbeiten an der Heizungsanlage der Stadtverwaltung bleibt die Bücherei geschlossen.')).toEqual(['Werne|library|outage']);
  });
});

describe('places', () => {
  it('gives a Kreis office to the Kreis, not to the town where it stands', () => {
    expect(impacts('Die Bürgerservicezentren des Kreises Unna an den Standorten Lünen und Werne sind geöffnet.', { sourceKind: 'news' }))
      .toEqual(['Kreis Unna|citizens-office|operational']);
  });
  it('gives offices at named locations to the Kreis named in another sentence', () => {
    expect(impacts('Der Kreis Unna informiert über seine Bürgerbüros. Die Bürgerbüros an den Standorten Lünen und Werne sind geöffnet.', { sourceKind: 'news' }))
      .toEqual(['Kreis Unna|citizens-office|operational']);
  });
  it('reads a pronoun as the service of the sentence before', () => {
    expect(impacts('Die Stadtbibliothek bleibt am Montag geschlossen. Am Dienstag ist sie wieder geöffnet.'))
      .toEqual(['Werne|library|outage', 'Werne|library|restored']);
  });
  it('reads the town after "Kreishaus in" as where the Kreis building stands', () => {
    expect(impacts('Der Kreis Unna informiert. Nicht betroffen ist die Leitstelle. Das Kreishaus in Unna ist geöffnet.', { jurisdiction: '05978', sourceKind: 'district' }))
      .toEqual(['Kreis Unna|emergency-services|operational', 'Kreis Unna|administration|operational']);
  });
  it('gives an office the Kreis runs to the Kreis of its town where the text names the Kreis, or the Kreis publishes', () => {
    expect(impacts('Wie die Kreisverwaltung des Kreises Unna mitteilt, ist in Selm keine Kfz-Zulassung möglich.', { sourceKind: 'news' })).toEqual(['Kreis Unna|vehicle-registration|outage']);
    expect(impacts('Bad Homburg. Das Landratsamt des Hochtaunuskreises ist bis auf Weiteres für den Publikumsverkehr geschlossen.', { sourceKind: 'news' })).toEqual(['Hochtaunuskreis|administration|degraded']);
    expect(impacts('Wie die Kreisverwaltung mitteilt, ist in Selm keine Kfz-Zulassung möglich.', { jurisdiction: '05978', sourceKind: 'district' })).toEqual(['Kreis Unna|vehicle-registration|outage']);
    // A news text that never names the Kreis gives no item for it (guide §4), however sure the Kreis of the town is.
    expect(impacts('Wie die Kreisverwaltung mitteilt, ist in Selm keine Kfz-Zulassung möglich.', { sourceKind: 'news' })).toEqual([]);
    expect(impacts('Bad Homburg. Das Landratsamt ist bis auf Weiteres für den Publikumsverkehr geschlossen.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('reachability, restricted and by part of a sentence', () => {
  it('reads "nicht wie gewohnt erreichbar" as degraded, not down', () => {
    expect(impacts('Die Stadtverwaltung ist derzeit nicht wie gewohnt telefonisch erreichbar.')).toEqual(['Werne|phone|degraded']);
  });
  it('gives the administration reached by a channel in its own part of the sentence to that channel', () => {
    expect(impacts('Die Telefone sind ausgefallen, die Stadtverwaltung ist nur per E-Mail erreichbar.')).toEqual(['Werne|phone|outage', 'Werne|email|operational']);
  });
  it('reads an emergency number or page that was set up as the regular one degraded, not its owner', () => {
    expect(impacts('Für dringende Fälle hat die Stadtverwaltung eine Notfall-Hotline geschaltet.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Die Stadt hat eine Notfall-Webseite eingerichtet.')).toEqual(['Werne|website|degraded']);
  });
});

describe('elided predicates', () => {
  it('gives "…, das Standesamt gar nicht" the opposite of what was said before the comma', () => {
    expect(impacts('Das Bürgerbüro ist nur eingeschränkt geöffnet, das Standesamt gar nicht.')).toEqual(['Werne|citizens-office|degraded', 'Werne|civil-registry|outage']);
  });
  it('gives "…, telefonisch aber schon" the working state', () => {
    expect(impacts('Die Verwaltung ist per E-Mail nicht erreichbar, telefonisch aber schon.')).toEqual(['Werne|email|outage', 'Werne|phone|operational']);
  });
});

describe('listed places and plurals that point back to them', () => {
  const news = { sourceKind: 'news' as const };
  it('reads "In A und B sowie in C" as one list', () => {
    expect(impacts('In Brakel und Steinheim sowie in Nieheim stehen die Fachverfahren nicht zur Verfügung.', news))
      .toEqual(['Brakel|it-systems|outage', 'Steinheim|it-systems|outage', 'Nieheim|it-systems|outage']);
  });
  it('gives "Die Rathäuser" and "die drei Kommunen" of the next sentence to every listed place', () => {
    expect(impacts('In Brakel und Steinheim sowie in Nieheim stehen die Fachverfahren nicht zur Verfügung. Die Rathäuser bleiben geöffnet.', news))
      .toContain('Steinheim|administration|operational');
    expect(impacts('Betroffen sind die Städte Brakel, Steinheim und Nieheim. Die drei Kommunen sind telefonisch nicht erreichbar.', news))
      .toEqual(['Brakel|phone|outage', 'Steinheim|phone|outage', 'Nieheim|phone|outage']);
  });
  it('gives an unnamed group nothing', () => {
    expect(impacts('Betroffen ist auch Brakel. Die Rathäuser im Kreis sind geschlossen.', news)).toEqual([]);
  });
});

describe('IT words', () => {
  it('reads servers shut down and "kein Internet" as it-systems outages', () => {
    expect(impacts('Die Server wurden vorsorglich runtergefahren.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Im Rathaus gibt es derzeit kein Internet.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('more predicates and parts', () => {
  it('reads the dative "Ausfällen" and the adjective "eingeschränkte" as states', () => {
    expect(impacts('Es kommt zu Ausfällen im Bürgeramt.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Die eingeschränkte Erreichbarkeit gilt auch für das Bauamt.')).toEqual(['Werne|building-authority|degraded']);
  });
  it('reads cancelled late office hours as part of the time, degraded', () => {
    expect(impacts('Deshalb kommt es zu Ausfällen der Spätsprechstunden im Bürgeramt.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('keeps an administration named with its parts ("in verschiedenen Bereichen der Stadtverwaltung")', () => {
    expect(impacts('Es kommt zu Einschränkungen in verschiedenen Bereichen der Stadtverwaltung.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads the usual opening hours in force again as restored, and being cut off from the IT as its outage', () => {
    expect(impacts('Ab Samstag gelten für die Bibliothek wieder die üblichen Öffnungszeiten.')).toEqual(['Werne|library|restored']);
    expect(impacts('Die Mitarbeitenden sind von ihren Fachverfahren abgeschnitten.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('who runs the service', () => {
  const news = { sourceKind: 'news' as const };
  it('keeps a town\'s own administration named beside the Kreis administration of the same name on the town', () => {
    expect(impacts('Die Stadtverwaltung Soest und die Kreisverwaltung Soest sind nicht erreichbar.', news))
      .toEqual(['Soest|administration|outage', 'Kreis Soest|administration|outage']);
  });
  it('gives a helping body nothing', () => {
    expect(impacts('Dank der Unterstützung der Stadt Hamm kann Lünen wieder Personalausweise ausstellen.', news)).toEqual(['Lünen|id-documents|restored']);
  });
});

describe('statements over two and three sentences', () => {
  it('takes the state through a sentence that only extends the one before', () => {
    expect(impacts('Seit Freitag ist kein Parteiverkehr mehr möglich. Dies gilt für alle Außenstellen. Betroffen ist unter anderem die Führerscheinstelle.'))
      .toEqual(['Werne|administration|outage', 'Werne|drivers-licence|outage']);
  });
  it('gives "kann keine E-Mails empfangen" to the mail, not the administration', () => {
    expect(impacts('Die Stadtverwaltung kann derzeit keine E-Mails empfangen.')).toEqual(['Werne|email|outage']);
  });
  it('reads mail that does not arrive and numbers that cannot be reached', () => {
    expect(impacts('E-Mails an die Stadtverwaltung kommen derzeit nicht an.')).toEqual(['Werne|email|outage']);
    expect(impacts('Die Rufnummern der Stadtverwaltung sind nicht erreichbar.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Bei den Rufnummern findet kein Gesprächsaufbau statt.')).toEqual(['Werne|phone|outage']);
  });
});

describe('restrictions said in other words', () => {
  it('reads applications taken while their processing is down as degraded', () => {
    expect(impacts('Wir können Anträge entgegennehmen, doch die Bearbeitung von Führerscheinangelegenheiten ist lahmgelegt.')).toEqual(['Werne|drivers-licence|degraded']);
  });
  it('reads cash only as payments degraded, and closure for some hours or at times as degraded', () => {
    expect(impacts('Bezahlt werden kann nur in bar.')).toEqual(['Werne|payments|degraded']);
    expect(impacts('Das Bürgerbüro bleibt für mindestens fünf Stunden geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Rathaus bleibt zeitweise geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads an idiom of nothing there as an outage', () => {
    expect(impacts('Wer eine E-Mail an die Stadt schreiben wollte, guckte in die Röhre.')).toEqual(['Werne|email|outage']);
  });
});

describe('restorations with a list in between', () => {
  it('reads "wieder Geburts-, Ehe- und Sterbeurkunden ausstellen" as restored', () => {
    expect(impacts('Das Standesamt kann seit Mittwoch wieder Geburts-, Ehe- und Sterbeurkunden ausstellen.')).toEqual(['Werne|civil-registry|restored']);
  });
});

describe('a "betroffen" explained by the next sentence', () => {
  it('takes the firm outage the next sentence gives', () => {
    expect(impacts('Betroffen sind die Kfz-Zulassungsstelle und die Ausländerbehörde. Die Abteilungen sind von ihren Fachverfahren abgeschnitten und nicht arbeitsfähig.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|foreigners-office|outage', 'Werne|it-systems|outage']);
  });
  it('keeps "betroffen" degraded when the next sentence speaks of another office', () => {
    expect(impacts('Betroffen ist das Bürgerbüro. Die Stadtbibliothek ist geschlossen.')).toEqual(['Werne|citizens-office|degraded', 'Werne|library|outage']);
  });
});

describe('the day a state holds', () => {
  it('takes an announced day of the sentence as asOf, not the publication day', () => {
    const found = extractEntities('Am Montag, den 13. November ist die Zulassungsstelle ganztägig geschlossen.', { publishedAt: PUBLISHED, ...WERNE }).serviceImpacts;
    expect(found.map((i) => [i.service, i.status, i.asOf])).toEqual([['vehicle-registration', 'outage', '2023-11-13']]);
  });
});

describe('what people can do', () => {
  it('reads the active "können … abholen" as working, and "Bürgerinnen und Bürger" as no advice', () => {
    expect(impacts('Bürgerinnen und Bürger können ohne Termin Personalausweise abholen.')).toEqual(['Werne|id-documents|operational']);
  });
  it('reads "Dies ist … geöffnet" as the office of the sentence before', () => {
    expect(impacts('Das Bürgerbüro bleibt am Montag geschlossen. Dies ist ab Dienstag wieder geöffnet.')).toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
  });
});

describe('closures named as nouns', () => {
  it('reads "Einstellung des Dienstbetriebs" and "Betrieb der Verwaltung" as the administration', () => {
    expect(impacts('Weitgehende Einstellung des Dienstbetriebs wegen Sturmwarnung\n\nDer reguläre Betrieb der Verwaltung wird am Montag wieder aufgenommen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|administration|restored']);
  });
  it('reads a reopening after a closure as the closure and its end', () => {
    expect(impacts('Nach 14-tägiger Schließung hat das Meldeamt seit heute wieder geöffnet.')).toEqual(['Werne|registration-office|outage', 'Werne|registration-office|restored']);
  });
  it('does not give a closure named as a cause to what is open', () => {
    expect(impacts('Wegen der Schließung des Rathauses ist das Bürgerbüro im Stadthaus geöffnet.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('plans', () => {
  it('gives "soll … möglich sein" nothing', () => {
    expect(impacts('Die Buchung von Onlineterminen soll dann noch kurzfristig möglich sein.')).toEqual([]);
    expect(impacts('Das Bürgerbüro soll ab Montag wieder erreichbar sein.')).toEqual([]);
  });
});

describe('speakers and where things are', () => {
  const news = { sourceKind: 'news' as const };
  it('does not take the source after "Laut" as a subject', () => {
    expect(impacts('Laut Stadtverwaltung Brakel ist die Website wieder online.', news)).toEqual(['Brakel|website|restored']);
  });
  it('reads the portals on a website as online services, not the website', () => {
    expect(impacts('Die Portale auf der Internetseite der Stadt Brakel sind nicht erreichbar.', news)).toEqual(['Brakel|online-services|outage']);
  });
});

describe('states that have ended', () => {
  it('reads "Bis vergangene Woche war … geschlossen" as restored, and "bleibt bis Freitag geschlossen" as out', () => {
    expect(impacts('Bis vergangene Woche war das Standesamt geschlossen.')).toEqual(['Werne|civil-registry|restored']);
    expect(impacts('Das Standesamt war bis gestern geschlossen.')).toEqual(['Werne|civil-registry|restored']);
    expect(impacts('Das Standesamt bleibt bis Freitag geschlossen.')).toEqual(['Werne|civil-registry|outage']);
  });
});

describe('places set against each other', () => {
  const news = { sourceKind: 'news' as const };
  it('gives "Die Stadt Schwerte hingegen hat geöffnet" the service of the sentence before', () => {
    expect(impacts('Die Stadt Lünen hat ihr Bürgerbüro geschlossen. Die Stadt Schwerte hingegen hat geöffnet.', news))
      .toEqual(['Lünen|citizens-office|outage', 'Schwerte|citizens-office|operational']);
  });
  it('reads "die Stadtverwaltung Werne dagegen nicht" with the place between service and particle', () => {
    expect(impacts('Die Stadtverwaltung Lünen ist erreichbar, die Stadtverwaltung Schwerte dagegen nicht.', news))
      .toEqual(['Lünen|administration|operational', 'Schwerte|administration|outage']);
  });
  it('does not give a neighbour named in apposition the impact', () => {
    expect(impacts('Die Stadt Hagen, Nachbar von Iserlohn, meldet einen Ausfall der Website.', news)).toEqual(['Hagen|website|outage']);
  });
  it('reads "bleibt das Bürgerbüro zu" and "wieder öffnete"', () => {
    expect(impacts('Auch in Lippstadt, wo die Verwaltung am Montag wieder öffnete, bleibt das Bürgerbüro zu.', news))
      .toEqual(['Lippstadt|administration|restored', 'Lippstadt|citizens-office|outage']);
  });
});

describe('what the next words say of the administration', () => {
  it('keeps "Bei der Stadtverwaltung" as the administration', () => {
    expect(impacts('Bei der Stadtverwaltung gebe es keine Beeinträchtigungen, auch die Terminvergabe im Bürgerbüro funktioniere einwandfrei.'))
      .toEqual(['Werne|administration|operational', 'Werne|citizens-office|operational']);
  });
  it('gives the reachability of an administration to the channels the sentence names with states of their own', () => {
    expect(impacts('Telefonleitung tot: Die Stadtverwaltung ist seit Donnerstagmorgen nicht erreichbar.')).toEqual(['Werne|phone|outage']);
  });
  it('gives the police\'s emergency line no item, and "Betroffen waren auch" no restoration', () => {
    expect(impacts('Der Notruf 110 ist uneingeschränkt erreichbar.')).toEqual([]);
    expect(impacts('Die Telefonanlage ist wieder in Betrieb. Betroffen waren auch das Straßenverkehrsamt und die Ausländerbehörde.'))
      .toEqual(['Werne|phone|restored', 'Werne|vehicle-registration|degraded', 'Werne|foreigners-office|degraded']);
  });
});

describe('a body named with a state and no service', () => {
  const news = { sourceKind: 'news' as const };
  it('gives "Keine Probleme hatten die Kreise …" and "Beim Kreis … gibt es Einschränkungen" to the administration', () => {
    expect(impacts('Das Netz war gestört. Keine Probleme hatten die Kreise Segeberg, Stormarn und Plön.', news))
      .toEqual(['Kreis Segeberg|administration|operational', 'Kreis Stormarn|administration|operational', 'Kreis Plön|administration|operational']);
    expect(impacts('Beim Kreis Soest gibt es Einschränkungen.', news)).toEqual(['Kreis Soest|administration|degraded']);
  });
  it('gives a body that is only "betroffen" nothing', () => {
    expect(impacts('Die Stadt Lünen ist von dem Angriff betroffen.', news)).toEqual([]);
  });
});

describe('everything back', () => {
  it('restores every service stated down or restricted before "läuft wieder alles"', () => {
    expect(impacts('Das Standesamt war geschlossen und die Bibliothek eingeschränkt geöffnet. Mittlerweile läuft wieder alles in gewohnter Art und Weise.'))
      .toEqual(['Werne|civil-registry|outage', 'Werne|library|degraded', 'Werne|civil-registry|restored', 'Werne|library|restored']);
  });
  it('gives a hope that everything runs again nothing', () => {
    expect(impacts('Das Standesamt ist geschlossen. Die Stadt hofft, dass bald alles wieder läuft.')).toEqual(['Werne|civil-registry|outage']);
  });
});

describe('two channels with two states, and narrower services inside an administration\'s statement', () => {
  const news = { sourceKind: 'news' as const };
  it('keeps "nur eingeschränkt" from reaching over "gar nicht" of the next channel', () => {
    expect(impacts('Die Stadt Burbach ist seit Montag telefonisch nur eingeschränkt und per E-Mail gar nicht erreichbar.', news))
      .toEqual(['Burbach|phone|degraded', 'Burbach|email|outage']);
  });
  it('gives "kann keine Fahrzeuge zulassen" to vehicle registration, not the administration', () => {
    expect(impacts('Die Kreisverwaltung Siegen-Wittgenstein kann derzeit keine Fahrzeuge zulassen.', news))
      .toEqual(['Kreis Siegen-Wittgenstein|vehicle-registration|outage']);
  });
});

describe('appointments by one channel, and waits that may come', () => {
  it('reads "Termine können nur telefonisch vereinbart werden" as appointments degraded', () => {
    expect(impacts('Termine können derzeit nur telefonisch vereinbart werden.')).toEqual(['Werne|appointments|degraded']);
  });
  it('gives "Es kann zu längeren Wartezeiten kommen" nothing (a possibility)', () => {
    expect(impacts('Es kann zu längeren Wartezeiten im Bürgerbüro kommen.')).toEqual([]);
  });
});

describe('buildings as places in police releases', () => {
  const police = { sourceKind: 'police' as const };
  it('gives nothing for what happens at, in front of or inside a town hall', () => {
    expect(impacts('Ein Mann wurde in Werne vor dem Rathaus tot aufgefunden.', police)).toEqual([]);
    expect(impacts('Nach einem Stromausfall in Werne war die Ampel am Rathaus ausgefallen.', police)).toEqual([]);
    expect(impacts('Die Versammlung vor dem Rathaus in Werne verlief reibungslos.', police)).toEqual([]);
    expect(impacts('Der Geldautomat im Rathaus in Werne wurde gesprengt und ist außer Betrieb.', police)).toEqual([]);
  });
});

describe('owners named by a relative pronoun', () => {
  it('gives "…, deren Server verschlüsselt wurden" to the IT of the administration before it', () => {
    expect(impacts('Die Staatsanwaltschaft Dortmund ermittelt wegen des Angriffs auf die Stadtverwaltung Werne, deren Server verschlüsselt wurden.', { sourceKind: 'police' }))
      .toEqual(['Werne|it-systems|outage']);
  });
});

describe('more predicates of offices', () => {
  it('reads "nicht zugegriffen" and "nur in Papierform eingereicht"', () => {
    expect(impacts('Auf das Melderegister kann derzeit nicht zugegriffen werden.')).toEqual(['Werne|registration-office|outage']);
    expect(impacts('Der Bauantrag kann nur in Papierform eingereicht werden.')).toEqual(['Werne|building-authority|degraded']);
  });
});

describe('a sentence carried over to other places', () => {
  const news = { sourceKind: 'news' as const };
  it('gives "Gleiches gilt für Schwerte" what the sentence before stated', () => {
    expect(impacts('In Lünen bleibt das Bürgerbüro geschlossen. Gleiches gilt für Schwerte.', news))
      .toEqual(['Lünen|citizens-office|outage', 'Schwerte|citizens-office|outage']);
  });
  it('reads "wieder läuft" as restored', () => {
    expect(impacts('In Lünen ist die Website seit Montag wieder in Betrieb, während die Terminbuchung wieder läuft.', news))
      .toEqual(['Lünen|website|restored', 'Lünen|appointments|restored']);
  });
});

describe('predicates said in other words', () => {
  it('reads people who cannot contact the administration by a channel as that channel out', () => {
    expect(impacts('Bürgerinnen und Bürger können die Stadtverwaltung derzeit nicht per E-Mail kontaktieren.')).toEqual(['Werne|email|outage']);
  });
  it('reads registering cars in the active voice as vehicle registration', () => {
    expect(impacts('In Werne kann man derzeit keine Autos anmelden.', { sourceKind: 'news' })).toEqual(['Werne|vehicle-registration|outage']);
  });
  it('reads "down" after a copula as an outage', () => {
    expect(impacts('Auch die Internetseite der Stadt ist down.')).toEqual(['Werne|website|outage']);
  });
  it('reads an overloaded line and shorter opening hours as degraded', () => {
    expect(impacts('Die Hotline ist überlastet.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Das Bürgerbüro hat ab sofort verkürzte Öffnungszeiten.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads waits as degraded only where they grow, not where they are to be avoided', () => {
    expect(impacts('Im Bürgerbüro sind die Wartezeiten derzeit deutlich länger.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Bitte vereinbaren Sie Termine, um Wartezeiten zu vermeiden.')).toEqual([]);
  });
  it('reads a city named as a body that works again, or only in part, as its administration', () => {
    expect(impacts('Die Stadt Werne ist wieder voll arbeitsfähig.', { sourceKind: 'news' })).toEqual(['Werne|administration|restored']);
    expect(impacts('Nach dem Angriff ist die Stadt Werne nur eingeschränkt arbeitsfähig.', { sourceKind: 'news' })).toEqual(['Werne|administration|degraded']);
  });
});

describe('earlier incidents and what points back to taken-but-not-processed', () => {
  it('gives an earlier incident told as background no item', () => {
    expect(impacts('Bereits 2021 war die Stadtverwaltung nach einem Angriff wochenlang nicht erreichbar.')).toEqual([]);
    expect(impacts('Im Jahr 2019 war das Rathaus nach einem Wasserschaden zwei Wochen geschlossen.')).toEqual([]);
    expect(impacts('Seit dem 30. Oktober 2023 ist das Rathaus geschlossen.')).toEqual(['Werne|administration|outage']);
  });
  it('reads services that point back to applications taken but not processed as degraded (guide §4)', () => {
    expect(impacts('Beim Kreis Unna können Anträge nur angenommen, aber nicht bearbeitet werden. Das betrifft Führerscheine und Bauanträge.', { sourceKind: 'news' }))
      .toEqual(['Kreis Unna|drivers-licence|degraded', 'Kreis Unna|building-authority|degraded']);
  });
});

describe('working beside restricted, lists with a Kreis, unnamed offices in a named Kreis', () => {
  it('drops "arbeitsfähig" where the next sentence restricts it ("Allerdings …"), keeps a state told of another day', () => {
    expect(impacts('Die Stadtverwaltung ist arbeitsfähig. Allerdings sind alle Dienstgebäude für den Besucherverkehr geschlossen.'))
      .toEqual(['Werne|administration|degraded']);
    expect(impacts('Telefonisch ist die Stadtverwaltung erreichbar. Am Montag gab es vereinzelt Störungen bei der telefonischen Erreichbarkeit.'))
      .toEqual(['Werne|phone|operational', 'Werne|phone|degraded']);
  });
  it('reads "kaum arbeitsfähig" as degraded and a negation after the service as an outage', () => {
    expect(impacts('Die Stadtverwaltung Werne ist seit Sonntag kaum arbeitsfähig.', { sourceKind: 'news' })).toEqual(['Werne|administration|degraded']);
    expect(impacts('In Werne funktioniert die Telefonanlage des Rathauses nicht.', { sourceKind: 'news' })).toEqual(['Werne|phone|outage']);
  });
  it('points back to a town and a Kreis listed with "und der"', () => {
    expect(impacts('Schwerin und der Landkreis Ludwigslust-Parchim sind betroffen. Die Verwaltungen sind geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Schwerin|administration|outage', 'Landkreis Ludwigslust-Parchim|administration|outage']);
  });
  it('gives the town halls in a named Kreis nothing: the towns are not named (guide §4)', () => {
    expect(impacts('Die Rathäuser im Kreis Unna bleiben geschlossen.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('services named by a verb phrase with words between object and verb', () => {
  it('reads "Fahrzeuge … nicht in Köthen zugelassen" and "weder an- noch abgemeldet" as vehicle registration', () => {
    expect(impacts('Fahrzeuge könnten somit erstmal nicht in Werne zugelassen werden.')).toEqual(['Werne|vehicle-registration|outage']);
    expect(impacts('Fahrzeuge können derzeit weder an- noch abgemeldet werden.')).toEqual(['Werne|vehicle-registration|outage']);
  });
  it('gives a car not registered in a police release nothing', () => {
    expect(impacts('Der Wagen war nicht zugelassen.', { sourceKind: 'police' })).toEqual([]);
  });
});

describe('a working state said to have just begun after an outage', () => {
  it('reads "Ab sofort können … zugelassen werden" after a closure as the restoration', () => {
    expect(impacts('Die Zulassungsstelle war acht Monate geschlossen. Ab sofort können jetzt auch Fahrzeuge zugelassen werden.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|vehicle-registration|restored']);
  });
});

describe('a restoration of part only', () => {
  it('reads "in Teilbereichen wieder arbeitsfähig" and "teilweise wieder" as degraded (guide §4)', () => {
    expect(impacts('Die Stadtverwaltung ist nach dem Angriff in Teilbereichen wieder arbeitsfähig.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Online-Dienste sind teilweise wieder erreichbar.')).toEqual(['Werne|online-services|degraded']);
    expect(impacts('Die Online-Dienste sind wieder erreichbar.')).toEqual(['Werne|online-services|restored']);
  });
});

describe('a clause that only restricts the one before', () => {
  it('reads "wieder erreichbar – aber sehr eingeschränkt" as degraded', () => {
    expect(impacts('Die Webseiten der Stadt sind nun wieder erreichbar – aber sehr eingeschränkt.')).toEqual(['Werne|website|degraded']);
    expect(impacts('Das Bürgerbüro ist geöffnet, allerdings nur eingeschränkt.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('noun phrases, speakers who tweet, "Email", states before the one reported', () => {
  it('reads "die An- und Abmeldung von Fahrzeugen" as vehicle registration', () => {
    expect(impacts('Derzeit nicht möglich ist die An- und Abmeldung von Fahrzeugen.')).toEqual(['Werne|vehicle-registration|outage']);
  });
  it('does not take the administration that tweets as the service', () => {
    expect(impacts('"Ummeldungen innerhalb der Stadt sind möglich", twitterte die Stadtverwaltung.')).toEqual(['Werne|registration-office|operational']);
  });
  it('reads "per Email" as the e-mail channel', () => {
    expect(impacts('Seit Montag ist die Stadtverwaltung wieder per Email erreichbar.')).toEqual(['Werne|email|restored']);
  });
  it('gives a working state told in the pluperfect (before the one reported) nothing', () => {
    expect(impacts('Fahrzeuge können nicht zugelassen werden. Nach dem Angriff im Juli war erst Anfang August die Zulassung von Fahrzeugen wieder möglich gemacht worden.'))
      .toEqual(['Werne|vehicle-registration|outage']);
  });
});

describe('separable verbs, people met in person, attempts, the Stadthaus', () => {
  it('reads particles after the object ("fuhr die Server wieder hoch", "stellt den Betrieb ein")', () => {
    expect(impacts('Am Mittag fuhr die Stadt die Server wieder hoch.')).toEqual(['Werne|it-systems|restored']);
    expect(impacts('Das Bürgerbüro stellt ab Montag den Betrieb ein.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads staff met in person at the town hall as the administration working', () => {
    expect(impacts('Die Verwaltungsmitarbeiter sind zu den Sprechzeiten persönlich im Rathaus anzutreffen.')).toEqual(['Werne|administration|operational']);
  });
  it('gives an attempt to reach the town hall nothing', () => {
    expect(impacts('So geht es vielen, die versuchen, das Rathaus telefonisch zu erreichen.')).toEqual([]);
  });
  it('reads the Stadthaus as the administration', () => {
    expect(impacts('Das Stadthaus bleibt am Montag geschlossen.')).toEqual(['Werne|administration|outage']);
  });
});

describe('"IT" alone, the target of an attack, a contrast particle inside its clause', () => {
  it('reads "die komplette IT" as IT systems, not "IT-Dienstleister" or "Südwestfalen-IT"', () => {
    expect(impacts('Wegen des Angriffs ist die komplette IT noch ausgeschaltet.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Der IT-Dienstleister Südwestfalen-IT ist ausgefallen.', { sourceKind: 'news' })).toEqual([]);
  });
  it('does not take the target of an attack as a service with a state', () => {
    expect(impacts('Nach einem Cyber-Angriff auf das Computersystem der Stadt ist das Rathaus wieder geöffnet.')).toEqual(['Werne|administration|restored']);
  });
  it('starts a clause at the comma before its subject when "aber" stands inside it', () => {
    expect(impacts('Telefonisch waren die Ämter erreichbar, Personalausweise konnten aber nicht beantragt werden.'))
      .toEqual(['Werne|phone|operational', 'Werne|id-documents|outage']);
  });
});

describe('restrictions that stay', () => {
  it('reads "– Einschränkungen bleiben" and "– allerdings nach wie vor mit Einschränkungen" after a restoration as degraded', () => {
    expect(impacts('Stadtverwaltung wieder in allen Bereichen arbeitsfähig – Einschränkungen bleiben!')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Stadtverwaltung ist jetzt wieder arbeitsfähig – allerdings nach wie vor mit Einschränkungen.')).toEqual(['Werne|administration|degraded']);
  });
  it('keeps "auch nicht über das Online-Portal" as the portal out beside the service', () => {
    expect(impacts('An-, Um- und Abmeldungen von Fahrzeugen sind derzeit nicht möglich, auch nicht über das Online-Portal.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|online-services|outage']);
  });
});

describe('"ohne Einschränkungen", a town\'s Stadtladen, office software', () => {
  it('reads "ohne Einschränkungen" as working', () => {
    expect(impacts('Das Bürgerbüro arbeitet ohne Einschränkungen.')).toEqual(['Werne|citizens-office|operational']);
  });
  it('reads the Stadtladen as the citizens\' office', () => {
    expect(impacts('Der Stadtladen war von der Störung betroffen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads an office\'s software or system as IT, not a navigation system', () => {
    expect(impacts('Das Melde- und Passsystem wird ab Freitag wieder zur Verfügung stehen.')).toEqual(['Werne|it-systems|restored']);
    expect(impacts('Aus dem Auto wurde ein Navigationssystem gestohlen.', { sourceKind: 'police' })).toEqual([]);
  });
});

describe('a few hours', () => {
  it('reads an outage of "einige Stunden" as part of the day (degraded)', () => {
    expect(impacts('Wegen einer Störung ging einige Stunden nichts mehr im Bürgeramt.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('more ways to say down, and now-and-then', () => {
  it('reads "funktionierte nichts mehr", "nicht aufgebaut" as outages and "so gut wie nichts mehr" as degraded', () => {
    expect(impacts('Die Telekom stellte die Telefonleitung um - und danach funktionierte nichts mehr.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Datenverbindungen zum Rechenzentrum konnten nicht aufgebaut werden.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Im Rathaus lief so gut wie nichts mehr.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads "dichtgeblieben" as closed', () => {
    expect(impacts('Wegen eines Wasserschadens ist das Bürgerbüro am Montag dichtgeblieben.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('gives problems "in der Vergangenheit immer mal wieder" nothing', () => {
    expect(impacts('Probleme mit der Technik habe es in der Vergangenheit immer mal wieder gegeben.')).toEqual([]);
  });
  it('reads the Meldehalle as the registration office and an electronic procedure as IT', () => {
    expect(impacts('Meldehalle und Zulassungsstelle blieben heute geschlossen.')).toEqual(['Werne|registration-office|outage', 'Werne|vehicle-registration|outage']);
    expect(impacts('Das elektronische Verfahren funktioniert seit Donnerstag nicht mehr.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('appointments kept, and who announced it', () => {
  it('reads "dass alle vereinbarten Termine eingehalten werden könnten" as appointments working, not the announcing administration', () => {
    expect(impacts('Die Stadtverwaltung hat auf ihren Webseiten mitgeteilt, dass alle vereinbarten Termine eingehalten werden könnten.'))
      .toEqual(['Werne|appointments|operational']);
  });
});

describe('calls', () => {
  it('reads calls that go nowhere as the phone out, and calls taken as the phone working', () => {
    expect(impacts('Anrufe an die Stadtverwaltung laufen derzeit ins Leere.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Die Mitarbeiter konnten zwar Anrufe entgegennehmen.')).toEqual(['Werne|phone|operational']);
  });
  it('drops the working state a concession ("zwar") gives beside a restriction told of the same line', () => {
    expect(impacts('Das Bürgertelefon war nur eingeschränkt erreichbar. Die Mitarbeiter konnten zwar Anrufe entgegennehmen, aber nicht jede Anfrage bearbeiten.'))
      .toEqual(['Werne|phone|degraded']);
  });
});

describe('a city\'s own offices as a group, "weder … noch" with "betroffen", offices excepted', () => {
  it('reads "alle Ämter" in a city\'s own release as its administration', () => {
    expect(impacts('Alle Ämter sind geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Alle Ämter sind geschlossen.', { sourceKind: 'news' })).toEqual([]);
  });
  it('reads "Weder … noch … betroffen" as working', () => {
    expect(impacts('Weder das Bürgerbüro noch das Standesamt sind betroffen.')).toEqual(['Werne|citizens-office|operational', 'Werne|civil-registry|operational']);
  });
  it('gives an office excepted from the clause the opposite state', () => {
    expect(impacts('Mit Ausnahme des Standesamtes sind alle Ämter geschlossen.')).toEqual(['Werne|civil-registry|operational', 'Werne|administration|outage']);
    expect(impacts('Bis auf das Standesamt sind alle Ämter geöffnet.')).toEqual(['Werne|civil-registry|outage', 'Werne|administration|operational']);
  });
});

describe('some of the offices', () => {
  it('reads "zahlreiche Ämter … nicht arbeitsfähig" as the administration degraded', () => {
    expect(impacts('Daher sind zahlreiche Ämter heute leider nicht arbeitsfähig.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('a long noun phrase between "keine" and its verb', () => {
  it('reads "keine Anliegen im Bereich Kfz-Zulassung und Führerscheinwesen bearbeitet" as outages', () => {
    expect(impacts('Im Dienstleistungszentrum können keine Anliegen im Bereich Kfz-Zulassung und Führerscheinwesen bearbeitet werden.'))
      .toEqual(['Werne|vehicle-registration|outage', 'Werne|drivers-licence|outage']);
  });
});

describe('closing early', () => {
  it('reads "schließt am Freitag früher" as part of the day (degraded)', () => {
    expect(impacts('Die Stadtbibliothek schließt am Freitag früher.')).toEqual(['Werne|library|degraded']);
  });
});

describe('a causal clause', () => {
  it('keeps ", da die Urkunden bereits erstellt wurden" apart from the statement before it', () => {
    expect(impacts('Beim Standesamt können derzeit keine Beurkundungen durchgeführt werden. Die Eheschließungen können stattfinden, da die Urkunden bereits erstellt wurden.'))
      .toEqual(['Werne|civil-registry|outage', 'Werne|weddings|operational']);
  });
});

describe('more service words of a district', () => {
  it('reads "Online-Zulassung (i-Kfz)" as an online service and "Leistungen nach dem SGB" as social benefits', () => {
    expect(impacts('Die Online-Zulassung (i-Kfz) steht wieder zur Verfügung.', { jurisdiction: '05978', sourceKind: 'district' })).toEqual(['Kreis Unna|online-services|restored']);
    expect(impacts('Leistungen nach dem SGB XII werden weiterhin pünktlich ausgezahlt.', { jurisdiction: '05978', sourceKind: 'district' })).toEqual(['Kreis Unna|social-benefits|operational']);
  });
  it('gives a car driven without registration in a police release nothing', () => {
    expect(impacts('Das Fahrzeug war ohne Zulassung unterwegs.', { sourceKind: 'police' })).toEqual([]);
  });
});

describe('part of the week and substitute quarters', () => {
  it('reads "montags geschlossen" as part of the time (degraded) and work in substitute quarters as degraded', () => {
    expect(impacts('Wegen Personalmangels bleibt das Bürgerbüro montags geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Nach dem Brand im Rathaus arbeitet die Verwaltung in einem Ausweichquartier.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('appointments as the condition of a visit', () => {
  it('gives "nur mit Terminvergabe" and "nach vorheriger Terminvereinbarung" no appointments item', () => {
    expect(impacts('Besuche sind nur nach vorheriger Terminvereinbarung möglich.')).toEqual([]);
    expect(impacts('Das Bürgerbüro ist nur mit Terminvergabe geöffnet.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('keeps appointments that are themselves in trouble', () => {
    expect(impacts('Die Online-Terminvergabe ist derzeit gestört.')).toEqual(['Werne|appointments|degraded']);
  });
});

describe('a line with its number after an outage', () => {
  it('reads "nur telefonisch unter … erreichbar" after a closure as the phone working, and alone as a pointer', () => {
    expect(impacts('Das Rathaus ist heute wegen eines Stromausfalls geschlossen. Die Verwaltung ist weiterhin nur telefonisch unter 02389 780-0 erreichbar.'))
      .toEqual(['Werne|administration|outage', 'Werne|phone|operational']);
    expect(impacts('Die Verwaltung ist weiterhin nur telefonisch unter 02389 780-0 erreichbar.')).toEqual([]);
  });
});

describe('reported speech pointing back', () => {
  it('reads "Das gelte auch für …" (Konjunktiv I) like "Das gilt auch für …"', () => {
    expect(impacts('Das Bürgerbüro ist geschlossen. Das gelte auch für das Standesamt.')).toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|outage']);
    expect(impacts('In Lünen bleibt das Bürgerbüro geschlossen. Das gelte auch für Schwerte.', { sourceKind: 'news' }))
      .toEqual(['Lünen|citizens-office|outage', 'Schwerte|citizens-office|outage']);
  });
});

describe('a closure named as the time frame', () => {
  it('reads "während der Schließung weiterhin telefonisch erreichbar" as the phone working', () => {
    expect(impacts('Die Mitarbeiter im Rathaus sind während der Schließung weiterhin telefonisch erreichbar.')).toEqual(['Werne|phone|operational']);
  });
});

describe('working, but not properly', () => {
  it('reads "funktioniert nicht mehr richtig" as degraded, not outage', () => {
    expect(impacts('Seit Oktober funktioniert die Telefonanlage im Rathaus nicht mehr richtig.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Die Telefonanlage funktioniert nicht einwandfrei.')).toEqual(['Werne|phone|degraded']);
  });
  it('gives the idiom "Das geht gar nicht" and "das Problem liegt beim Anbieter" no state', () => {
    expect(impacts('„Das geht gar nicht“, sagt der Beamte im Rathaus.')).toEqual([]);
    expect(impacts('Die Telefonanlage funktioniert, das Problem liegt beim Anbieter.')).toEqual(['Werne|phone|operational']);
    expect(impacts('Das Problem ist nicht, dass die Stadtverwaltung die Leitung gekappt hat.')).toEqual([]);
  });
});

describe('the place a sentence without one refers to', () => {
  const news = { sourceKind: 'news' as const };
  it('takes the most named of several places before, not merely the last one named', () => {
    expect(impacts('Die EDV der Werner Stadtverwaltung ist ausgefallen. Der Sturm hat Teile von Werne und Selm getroffen. Das Rathaus bleibt am Montag geschlossen.', news))
      .toEqual(['Werne|it-systems|outage', 'Werne|administration|outage']);
    expect(impacts('Die EDV der Werner Stadtverwaltung ist ausgefallen. Der Sturm hat Teile von Werne und Selm getroffen. Wie es hieß, habe man alles versucht. Das Rathaus bleibt am Montag geschlossen.', news))
      .toEqual(['Werne|it-systems|outage', 'Werne|administration|outage']);
  });
});

describe('a town body beside its Kreis', () => {
  it('gives the lines of "die Stadtverwaltung" to the town, though the Kreis is named beside it and its Kreisverwaltung later', () => {
    expect(impacts('Das Rathaus in Werne (Kreis Unna) hat seit Montag Netzwerkprobleme. Die Stadtverwaltung ist nicht per E-Mail erreichbar. Betroffen sind auch Bereiche der Kreisverwaltung Unna.', { sourceKind: 'news' }))
      .toEqual(['Werne|email|outage', 'Kreis Unna|administration|degraded']);
  });
});

describe('one branch of an office closed', () => {
  it('reads a branch closed, where the text names another or sends people elsewhere, as the office degraded', () => {
    expect(impacts('Die Bürgerservicestelle an der Sachsenallee bleibt weiterhin geschlossen. Kunden werden gebeten, auf die Bürgerservicestelle Am Wall auszuweichen.'))
      .toEqual(['Werne|citizens-office|degraded']);
  });
  it('keeps an office named by its only address closed as an outage', () => {
    expect(impacts('Das Bürgerbüro am Marktplatz bleibt am Montag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('gender signs inside words', () => {
  it('reads "nur noch für Bürger*innen geöffnet" like "nur noch für Bürger geöffnet" (degraded)', () => {
    expect(impacts('Das Rathaus ist ab Mittwoch nur noch für Bürger*innen geöffnet, die einen Termin vereinbart haben.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Das Rathaus ist ab Mittwoch nur noch für Bürger:innen geöffnet, die einen Termin vereinbart haben.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('all other tasks', () => {
  it('reads "Alle anderen Aufgaben … können nicht bearbeitet werden" as part of the service (degraded)', () => {
    expect(impacts('Trauungen finden statt. Alle anderen Aufgaben, beispielsweise die Ausstellung von Geburtsurkunden, können im Standesamt derzeit nicht bearbeitet werden.'))
      .toEqual(['Werne|weddings|operational', 'Werne|civil-registry|degraded']);
  });
});

describe('closed until about a time', () => {
  it('reads "bis zirka 17 Uhr nicht erreichbar" as part of the day (degraded)', () => {
    expect(impacts('Wegen eines Kabelschadens war die Stadtverwaltung am Donnerstag telefonisch bis zirka 17 Uhr nicht erreichbar.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('an administration cut off', () => {
  it('gives "vom Telefonnetz abgeschnitten" to the phone and "datentechnisch abgeschnitten" to the IT, not to the administration', () => {
    expect(impacts('Die Stadtverwaltung war stundenlang vom Telefonnetz abgeschnitten.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Seit Mittwoch ist das Rathaus datentechnisch von der Außenwelt abgeschnitten.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('an effort to bring a service back', () => {
  it('reads "schafft es nicht, das Bauamt wieder ans Netz zu bekommen" as no restoration', () => {
    expect(impacts('Die Telekom schafft es nicht, das Bauamt wieder ans Netz zu bekommen.')).toEqual([]);
  });
});

describe('open beside closed, then restricted', () => {
  it('keeps the one degraded item where a working and a closed statement of one service merge', () => {
    expect(impacts('Die Online-Terminvergabe der Zulassungsstellen funktioniert. Durch eine andere Schwierigkeit musste die Zulassungsstelle in Lünen am Montag geschlossen bleiben.', { jurisdiction: '05978', sourceKind: 'district' }))
      .toEqual(['Kreis Unna|vehicle-registration|degraded']);
  });
});

describe('appointments called off', () => {
  it('gives booked appointments called off or moved no appointments item', () => {
    expect(impacts('Wegen der Störung mussten Termine von Bürgerinnen und Bürgern neu vereinbart werden.')).toEqual([]);
    expect(impacts('Am Montag wurden alle Termine abgesagt.')).toEqual([]);
  });
  it('keeps booking that cannot be done', () => {
    expect(impacts('Derzeit können keine Termine vereinbart werden.')).toEqual(['Werne|appointments|outage']);
  });
});

describe('the place a news text opens with', () => {
  it('binds a later paragraph to the place the text opens with and names most, though others are named in passing', () => {
    const text = 'Rottenburg\n\nDie städtische Internetseite funktioniert weiterhin nicht reibungslos.\n\nSymbolbild: Metz\n\nDas Rats-Informationssystem ist weiterhin abgeschaltet. Die Stadt Rottenburg hat einen Dienstleister (früher Ludwigsburg, jetzt Stuttgart) beauftragt.';
    expect(impacts(text, { sourceKind: 'news' })).toEqual(['Rottenburg am Neckar|website|degraded', 'Rottenburg am Neckar|council-information|outage']);
  });
});

describe('where an office is found', () => {
  it('reads "weiterhin im Rathaus zu erreichen" as a location, not a state', () => {
    expect(impacts('Nach dem Umzug sind die folgenden Bereiche der Stadtverwaltung weiterhin im Rathaus zu erreichen: Hauptamt, Bürgerbüro.')).toEqual([]);
    expect(impacts('Die Stadtverwaltung ist weiterhin zu erreichen.')).toEqual(['Werne|administration|operational']);
  });
});

describe('a Kreis named after the city it surrounds', () => {
  it('gives the offices of "Landratsamt München" in the city to the Landkreis, not to the city', () => {
    const text = 'Die Störung betrifft alle Bereiche des Landratsamts, auch die Stellen in München-Untergiesing. Die Kfz-Zulassung ist momentan nicht möglich. Das Landratsamt München bittet um Geduld.';
    expect(impacts(text, { sourceKind: 'news' })).toEqual(['Landkreis München|administration|degraded', 'Landkreis München|vehicle-registration|outage']);
  });
});

describe('a leading subordinate clause', () => {
  it('keeps the state of "Weil diese Funktion gestört war," from the administration acting in the main clause', () => {
    expect(impacts('Weil diese Funktion gestern immer noch gestört war, ließ die Stadtverwaltung die Unterlagen ausdrucken.')).toEqual([]);
    expect(impacts('Nachdem der Server ausgefallen war, blieb das Bürgerbüro geschlossen.')).toEqual(['Werne|it-systems|outage', 'Werne|citizens-office|outage']);
  });
});

describe('reported speech of a restoration', () => {
  it('reads "die Telefonanlage funktioniere wieder" (Konjunktiv I) as restored', () => {
    expect(impacts('Laut Sprecher funktioniere die Telefonanlage wieder.')).toEqual(['Werne|phone|restored']);
  });
});

describe('a sentence of a time and a state without a subject', () => {
  it('reads "Ab Donnerstag (18. Januar) ist wieder geöffnet." as the office stated closed before', () => {
    expect(impacts('Das Einwohnermeldeamt ist bis morgen (17. Januar) für den Besucherverkehr geschlossen. Ab Donnerstag (18. Januar) ist wieder geöffnet.'))
      .toEqual(['Werne|registration-office|outage', 'Werne|registration-office|restored']);
  });
});

describe('something provided for an office', () => {
  it('gives "stehen neue Räume für das Fachgebiet Meldewesen zur Verfügung" no item of the office', () => {
    expect(impacts('Im Nordflügel stehen neue Räume für das Fachgebiet Pass- und Meldewesen zur Verfügung.')).toEqual([]);
    expect(impacts('Das Bürgerbüro steht wieder zur Verfügung.')).toEqual(['Werne|citizens-office|restored']);
  });
});

describe('more library words', () => {
  it('reads "Zweigbibliothek" as the library (a branch closed: degraded), and "Ab Samstag gelten wieder die üblichen Öffnungszeiten." as its restoration', () => {
    expect(impacts('Die Zweigbibliothek Waldstadt ist am Freitag geschlossen. Ab Samstag gelten wieder die üblichen Öffnungszeiten.'))
      .toEqual(['Werne|library|degraded', 'Werne|library|restored']);
  });
});

describe('an office closed in one town, still open in another', () => {
  it('reads "Zulassungsstelle in Lünen geschlossen, … weiter in Unna zugelassen" as the service degraded', () => {
    expect(impacts('Die Kfz-Zulassungsstelle in Lünen ist seit Dienstag geschlossen, Fahrzeuge können weiter in Unna nach Terminabsprache zugelassen werden.', { jurisdiction: '05978', sourceKind: 'district' }))
      .toEqual(['Kreis Unna|vehicle-registration|degraded']);
  });
});

describe('advice to visitors', () => {
  it('gives "Termine sollten möglichst alleine wahrgenommen werden" no working state', () => {
    expect(impacts('Termine sollten möglichst alleine wahrgenommen werden.')).toEqual([]);
  });
});

describe('branch names that would make a regular expression backtrack', () => {
  it('reads a long hyphenated name after an office word in linear time (it used to take seconds)', () => {
    const name = Array.from({ length: 40 }, () => 'Ab').join('-');
    const text = `Die Bürgerservicestelle ${name} x bleibt geschlossen. Kunden werden gebeten, auf die Bürgerservicestelle ${name} auszuweichen.`;
    expect(impacts(text)).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('"Seitdem" opening a main clause', () => {
  it('keeps an unnamed group of towns in the clause of its state ("Seitdem sind bei zahlreichen Städten, … Teile der Verwaltung nicht nutzbar")', () => {
    expect(impacts('Der Angriff auf den Dienstleister mit Sitz in Siegen wurde am Montag bemerkt. Seitdem sind bei zahlreichen Städten, Gemeinden und Kreisen, die ihre Verfahren dort betreiben, Teile der Verwaltung nicht oder nur eingeschränkt nutzbar.', { sourceKind: 'police' }))
      .toEqual([]);
  });
});

describe('states across clauses and sentences (second batch)', () => {
  it('lets a negation reach a state five words on', () => {
    expect(impacts('Die Stadtbücherei kann in der laufenden Woche nicht mehr für den allgemeinen Betrieb geöffnet werden.')).toEqual(['Werne|library|outage']);
  });
  it('reads nothing from a clause of "bis" or "bevor": a state still to come', () => {
    expect(impacts('Das Rathaus bleibt geschlossen, bis die Systeme wieder laufen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Computersystem muss gereinigt werden, bevor es wieder ans Netz kann.')).toEqual([]);
    expect(impacts('Bis auf Weiteres bleibt das Rathaus geschlossen.')).toEqual(['Werne|administration|outage']);
  });
  it('reads both states of one subject joined by "und": closed, then open again', () => {
    expect(impacts('Das Bürgerbüro ist am Montag geschlossen und ab Dienstag wieder geöffnet.')).toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
    expect(impacts('Das Bürgerbüro ist geschlossen und die Telefonanlage wieder erreichbar.')).toEqual(['Werne|citizens-office|outage', 'Werne|phone|restored']);
  });
  it('reads "es" as a neuter office of the sentence before, right before its state', () => {
    expect(impacts('Das Bürgerbüro ist geschlossen. Ab Dienstag ist es wieder geöffnet.')).toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
    expect(impacts('Die Zulassungsstelle ist geschlossen. Ab Dienstag ist es wieder geöffnet.')).toEqual(['Werne|vehicle-registration|outage']);
  });
  it('reads "down" as an outage', () => {
    expect(impacts('Um 10.45 Uhr war Schluss, die Website down.')).toEqual(['Werne|website|outage']);
  });
});

describe('more words of state', () => {
  it('reads "entfallen", "zusammengebrochen" and "geht nichts" as outages', () => {
    expect(impacts('Die Sprechzeiten im Bauamt entfallen.')).toEqual(['Werne|building-authority|outage']);
    expect(impacts('Beim Einwohnermeldeamt geht derzeit nichts.')).toEqual(['Werne|registration-office|outage']);
    expect(impacts('Die Telefonanlage im Rathaus ist zusammengebrochen.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Es geht nichts über gute Nachbarschaft.')).toEqual([]);
  });
  it('reads "nimmt … wieder auf" and "wieder voll einsatzbereit" as restorations', () => {
    expect(impacts('Die Zulassungsstelle nimmt den Betrieb am Montag wieder auf.')).toEqual(['Werne|vehicle-registration|restored']);
    expect(impacts('Das Standesamt ist wieder voll einsatzbereit.')).toEqual(['Werne|civil-registry|restored']);
  });
});

describe('examples after "wie"', () => {
  it('reads every example of "Dienste wie …" and still drops the speaker of "Wie die Stadtverwaltung mitteilte"', () => {
    expect(impacts('Dienste wie Telefon und E-Mail funktionieren wieder.')).toEqual(['Werne|phone|restored', 'Werne|email|restored']);
    expect(impacts('Wie die Stadtverwaltung mitteilte, ist das Bürgerbüro geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('opening words', () => {
  it('reads "nicht öffnen" and "öffnet … nicht" as closed, for every office listed', () => {
    expect(impacts('So werden der Bürgerservice und das Standesamt an diesem Freitag nicht öffnen.')).toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|outage']);
    expect(impacts('Das Bürgerbüro öffnet am Freitag nicht.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Das Bürgerbüro öffnet am Montag wieder, nicht am Sonntag.')).toEqual(['Werne|citizens-office|restored']);
  });
  it('reads "wie gewohnt … wieder geöffnet" as back after a closure', () => {
    expect(impacts('Das Standesamt ist ab Dienstag wie gewohnt ab 9 Uhr wieder geöffnet.')).toEqual(['Werne|civil-registry|restored']);
  });
});

describe('lists under "keine" and owners in parentheses', () => {
  it('reads "keine A, B, C oder D entgegengenommen" as an outage of each', () => {
    expect(impacts('Es können jedoch keine Kfz-Zulassungen, Telefonate, E-Mails oder Online-Anträge entgegengenommen werden.')).toEqual([
      'Werne|vehicle-registration|outage', 'Werne|phone|outage', 'Werne|email|outage', 'Werne|online-services|outage',
    ]);
  });
  it('reads the owner after an abbreviation in parentheses as the owner, not a subject', () => {
    expect(impacts('Ein Trojaner hat die komplette Informationstechnik (IT) der Stadtverwaltung lahm gelegt.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('reopening after works', () => {
  it('reads "Nach … Umbauarbeiten öffnet …" as a reopening, an opening time alone as nothing', () => {
    expect(impacts('Nach dreiwöchigen Umbauarbeiten öffnet die Zulassungsstelle am morgigen Dienstag.')).toEqual(['Werne|vehicle-registration|restored']);
    expect(impacts('Die Bibliothek öffnet am Montag um 10 Uhr.')).toEqual([]);
  });
});

describe('opening hours announced', () => {
  it('reads "wie folgt zu erreichen" as a pointer to the hours, no state', () => {
    expect(impacts('Das Bürgerbüro ist ab Januar wie folgt zu erreichen: montags 8 bis 12 Uhr.')).toEqual([]);
  });
});

describe('an office acting on another service', () => {
  it('gives the item to the service acted on, not to the office that acts', () => {
    expect(impacts('Das Standesamt hat bis auf Weiteres die Trauungen ausgesetzt.')).toEqual(['Werne|weddings|outage']);
    expect(impacts('Das Standesamt und das Bürgerbüro haben geschlossen.')).toEqual(['Werne|civil-registry|outage', 'Werne|citizens-office|outage']);
  });
});

describe('branches', () => {
  it('reads a branch closed as the service degraded, and a branch open beside a closed one as nothing more', () => {
    expect(impacts('Im Sommer bleibt die Stadtteilbücherei in Heidingsfeld hitzebedingt geschlossen.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Die Zweigbibliothek Am Stern ist ab 14 Uhr geöffnet. Die Zweigbibliothek Waldstadt ist geschlossen.')).toEqual(['Werne|library|degraded']);
  });
});

describe('closed for visitors all day', () => {
  it('reads "ganztägig für den Publikumsverkehr geschlossen" as an outage, from a day on without "ganztägig" as degraded', () => {
    expect(impacts('Das Rathaus bleibt am Freitag ganztägig für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Rathaus bleibt ab Freitag ganztägig für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Rathaus bleibt ab Freitag für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('restrictions that did not come, visitors, former names', () => {
  it('reads "entgegen der angekündigten Einschränkungen … wahrgenommen werden" as working', () => {
    expect(impacts('Termine in der Kfz-Zulassungsstelle konnten entgegen der am Vortag angekündigten Einschränkungen heute durchaus wahrgenommen werden.'))
      .toEqual(['Werne|vehicle-registration|operational']);
  });
  it('reads an administration closed "für Besucherinnen und Besucher" as degraded', () => {
    expect(impacts('Das Rathaus ist für Besucherinnen und Besucher geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads "– die ehemaligen Einwohnermeldeämter –" as another name, not a service', () => {
    expect(impacts('Am Montag bleiben alle Kundenzentren – die ehemaligen Einwohnermeldeämter – geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('"lediglich" with kept appointments', () => {
  it('reads "können lediglich bereits vereinbarte Termine wahrgenommen werden" as restricted', () => {
    expect(impacts('In der Ausländerbehörde können lediglich bereits vereinbarte Termine wahrgenommen werden.')).toContain('Werne|foreigners-office|degraded');
  });
});

describe('every channel after "nur"', () => {
  it('reads "nur noch telefonisch und per E-Mail erreichbar" as both channels working', () => {
    expect(impacts('Das Rathaus ist ab Montag nur noch telefonisch und per E-Mail erreichbar.')).toEqual(['Werne|phone|operational', 'Werne|email|operational']);
  });
});

describe('"weder telefonisch noch persönlich"', () => {
  it('reads an office reached neither by phone nor in person as out, however long the subject', () => {
    expect(impacts('Weder telefonisch, noch persönlich ist das Bürgerbüro Werne derzeit erreichbar.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Das Bürgerbüro ist telefonisch nicht erreichbar.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('"Geöffnet wird wieder …"', () => {
  it('reads the participle-first sentence without a subject as the office of the sentence before', () => {
    expect(impacts('Die Stadtbücherei bleibt die ganze Woche geschlossen. Geöffnet wird wieder am nächsten Dienstag.')).toEqual([
      'Werne|library|outage', 'Werne|library|restored',
    ]);
  });
});

describe('compound names of the emergency control centre', () => {
  it('reads a "Rettungsleitstelle" that cannot be reached as emergency services, not the Kreis\'s phone', () => {
    expect(impacts('Die Rettungsleitstelle im gesamten Landkreis Vorpommern-Rügen ist zurzeit nicht erreichbar.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Vorpommern-Rügen|emergency-services|outage']);
  });
});

describe('a possibility at the start of a sentence', () => {
  it('reads "Möglicherweise", "Eventuell", "Falls" capitalized as a possibility too', () => {
    expect(impacts('Möglicherweise bleibt das Bürgerbüro am Mittwoch ganz geschlossen.')).toEqual([]);
    expect(impacts('Eventuell ist die Zulassungsstelle am Montag nicht erreichbar.')).toEqual([]);
  });
  it('gives what points back to a possibility its own "betroffen" (degraded), not the possible closure', () => {
    expect(impacts('Am Dienstag wird gestreikt. „Möglicherweise bleiben Standorte ganz geschlossen.“ Betroffen sind folgende Standorte: das Standesamt und die Führerscheinstelle.'))
      .toEqual(['Werne|civil-registry|degraded', 'Werne|drivers-licence|degraded']);
  });
});

describe('"betroffen" beside a firm outage of the same service', () => {
  it('restates the outage and gives no second, weaker state', () => {
    expect(impacts('Die gesamte Telefonanlage der Stadtverwaltung ist ausgefallen – betroffen sind auch die Rufnummern der Feuerwehr.'))
      .toEqual(['Werne|phone|outage']);
  });
  it('stays where it restricts', () => {
    expect(impacts('Die Telefonanlage ist ausgefallen. Betroffen sind nur teilweise die Rufnummern der Feuerwehr.'))
      .toEqual(['Werne|phone|outage', 'Werne|phone|degraded']);
  });
});

describe('conditions of a visit and documents shown', () => {
  it('reads an exception after the statement as the opposite state, down its whole list', () => {
    expect(impacts('Das Rathaus ist geschlossen, außer bei Sozialamt und Standesamt.'))
      .toEqual(['Werne|administration|outage', 'Werne|social-benefits|operational', 'Werne|civil-registry|operational']);
  });
  it('gives "Termine nur nach Vereinbarung" no appointments item: it is how visits go', () => {
    expect(impacts('Persönliche Termine nur nach Vereinbarung.')).toEqual([]);
    expect(impacts('Die Online-Terminvergabe ist gestört.')).toEqual(['Werne|appointments|degraded']);
  });
  it('reads an identity document one shows as no service', () => {
    expect(impacts('Teilweise müssen sich die Besucher am Eingang mit ihrem Personalausweis ausweisen.')).toEqual([]);
    expect(impacts('Personalausweise können derzeit nicht beantragt werden.')).toEqual(['Werne|id-documents|outage']);
  });
});

describe('an emergency service set up for an office', () => {
  it('reads the office in emergency operation as degraded', () => {
    expect(impacts('Im Standesamt wird in der Zeit von 8 bis 12 Uhr ein Bereitschaftsdienst eingerichtet.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Auch im Sozialamt wurden Notdienste eingerichtet.')).toEqual(['Werne|social-benefits|degraded']);
  });
  it('still gives whoever sets up another substitute nothing', () => {
    expect(impacts('Für das Standesamt wurde eine Hotline eingerichtet.')).toEqual([]);
  });
});

describe('a Kreis\'s office named by the town it stands in', () => {
  const kreis = { jurisdiction: '12060', sourceKind: 'district' as const };
  it('reads one site closed as the Kreis\'s service degraded', () => {
    expect(impacts('Seit Anfang Oktober blieb die Zulassungsstelle in Bernau aufgrund von Umbauarbeiten geschlossen.', kreis))
      .toEqual(['Landkreis Barnim|vehicle-registration|degraded']);
  });
  it('keeps all listed sites closed as an outage, and a town\'s own office as it is', () => {
    expect(impacts('Am Samstag bleibt die Zulassungsstelle in Bernau und Eberswalde ganztägig geschlossen.', kreis))
      .toEqual(['Landkreis Barnim|vehicle-registration|outage']);
    expect(impacts('Das Bürgerbüro in der Stadtmitte bleibt am Montag ganztägig geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('branches by their name', () => {
  it('reads closed Stadtteilämter and Ortsämter as the citizens\' office degraded', () => {
    expect(impacts('Die Stadtteilämter in Suchsdorf und Elmschenhagen sind auf unbestimmte Zeit geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('"des Kreises" in a text of several Kreise', () => {
  it('gives the office to the Kreis named last before it', () => {
    expect(impacts('Im Märkischen Kreis wird gestreikt. Das Bürgerbüro des Kreises in Lüdenscheid wird komplett geschlossen. Im Kreis Unna ist alles normal.', { sourceKind: 'news' }))
      .toEqual(['Märkischer Kreis|citizens-office|degraded']);
  });
  it('reads "Es kann daher in allen Bereichen zu Einschränkungen kommen" as a possibility', () => {
    expect(impacts('Es kann daher in allen Bereichen zu Einschränkungen im Dienstbetrieb kommen.')).toEqual([]);
  });
});

describe('closed to walk-ins, "macht … dicht"', () => {
  it('reads an office closed to visitors without an appointment as degraded', () => {
    expect(impacts('Vom 8. bis 12. September bleibt das Standesamt für Besucherinnen und Besucher ohne vorherige Terminvereinbarung geschlossen.'))
      .toEqual(['Werne|civil-registry|degraded']);
  });
  it('reads "macht seine Ausländerbehörde … dicht" as the office closed, not the acting administration', () => {
    // Closed to visitors from a day on, with no day it is closed on: restricted (see the next block).
    expect(impacts('Die Stadtverwaltung macht ihre Ausländerbehörde von dieser Woche an für den Publikumsverkehr dicht.'))
      .toEqual(['Werne|foreigners-office|degraded']);
    expect(impacts('Das Rathaus bleibt am Montag dicht.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Dichter Nebel lag über dem Rathaus.')).toEqual([]);
  });
});

describe('documents and cars of people in police releases', () => {
  const police = { jurisdiction: '03355', sourceKind: 'police' as const };
  it('reads a licence taken from someone as no service, the office named as such still as one', () => {
    expect(impacts('Wegen der Beeinträchtigung wurde dem Senior in Lüneburg der Führerschein vorläufig entzogen.', police)).toEqual([]);
    expect(impacts('Die Führerscheinstelle in Lüneburg ist wegen eines Stromausfalls geschlossen.', police)).toEqual(['Lüneburg|drivers-licence|outage']);
  });
});

describe('an administration on or off the network', () => {
  it('reads "offline", "wieder online", "vom Netz" of the administration as its IT', () => {
    expect(impacts('Die Stadtverwaltung ist seit Montag offline.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Das Rathaus ist wieder online.')).toEqual(['Werne|it-systems|restored']);
  });
});

describe('causes and habits', () => {
  it('reads a change of systems given as the cause as no system down', () => {
    expect(impacts('Die Bürgerbüros bleiben am Freitag wegen einer Software-Umstellung geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads what is "normalerweise" so as no state', () => {
    expect(impacts('Während die Bürgerbüros am Freitag normalerweise ab 7:30 Uhr geöffnet haben, bleibt das Bürgerbüro an diesem Freitag geschlossen.'))
      .toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Die Bürgerbüros haben am Freitag normalerweise ab 7:30 Uhr geöffnet.')).toEqual([]);
  });
});

describe('closed to visitors, served another way', () => {
  it('reads an office closed but still reached by phone or mail as degraded', () => {
    expect(impacts('Auch in der Stadtbibliothek bleibt die Tür geschlossen, aber die Mitarbeiterinnen nehmen Medienwünsche per E-Mail entgegen.'))
      .toEqual(['Werne|library|degraded']);
    expect(impacts('Auch wenn das Standesamt für den Publikumsverkehr geschlossen ist, sind weiterhin Mitarbeiter telefonisch erreichbar.'))
      .toEqual(['Werne|civil-registry|degraded']);
  });
});

describe('a website that works badly', () => {
  it('reads "läuft sehr schwerfällig" and "stürzt immer wieder ab" as degraded', () => {
    expect(impacts('Die Website der Stadt läuft sehr schwerfällig, immer wieder stürzt die Internetseite ab.')).toEqual(['Werne|website|degraded']);
  });
});

describe('what a closure extends to and leaves out', () => {
  it('carries the state over "Dies gilt insbesondere auch für …"', () => {
    expect(impacts('Das Rathaus ist am Montag geschlossen. Dies gilt insbesondere auch für das Bürgercenter und die Zulassungsstelle.'))
      .toEqual(['Werne|administration|outage', 'Werne|citizens-office|outage', 'Werne|vehicle-registration|outage']);
  });
  it('reads "Ausgenommen von der Schließung sind …" as open', () => {
    expect(impacts('Das Rathaus ist am Montag geschlossen. Ausgenommen von der Schließung sind das Projektbüro und die Stadtbibliothek.'))
      .toEqual(['Werne|administration|outage', 'Werne|library|operational']);
  });
});

describe('"Schloss", the building', () => {
  it('reads "im Schloss" as a place, not the verb', () => {
    expect(impacts('Das Bürgerbüro ist im Schloss erreichbar.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Die Stadt schloss das Bürgerbüro am Montag.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('working again from a day on', () => {
  it('reads a working state from a named day after a closure as restored, a time of day not', () => {
    expect(impacts('Das Bürgerbüro ist ab Montag geschlossen. Ab Freitag, 12. Mai, ist das Bürgerbüro im Schloss erreichbar.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
    expect(impacts('Das Bürgerbüro ist am Montag geschlossen. Das Bürgerbüro ist am Dienstag ab 8 Uhr erreichbar.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|operational']);
  });
});

describe('a branch named before its office', () => {
  it('reads "die Schließung der Außenstelle des Bürgerbüros des Landratsamtes in Sebnitz" as the Kreis\'s office degraded', () => {
    expect(impacts('Die Schließung der Außenstelle des Bürgerbüros des Landratsamtes in Sebnitz muss um eine Woche verlängert werden.', { jurisdiction: '14628', sourceKind: 'district' }))
      .toEqual(['Landkreis Sächsische Schweiz-Osterzgebirge|citizens-office|degraded']);
  });
});

describe('"In diesem Fall"', () => {
  it('reads what holds "in diesem Fall" as a condition, no state', () => {
    expect(impacts('„In diesem Fall sind dann auch kurzfristig Termine für eine Onlinebuchung verfügbar.“')).toEqual([]);
  });
});

describe('"gegeben"', () => {
  it('reads "ist gegeben" as working, "hatte es Kritik gegeben" as nothing', () => {
    expect(impacts('Die telefonische Erreichbarkeit des Bürgerbüros ist weiterhin gegeben.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Zuletzt hatte es nur noch wenig Kritik am Bürgerbüro gegeben.')).toEqual([]);
  });
});

describe('"immer wieder" closed', () => {
  it('reads an office closed again and again as degraded', () => {
    expect(impacts('Wegen krankheitsbedingter Ausfälle ist das Standesamt seit März immer wieder geschlossen gewesen.')).toEqual(['Werne|civil-registry|degraded']);
  });
});

describe('appointments as their booking', () => {
  it('reads the booking of appointments as the service, booked appointments kept or possible as none', () => {
    expect(impacts('Die Online-Terminvergabe ist noch nicht wieder freigeschaltet.')).toEqual(['Werne|appointments|outage']);
    expect(impacts('Termine werden derzeit ausschließlich telefonisch vergeben.')).toEqual(['Werne|appointments|degraded']);
    expect(impacts('Termine vor Ort sind möglich, aber in ungeheizten Büros.')).toEqual([]);
    expect(impacts('Bereits vereinbarte Termine werden eingehalten.')).toEqual([]);
  });
});

describe('open for a window of the day', () => {
  it('reads an opening for a few hours as degraded, usual hours as working', () => {
    expect(impacts('Die Bibliothek wird am Freitag erst ab 13 Uhr geöffnet.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Die Zulassungsstelle ist am Freitag jeweils von 7:30 Uhr bis 11:00 Uhr geöffnet.')).toEqual(['Werne|vehicle-registration|degraded']);
    expect(impacts('Das Bürgerbüro ist wie gewohnt von 8 bis 16 Uhr geöffnet.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('"ging … nichts mehr" with words between', () => {
  it('reads "ging am Montagmorgen in den Zulassungsstellen nichts mehr" as an outage, for part of the day degraded', () => {
    expect(impacts('Doch am Montagmorgen ging in der Zulassungsstelle nichts mehr.')).toEqual(['Werne|vehicle-registration|outage']);
    expect(impacts('Es ging von 13.30 bis 15.30 Uhr in der Kfz-Zulassungsstelle nichts mehr.')).toEqual(['Werne|vehicle-registration|degraded']);
  });
});

describe('closed on some days', () => {
  it('reads "an besonders warmen Tagen geschlossen" as degraded', () => {
    expect(impacts('Im Sommer bleibt die Bücherei an besonders warmen Tagen geschlossen.')).toEqual(['Werne|library|degraded']);
  });
});

describe('a quotation after a colon', () => {
  it('starts a clause of its own, so a question in it ("„Ob …") states nothing', () => {
    expect(impacts('Dazu das Rathaus: „Ob die Zentralbibliothek am Montag öffnen kann, entscheidet sich erst am Wochenende.“')).toEqual([]);
  });
});

describe('open, only one channel out', () => {
  it('reads "weiterhin geöffnet, lediglich telefonisch nicht erreichbar" as the office degraded', () => {
    expect(impacts('Das Einwohnermeldeamt ist weiterhin geöffnet, lediglich telefonisch nicht erreichbar.')).toEqual(['Werne|registration-office|degraded']);
  });
});

describe('an office that handles only some cases', () => {
  it('reads "nur" before an infinitive ("kann nur Notfälle bearbeiten") and after the verb ("bearbeitet nur") as degraded', () => {
    expect(impacts('Das Bürgerbüro kann nur Notfälle bearbeiten.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro bearbeitet nur dringende Anliegen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro kann derzeit nur Anträge annehmen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('does not read the noun "Stellen" before "nur" as the verb', () => {
    expect(impacts('Eine Kommunikation mit sämtlichen Stellen im Rathaus war nur per E-Mail möglich.')).toEqual(['Werne|email|operational']);
  });
});

describe('applications that cannot be filed', () => {
  it('reads "Anträge auf … können nicht gestellt werden" as the service out', () => {
    expect(impacts('Anträge auf Personalausweise können derzeit nicht gestellt werden.')).toEqual(['Werne|id-documents|outage']);
  });
});

describe('predicates of handing out and of calls that do not come in', () => {
  it('reads "keine Personalausweise ausgeben" as the service out', () => {
    expect(impacts('Die Gemeinde Burbach kann derzeit keine Personalausweise ausgeben.', { sourceKind: 'news' })).toEqual(['Burbach|id-documents|outage']);
  });
  it('reads "gehen keine Anrufe ein" and "kommen keine E-Mails an" as the channel out', () => {
    expect(impacts('Im Rathaus von Bad Oeynhausen gehen seit Tagen keine Anrufe ein.', { sourceKind: 'news' })).toEqual(['Bad Oeynhausen|phone|outage']);
    expect(impacts('Bei der Stadt Hamm kommen derzeit keine E-Mails an.', { sourceKind: 'news' })).toEqual(['Hamm|email|outage']);
  });
});

describe('a contrast particle after the verb, the subject last', () => {
  it('reads "Geschlossen ist dagegen das Bürgerbüro" and "Geöffnet bleiben hingegen …" as one clause', () => {
    expect(impacts('Geschlossen ist dagegen das Bürgerbüro.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Geöffnet bleiben hingegen das Standesamt und die Stadtbibliothek.')).toEqual(['Werne|civil-registry|operational', 'Werne|library|operational']);
  });
  it('starts the contrasted clause at the comma before its subject ("…, das Standesamt hingegen geöffnet")', () => {
    expect(impacts('Das Bürgerbüro ist geschlossen, das Standesamt hingegen geöffnet.')).toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|operational']);
  });
});

describe('intact', () => {
  it('reads "ist intakt" as working and "nicht mehr intakt" as out', () => {
    expect(impacts('Die Online-Terminbuchung ist intakt.')).toEqual(['Werne|appointments|operational']);
    expect(impacts('Die Telefonanlage ist nicht mehr intakt.')).toEqual(['Werne|phone|outage']);
  });
});

describe('a disruption that goes on, a restoration only expected', () => {
  it('reads "dauert an" of a named outage as the service out', () => {
    expect(impacts('Die Störung der Telefonanlage in Herten dauert noch an.', { sourceKind: 'news' })).toEqual(['Herten|phone|outage']);
  });
  it('gives an expected restoration ("rechnet damit, dass … wieder laufen") no item', () => {
    expect(impacts('Die Stadt Herten rechnet damit, dass die Systeme Ende der Woche wieder laufen.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('background and the usual week', () => {
  it('gives an earlier incident told with "im vergangenen Jahr" or "schon einmal" no item', () => {
    expect(impacts('Bereits im vergangenen Jahr war das Rathaus nach einem Wasserschaden geschlossen.')).toEqual([]);
    expect(impacts('Das Rathaus war vor einem Jahr schon einmal geschlossen.')).toEqual([]);
    expect(impacts('Das Rathaus ist seit dem vergangenen Jahr geschlossen.')).toEqual(['Werne|administration|outage']);
  });
  it('reads hours given for the working week as the usual hours, not a restriction', () => {
    expect(impacts('Das Bürgerbüro ist montags bis freitags von 8 bis 12 Uhr geöffnet.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Das Bürgerbüro ist am Freitag von 8 bis 12 Uhr geöffnet.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('reopening in the infinitive', () => {
  it('reads "konnte wieder öffnen" as restored, "soll wieder öffnen" and a goal ("Ziel sei, dass … wieder öffnen können") as none', () => {
    expect(impacts('Mit Hilfe der Stadt Paderborn konnte die Zulassungsstelle des Kreises Höxter wieder öffnen.', { sourceKind: 'news' }))
      .toEqual(['Kreis Höxter|vehicle-registration|restored']);
    expect(impacts('Die Zulassungsstelle des Kreises Höxter soll am Montag wieder öffnen.', { sourceKind: 'news' })).toEqual([]);
    expect(impacts('Ziel sei, dass die Bürgerbüros in Höxter am Nachmittag wieder öffnen können.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('a status before a colon and the list after it', () => {
  it('gives the status to every service of the list', () => {
    expect(impacts('Folgende Bereiche sind nicht erreichbar: Bürgerbüro, Standesamt, Ausländerbehörde.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|outage', 'Werne|foreigners-office|outage']);
  });
  it('keeps a sentence after the colon to itself', () => {
    expect(impacts('Der Online-Urkundenservice steht weiterhin zur Verfügung und bietet eine Alternative: Urkunden werden per Post versendet.'))
      .not.toContain('Werne|civil-registry|operational');
  });
});

describe('more words of a channel out', () => {
  it('reads "nicht besetzt", "nicht gelesen", "nicht gegeben" as out', () => {
    expect(impacts('Die Telefonzentrale ist nicht besetzt.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Eingehende E-Mails können derzeit nicht gelesen werden.')).toEqual(['Werne|email|outage']);
    expect(impacts('Eine Erreichbarkeit per Telefon ist nicht gegeben.')).toEqual(['Werne|phone|outage']);
  });
});

describe('exceptions between dashes, staying open, short of the usual', () => {
  it('reads "Die Bürgerämter – mit Ausnahme des Bürgeramts am Aegi – bleiben geschlossen" as one of several open: degraded', () => {
    expect(impacts('Die Bürgerämter – mit Ausnahme des Bürgeramts am Aegi – bleiben geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('gives "bleiben geöffnet" after a closure no restoration', () => {
    expect(impacts('Geschlossen wird die Zulassungsstelle in Schlüchtern, die Zulassungsstellen in Linsengericht und Hanau bleiben geöffnet.', { jurisdiction: '06435', sourceKind: 'district' }))
      .toEqual(['Main-Kinzig-Kreis|vehicle-registration|degraded']);
  });
  it('reads "nicht in gewohntem Umfang zur Verfügung" as degraded', () => {
    expect(impacts('Die Kreisverwaltung steht nicht in gewohntem Umfang zur Verfügung.', { jurisdiction: '06435', sourceKind: 'district' }))
      .toEqual(['Main-Kinzig-Kreis|administration|degraded']);
  });
  it('reads a negation across a prepositional phrase with a list of places', () => {
    expect(impacts('Kfz-Zulassungen waren auch nicht über die Bürgerbüros in Munster, Schneverdingen und Schwarmstedt möglich.', { sourceKind: 'news' }))
      .toEqual(['Munster|vehicle-registration|outage', 'Schneverdingen|vehicle-registration|outage', 'Schwarmstedt|vehicle-registration|outage']);
  });
  it('reads the Jobcenter as social benefits', () => {
    expect(impacts('Das Jobcenter ist davon nicht betroffen.')).toEqual(['Werne|social-benefits|operational']);
  });
});

describe('the building named again, and a reopening told verb first', () => {
  it('reads "das Gebäude" after the Rathaus as the administration, and "Morgen öffnet das Gebäude wie gewohnt" as its reopening', () => {
    expect(impacts('Das Rathaus ist lahmgelegt. Morgen öffnet das Gebäude wie gewohnt.')).toEqual(['Werne|administration|outage', 'Werne|administration|restored']);
  });
  it('keeps the office a sentence spoke of as what the next refers to, also when that statement repeated an earlier one', () => {
    expect(impacts('Anruf legt Rathaus lahm. Ein Anruf hat das Rathaus lahmgelegt. Morgen öffnet das Gebäude wie gewohnt.'))
      .toEqual(['Werne|administration|outage', 'Werne|administration|restored']);
  });
  it('reads "den Nachmittag über geschlossen" as part of the day: degraded', () => {
    expect(impacts('Das Rathaus blieb den Nachmittag über geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('only some customers served, crowded offices, appointments weeks away', () => {
  it('reads "ausschließlich Kunden mit Termin bedient" as degraded for the offices that open', () => {
    expect(impacts('In Düsseldorf werden die Bürgerbüros und das Standesamt öffnen, aber es werden ausschließlich Kunden mit Termin bedient.', { sourceKind: 'news' }))
      .toEqual(['Düsseldorf|citizens-office|degraded', 'Düsseldorf|civil-registry|degraded']);
  });
  it('reads "überlaufen" as degraded and "erst wieder in sechs Wochen" as degraded, not restored', () => {
    expect(impacts('Bürgerbüros in Bremerhaven überlaufen', { sourceKind: 'news' })).toEqual(['Bremerhaven|citizens-office|degraded']);
    expect(impacts('In Bremerhaven kann man Termine online erst wieder in sechs Wochen buchen.', { sourceKind: 'news' })).toEqual(['Bremerhaven|appointments|degraded']);
  });
  it('reads "der Dienstbetrieb wird wieder normalisiert" as restored', () => {
    expect(impacts('Ab Montag wird der Dienstbetrieb der Stadtverwaltung wieder normalisiert.')).toEqual(['Werne|administration|restored']);
  });
});

describe('paying', () => {
  it('reads "die Zahlung per EC-Karte … nicht möglich" as payments out', () => {
    expect(impacts('In Potsdam war auch die Zahlung per EC-Karte nicht möglich.', { sourceKind: 'news' })).toEqual(['Potsdam|payments|outage']);
  });
});

describe('the building an office is in, the lending desk', () => {
  it('reads "die Stadtbibliothek im alten Rathaus" as the library only, the Rathaus being where it is', () => {
    expect(impacts('In Homburg war die Stadtbibliothek im alten Rathaus geschlossen.', { sourceKind: 'news' })).toEqual(['Homburg|library|outage']);
    expect(impacts('In Homburg sind das Rathaus und das Bürgerbüro geschlossen.', { sourceKind: 'news' })).toEqual(['Homburg|administration|outage', 'Homburg|citizens-office|outage']);
  });
  it('reads the "Ausleihe" as the library', () => {
    expect(impacts('In Homburg lief am Nachmittag auch bei der Ausleihe alles wieder im Normalbetrieb.', { sourceKind: 'news' })).toEqual(['Homburg|library|restored']);
  });
  it('reads "nur noch nach vorheriger Terminvereinbarung" as degraded', () => {
    expect(impacts('Das Rathaus in Neuwied kann nur noch nach vorheriger Terminvereinbarung besucht werden.', { sourceKind: 'news' })).toEqual(['Neuwied|administration|degraded']);
  });
});

describe('more words of a state (eleventh day)', () => {
  it('reads "bleiben aus" as off, "nur für Notfälle" and "nur noch … beurkundet" as only some cases', () => {
    expect(impacts('Die Computer der Stadtverwaltung bleiben vorerst aus.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Das Bürgerbüro öffnet nur für Notfälle.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Im Standesamt werden nur noch Sterbefälle beurkundet.')).toEqual(['Werne|civil-registry|degraded']);
    // Advice is no state.
    expect(impacts('Es wird empfohlen, gebuchte Termine im Bürgerbüro nur in dringenden Fällen wahrzunehmen.')).toEqual([]);
  });
  it('reads long waits, appointments hard to get and a slow website as degraded', () => {
    expect(impacts('Die Wartezeiten in der Ausländerbehörde betragen mehrere Monate.')).toEqual(['Werne|foreigners-office|degraded']);
    expect(impacts('Termine im Bürgerbüro sind derzeit kaum zu bekommen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro ist ausgebucht.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die Internetseite der Stadt lädt nur sehr langsam.')).toEqual(['Werne|website|degraded']);
    expect(impacts('Die Systeme laufen langsam wieder an.')).not.toContain('Werne|it-systems|degraded');
  });
  it('reads "läuft ungestört weiter" as working, and "die Störung im Bürgerbüro" as the office\'s', () => {
    expect(impacts('Der Betrieb im Rathaus läuft ungestört weiter.')).toEqual(['Werne|administration|operational']);
    expect(impacts('Die Störung im Bürgerbüro ist behoben.')).toEqual(['Werne|citizens-office|restored']);
    expect(impacts('Die Probleme im Standesamt sind inzwischen behoben.')).toEqual(['Werne|civil-registry|restored']);
    // A thing in a building is still not the office's state.
    expect(impacts('Die Heizung im Rathaus ist ausgefallen.')).toEqual([]);
  });
  it('reads "Gewerbemeldestelle" and "Gewerbeabteilung" as business registration', () => {
    expect(impacts('Die Gewerbemeldestelle ist geschlossen.')).toEqual(['Werne|business-registration|outage']);
    expect(impacts('Die Gewerbeabteilung ist geschlossen.')).toEqual(['Werne|business-registration|outage']);
  });
});

describe('a negation of wholeness', () => {
  it('reads "nicht vollständig", "noch nicht wieder vollständig", "nicht überall" as degraded, a plain negation as outage', () => {
    expect(impacts('Die Kfz-Zulassungsstelle ist nicht vollständig arbeitsfähig.')).toEqual(['Werne|vehicle-registration|degraded']);
    expect(impacts('Die Online-Dienste sind noch nicht wieder vollständig verfügbar.')).toEqual(['Werne|online-services|degraded']);
    expect(impacts('Die Telefone funktionieren nicht überall.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Die Telefone funktionieren nicht.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Die Telefonanlage ist vollständig ausgefallen.')).toEqual(['Werne|phone|outage']);
  });
});

describe('left out of a closure, the verb last', () => {
  it('reads "davon ausgenommen sind" and "von dieser Regelung ausgenommen" as working', () => {
    expect(impacts('Trotz der Schließung der Verwaltungsgebäude sind die Bürgerbüros davon ausdrücklich ausgenommen.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Die Bürgerbüros sind von dieser Regelung ausgenommen und bleiben geöffnet.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('closed to visitors: for named days, or from a day on', () => {
  it('reads a closure to visitors with no day it holds on as degraded: the office goes on working', () => {
    expect(impacts('Das Bürgerbüro ist bis auf Weiteres für den Publikumsverkehr geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die Stadtverwaltung schließt ab Montag, den 13.11.2023 für den regulären Besucherverkehr.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Das Standesamt muss bis zum 20. November für den Besucherverkehr schließen.')).toEqual(['Werne|civil-registry|degraded']);
    // A recurring day is no day the closure holds on: closed on one day of every week is part of the time.
    expect(impacts('Die Führerscheinstelle bleibt dienstags für den Publikumsverkehr geschlossen.')).toEqual(['Werne|drivers-licence|degraded']);
  });
  it('reads a closure to visitors on a named day, over named days or completely as outage', () => {
    expect(impacts('Das Rathaus ist am Freitag, 10. November, für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Rathaus bleibt vom 13. bis 17. November für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Die Führerscheinstelle ist heute für den Publikumsverkehr geschlossen.')).toEqual(['Werne|drivers-licence|outage']);
    expect(impacts('Heute ist die Führerscheinstelle für den Publikumsverkehr geschlossen.')).toEqual(['Werne|drivers-licence|outage']);
    expect(impacts('Die Bibliothek ist ab Montag komplett für den Publikumsverkehr geschlossen.')).toEqual(['Werne|library|outage']);
    expect(impacts('Das Bürgerbüro ist an diesem Tag für den Publikumsverkehr geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('leaves closures without visitors named as they are', () => {
    expect(impacts('Das Bürgerbüro ist bis auf Weiteres geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('closed to walk-ins, branches closed', () => {
  it('reads "für jeden unangemeldeten Publikumsverkehr geschlossen" as degraded', () => {
    expect(impacts('Das Landratsamt Ludwigsburg ist bis auf weiteres für jeden unangemeldeten Publikumsverkehr geschlossen.', { jurisdiction: '08118', sourceKind: 'district' }))
      .toEqual(['Landkreis Ludwigsburg|administration|degraded']);
  });
  it('reads "die Außenstellen … geschlossen" as some of the offices, "einschließlich aller Außenstellen" as all of them', () => {
    expect(impacts('Für Zulassungs- und Fahrerlaubnisangelegenheiten bleiben die Außenstellen weiterhin völlig geschlossen.', { jurisdiction: '08118', sourceKind: 'district' }))
      .toEqual(['Landkreis Ludwigsburg|vehicle-registration|degraded', 'Landkreis Ludwigsburg|drivers-licence|degraded']);
    expect(impacts('Am Mittwoch ist die Kfz-Zulassung einschließlich aller Außenstellen ganztägig geschlossen.', { jurisdiction: '08118', sourceKind: 'district' }))
      .toEqual(['Landkreis Ludwigsburg|vehicle-registration|outage']);
  });
});

describe('gender forms and channels that serve', () => {
  it('reads "für die Bürger*innen geschlossen" as closed to visitors, and "werden telefonisch oder per E-Mail bedient" as the channels working', () => {
    expect(impacts('Das Kreishaus bleibt ab Donnerstag für die Bürger*innen geschlossen. Anfragen werden telefonisch oder per E-Mail bedient.', { jurisdiction: '01051', sourceKind: 'district' }))
      .toEqual(['Kreis Dithmarschen|administration|degraded', 'Kreis Dithmarschen|phone|operational', 'Kreis Dithmarschen|email|operational']);
  });
});

describe('repaired, broken, back online, there for you again', () => {
  it('reads "konnte repariert werden" and "wurde inzwischen repariert" as restored, "wird repariert" not', () => {
    expect(impacts('Die Telefonanlage konnte repariert werden.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die Telefonanlage wurde inzwischen repariert.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die Telefonanlage ist defekt und wird repariert.')).toEqual(['Werne|phone|outage']);
  });
  it('reads "wieder abrufbar" and "wieder für Sie da" as restored', () => {
    expect(impacts('Die Internetseite ist seit dem Morgen wieder abrufbar.')).toEqual(['Werne|website|restored']);
    expect(impacts('Das Bürgerbüro ist ab Montag wieder für Sie da.')).toEqual(['Werne|citizens-office|restored']);
  });
});

describe('working without the IT', () => {
  it('reads "arbeitet mit Stift und Papier" and "arbeiten analog" as degraded', () => {
    expect(impacts('Die Verwaltung arbeitet derzeit mit Stift und Papier.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Mitarbeiter im Bürgerbüro arbeiten derzeit analog.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('channels of all offices after a named office', () => {
  it('keeps "Alle Dienststellen bleiben telefonisch und per Mail erreichbar" as the channels, after a sentence about the Jobcenter', () => {
    expect(impacts('Das gilt auch für die Geschäftsstellen des Jobcenters. Alle Dienststellen bleiben telefonisch und per Mail erreichbar.'))
      .toEqual(expect.arrayContaining(['Werne|phone|operational', 'Werne|email|operational']));
  });
});

describe('other towns', () => {
  it('gives "Andere Städte arbeiten nur noch mit Terminvergabe" nothing, not the publisher', () => {
    expect(impacts('Andere Städte arbeiten nur noch mit Terminvergabe.')).toEqual([]);
  });
});

describe('one office of many, part of the staff', () => {
  it('reads one Bürgeramt of Berlin closed as the citizens\' offices degraded, all of them as out', () => {
    expect(impacts('In Berlin musste das gesamte Bürgeramt Kreuzberg plötzlich geschlossen werden.', { sourceKind: 'news' })).toEqual(['Berlin|citizens-office|degraded']);
    expect(impacts('In Berlin sind die Bürgerämter geschlossen.', { sourceKind: 'news' })).toEqual(['Berlin|citizens-office|outage']);
  });
  it('reads "60 % der Mitarbeitenden nicht zur Verfügung" as degraded', () => {
    expect(impacts('Bei der Führerscheinbehörde in Ratzeburg stehen derzeit über 60 % der Mitarbeitenden nicht zur Verfügung.', { sourceKind: 'news' }))
      .toEqual(['Ratzeburg|drivers-licence|degraded']);
  });
});

describe('a branch library named again, electronic services, workstations', () => {
  it('reads "die Bibliothek" after a Stadtteilbibliothek as that branch: degraded, reported once', () => {
    expect(impacts('Die Stadtteilbibliothek in Duisburg-Ruhrort ist geschlossen. Ein Schild weist darauf hin, dass die Bibliothek geschlossen ist.', { sourceKind: 'news' }))
      .toEqual(['Duisburg|library|degraded']);
  });
  it('reads "elektronische Dienstleistungen" as online services and "PC-Arbeitsplätze" as IT', () => {
    expect(impacts('In Allensbach waren auch elektronische Dienstleistungen nicht möglich.', { sourceKind: 'news' })).toEqual(['Allensbach|online-services|outage']);
    expect(impacts('In Allensbach sind die PC-Arbeitsplätze ausgefallen.', { sourceKind: 'news' })).toEqual(['Allensbach|it-systems|outage']);
  });
});

describe('all of an administration\'s facilities', () => {
  it('reads "alle Einrichtungen der Kreisverwaltung Oberhavel … geschlossen" as the administration', () => {
    expect(impacts('Am Mittwoch bleiben alle Einrichtungen der Kreisverwaltung Oberhavel ganztägig für den Publikumsverkehr geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Oberhavel|administration|outage']);
  });
});

describe('a town reachable again after its channels failed', () => {
  it('gives "Die Stadt Peine ist wieder erreichbar" to the channels that were cut off', () => {
    expect(impacts('Für ein paar Stunden war die Verwaltung der Stadt Peine von Mail und Telefon abgeschnitten. Die Stadt Peine ist wieder vollumfänglich erreichbar.', { sourceKind: 'news' }))
      // "Für ein paar Stunden" is part of the day, as "für einige Stunden" (realextra13/025's gold reads outage, realextra20/015's degraded).
      .toEqual(['Peine|email|degraded', 'Peine|phone|degraded', 'Peine|phone|restored', 'Peine|email|restored']);
  });
});

describe('a town\'s own Rathäuser', () => {
  it('reads "alle Rathäuser und Verwaltungsstellen" in a town\'s own release as its administration, in the news with "im Kreis" as none', () => {
    expect(impacts('Zwischen Donnerstag und Sonntag bleiben alle Rathäuser und Verwaltungsstellen komplett geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('In Tübingen bleiben alle Rathäuser im Kreis geschlossen.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('backlogs, services held ready', () => {
  it('reads "erhebliche Rückstände" in an office as degraded and "hält … bereit" as working', () => {
    expect(impacts('Im Standesamt der Landeshauptstadt Hannover gibt es weiterhin erhebliche Rückstände.', { sourceKind: 'news' })).toEqual(['Hannover|civil-registry|degraded']);
    expect(impacts('In Brieselang hält das Bürgerbüro sämtliche gewohnten Leistungen bereit.', { sourceKind: 'news' })).toEqual(['Brieselang|citizens-office|operational']);
  });
});

describe('open, then restricted in the next sentence', () => {
  it('reads "bleiben geöffnet. … müssen jedoch Einschränkungen hingenommen werden" as degraded only', () => {
    expect(impacts('Trotz der Krise bleiben die Ämter in Bremen geöffnet. Aus Gründen des Schutzes müssen jedoch Einschränkungen hingenommen werden.', { sourceKind: 'news' }))
      .toEqual(['Bremen|administration|degraded']);
  });
});

describe('the Kreis\'s Ausländerbehörde named again at its sites', () => {
  it('keeps "die Ausländerbehörde in Arnstadt" on the Kreis after "Die Ausländerbehörde des Ilm-Kreises", and its Dienstbetrieb on the office', () => {
    expect(impacts('Die Ausländerbehörde des Ilm-Kreises erweitert ihren Service. Die Ausländerbehörde in Arnstadt bleibt eine Woche geschlossen. Danach wird der Dienstbetrieb in der Ausländerbehörde in Arnstadt wieder aufgenommen.', { sourceKind: 'news' }))
      .toEqual(['Ilm-Kreis|foreigners-office|outage', 'Ilm-Kreis|foreigners-office|restored']);
  });
  it('keeps a town\'s own Ausländerbehörde on the town where no Kreis owns it', () => {
    expect(impacts('Die Ausländerbehörde in Lünen bleibt eine Woche geschlossen.', { sourceKind: 'news' })).toEqual(['Lünen|foreigners-office|outage']);
  });
});

describe('everything else not possible', () => {
  it('reads "Ausweisdokumente werden ausgegeben, jede sonstige Sachbearbeitung ist nicht möglich" as id documents degraded', () => {
    expect(impacts('In Bayreuth werden Ausweisdokumente ausgegeben, jede sonstige Sachbearbeitung ist nicht möglich.', { sourceKind: 'news' }))
      .toEqual(['Bayreuth|id-documents|degraded']);
  });
});

describe('nothing without an appointment', () => {
  it('reads "Ohne einen Termin geht beim Kreis Ahrweiler nichts mehr" as the Kreis degraded, "geht nichts mehr" alone as out', () => {
    expect(impacts('Ohne einen Termin geht auch beim Kreis Ahrweiler nichts mehr.', { sourceKind: 'news' })).toEqual(['Landkreis Ahrweiler|administration|degraded']);
    expect(impacts('Im Bürgerbüro in Mainz geht nichts mehr.', { sourceKind: 'news' })).toEqual(['Mainz|citizens-office|outage']);
  });
});

describe('closed to visitors, in a coordinated compound', () => {
  it('reads "für den Bürger- und Publikumsverkehr geschlossen" as degraded', () => {
    expect(impacts('Das Rathaus ist für den Bürger- und Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('an office named with the building that houses it', () => {
  it('gives "das Rathaus mit dem Bürgeramt" the state of both', () => {
    expect(impacts('Am Freitag ist das Rathaus mit dem Bürgeramt geschlossen.')).toEqual(['Werne|administration|outage', 'Werne|citizens-office|outage']);
  });
});

describe('a part of the day, pointed back to', () => {
  it('gives what "Betroffen sind" names the degraded state of a closure from 13 Uhr', () => {
    expect(impacts('Die Stadtverwaltung bleibt am Donnerstag ab 13 Uhr geschlossen. Betroffen sind das Standesamt und das Bürgeramt.'))
      .toEqual(['Werne|administration|degraded', 'Werne|civil-registry|degraded', 'Werne|citizens-office|degraded']);
  });
});

describe('closed but for urgent cases', () => {
  it('reads a closure with urgent cases still served as degraded, in the sentence or the next one', () => {
    expect(impacts('Das Bürgeramt ist für den Publikumsverkehr grundsätzlich geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgeramt ist geschlossen. Für sehr dringende Fälle sind Termine nach Vereinbarung möglich.')
      .filter((i) => i.includes('citizens-office'))).toEqual(['Werne|citizens-office|degraded']);
  });
  it('keeps the outage where urgent cases only get a number to call', () => {
    expect(impacts('Das Standesamt bleibt am Freitag geschlossen. In dringenden Fällen ist Kontakt über die Zentrale möglich.'))
      .toEqual(['Werne|civil-registry|outage']);
  });
});

describe('"Ob A, B oder C, …" naming every member', () => {
  it('reads a list after "Ob" followed by a main clause as a statement, an indirect question as none', () => {
    expect(impacts('„Ob Bürgerbüro, Sozialamt oder Jugendamt, alle bürgernahen Bereiche sind betroffen“, sagt der Leiter.'))
      .toEqual(['Werne|citizens-office|degraded', 'Werne|social-benefits|degraded']);
    expect(impacts('Ob das Rathaus oder das Bürgerbüro betroffen ist, ist unklar.')).toEqual([]);
  });
});

describe('portals in a text about websites', () => {
  it('reads bare "Portale" as the websites where the text speaks of websites, else as online services', () => {
    expect(impacts('Die Webseiten mehrerer Städte sind Ziel von Angriffen. Betroffen seien die Portale von Dortmund und Köln.', { sourceKind: 'news' }))
      .toEqual(['Dortmund|website|degraded', 'Köln|website|degraded']);
    expect(impacts('Betroffen seien die Portale von Dortmund und Köln.', { sourceKind: 'news' }))
      .toEqual(['Dortmund|online-services|degraded', 'Köln|online-services|degraded']);
  });
});

describe('not reliably available', () => {
  it('reads "nicht verlässlich nutzbar", "nicht durchgehend erreichbar" as degraded, "nicht betroffen und durchgängig erreichbar" not so', () => {
    expect(impacts('Die Online-Dienstleistungen sind derzeit nicht oder zumindest nicht verlässlich nutzbar.')).toEqual(['Werne|online-services|degraded']);
    expect(impacts('Die Website der Stadt ist nicht durchgehend erreichbar.')).toEqual(['Werne|website|degraded']);
    expect(impacts('Die Website der Stadt ist nicht betroffen und durchgängig erreichbar.')).toEqual(['Werne|website|operational']);
  });
});

describe('the services to citizens as a whole', () => {
  it('reads bare "Bürgerdienste" as the administration, "Online-Bürgerdienste" as online services', () => {
    expect(impacts('Alle Bürgerdienste sind betroffen.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Online-Bürgerdienste sind nicht betroffen.')).toEqual(['Werne|online-services|operational']);
  });
});

describe('considerations and urgent cases only', () => {
  it('gives a consideration ("überlegt, … zu schließen") no item', () => {
    expect(impacts('Der Senat überlegt, Ämter ganz zu schließen.')).toEqual([]);
    expect(impacts('Die Stadt erwägt, das Bürgerbüro zu schließen.')).toEqual([]);
  });
  it('reads open for urgent cases only as degraded', () => {
    expect(impacts('Einzig das Bürgeramt hatte am 30. Oktober vormittags für Notfälle geöffnet.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('open and closed on different days', () => {
  it('keeps both states where each statement names its own day, also without a publication date', () => {
    const text = 'An diesem Donnerstag ist die Stadtverwaltung wie gewohnt bis 18 Uhr geöffnet. An Rosenmontag, 15. Februar, bleibt die Verwaltung geschlossen.';
    expect(extractEntities(text, { jurisdiction: '05978040', sourceKind: 'city' }).serviceImpacts.map((i) => i.status)).toEqual(['operational', 'outage']);
  });
});

describe('a return expected', () => {
  it('gives "voraussichtlich wieder …" no item, while a closure "bis voraussichtlich Freitag" stays', () => {
    expect(impacts('Die Stadtverwaltung wird voraussichtlich wieder ab 13 Uhr erreichbar sein.')).toEqual([]);
    expect(impacts('Das Bürgerbüro öffnet voraussichtlich am Montag wieder.')).toEqual([]);
    expect(impacts('Das Bürgerbüro bleibt bis voraussichtlich Freitag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('part of the day at the start of a sentence', () => {
  it('reads "Ab 13 Uhr können keine Telefonate mehr entgegengenommen werden" as degraded', () => {
    expect(impacts('Ab 13 Uhr können keine Telefonate mehr entgegengenommen werden.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('the work of the administration', () => {
  it('reads "Die Arbeit der Verwaltung … ist eingeschränkt" as the administration', () => {
    expect(impacts('Die Arbeit der Verwaltung ist nach einem Hackerangriff weiter stark eingeschränkt.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('offices of all the bodies', () => {
  it('reads "die Kundenzentren aller sieben Bezirksämter" as the offices, the Bezirksämter as their owners', () => {
    expect(impacts('Eine Störung hat die Kundenzentren aller sieben Bezirksämter lahmgelegt.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('the parts named after a partial closure', () => {
  it('gives what "Dazu gehören …" names the closure itself, the administration the part', () => {
    expect(impacts('Am Freitag sind große Teile der Stadtverwaltung geschlossen. Dazu gehören unter anderem das Standesamt und die Ausländerbehörde.'))
      .toEqual(['Werne|administration|degraded', 'Werne|civil-registry|outage', 'Werne|foreigners-office|outage']);
  });
});

describe('a pointer back inside a quotation', () => {
  it('reads „Betroffen sind auch …“ as pointing back like the unquoted words', () => {
    expect(impacts('Die Stadtverwaltung ist am Freitag geschlossen. „Betroffen sind auch das Standesamt und die Ausländerbehörde“, sagte der Sprecher.'))
      .toEqual(['Werne|administration|outage', 'Werne|civil-registry|outage', 'Werne|foreigners-office|outage']);
  });
});

describe('an earlier incident compared with', () => {
  it('gives the places of an incident the text compares with no item', () => {
    expect(impacts('Die Einschränkungen seien vergleichbar mit den Cyberangriffen aus dem Jahr 2021 auf die Verwaltungen der Landkreise Ludwigslust-Parchim und Anhalt-Bitterfeld.', { sourceKind: 'news' }))
      .toEqual([]);
  });
});

describe('disrupted, not gone', () => {
  it('reads "gestört" as degraded, "komplett gestört" as out', () => {
    expect(impacts('Das Ratsinformationssystem ist gestört.')).toEqual(['Werne|council-information|degraded']);
    expect(impacts('Die Telefonanlage ist komplett gestört.')).toEqual(['Werne|phone|outage']);
  });
});

describe('one site of an office named', () => {
  it('reads a closure of "Standort Mitte" of the Bürgerämter as degraded', () => {
    expect(impacts('Bürgerämter der Stadt ändern Dienstbetrieb: Standort Mitte geschlossen.').filter((i) => i.includes('citizens-office')))
      .toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgeramt am Standort Mitte bleibt geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('"nicht" right before a closed state', () => {
  it('reads "nicht geschlossen", "nicht lahm" as working, "nicht mehr geschlossen" as open again, "Nicht nur … geschlossen" as closed', () => {
    expect(impacts('Die Verwaltung ist nicht lahm.')).toEqual(['Werne|administration|operational']);
    expect(impacts('Das Rathaus ist nicht geschlossen.')).toEqual(['Werne|administration|operational']);
    expect(impacts('Das Rathaus ist nicht mehr geschlossen.')).toEqual(['Werne|administration|restored']);
    expect(impacts('Nicht nur das Rathaus ist geschlossen.')).toEqual(['Werne|administration|outage']);
  });
});

describe('one site closed, another named open, far apart', () => {
  it('reads the closure and an open branch of the same service as degraded, whatever lies between', () => {
    const filler = ' Die Mitarbeiterinnen und Mitarbeiter werden in dieser Zeit in anderen Bereichen eingesetzt, die Medien können verlängert werden.'.repeat(3);
    expect(impacts(`Die Bibliothek Langebrück ist montags und freitags geöffnet.${filler} Die Bibliothek in Weixdorf bleibt dagegen geschlossen.`))
      .toEqual(['Werne|library|degraded']);
  });
});

describe('staff missing and capacity short of the usual', () => {
  it('reads staff "ausgefallen" as the service short of hands, "nicht die gewohnten Kapazitäten" as degraded', () => {
    expect(impacts('Viele Mitarbeiterinnen und Mitarbeiter im Fachbereich Bürgerservice sind krankheitsbedingt ausgefallen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Damit stehen nicht die gewohnten Kapazitäten in der Ausländerbehörde zur Verfügung.')).toEqual(['Werne|foreigners-office|degraded']);
  });
});

describe('the office as the author of a statement', () => {
  it('gives the office named as the author of a statement ("Stellungnahme des Standesamtes") no item of its own', () => {
    expect(impacts('„Wir werden keine weiteren Trauungen durchführen“, heißt es in einer Stellungnahme des Standesamtes.')).toEqual(['Werne|weddings|outage']);
  });
});

describe('a possibility not ruled out', () => {
  it('gives "Es ist nicht auszuschließen, dass … betroffen sein können" no item', () => {
    expect(impacts('Es ist nicht auszuschließen, dass dadurch vereinzelt Dienstleistungen der Stadtverwaltung betroffen sein können.')).toEqual([]);
  });
});

describe('not reachable in part', () => {
  it('reads "Zum Teil …", "Teilweise …" at the head and "zum Teil nicht" before the predicate as degraded', () => {
    expect(impacts('Zum Teil waren die Behörden auch nicht per E-Mail erreichbar.')).toEqual(['Werne|email|degraded']);
    expect(impacts('Teilweise waren die Ämter nicht erreichbar.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Stadtverwaltung ist nicht erreichbar.')).toEqual(['Werne|administration|outage']);
  });
});

describe('an office named again by its short name', () => {
  it('reads "das Büro", "die Behörde" as the last office whose name ends in it', () => {
    expect(impacts('Das Bürgerbüro wird umgebaut. Die Bürger müssen mit Einschränkungen im Parteiverkehr rechnen. Am 15. Oktober ist das Büro ganztägig geschlossen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|citizens-office|outage']);
    expect(impacts('Die Ausländerbehörde zieht um. Die Bürger müssen mit Einschränkungen im Parteiverkehr rechnen. Am Montag ist die Behörde geschlossen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|foreigners-office|outage']);
  });
});

describe('the formal word for the phone', () => {
  it('reads "fernmündlich erreichbar" as the phone channel', () => {
    expect(impacts('Die Stadtverwaltung ist seit Mittwochmorgen nicht mehr fernmündlich erreichbar.')).toEqual(['Werne|phone|outage']);
  });
});

describe('fifth-day phenomena (realextra15)', () => {
  it('reads an office reached "nur per E-Mail oder Telefon zu erreichen" as the office restricted, the channels of an administration as working', () => {
    expect(impacts('Die Ausländerbehörde ist bis zum 26. April nur per E-Mail oder Telefon zu erreichen.')).toEqual(['Werne|foreigners-office|degraded']);
    expect(impacts('Das Rathaus ist bis auf Weiteres nur telefonisch zu erreichen.')).toEqual(['Werne|phone|operational']);
    expect(impacts('Die Stelle ist nur schwer beziehungsweise gar nicht telefonisch zu erreichen.')).not.toContain('Werne|phone|degraded');
  });
  it('knows the Ratsbücherei, the Meldeservice and the Bürger-Service', () => {
    expect(impacts('Die Ratsbücherei bleibt bis auf Weiteres geschlossen.')).toEqual(['Werne|library|outage']);
    expect(impacts('Heute ist der Meldeservice nicht erreichbar.')).toEqual(['Werne|registration-office|outage']);
    expect(impacts('Der Bürger-Service ist ausschließlich telefonisch oder per E-Mail zu erreichen.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('fifth-day phenomena (realextra15), continued', () => {
  it('gives "ohne Telefon" to the phone, not to the Rathaus before it', () => {
    expect(impacts('Rathaus seit vier Wochen ohne Telefon')).toEqual(['Werne|phone|outage']);
  });
  it('reads "telefonisch von der Außenwelt abgeschnitten" as the phone out, not the administration', () => {
    expect(impacts('Die Gemeindeverwaltung ist heute noch telefonisch von der Außenwelt abgeschnitten.')).toEqual(['Werne|phone|outage']);
  });
  it('gives the status after an apposition between dashes to the subject as well as to the part it names', () => {
    expect(impacts('Die Internetseite der Stadtverwaltung – insbesondere das Ratsinfosystem – ist aktuell gestört.'))
      .toEqual(['Werne|website|degraded', 'Werne|council-information|degraded']);
  });
});

describe('fifth-day phenomena (realextra15), owners and urgent cases', () => {
  it('gives "des Kreises" after a coordinated noun to the service before it as well', () => {
    expect(impacts('Wegen Energiesparmaßnahmen ist die Kreisverwaltung Hersfeld-Rotenburg geschlossen. Auch die Schulen und die Turnhallen des Kreises sind geschlossen.', { sourceKind: 'news' }))
      .toContain('Landkreis Hersfeld-Rotenburg|schools|outage');
  });
  it('reads a phone line open "für leistungsrechtliche Notlagen" during a closure as restricted', () => {
    expect(impacts('Mitarbeiter stehen am Dienstag für leistungsrechtliche Notlagen telefonisch zur Verfügung.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('fifth-day phenomena (realextra15), part of the day', () => {
  it('reads "nach 11 Uhr kein Parteiverkehr mehr" like "ab 11 Uhr": closed for part of the day', () => {
    expect(impacts('Nach 11 Uhr ist kein Parteiverkehr mehr möglich.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Am Freitag ist kein Parteiverkehr möglich.')).toEqual(['Werne|administration|outage']);
  });
});

describe('fifth-day phenomena (realextra15), offices of the city-states', () => {
  const BERLIN = { sourceKind: 'news' as const };
  it('reads a few counted or one borough\'s Bürgerämter of Berlin closed as degraded, all of them as an outage', () => {
    expect(impacts('In Berlin bleiben die drei Charlottenburg-Wilmersdorfer Bürgerämter am Hohenzollerndamm und an der Heerstraße ganztägig geschlossen.', BERLIN))
      .toEqual(['Berlin|citizens-office|degraded']);
    expect(impacts('Die Berliner Bürgerämter bleiben am Montag geschlossen.', BERLIN)).toEqual(['Berlin|citizens-office|outage']);
  });
});

describe('fifth-day phenomena (realextra15), lists of Kreise and channels to turn to', () => {
  it('lists a Kreis named with "-kreis" after "und dem" with the Kreise before it', () => {
    expect(impacts('In den Kreisen Südwestpfalz, Kusel und dem Donnersbergkreis gilt: Publikumsverkehr ist derzeit ausschließlich nach Terminvereinbarung möglich.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Südwestpfalz|administration|degraded', 'Landkreis Kusel|administration|degraded', 'Donnersbergkreis|administration|degraded']);
  });
  it('reads citizens turning to the administration by phone or e-mail as those channels working, a pointer to "Sie" as none', () => {
    expect(impacts('Das Rathaus ist geschlossen. Ansonsten können sich die Bürger entweder per Telefon oder per E-Mail an die Verwaltung wenden.'))
      .toEqual(['Werne|administration|outage', 'Werne|phone|operational', 'Werne|email|operational']);
    expect(impacts('Das Rathaus ist geschlossen. Bürgerinnen und Bürger wenden sich in erster Linie telefonisch an die einzelnen Geschäftsbereiche.'))
      .toEqual(['Werne|administration|outage', 'Werne|phone|operational']);
    expect(impacts('Das Rathaus ist geschlossen. Bei Fragen wenden Sie sich bitte telefonisch an das Bürgerbüro.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Rathaus ist geschlossen. Bei Fragen können Sie sich telefonisch an das Bürgerbüro wenden.')).toEqual(['Werne|administration|outage']);
  });
});

describe('fifth-day phenomena (realextra15), exceptions and "das gleiche" over two sentences', () => {
  it('gives the services a sentence names as exceptions to the rule before the opposite state', () => {
    expect(impacts('Publikumsverkehr ist derzeit ausschließlich nach Terminvereinbarung möglich. Ausnahmen bilden die Zulassungsstellen und die Führerscheinstellen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|vehicle-registration|operational', 'Werne|drivers-licence|operational']);
    expect(impacts('Alle Ämter sind geöffnet. Eine Ausnahme bildet das Standesamt.')).toEqual(['Werne|administration|operational', 'Werne|civil-registry|outage']);
    // Without a rule before, an exception states nothing.
    expect(impacts('Ausnahmen bilden die Zulassungsstellen.')).toEqual([]);
  });
  it('lets "Das gleiche gilt für" take a sentence that goes on with the one before ("Ansonsten …") as well', () => {
    expect(impacts('In Kusel ist Publikumsverkehr nur nach Terminvereinbarung möglich. Ansonsten können sich die Bürger per Telefon an die Verwaltung wenden. Das gleiche gilt auch für die Stadt Kaiserslautern.', { sourceKind: 'news' }))
      .toEqual(['Kusel|administration|degraded', 'Kusel|phone|operational', 'Kaiserslautern|administration|degraded', 'Kaiserslautern|phone|operational']);
  });
});

describe('fifth-day phenomena (realextra15), a working statement qualified in the next sentence', () => {
  it('drops "weiterhin erreichbar" when the next sentence restricts it with "Allerdings", however long the first', () => {
    expect(impacts('Das Rathaus sei während des seit heute geltenden harten Lockdowns auch weiterhin für die Bürgerinnen und Bürger erreichbar, heißt es in einer heute veröffentlichten Mitteilung aus der Behörde an die Presse und die Öffentlichkeit. Allerdings wird darauf hingewiesen, dass der Parteiverkehr ausschließlich mit vorheriger Terminvereinbarung möglich sei.'))
      .toEqual(['Werne|administration|degraded']);
  });
});

describe('fifth-day phenomena (realextra15), the Kreis\'s Ausländerbehörde', () => {
  it('gives an Ausländerbehörde in a Kreis town to the Kreis where the text names the Kreis\'s authority, else to the town', () => {
    expect(impacts('Das Landratsamt des Saale-Holzland-Kreises richtet ein neues Amt ein. Wegen des Umzugs bleibt die Ausländerbehörde in Eisenberg vom 22. April bis zum 3. Mai geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Saale-Holzland-Kreis|foreigners-office|outage']);
    expect(impacts('Wegen des Umzugs bleibt die Ausländerbehörde in Eisenberg (Saale-Holzland-Kreis) vom 22. April bis zum 3. Mai geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Eisenberg|foreigners-office|outage']);
  });
});

describe('fifth-day phenomena (realextra15), the main library and a branch closed together', () => {
  it('reads the main library and a branch closed in one statement as all of it closed, a branch alone as one site', () => {
    expect(impacts('Die Stadt- und Regionalbibliothek in Gera und die Stadtteilbibliothek in Lusan bleiben vom 26. September bis 5. Oktober geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Gera|library|outage']);
    expect(impacts('In Gera bleibt die Stadtteilbibliothek in Lusan vom 26. September bis 5. Oktober geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Gera|library|degraded']);
  });
});

describe('the trouble told before, fixed (fifth day)', () => {
  it('restores what a sentence shortly before said was down when "die Störung ist behoben"', () => {
    expect(impacts('Die Telefonanlage war ausgefallen. Die Störung ist inzwischen behoben.')).toEqual(['Werne|phone|outage', 'Werne|phone|restored']);
    expect(impacts('Die Telefonanlage war ausgefallen. Anrufer hörten nur ein Besetztzeichen. Inzwischen konnte der Fehler behoben werden.'))
      .toEqual(['Werne|phone|outage', 'Werne|phone|restored']);
  });
  it('reads working again after the fix as restored', () => {
    expect(impacts('Die Telefonanlage war ausgefallen. Inzwischen konnte der Fehler behoben werden, die Telefone funktionieren wie gewohnt.'))
      .toEqual(['Werne|phone|outage', 'Werne|phone|restored']);
  });
  it('restores nothing for a fix still to come', () => {
    expect(impacts('Die Telefonanlage ist ausgefallen. Die Stadt informiert, sobald die Störung behoben ist.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Die Telefonanlage ist ausgefallen. Die Störung muss erst behoben werden.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Die Telefonanlage ist ausgefallen. Man hofft, dass die Störung bald behoben ist.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Die Telefonanlage ist ausgefallen. Die Störung ist noch nicht behoben.')).toEqual(['Werne|phone|outage']);
  });
});

describe('predicates and service words from a battery of plain sentences (fifth day)', () => {
  it('reads "ruht", "macht zu" and "bleibt bis zum 3. Januar zu" as closed', () => {
    expect(impacts('Der Betrieb der Zulassungsstelle ruht.')).toEqual(['Werne|vehicle-registration|outage']);
    expect(impacts('Die Stadtbücherei macht zu.')).toEqual(['Werne|library|outage']);
    expect(impacts('Die Stadtbibliothek bleibt bis zum 3. Januar zu.')).toEqual(['Werne|library|outage']);
  });
  it('knows the Bürgerhotline as a phone line', () => {
    expect(impacts('Die Bürgerhotline ist überlastet.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('predicates and service words from a second battery (fifth day)', () => {
  it('reads a server "abgestürzt" as down', () => {
    expect(impacts('Der Server der Stadtverwaltung ist abgestürzt.')).toEqual(['Werne|it-systems|outage']);
  });
  it('reads deaths and births "beurkundet" as the civil registry', () => {
    expect(impacts('Sterbefälle können weiterhin beurkundet werden.')).toEqual(['Werne|civil-registry|operational']);
    expect(impacts('Es können keine Sterbefälle beurkundet werden.')).toEqual(['Werne|civil-registry|outage']);
    expect(impacts('Geburten werden wieder beurkundet.')).toEqual(['Werne|civil-registry|restored']);
  });
});

describe('idioms and parts of the time from realextra16 (fifth day)', () => {
  it('reads "stand vor verschlossenen Türen", "sind tot" and "Niemand … war erreichbar" as out', () => {
    expect(impacts('Wer das Bürgerbüro aufsuchen wollte, stand vor verschlossenen Türen.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Die Telefone sind tot.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Niemand im Rathaus war erreichbar.')).toEqual(['Werne|administration|outage']);
  });
  it('reads "mehrfach nicht erreichbar" and "bis um 13 Uhr nicht zu erreichen" as part of the time', () => {
    expect(impacts('Die Mitarbeiter sind am Donnerstag mehrfach telefonisch nicht erreichbar.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Die Stadtverwaltung war bis um 13 Uhr telefonisch nicht zu erreichen.')).toEqual(['Werne|phone|degraded']);
  });
  it('reads appointments booked before and restricted as visits, not as the booking; kept, they work', () => {
    expect(impacts('Das Bürgerbüro arbeitet mit einer Notbesetzung, die ausschließlich bereits gebuchte Termine erledigt.'))
      .toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Bereits vereinbarte Termine finden wie geplant statt.')).toEqual(['Werne|appointments|operational']);
    expect(impacts('Die Terminvergabe ist gestört.')).toEqual(['Werne|appointments|degraded']);
  });
});

describe('hedges and effects from realextra16 (fifth day)', () => {
  it('reads "so gut wie lahmgelegt" as nearly out: degraded', () => {
    expect(impacts('Wegen einer Krankheitswelle ist die Führerscheinstelle derzeit so gut wie lahmgelegt.')).toEqual(['Werne|drivers-licence|degraded']);
  });
  it('reads "keine Auswirkungen auf" and "Auswirkungen auf … haben … nicht" as unaffected', () => {
    expect(impacts('Die Störung hat keine Auswirkungen auf das Bürgerbüro.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Auswirkungen auf die telefonische Erreichbarkeit haben diese Maßnahmen nach Einschätzung des Dienstleisters nicht.')).toEqual(['Werne|phone|operational']);
  });
});

describe('the noun "Störung" (fifth day)', () => {
  it('reads "Störung der Telefonanlage" alone as degraded, like "gestört"', () => {
    expect(impacts('Störung der Telefonanlage im Rathaus')).toEqual(['Werne|phone|degraded']);
  });
  it('reads "Störung" beside another status word as the trouble, not the state', () => {
    expect(impacts('Eine Störung hat die Telefonanlage lahmgelegt.')).toEqual(['Werne|phone|outage']);
    expect(impacts('Trotz der Störung ist das Bürgerbüro geöffnet.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('parts stated by quantity (fifth day)', () => {
  it('reads "Die meisten EDV-Systeme seien lahmgelegt" and "großteils lahmgelegt" as partly out', () => {
    expect(impacts('Die meisten EDV-Systeme seien lahmgelegt worden.')).toEqual(['Werne|it-systems|degraded']);
    expect(impacts('Die Arbeit im Rathaus ist großteils lahmgelegt.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('returns still to come (fifth day)', () => {
  it('gives no restoration for "kann … wiederhergestellt werden" or "erst wieder nach …"', () => {
    expect(impacts('Sobald die Mail unschädlich gemacht ist, kann das gesamte System wiederhergestellt werden.')).toEqual([]);
    expect(impacts('Das Standesamt kann Anträge erst wieder nach Behebung des Schadens bearbeiten.')).not.toContain('Werne|civil-registry|restored');
    expect(impacts('Das Bürgerbüro ist ab Montag wieder geöffnet.')).toEqual(['Werne|citizens-office|restored']);
  });
});

describe('passport and registration matters (sixth day)', () => {
  it('reads "Pass- und Meldeangelegenheiten" as both offices, the truncated first part included', () => {
    expect(impacts('An diesen Tagen können keine Pass- und Meldeangelegenheiten erledigt werden.')).toEqual(['Werne|id-documents|outage', 'Werne|registration-office|outage']);
    expect(impacts('Meldeangelegenheiten sind im Bürgerbüro derzeit nicht möglich.')).toEqual(['Werne|registration-office|outage']);
  });
});

describe('the Kreis that runs the service, named or not (sixth day)', () => {
  it('gives no item in a news text for a Kreis named only through the towns its buildings stand in', () => {
    expect(impacts('Die Kreisverwaltung war mit all ihren Liegenschaften in Wetzlar, Herborn und Dillenburg weder telefonisch noch per E-Mail zu erreichen.', { sourceKind: 'news' }))
      .toEqual([]);
    // Named, it is the Kreis's.
    expect(impacts('Die Kreisverwaltung des Lahn-Dill-Kreises war mit all ihren Liegenschaften in Wetzlar und Herborn telefonisch nicht zu erreichen.', { sourceKind: 'news' }))
      .toEqual(['Lahn-Dill-Kreis|phone|outage']);
  });
  it('binds "die Verwaltung des Kreises Pinneberg" to Pinneberg, not to the Kreis the text spoke of before', () => {
    expect(impacts('Der Kreis Soest meldet Ausfälle. Eingeschränkt war auch die Verwaltung des Kreises Pinneberg.', { sourceKind: 'news' }))
      .toEqual(['Kreis Pinneberg|administration|degraded']);
    expect(impacts('Betroffen sind die Zulassungsstellen der Kreise Herford und Minden-Lübbecke.', { sourceKind: 'news' }))
      .toEqual(['Kreis Herford|vehicle-registration|degraded', 'Kreis Minden-Lübbecke|vehicle-registration|degraded']);
  });
  it('reads "Die Kreisverwaltung in Husum teilte mit" as a speaker, and "die Dienststellen des Kreises" as the Kreis\'s', () => {
    expect(impacts('Die nordfriesische Kreisverwaltung in Husum teilte mit, die IT sei weitgehend ausgefallen. Die Dienststellen des Kreises könnten daher nur eingeschränkt arbeiten.', { sourceKind: 'news' }))
      .toEqual(['Kreis Nordfriesland|it-systems|degraded', 'Kreis Nordfriesland|administration|degraded']);
  });
});

describe('one site of a Kreis, and what closes with it (sixth day)', () => {
  it('reads "das Bürgerservice-Büro vom Landkreis … in Neustrelitz" closed as one site, and what "damit" closes too', () => {
    expect(impacts('Das Bürgerservice-Büro vom Landkreis Mecklenburgische Seenplatte in Neustrelitz musste heute geschlossen bleiben. In der Nacht war eingebrochen worden. Damit blieben auch die Führerscheinstelle und die Kfz-Zulassung geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Mecklenburgische Seenplatte|citizens-office|degraded', 'Landkreis Mecklenburgische Seenplatte|drivers-licence|degraded', 'Landkreis Mecklenburgische Seenplatte|vehicle-registration|degraded']);
    // Without a site before, "damit" closes the offices.
    expect(impacts('Im Landkreis Mecklenburgische Seenplatte ist ein Server ausgefallen. Damit blieben die Führerscheinstelle und die Kfz-Zulassung geschlossen.', { sourceKind: 'news' }))
      .toContain('Landkreis Mecklenburgische Seenplatte|drivers-licence|outage');
  });
  it('gives no restoration for "werden erst wieder zur Verfügung stehen, wenn …"', () => {
    expect(impacts('Die Server werden erst wieder zur Verfügung stehen, wenn der Trojaner isoliert ist.')).not.toContain('Werne|it-systems|restored');
  });
});

describe('purpose clauses (sixth day)', () => {
  it('gives a state wished for in a clause of purpose (", damit …") no item, a consequence (", damit ist …") its own', () => {
    expect(impacts('Techniker reparieren die Leitung, damit am Donnerstag das Landratsamt wieder für Besucher geöffnet werden kann.')).toEqual([]);
    expect(impacts('Der Server ist ausgefallen, damit ist auch das Bürgerbüro geschlossen.')).toEqual(['Werne|it-systems|outage', 'Werne|citizens-office|outage']);
  });
});

describe('words of people, and opening hours cut (sixth day)', () => {
  it('reads "Menschen mit körperlicher Beeinträchtigung" as people, not as a degraded service', () => {
    expect(impacts('Für Menschen mit körperlicher Beeinträchtigung bietet das Bürgerbüro einen Hausbesuch an.')).toEqual([]);
  });
  it('reads "seine Öffnungszeiten … reduzieren müssen" as degraded', () => {
    expect(impacts('Das Bürgerbüro wird vom 17. bis zum 25. Oktober seine Öffnungszeiten wie folgt reduzieren müssen:')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('a list summed up, and "at least" (sixth day)', () => {
  it('gives "E-Mail, Festnetztelefonie, Internet – alles tot" to every member of the list', () => {
    expect(impacts('E-Mail, Festnetztelefonie, Internet – alles tot.')).toEqual(['Werne|email|outage', 'Werne|phone|outage', 'Werne|it-systems|outage']);
  });
  it('reads "funktioniert wenigstens eine Rufumleitung" as degraded', () => {
    expect(impacts('Seit Montag funktioniert wenigstens eine Rufumleitung von der Festnetznummer des Rathauses auf ein Handy.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('lending as the library (sixth day)', () => {
  it('reads "Medien weder ausgeliehen noch zurückgegeben" as the library out (guide §4: a service given as a verb phrase)', () => {
    expect(impacts('Während der Schließzeit können analoge Medien weder ausgeliehen noch zurückgegeben werden.')).toEqual(['Werne|library|outage']);
    expect(impacts('Ab Montag können Medien nicht ausgeliehen werden.')).toEqual(['Werne|library|outage']);
  });
});

describe('a subject left out after the comma (sixth day)', () => {
  it('reads ", bleibe aber am Dienstag noch geschlossen" as the state of the clause before\'s subject, and the building released as no restoration', () => {
    expect(impacts('Das Rathaus sei wieder freigegeben, bleibe aber am Dienstag noch geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Bürgerbüro war am Montag geschlossen, ist aber ab Dienstag wieder geöffnet.')).toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
    expect(impacts('Die Kfz-Zulassungsstelle musste am Montag geschlossen bleiben; diese ist aber inzwischen wieder geöffnet.')).toEqual(['Werne|vehicle-registration|outage', 'Werne|vehicle-registration|restored']);
  });
});

describe('who sets up, and lending needs (sixth day)', () => {
  it('reads "Die Stadtverwaltung richtet … einen Notdienst ein" as the actor, not a degraded administration', () => {
    expect(impacts('Die Stadtverwaltung richtet in der kommenden Woche einen Notdienst ein.')).toEqual([]);
  });
  it('reads "Ausleihbedarf" as the library\'s', () => {
    expect(impacts('Für dringenden Ausleihbedarf von Sachliteratur sei ein Notdienst eingerichtet.')).toEqual(['Werne|library|degraded']);
  });
});

describe('a building named as where a thing is (sixth day)', () => {
  it('reads "Der Fahrstuhl im Rathaus ist defekt" as the lift\'s, not the administration\'s', () => {
    expect(impacts('Der Fahrstuhl im Rathaus ist zurzeit defekt.')).toEqual([]);
    expect(impacts('Geöffnet ist auch das Wahlbüro im Neuen Rathaus.')).toEqual([]);
    expect(impacts('Das Bürgerbüro im Rathaus ist geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('keeps the office after what stands for its work ("Der Betrieb im Bürgeramt", "die Terminvergabe im Bürgerbüro")', () => {
    expect(impacts('Der Betrieb im Bürgeramt war nicht beeinträchtigt.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Auch die Terminvergabe im Bürgerbüro funktioniert einwandfrei.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('a part of a library (sixth day)', () => {
  it('reads "Die Kinderbibliothek der Stadtbücherei Döhren bleibt geschlossen" as one part closed, degraded', () => {
    expect(impacts('Die Kinderbibliothek der Stadtbücherei Döhren bleibt bis Anfang Februar geschlossen.')).toEqual(['Werne|library|degraded']);
  });
});

describe('one Jobcenter of Berlin (sixth day)', () => {
  it('reads one Berlin Jobcenter closed as one of the city\'s, degraded', () => {
    expect(impacts('Nach Angaben eines Sprechers bleibt das Jobcenter Steglitz-Zehlendorf in Berlin am Mittwoch geschlossen.', { sourceKind: 'news' })).toEqual(['Berlin|social-benefits|degraded']);
  });
});

describe('"weder … noch" after the verb, and staff away (sixth day)', () => {
  it('reads "Die Telefone funktionieren weder intern noch extern" as the phone out', () => {
    expect(impacts('Die Telefone funktionieren weder intern noch extern.')).toEqual(['Werne|phone|outage']);
  });
  it('reads staff away ("krankheitsbedingte Ausfälle") as no closure, and as a cause after "wegen"', () => {
    expect(impacts('Es gab Ausfälle unter den Mitarbeitern des Rathauses.')).not.toContain('Werne|administration|outage');
    expect(impacts('Die Ausländerbehörde ist wegen krankheitsbedingter Ausfälle geschlossen.')).toEqual(['Werne|foreigners-office|outage']);
  });
});

describe('the subjunctive of what would be (sixth day)', () => {
  it('gives "wäre … wieder möglich" no item: a state that would be, not one that is', () => {
    expect(impacts('In der Bibliothek wäre eine Ausleihe währenddessen wieder möglich.')).toEqual([]);
    expect(impacts('Die Verwaltung, deren Schutz sonst nicht durchsetzbar wäre, ist gestern geschlossen worden.')).toEqual(['Werne|administration|outage']);
  });
});

describe('restorations in other words (sixth day)', () => {
  it('reads "wieder offen", "wieder … für Besucher offen", "wieder sichergestellt", "wieder zur Verfügung", "wieder aktiviert", "wieder … für die Bürger da" as restored', () => {
    expect(impacts('Die Bibliothek ist ab Montag wieder offen.')).toEqual(['Werne|library|restored']);
    expect(impacts('Am Dienstag wird die Führerscheinstelle wieder für Besucherinnen und Besucher offen sein.')).toEqual(['Werne|drivers-licence|restored']);
    expect(impacts('Auch die telefonische Erreichbarkeit sei wieder sichergestellt.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die Telefonanlage im Rathaus ist wieder in Ordnung.')).toEqual(['Werne|phone|restored']);
    expect(impacts('Die Stadtbibliothek öffnet nach der Sanierung am 3. März wieder ihre Türen.')).toEqual(['Werne|library|restored']);
    expect(impacts('Darüber hinaus sind sämtliche Online-Antragsassistenten wieder aktiviert.')).toEqual(['Werne|online-services|restored']);
    expect(impacts('Ab Montag wird das Bürgerbüro wieder mit allen Dienstleistungen in gewohnter Qualität zur Verfügung stehen.')).toEqual(['Werne|citizens-office|restored']);
    expect(impacts('Ab Montag sind die Mitarbeiter des Bürgerbüros wieder zu den regulären Öffnungszeiten für die Bürgerinnen und Bürger da.')).toEqual(['Werne|citizens-office|restored']);
  });
  it('keeps "ist offen" as undecided, no restoration', () => {
    expect(impacts('Wann die Verwaltung wieder arbeitsfähig ist, ist offen.')).toEqual([]);
  });
  it('reads a building in a relative clause (", das im Neuen Rathaus seinen Sitz hat") as where the office is', () => {
    expect(impacts('Das Bürgerbüro, das im Neuen Rathaus seinen Sitz hat, steht ab 31. August wieder für Besucher offen.')).toEqual(['Werne|citizens-office|restored']);
  });
});

describe('an office\'s visitors (sixth day)', () => {
  it('reads "Im Bürgerbüro kommt es zu Einschränkungen im Parteiverkehr" as the office restricted', () => {
    expect(impacts('Im Bürgerbüro kommt es ab Januar zu vorübergehenden Einschränkungen im Parteiverkehr.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Es kommt zu Einschränkungen im Parteiverkehr.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('the mobile library, and all branches (sixth day)', () => {
  it('reads "Am Mittwoch fährt der Bücherbus nicht" as one branch of the library out, degraded', () => {
    expect(impacts('Am Mittwoch fährt auch der Bücherbus der Stadtbücherei nicht.')).toEqual(['Werne|library|degraded']);
  });
  it('keeps "die Stadtbibliothek mit allen Stadtteilbibliotheken und die Fahrbibliothek schließen" an outage', () => {
    expect(impacts('Die Bibliotheken, also die Stadtbibliothek mit allen Stadtteilbibliotheken und die Fahrbibliothek, schließen vom 7. bis 14. Februar.')).toEqual(['Werne|library|outage']);
  });
  it('reads "in begrenztem Umfang" as degraded', () => {
    expect(impacts('Das Bürgerbüro ist am Montag nur in begrenztem Umfang geöffnet.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('visits only by appointment, restrictions as a verb (sixth day)', () => {
  it('reads "auf die ausschließliche Online-Terminvergabe umgestellt" and "erforderlich sind Terminvereinbarungen für …" as the offices restricted', () => {
    expect(impacts('Die Kfz-Zulassungsbehörde wird ab sofort auf die ausschließliche Online-Terminvergabe umgestellt.')).toEqual(['Werne|vehicle-registration|degraded']);
    expect(impacts('Weiterhin erforderlich sind Terminvereinbarungen für Ausländeramt und Fahrerlaubnisbehörde.')).toEqual(['Werne|foreigners-office|degraded', 'Werne|drivers-licence|degraded']);
  });
  it('reads "schränkt den Publikumsverkehr weitestgehend ein" as degraded', () => {
    expect(impacts('Die Stadtverwaltung schränkt den Publikumsverkehr weitestgehend ein.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('a website as the speaker (sixth day)', () => {
  it('reads "…, warnt die Website der Gemeinde" as who speaks, not the website\'s state', () => {
    expect(impacts('„Eingeschränkte Servicezeiten aufgrund von Personalausfall“, warnt die Website der Gemeinde.')).toEqual([]);
  });
});

describe('"kein" after the verb (sixth day)', () => {
  it('reads "Es funktioniert derzeit kein einziger Computer mehr" as out', () => {
    expect(impacts('Im Rathaus funktioniert derzeit kein einziger Computer mehr.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('mail that cannot be sent, channels to report by (sixth day)', () => {
  it('reads "können … weder E-Mails verschicken noch weiterleiten" as email out', () => {
    expect(impacts('Seit Montag können die Rathausmitarbeiter weder E-Mails verschicken noch weiterleiten.')).toEqual(['Werne|email|outage']);
  });
  it('reads citizens who "können sich … telefonisch, per E-Mail … melden" as those channels working, "Melden Sie sich" as a pointer', () => {
    expect(impacts('Ab sofort können sich Kunden mit einem Anliegen telefonisch, per E-Mail oder schriftlich bei ihrem Sachbearbeiter melden.')).toEqual(['Werne|phone|operational', 'Werne|email|operational']);
    expect(impacts('Melden Sie sich telefonisch beim Bürgerbüro.')).toEqual([]);
  });
});

describe('a cause that blocks an office (sixth day)', () => {
  it('reads "Ein Stromausfall blockierte gestern das Bürgerbüro" as the office out', () => {
    expect(impacts('Ein Stromausfall blockierte gestern das Bürgerbüro.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('offices named only after "im" (sixth day)', () => {
  it('reads "Die Vorsprache im Einwohnermeldeamt und im Standesamt ist nur nach Anmeldung möglich" as both offices restricted', () => {
    expect(impacts('Die persönliche Vorsprache im Einwohnermeldeamt und im Standesamt ist nur noch nach telefonischer Anmeldung möglich.'))
      .toEqual(['Werne|registration-office|degraded', 'Werne|civil-registry|degraded']);
    expect(impacts('Die Vorsprache im Einwohnermeldeamt ist nur noch nach Anmeldung möglich.')).toEqual(['Werne|registration-office|degraded']);
  });
});

describe('a service break, and not any more this year (sixth day)', () => {
  it('reads "fällt in die Servicepause" as out', () => {
    expect(impacts('Die Ausstellung von Personalausweisen und Reisepässen fällt ebenso in die Servicepause.')).toEqual(['Werne|id-documents|outage']);
  });
  it('reads "können dann nicht mehr in diesem Jahr ausgehändigt werden" as out', () => {
    expect(impacts('Ausweise, die später beantragt werden, können dann nicht mehr in diesem Jahr ausgehändigt werden.')).toEqual(['Werne|id-documents|outage']);
  });
});

describe('close and open again in one sentence, a speaker on itself (sixth day)', () => {
  it('reads "schließen am 24. Oktober und öffnen erst wieder am 21. November" as an outage and a restoration', () => {
    expect(impacts('Die Bibliotheken schließen am 24. Oktober und öffnen erst wieder am 21. November.')).toEqual(['Werne|library|outage', 'Werne|library|restored']);
    expect(impacts('Das Bürgerbüro öffnet erst um 10 Uhr.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads "Die Stadtbibliothek teilt mit, dass sie … nur von 10 bis 12 Uhr geöffnet sein wird" as the library\'s own state', () => {
    expect(impacts('Die Stadtbibliothek teilt mit, dass sie am Freitag nur von 10 bis 12 Uhr geöffnet sein wird.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Die Kreisverwaltung weist darauf hin, dass es am Folgetag zu längeren Wartezeiten kommen kann.')).toEqual([]);
  });
  it('reads "keine Bücher mehr … ausgeliehen" as the library out', () => {
    expect(impacts('In der Stadtbibliothek können keine Bücher mehr ausgeliehen werden.')).toEqual(['Werne|library|outage']);
  });
});

describe('overload as a cause (sixth day)', () => {
  it('reads "wegen Überlastung … geschlossen" as closed, "ist überlastet" as degraded', () => {
    expect(impacts('Das Ausländeramt ist wegen Überlastung am Montag für Besucher geschlossen.')).toEqual(['Werne|foreigners-office|outage']);
    expect(impacts('Das Ausländeramt ist überlastet.')).toEqual(['Werne|foreigners-office|degraded']);
  });
});

describe('an office reached by a substitute line (sixth day)', () => {
  it('reads "Das Bürgerbüro ist unter einer Ersatznummer erreichbar" as the regular lines degraded (guide §4)', () => {
    expect(impacts('Das Bürgerbüro ist unter einer Ersatznummer erreichbar.')).toEqual(['Werne|phone|degraded']);
  });
});

describe('the city\'s offices, and work going on (sixth day)', () => {
  it('reads "die städtischen Dienststellen" as the administration', () => {
    expect(impacts('In den weiteren städtischen Dienststellen sind persönliche Vorsprachen nur nach vorheriger Terminvereinbarung möglich.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads "wird der Dienstbetrieb ohne Unterbrechung weiterlaufen" as working', () => {
    expect(impacts('Trotz der Situation wird der Dienstbetrieb in der Stadtverwaltung ohne Unterbrechung weiterlaufen.')).toEqual(['Werne|administration|operational']);
  });
});

describe('an inability or a return told with any verb (tenth day)', () => {
  it('reads "kann keine … <verb>" and "… nicht <participle> werden" as out, whatever the verb', () => {
    expect(impacts('Das Standesamt kann derzeit keine Sterbefälle beurkunden.')).toEqual(['Werne|civil-registry|outage']);
    expect(impacts('Die Stadtbücherei kann derzeit keine Medien verleihen.')).toEqual(['Werne|library|outage']);
    expect(impacts('Im Standesamt können Geburten derzeit nicht beurkundet werden.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('reads "kann wieder … <verb>" and "wieder … vergeben" as restored, but not a return of some services only', () => {
    expect(impacts('Die Stadtbücherei kann wieder Medien verleihen.')).toEqual(['Werne|library|restored']);
    expect(impacts('Ab Montag werden wieder Termine vergeben.')).toEqual(['Werne|appointments|restored']);
    expect(impacts('Bürgerinnen und Bürger können wieder manche Dienstleistungen des Rathauses in Anspruch nehmen.')).not.toContain('Werne|administration|restored');
  });
  it('leaves verbs that tell or judge, and the verbs of a channel, to the rules that read them', () => {
    expect(impacts('Die Stadtverwaltung kann noch keine Angaben machen.')).toEqual([]);
    expect(impacts('Die Bürgerdienste könnten noch nicht abschließend beurteilt werden.')).toEqual([]);
    expect(impacts('Jetzt kann die Stadtverwaltung wieder angerufen werden.')).not.toContain('Werne|administration|restored');
  });
});

describe('a body able to act, and mail addresses (tenth day)', () => {
  it('reads "handlungsfähig" as "arbeitsfähig"', () => {
    expect(impacts('Die Stadt Werne ist nur eingeschränkt handlungsfähig.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Stadtverwaltung ist wieder handlungsfähig.')).toEqual(['Werne|administration|restored']);
  });
  it('reads "Mailadressen" as e-mail', () => {
    expect(impacts('Die Mailadressen der Stadtverwaltung funktionieren nicht.')).toEqual(['Werne|email|outage']);
  });
});

describe('part of a service, less than usual, still working (tenth day)', () => {
  it('reads "einzelne Fachverfahren" and "nicht alle Telefone" out as part of the service, degraded', () => {
    expect(impacts('Einzelne Fachverfahren der Stadtverwaltung sind ausgefallen.')).toEqual(['Werne|it-systems|degraded']);
    expect(impacts('Im Rathaus funktionieren nicht alle Telefone.')).toEqual(['Werne|phone|degraded']);
  });
  it('reads "arbeitet im Notbetrieb weiter" as degraded, "arbeitet ganz normal weiter" as working', () => {
    expect(impacts('Die Stadtverwaltung arbeitet im Notbetrieb weiter.')).toEqual(['Werne|administration|degraded']);
    expect(impacts('Die Stadtverwaltung arbeitet ganz normal weiter.')).toEqual(['Werne|administration|operational']);
  });
  it('reads "mit reduziertem Personal" and "reduzierte Öffnungszeiten" as degraded', () => {
    expect(impacts('Das Standesamt arbeitet mit reduziertem Personal.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Die Stadtbibliothek hat ab Montag reduzierte Öffnungszeiten.')).toEqual(['Werne|library|degraded']);
  });
  it('reads "funktionieren … weiterhin" at the end of a clause as working', () => {
    expect(impacts('Die Telefone im Rathaus funktionieren weiterhin.')).toEqual(['Werne|phone|operational']);
  });
});

describe('the emergency services by their lines and the fire brigade (tenth day)', () => {
  it('reads "die 110 und 112" as the emergency services, the police line alone as none', () => {
    expect(impacts('Im Kreis Soest sind die 110 und 112 nicht erreichbar.', { sourceKind: 'news' })).toEqual(['Kreis Soest|emergency-services|outage']);
    expect(impacts('Der Notruf 110 ist in Brakel erreichbar.', { sourceKind: 'news' })).toEqual([]);
  });
  it('reads the fire brigade reached or working as the emergency services, and not what it does', () => {
    expect(impacts('Feuerwehr und Ordnungsdienst in Wuppertal sind wie gewohnt zu erreichen.', { sourceKind: 'news' })).toEqual(['Wuppertal|emergency-services|operational']);
    expect(impacts('In Düsseldorf hat die Feuerwehr alle Wasserleitungen abgesperrt und die Stromleitungen abgeschaltet.', { sourceKind: 'news' })).toEqual([]);
  });
  it('gives "die Notfallnummern von Polizei und Feuerwehr" to the emergency services, not to a substitute phone line', () => {
    expect(impacts('In Hamburg waren die Notfallnummern von Polizei und Feuerwehr erreichbar.', { sourceKind: 'news' })).toEqual(['Hamburg|emergency-services|operational']);
  });
});

describe('some of several offices, more office words (tenth day)', () => {
  it('reads offices named one by one, or picked by "einige", as some of them closed (degraded)', () => {
    expect(impacts('In Düsseldorf bleiben die Büchereien Eller, Flingern, Garath und Wersten bis auf weiteres geschlossen.', { sourceKind: 'news' })).toEqual(['Düsseldorf|library|degraded']);
    expect(impacts('In Leipzig müssen einige Bürgerbüros geschlossen werden.', { sourceKind: 'news' })).toEqual(['Leipzig|citizens-office|degraded']);
    expect(impacts('In Leipzig müssen die Bürgerbüros geschlossen werden.', { sourceKind: 'news' })).toEqual(['Leipzig|citizens-office|outage']);
  });
  it('reads "wieder … in begrenztem Umfang" as a partial return (degraded)', () => {
    expect(impacts('Für die Bürgerämter in Berlin können ab Montag Termine wieder online in begrenztem Umfang gebucht werden.', { sourceKind: 'news' }))
      .toContain('Berlin|citizens-office|degraded');
  });
  it('reads "stark behindert" as degraded', () => {
    expect(impacts('Die Arbeit der Bürgerberatung ist derzeit stark behindert.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('knows "KFZ-Stelle", "Kreishäuser", "Einwohnerverwaltung" and "Unterricht"', () => {
    expect(impacts('In Potsdam mussten die KFZ-Stelle und die Ausländerbehörde ihre Türen schließen.', { sourceKind: 'news' }))
      .toEqual(['Potsdam|vehicle-registration|outage', 'Potsdam|foreigners-office|outage']);
    expect(impacts('Im Landkreis Osterholz bleiben die Kreishäuser zwischen den Jahren geschlossen.', { sourceKind: 'news' })).toEqual(['Landkreis Osterholz|administration|outage']);
    expect(impacts('Die Einwohnerverwaltung ist heute nur für vereinbarte Termine geöffnet.')).toEqual(['Werne|registration-office|degraded']);
    expect(impacts('In Passau fällt heute an allen Schulen der Unterricht aus.', { sourceKind: 'news' })).toEqual(['Passau|schools|outage']);
  });
});

describe('doors, evacuations, branches by part of town (tenth day)', () => {
  it('reads "schließt seine Pforten" as closed', () => {
    expect(impacts('Das Bürgerbüro schließt wegen der enormen Hitze seine Pforten.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads a town hall evacuated or cleared as degraded', () => {
    expect(impacts('In Pforzheim sind alle drei Rathausgebäude am Mittwochmorgen evakuiert worden.', { sourceKind: 'news' })).toEqual(['Pforzheim|administration|degraded']);
  });
  it('keeps "alle Bürgerbüros in den Stadtteilen" closed as the office out, one branch named by its part of town as degraded', () => {
    expect(impacts('In Mannheim bleiben am Montag alle Bürgerbüros in den Stadtteilen geschlossen.', { sourceKind: 'news' })).toEqual(['Mannheim|citizens-office|outage']);
    expect(impacts('In Magdeburg sind die BürgerBüros Mitte, Süd und West wieder geöffnet. Das BürgerBüro Nord bleibt weiterhin geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Magdeburg|citizens-office|restored', 'Magdeburg|citizens-office|degraded']);
  });
});

describe('a utility failed in the town hall (tenth day)', () => {
  it('gives "Im Rathaus ist der Strom ausgefallen" no administration item, the town hall closed one', () => {
    expect(impacts('Im Rathaus ist die Heizungsanlage ausgefallen.')).toEqual([]);
    expect(impacts('Im Rathaus ist am Donnerstagvormittag der Strom ausgefallen. Das Rathaus bleibt geschlossen.')).toEqual(['Werne|administration|outage']);
  });
});

describe('a news text\'s dateline (tenth day)', () => {
  it('binds what no sentence places to the town alone on its line before the story, not to the Kreis of a breadcrumb', () => {
    const text = 'Kreis Peine Lengede/Vechelde/Wendeburg Leitung gekappt\nWendeburg\n\nAuf ihrer Homepage hatte die Gemeinde auf die technische Störung im Rathaus hingewiesen. Am Montag war die Telefonleitung durchtrennt worden.\n\nAb diesem Zeitpunkt war die Verwaltung weder per Telefon noch per E-Mail erreichbar.';
    expect(impacts(text, { sourceKind: 'news' })).toEqual(['Wendeburg|phone|outage', 'Wendeburg|email|outage']);
  });
});

describe('more ways to say closed or back to normal (tenth day)', () => {
  it('reads "ist bis Freitag zu" as closed and "ist noch zu erreichen" as reachable', () => {
    expect(impacts('Das Meldeamt ist bis einschließlich Freitag zu.')).toEqual(['Werne|registration-office|outage']);
    expect(impacts('Das Bürgerbüro ist bis Freitag noch zu erreichen.')).toEqual(['Werne|citizens-office|operational']);
  });
  it('reads "wieder im Regelbetrieb" and "kehrt zum Normalbetrieb zurück" as restored', () => {
    expect(impacts('Die Stadtverwaltung ist ab heute wieder im Regelbetrieb.')).toEqual(['Werne|administration|restored']);
    expect(impacts('Die Stadtverwaltung kehrt zum Normalbetrieb zurück.')).toEqual(['Werne|administration|restored']);
  });
  it('reads "können das Bürgerbüro nicht aufsuchen" as closed, "kann nicht sagen" as nothing', () => {
    expect(impacts('Die Bürgerinnen und Bürger können das Bürgerbüro nicht aufsuchen.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Die Stadt kann nicht sagen, wann das Rathaus öffnet.')).toEqual([]);
    expect(impacts('Einen Führerschein konnte der Fahrer in Werne nicht vorweisen.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('all but one, often, restricting, Bücherhallen (tenth day)', () => {
  it('reads "alle Bürgerbüros – bis auf das in der Altstadt – geschlossen" as some of them closed (degraded)', () => {
    expect(impacts('In Dresden bleiben alle Bürgerbüros - bis auf das in der Altstadt - geschlossen.', { sourceKind: 'news' })).toEqual(['Dresden|citizens-office|degraded']);
  });
  it('reads "vielfach … nicht ausgestellt" as partly (degraded)', () => {
    expect(impacts('In Kiel konnten vielfach Ausweise und Pässe nicht ausgestellt werden.', { sourceKind: 'news' })).toEqual(['Kiel|id-documents|degraded']);
  });
  it('reads "muss ihr Serviceangebot einschränken" as degraded', () => {
    expect(impacts('Die Führerscheinstelle des Landkreises Kassel muss ihr Serviceangebot bis auf weiteres einschränken.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Kassel|drivers-licence|degraded']);
  });
  it('knows Hamburg\'s Bücherhallen as libraries', () => {
    expect(impacts('In Hamburg bleiben die Bücherhallen vom 3. bis 6. Oktober komplett geschlossen.', { sourceKind: 'news' })).toEqual(['Hamburg|library|outage']);
  });
});

describe('other offices of one body, listed after a colon (tenth day)', () => {
  it('gives "Auch andere Ämter bleiben geöffnet: A und B" to A and B, not to a group of places or the administration', () => {
    expect(impacts('Auch andere Ämter im Landkreis Leer bleiben geöffnet: die Kfz-Zulassungsstelle und die Wohngeldstelle.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Leer|vehicle-registration|operational', 'Landkreis Leer|social-benefits|operational']);
    expect(impacts('Auch andere Kommunen im Landkreis Leer schließen ihre Rathäuser.', { sourceKind: 'news' })).toEqual([]);
  });
});

describe('a habit told as background (tenth day)', () => {
  it('gives "Dass das Rathaus gerne mal an Brückentagen schließt" no item', () => {
    expect(impacts('Dass das Rathaus gerne mal an Brückentagen schließt, daran haben sich die Bürger gewöhnt.')).toEqual([]);
  });
});

describe('opening hours and a reopening after a break (tenth day)', () => {
  it('gives a day closed in an opening-hours table no item, a closed window in one statement its degraded one', () => {
    expect(impacts('Bürgerbüro: Montag bis Donnerstag: 7.30 Uhr bis 12.30 Uhr, Freitag: 7.30 Uhr bis 13 Uhr; Mittwoch: ab 12.30 Uhr geschlossen.')).toEqual([]);
    expect(impacts('Das Bürgerbüro ist am Freitag von 8 bis 12 Uhr geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads "öffnen nach Corona-Pause" as a reopening', () => {
    expect(impacts('Rathaus & Bürgerbüro öffnen nach Corona-Pause am 25. Mai')).toEqual(['Werne|administration|restored', 'Werne|citizens-office|restored']);
  });
});

describe('one citizens\' office named by its branch (twelfth day)', () => {
  it('reads "Das Bürgeramt Aegi bleibt geschlossen" as degraded, "Das Bürgerbüro Werne bleibt geschlossen" as outage', () => {
    expect(impacts('Das Bürgeramt Aegi bleibt am Samstag geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro Nord an der Rosensteinstraße ist seit April geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro Werne bleibt am Samstag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Das Bürgerbüro bleibt am Samstag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('closing said of an office, not of its IT; a working verb in the past (twelfth day)', () => {
  it('gives "Wegen einer Software-Umstellung bleibt das Bürgerbüro geschlossen" no IT item', () => {
    expect(impacts('Wegen der Umstellung der Software bleibt das Bürgerbüro am Montag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads "Weder die Telefonanlage noch die Computer funktionierten" as two outages, "funktionierten wieder" as a return', () => {
    expect(impacts('Weder die Telefonanlage noch die Computer funktionierten.')).toEqual(['Werne|phone|outage', 'Werne|it-systems|outage']);
    expect(impacts('Gegen 9 Uhr funktionierten die Telefone im Rathaus wieder.')).toEqual(['Werne|phone|restored']);
  });
});

describe('"es" and the staff for the office named before (twelfth day)', () => {
  it('reads "wird es dann wieder geöffnet sein" and "sind die Kolleginnen und Kollegen wieder zu erreichen" as the office back', () => {
    expect(impacts('Das Bürgerbüro bleibt bis zum 20. Dezember geschlossen. Am Montag, 21. Dezember, wird es dann wieder geöffnet sein.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
    expect(impacts('Das Bürgerbüro bleibt am Freitag geschlossen. Ab Montag sind die Kolleginnen und Kollegen wieder zu erreichen.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|citizens-office|restored']);
  });
  it('leaves staff that do something else alone', () => {
    expect(impacts('Das Bürgerbüro bleibt am Freitag geschlossen. Die Mitarbeiter bilden sich fort.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('"kein Internet" had, "Dies gilt auch für", weddings by another word (twelfth day)', () => {
  it('reads "Wir hatten eine komplette Woche im Rathaus kein Internet" as an IT outage', () => {
    expect(impacts('Wir hatten eine komplette Woche im Rathaus kein Internet.')).toEqual(['Werne|it-systems|outage']);
    expect(impacts('Der Angriff hat keine Auswirkungen auf das Internet.')).toEqual(['Werne|it-systems|operational']);
  });
  it('gives the state of the sentence before to the service after "Dies gilt auch für"', () => {
    expect(impacts('Das Bürgerbüro ist am Montag geschlossen. Dies gilt auch für das Standesamt.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|outage']);
  });
  it('knows "Vermählungen" as weddings', () => {
    expect(impacts('Im Standesamt finden keine Vermählungen mehr statt.')).toEqual(['Werne|weddings|outage']);
  });
});

describe('"gibt es" after a service, "gilt nicht für", staffed again (twelfth day)', () => {
  it('reads "Im Standesamt gibt es derzeit Probleme" as the office\'s trouble, not its speech', () => {
    expect(impacts('Im Standesamt gibt es derzeit Probleme.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Beim Elterngeld gibt es Verzögerungen.')).toEqual(['Werne|social-benefits|degraded']);
    expect(impacts('Die Stadtverwaltung gibt bekannt, dass das Bürgerbüro geschlossen ist.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads "Das gilt nicht für das Standesamt" after a closure as the office working', () => {
    expect(impacts('Das Bürgerbüro ist geschlossen. Das gilt nicht für das Standesamt.')).toEqual(['Werne|citizens-office|outage', 'Werne|civil-registry|operational']);
  });
  it('reads "wieder wie üblich besetzt" as a return', () => {
    expect(impacts('Das Rathaus ist geschlossen. Ab Donnerstag ist das Rathaus wieder wie üblich besetzt.'))
      .toEqual(['Werne|administration|outage', 'Werne|administration|restored']);
  });
});

describe('mail answered or not, things that stay (twelfth day)', () => {
  it('reads "nicht auf E-Mails antworten" as mail out, "Mails würden bearbeitet" as mail working', () => {
    expect(impacts('Wir bitten um Verständnis, dass unsere Mitarbeiter vorerst nicht auf E-Mails antworten.')).toEqual(['Werne|email|outage']);
    expect(impacts('Das Rathaus ist geschlossen. Auch Mails würden bearbeitet.')).toEqual(['Werne|administration|outage', 'Werne|email|operational']);
    expect(impacts('Die E-Mails sind nicht verloren gegangen und werden bearbeitet.')).toEqual([]);
  });
  it('reads "Die Erreichbarkeit per Mail bleibt bestehen" as working, not "Die Maskenpflicht im Rathaus bleibt bestehen"', () => {
    expect(impacts('Die Erreichbarkeit der Stadtverwaltung per Mail bleibt bestehen.')).toEqual(['Werne|email|operational']);
    expect(impacts('Die Maskenpflicht im Rathaus bleibt bestehen.')).toEqual([]);
  });
});

describe('parts of it taken off the network (twelfth day)', () => {
  it('reads "hat Teile davon vom Netz genommen" as IT degraded', () => {
    expect(impacts('Die Stadtverwaltung wurde angegriffen. Deshalb habe die Stadtverwaltung Teile davon vom Netz genommen.')).toEqual(['Werne|it-systems|degraded']);
  });
});

describe('a partial closing as a noun (twelfth day)', () => {
  it('reads "führt zur teilweisen Schließung der Bücherei" as degraded', () => {
    expect(impacts('Ein Wasserschaden führt derzeit zur teilweisen Schließung der Stadtbücherei.')).toEqual(['Werne|library|degraded']);
  });
});

describe('a long list of towns with a stray period and qualifiers (twelfth day)', () => {
  it('gives the Rathäuser of "der Kommunen A, Lorch am Rhein, B und C" closed "ab Montag. 16. März" to each', () => {
    expect(impacts('Die Bürgermeister der Kommunen Taunusstein, Lorch am Rhein, Rüdesheim und Kiedrich haben beschlossen, die Rathäuser der Kommunen ab Montag. 16. März, zu schließen.', { sourceKind: 'news' }))
      .toEqual(['Taunusstein|administration|outage', 'Lorch|administration|outage', 'Rüdesheim am Rhein|administration|outage', 'Kiedrich|administration|outage']);
  });
});

describe('a place that only locates another (twelfth day)', () => {
  it('gives "Mitarbeiter der großen Kreisstadt bei Dresden" to the town of the text, not to Dresden', () => {
    expect(impacts('Das Rathaus in Freital bleibt am Montag geschlossen. Mitarbeiter der großen Kreisstadt bei Dresden seien per E-Mail zu erreichen.', { sourceKind: 'news' }))
      .toEqual(['Freital|administration|outage', 'Freital|email|operational']);
  });
});

describe('accessible again (twelfth day)', () => {
  it('reads "ist die Zulassungsstelle wieder persönlich und ohne vorherige Terminvereinbarung zugänglich" as a return', () => {
    expect(impacts('Vom 13. Juli an ist die Zulassungsstelle dann auch wieder persönlich und ohne vorherige Terminvereinbarung zugänglich.'))
      .toEqual(['Werne|vehicle-registration|restored']);
  });
});

describe('a service named inside a condition (twelfth day)', () => {
  it('gives "…, wenn ihr Anliegen nicht per E-Mail geklärt werden kann" no item, "Auch wenn … geschlossen sind" its state', () => {
    expect(impacts('Bürger sollen nur ins Rathaus kommen, wenn es nicht anders möglich ist und ihr Anliegen nicht per E-Mail geklärt werden kann.')).toEqual([]);
    expect(impacts('Auch wenn die Verwaltungsgebäude geschlossen sind, bleibt das Bürgerbüro erreichbar.'))
      .toEqual(['Werne|administration|outage', 'Werne|citizens-office|operational']);
  });
});

describe('the town a Kreis authority stands in (twelfth day)', () => {
  it('gives "im Landratsamt Amberg-Sulzbach in Amberg … die IT-Systeme der Behörde" to the Kreis, not to Amberg', () => {
    expect(impacts('Wegen Bauarbeiten im Landratsamt Amberg-Sulzbach in Amberg sind ab Freitag die IT-Systeme der Behörde außer Betrieb.', { sourceKind: 'news' }))
      .toEqual(['Landkreis Amberg-Sulzbach|it-systems|outage']);
  });
});

describe('a channel out for some units only (twelfth day)', () => {
  it('reads "Zahlreiche städtische Einrichtungen sind weder per Telefon noch per E-Mail erreichbar" as both degraded', () => {
    expect(impacts('Zahlreiche städtische Einrichtungen sind seit Mittwoch weder per Telefon noch per E-Mail erreichbar.'))
      .toEqual(['Werne|phone|degraded', 'Werne|email|degraded']);
    expect(impacts('Die Stadtverwaltung ist weder per Telefon noch per E-Mail erreichbar.')).toEqual(['Werne|phone|outage', 'Werne|email|outage']);
  });
});

describe('"sie" for the offices named before (twelfth day)', () => {
  it('gives "Deshalb sind sie geschlossen" to every office the sentence before named', () => {
    expect(impacts('Am Montag ziehen das Standesamt und die Kfz-Zulassung um. Deshalb sind sie an beiden Tagen geschlossen.'))
      .toEqual(['Werne|civil-registry|outage', 'Werne|vehicle-registration|outage']);
    expect(impacts('Am Montag zieht das Standesamt um. Die Bürger fragen nach. Deshalb sind sie verärgert.')).toEqual([]);
  });
});

describe('administrations by their own names (thirteenth day)', () => {
  it('reads "Bürgermeisteramt" and "Landkreisverwaltung" as the administration', () => {
    expect(impacts('Am Rosenmontag bleibt das Bürgermeisteramt für den Publikumsverkehr geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Die Landkreisverwaltung Gifhorn ist am Freitag geschlossen.', { sourceKind: 'news' })).toEqual(['Landkreis Gifhorn|administration|outage']);
  });
});

describe('scope of a hedge and of a part (thirteenth day)', () => {
  it('keeps "am Montag und vielleicht auch am Dienstag geschlossen": the hedge is on the added day only', () => {
    expect(impacts('Wegen des Stromausfalls ist das Rathaus am Montag und vielleicht auch am Dienstag geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Das Rathaus ist vielleicht am Montag geschlossen.')).toEqual([]);
    expect(impacts('Die Verwaltung ist womöglich für Monate lahmgelegt.')).toEqual([]);
  });
  it('reads "alle Fachbereiche der Stadtverwaltung" as the whole administration, "Teile der Stadtverwaltung" as a part', () => {
    expect(impacts('Alle Fachbereiche der Stadtverwaltung bleiben am Montag ganztägig geschlossen.')).toEqual(['Werne|administration|outage']);
    expect(impacts('Teile der Stadtverwaltung bleiben am Montag ganztägig geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
});

describe('an emergency service available (thirteenth day)', () => {
  it('reads "Ein Notdienst steht … im Standesamt und im Bürgerbüro zur Verfügung" as both offices degraded', () => {
    expect(impacts('Ein Notdienst steht von Freitag, 25.05., bis Montag, 04.06., jeweils von 08:30 Uhr bis 10:00 Uhr im Standesamt und im Bürgerbüro für melderechtliche Angelegenheiten zur Verfügung.'))
      .toEqual(['Werne|civil-registry|degraded', 'Werne|citizens-office|degraded']);
    expect(impacts('Das Bürgerbüro steht am Montag wie gewohnt zur Verfügung.')).toEqual(['Werne|citizens-office|operational']);
  });
});

describe('a definite plural for the towns of the sentence before (thirteenth day)', () => {
  it('gives "die Verwaltungsgebäude" to every town the sentence before named, not to the Kreis named as their locator', () => {
    expect(impacts('In der Gemeindeverwaltung Kyffhäuserland oder auch der Gemeinde Harztor im Kreis Nordhausen gilt 3G. Wegen der Coronazahlen sind die Verwaltungsgebäude hier ganz für den Besucherverkehr geschlossen.', { sourceKind: 'news' }))
      .toEqual(['Kyffhäuserland|administration|degraded', 'Harztor|administration|degraded']);
  });
});

describe('a list under a header line (thirteenth day)', () => {
  it('gives each bulleted office the one state its header line states', () => {
    expect(impacts('Folgende Einrichtungen bleiben an diesem Tag geschlossen:\n• Bürgerbüro (Petrusplatz)\n• Stadtbücherei (Steubenstraße)\nAb Montag ist die gesamte Stadtverwaltung wieder geöffnet.'))
      .toEqual(['Werne|citizens-office|outage', 'Werne|library|outage', 'Werne|administration|restored']);
    expect(impacts('Folgende Einrichtungen sind nicht geschlossen:\n• Bürgerbüro\n• Stadtbücherei')).toEqual([]);
    expect(impacts('Das Rathaus bleibt geschlossen.\n• Bürgerbüro (Petrusplatz)')).toEqual(['Werne|administration|outage']);
  });
});

describe('closed on a weekday each week, or all but what is excepted (thirteenth day)', () => {
  it('reads "an Donnerstagen zu" as degraded, like "donnerstags geschlossen"', () => {
    expect(impacts('Das Standesamt bleibt an Donnerstagen zu.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Das Standesamt bleibt am Donnerstag ganztägig zu.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('reads "Bis auf die Sprechstunde des Sterberegisters entfallen … im Standesamt alle Sprechstunden" as degraded, not "bis auf Weiteres"', () => {
    expect(impacts('Bis auf die Sprechstunde des Sterberegisters entfallen ab Dienstag im Standesamt alle öffentlichen Sprechstunden.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Bis auf Weiteres bleibt das Standesamt geschlossen.')).toEqual(['Werne|civil-registry|outage']);
  });
});

describe('some hours cut, by an office named as the agent (thirteenth day)', () => {
  it('reads "hatte die Stadtverwaltung die samstäglichen Öffnungszeiten des Bürgerbüros gestrichen" as the office degraded, the agent no item', () => {
    expect(impacts('Auch hatte die Stadtverwaltung die samstäglichen Öffnungszeiten des Bürgerbüros bis auf Weiteres gestrichen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die Öffnungszeiten des Bürgerbüros sind ersatzlos gestrichen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('closed for a stretch, open on some of its days (thirteenth day)', () => {
  it('reads "geschlossen, jedoch am Freitag … wie gewohnt geöffnet" as degraded, another office open beside it as its own', () => {
    expect(impacts('Die Stadtbibliothek ist vom 23. bis 31. Dezember geschlossen, am 27. Dezember aber geöffnet.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Die Stadtbibliothek ist am Montag geschlossen, das Bürgerbüro jedoch am Montag geöffnet.'))
      .toEqual(['Werne|library|outage', 'Werne|citizens-office|operational']);
  });
});

describe('the town hall by its doors (thirteenth day)', () => {
  it('reads "vor verschlossenen Rathaustüren stehen" as the administration out', () => {
    expect(impacts('Die Bürger stehen heute vor verschlossenen Rathaustüren.')).toEqual(['Werne|administration|outage']);
  });
});

describe('"die Behörde" for the administration named last (thirteenth day)', () => {
  it('gives "Am Rosenmontag bleibt die Behörde geschlossen" to the administration the sentence before named', () => {
    expect(impacts('Die Stadtverwaltung hat am Donnerstag verkürzte Öffnungszeiten. Am Rosenmontag bleibt die Behörde ganztags geschlossen.'))
      .toEqual(['Werne|administration|degraded', 'Werne|administration|outage']);
    expect(impacts('Die Ausländerbehörde zieht um. Am Montag bleibt die Behörde ganztags geschlossen.')).toEqual(['Werne|foreigners-office|outage']);
  });
});

describe('a visit in an office only by appointment (thirteenth day)', () => {
  it('reads "Ein Besuch im Bürgerbüro ist nur nach Terminvereinbarung möglich" as the office degraded', () => {
    expect(impacts('Ein Besuch im Bürgerbüro ist nur nach vorheriger Terminvereinbarung möglich.')).toEqual(['Werne|citizens-office|degraded']);
  });
});

describe('no reachability, said as a noun (thirteenth day)', () => {
  it('reads "Derzeit besteht keine telefonische Erreichbarkeit" as the phone out', () => {
    expect(impacts('Derzeit besteht keine telefonische Erreichbarkeit.')).toEqual(['Werne|phone|outage']);
  });
});

describe('part of the day, part of the work, one branch (thirteenth day)', () => {
  it('reads "für ein paar Stunden", "bis in den Nachmittag hinein", "zwischen 12 und 16 Uhr" and "Vorzeitige Schließung" as part of the day', () => {
    expect(impacts('Das Bürgerbüro musste gestern Morgen für ein paar Stunden geschlossen bleiben.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die Telefonanlage des Rathauses stand am Donnerstag bis in den Nachmittag hinein nicht zur Verfügung.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Das Rathaus ist am Montag telefonisch zwischen 12 und 16 Uhr nicht erreichbar.')).toEqual(['Werne|phone|degraded']);
    expect(impacts('Vorzeitige Schließung der Fahrerlaubnisbehörde am 29. März.')).toEqual(['Werne|drivers-licence|degraded']);
  });
  it('reads "konnten lediglich … beglaubigen, jedoch keine neuen Vorgänge anlegen" as degraded', () => {
    expect(impacts('Das Standesamt konnte lediglich Dokumente beglaubigen, jedoch keine neuen Vorgänge anlegen.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Das Standesamt kann keine neuen Vorgänge anlegen.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('reads "das Bürgerbüro Süd" and "die Bibliotheksfiliale" closed as one branch of several, not "das Bürgerbüro Mitte"', () => {
    expect(impacts('Im Oktober wird das Bürgerbüro Süd geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die Stadt hat die Bibliotheksfiliale schließen müssen.')).toEqual(['Werne|library|degraded']);
    expect(impacts('Im Oktober wird das Bürgerbüro Mitte geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
});

describe('appointments short, of the offices the sentence before named (thirteenth day)', () => {
  it('gives "Alle verfügbaren Termine sind früh ausgebucht" to the offices of the sentence before, degraded', () => {
    expect(impacts('Wer einen Termin im Straßenverkehrsamt oder den Bürgerbüros möchte, braucht Zeit und Geduld. Alle verfügbaren Termine sind bereits früh am Tag ausgebucht.'))
      .toEqual(['Werne|vehicle-registration|degraded', 'Werne|citizens-office|degraded']);
    expect(impacts('Die Stadt informiert.\n\nAlle verfügbaren Termine sind bereits früh am Tag ausgebucht.')).toEqual(['Werne|appointments|degraded']);
  });
});

describe('a negation after the subject, a time between (thirteenth day)', () => {
  it('reads "funktionierte seit 9 Uhr die Datenverarbeitung nicht mehr" as the IT out', () => {
    expect(impacts('Nach Angaben der Stadt funktionierte seit 9 Uhr die Datenverarbeitung nicht mehr.')).toEqual(['Werne|it-systems|outage']);
  });
});

describe('closed as a rule (thirteenth day)', () => {
  it('reads "grundsätzlich geschlossen" and "kein regulärer Besucherverkehr" as degraded', () => {
    expect(impacts('Ab Mittwoch ist kein regulärer Besucherverkehr mehr möglich und das Rathaus grundsätzlich für die Bevölkerung geschlossen.'))
      .toEqual(['Werne|administration|degraded']);
    expect(impacts('Das Standesamt ist am Mittwoch grundsätzlich geschlossen.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Das Standesamt ist am Mittwoch ganztägig geschlossen.')).toEqual(['Werne|civil-registry|outage']);
  });
});

describe('a dateline that opens the story\'s line (thirteenth day)', () => {
  it('binds the impacts of a news text to "St. Wendel." at the head of its first paragraph, not to a town named in page furniture', () => {
    expect(impacts('18°C\nSaarbrücken\nweather-Saarbrücken\n\nSt. Wendel. Ein Baggerfahrer hat am Vormittag sechs dicke Glasfaserkabel getroffen, sagt ein Sprecher des Dienstleisters aus Saarbrücken.\n\nTelefone waren seitdem nicht mehr zu erreichen.', { sourceKind: 'news' }))
      .toEqual(['St. Wendel|phone|outage']);
  });
});

describe('"Während" as a preposition, unreachable and by phone too (thirteenth day)', () => {
  it('reads "Während dieser Zeit ist die Verwaltung nicht erreichbar, auch nicht telefonisch" as the administration and the phone out', () => {
    expect(impacts('Während dieser Zeit ist die Verwaltung nicht erreichbar, auch nicht telefonisch.')).toEqual(['Werne|administration|outage', 'Werne|phone|outage']);
    expect(impacts('Die Stadtverwaltung ist derzeit weder per E-Mail noch telefonisch erreichbar.')).toEqual(['Werne|email|outage', 'Werne|phone|outage']);
  });
});

describe('a library named by its branch (thirteenth day)', () => {
  it('reads "Die Bibliothek Laubegast … schließt" as one branch closed, "Die Stadtbibliothek Dresden" as the library', () => {
    const dresden = { jurisdiction: '14612000', sourceKind: 'city' as const };
    expect(impacts('Die Bibliothek Laubegast, Österreicher Straße 61, schließt ab Montag vorübergehend ihre Pforten.', dresden)).toEqual(['Dresden|library|degraded']);
    expect(impacts('Die Stadtbibliothek Dresden bleibt am Montag geschlossen.', dresden)).toEqual(['Dresden|library|outage']);
  });
});

describe('an office without its network, the "Amt für Soziales" (thirteenth day)', () => {
  it('reads "Die Kfz-Zulassungsstelle war morgens ohne Internet" as the office degraded, the town hall\'s network as IT', () => {
    expect(impacts('Auch die Kfz-Zulassungsstelle war morgens ohne Internet.')).toEqual(['Werne|vehicle-registration|degraded']);
    expect(impacts('Das Rathaus war am Montag ohne Internet.')).toEqual(['Werne|it-systems|outage']);
  });
  it('reads "ein Notbetrieb für das Amt für Soziales" as social benefits degraded', () => {
    expect(impacts('Trotz der Schließung wird ein Notbetrieb für das Amt für Soziales aufrechterhalten.')).toEqual(['Werne|social-benefits|degraded']);
  });
});

describe('"läuft alles wieder" (thirteenth day)', () => {
  it('reads "Inzwischen läuft alles wieder normal" as the services out before restored', () => {
    expect(impacts('Am Montag waren die Systeme der Stadtverwaltung ausgefallen. Inzwischen läuft alles wieder normal.'))
      .toEqual(['Werne|it-systems|outage', 'Werne|it-systems|restored']);
  });
});

describe('what the thirteenth day\'s rules leave alone', () => {
  it('keeps "Die Online-Terminvergabe ist noch nicht wieder freigeschaltet" as appointments, after a sentence naming an office', () => {
    expect(impacts('Termine vergibt das Straßenverkehrsamt ausschließlich telefonisch. Die Online-Terminvergabe ist noch nicht wieder freigeschaltet.'))
      .toContain('Werne|appointments|outage');
  });
  it('binds nothing to a police release\'s press-portal dateline ("Dortmund (ots) - …")', () => {
    expect(impacts('POL-DO: Cyberangriff\n\nDortmund (ots) - Nach dem Angriff auf die Systeme eines IT-Dienstleisters hat die Polizei die Ermittlungen übernommen.\n\nDie Notrufnummern von Polizei und Feuerwehr sind von dem Angriff nicht betroffen.', { sourceKind: 'police' }))
      .toEqual([]);
  });
});

describe('fourteenth day', () => {
  it('reads a closure "für den normalen Publikumsverkehr" as degraded, like "regulären"', () => {
    expect(impacts('Das Rathaus ist für den normalen Publikumsverkehr derzeit geschlossen.')).toEqual(['Werne|administration|degraded']);
  });
  it('reads a visitors-only closure for days the sentence counts ("während der drei Umzugstage") as closed all day', () => {
    expect(impacts('Während der drei Umzugstage muss das Bürgerbüro für den Publikumsverkehr geschlossen werden.')).toEqual(['Werne|citizens-office|outage']);
    expect(impacts('Das Bürgerbüro bleibt für den Publikumsverkehr geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads staff who "nicht zur Verfügung stehen" as the office short of hands, degraded', () => {
    expect(impacts('Insgesamt stehen dem Standesamt derzeit fünf Mitarbeiterinnen und Mitarbeiter nicht zur Verfügung.')).toEqual(['Werne|civil-registry|degraded']);
    expect(impacts('Das Standesamt steht derzeit nicht zur Verfügung.')).toEqual(['Werne|civil-registry|outage']);
  });
  it('reads a state library as a library, its town from the adjective', () => {
    expect(impacts('Über das Wochenende war die Hamburger Staatsbibliothek komplett geschlossen.', { sourceKind: 'news' })).toEqual(['Hamburg|library|outage']);
  });
  it('reads "betroffen ist allerdings nicht der Bürgerservice" as working, the negation after the verb', () => {
    expect(impacts('Die Stadt räumt Engpässe beim Führerscheinfachamt ein. Davon betroffen ist allerdings nicht der Bürgerservice.')).toEqual(['Werne|citizens-office|operational']);
    expect(impacts('Betroffen sind jedoch nicht nur die Bürgerbüros.')).toEqual(['Werne|citizens-office|degraded']);
  });
  it('reads a state inside an "ob" clause as open, no state', () => {
    expect(impacts('Schulen können selbst wählen, ob sie aus Sicherheitsgründen geschlossen bleiben.')).toEqual([]);
    expect(impacts('Der Landkreis informiert heute, ob der Betrieb des Bürgerbüros am Montag wieder aufgenommen werden kann.')).toEqual([]);
  });
  it('gives an office named again without a place to the town it was named with, not to a town someone comes from', () => {
    expect(impacts('Im Uffenheimer Rathaus kam es zum Floh-Alarm. Eine Firma mit Sitz in Essen habe zugesagt, vorbeizuschauen. Das Rathaus soll vorerst bis Mittwoch geschlossen bleiben.', { sourceKind: 'news' }))
      .toEqual(['Uffenheim|administration|outage']);
    expect(impacts('Die Potsdamer Stadtverwaltung ist offline. Auch Brandenburg an der Havel hatte von einem Angriff berichtet. Deshalb habe die Stadtverwaltung die Server abgeschaltet.', { sourceKind: 'news' }))
      .toContain('Brandenburg an der Havel|it-systems|outage');
  });
  it('reads a counted few of a body\'s offices ("Zwei Bürgerämter") as degraded, not "die 15 Bürgerbüros"', () => {
    expect(impacts('Drei Bürgerbüros bleiben am Montag geschlossen.')).toEqual(['Werne|citizens-office|degraded']);
    expect(impacts('Die 15 Bürgerbüros bleiben am Montag geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads a gap closed ("Datenlücken, die … geschlossen werden") as no closure', () => {
    expect(impacts('Es gebe in den Bürgerbüros nach wie vor Datenlücken, die nur durch die manuelle Nacherfassung geschlossen werden könnten.')).toEqual([]);
    expect(impacts('Wegen der Lücke im Dach bleibt das Bürgerbüro geschlossen.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads a requirement ("Ohne erneuten Termin … kann keine …") as a condition, no state', () => {
    expect(impacts('Ohne erneuten Termin im Bürgerbüro könne keine Beantragung der Dokumente erfolgen.')).toEqual([]);
  });
  it('reads "setzt … aus" as an outage of its object', () => {
    expect(impacts('Die Stadtverwaltung setzt alle Eheschließungen vorübergehend aus.')).toEqual(['Werne|weddings|outage']);
    expect(impacts('Die Gruppe setzt sich aus Mitarbeitern des Bürgerbüros zusammen.')).toEqual([]);
  });
  it('reads trouble to be avoided ("um Wartezeiten zu vermeiden") as no state', () => {
    expect(impacts('Es wird empfohlen, sich über die Online-Terminvergabe zu informieren, um Warteschlangen und Verzögerungen zu minimieren.')).toEqual([]);
    expect(impacts('Das Bürgerbüro ist geschlossen, um Ansteckungen zu vermeiden.')).toEqual(['Werne|citizens-office|outage']);
  });
  it('reads the "Verwaltungsbetrieb" as the administration and the "Finanzbuchhaltung" as payments', () => {
    expect(impacts('Ab Donnerstag, 2. Januar, läuft der Verwaltungsbetrieb wieder wie gewohnt.')).toEqual(['Werne|administration|restored']);
    expect(impacts('Die Finanzbuchhaltung der Stadt werde bis Mitte Januar nicht in der Lage sein, Auszahlungen zu leisten.')).toEqual(['Werne|payments|outage']);
  });
  it('carries a state to a verb-final "betroffen" after "Wie … mitteilte," and to the towns of "gilt das für … Orte, darunter …"', () => {
    const text = 'Kiel - Wegen des Schnees fällt am Freitag an vielen Schulen im nördlichen Schleswig-Holstein der Unterricht aus. '
      + 'Wie das Ministerium mitteilte, sind in der Stadt Flensburg alle Schulen betroffen. '
      + 'Im Kreis Nordfriesland gilt das für fast ein Dutzend Orte, darunter Niebüll, Leck und Bredstedt.';
    expect(impacts(text, { sourceKind: 'news' })).toEqual(['Flensburg|schools|outage', 'Niebüll|schools|outage', 'Leck|schools|outage', 'Bredstedt|schools|outage']);
  });
  it('reads "keinerlei" as a negation and "weder … noch … durchgeführt" as out', () => {
    expect(impacts('Während der Schließzeit ist keinerlei Arbeit an den Ausleihdaten möglich, so dass weder Ausleihen noch Rückgaben durchgeführt werden können.')).toEqual(['Werne|library|outage']);
  });
  it('reads the Onleihe, the libraries\' digital lending, as no library service of its own', () => {
    expect(impacts('Während der Schließung können die elektronischen Medien über die Onleihe genutzt werden.')).toEqual([]);
  });
  it('gives the places "Betroffen waren …" lists the emergency lines the sentence before told of, degraded', () => {
    const text = 'In Teilen Brandenburgs ist am Freitag der Notruf 112 mehrere Stunden lang gestört gewesen. Betroffen waren die Bereiche Brandenburg an der Havel, Potsdam-Mittelmark und Teltow-Fläming.';
    expect(impacts(text, { sourceKind: 'news' })).toEqual([
      'Brandenburg an der Havel|emergency-services|degraded', 'Landkreis Potsdam-Mittelmark|emergency-services|degraded', 'Landkreis Teltow-Fläming|emergency-services|degraded']);
    // A provider's trouble: the towns it reached are not said to be down themselves.
    expect(impacts('Der IT-Dienstleister hat eine Störung. Betroffen sind Bonn, Bielefeld und Düren.', { sourceKind: 'news' })).toEqual([]);
  });
  it('reads "Ob Telefon, Computer oder Datenleitungen – nichts geht" as each of them out, not as a question', () => {
    expect(impacts('Ob Telefon, Computer oder externe und interne Datenleitungen – nichts geht.')).toEqual(['Werne|phone|outage', 'Werne|it-systems|outage']);
    expect(impacts('Ob das Rathaus am Montag öffnet, ist unklar.')).toEqual([]);
  });
  it('reads units or staff back at work ("die Abteilungen … wieder besetzt", "wieder der reguläre Betrieb aufgenommen") as what was down restored', () => {
    expect(impacts('Das Rathaus bleibt geschlossen. Ab Donnerstag sind die Abteilungen und Fachbereiche wieder wie üblich besetzt.'))
      .toEqual(['Werne|administration|outage', 'Werne|administration|restored']);
    expect(impacts('Das Rathaus bleibt geschlossen. Erst am Montag werde wieder der reguläre Betrieb aufgenommen.'))
      .toEqual(['Werne|administration|outage', 'Werne|administration|restored']);
  });
  it('reads the "Gebührenkassen" as payments', () => {
    expect(impacts('Am 23. Dezember ist die Barzahlung nur bis 12 Uhr möglich. Davon betroffen sind die Gebührenkassen.')).toContain('Werne|payments|degraded');
  });
  it('reads the "Datenaustausch" and "Datenleitungen" as IT', () => {
    expect(impacts('Dadurch kam es zu einer Störung des Datenaustauschs.')).toEqual(['Werne|it-systems|degraded']);
  });
  it('reads "ließen sich … nicht mehr schließen" as a thing that would not shut, no closure', () => {
    expect(impacts('Im Verwaltungsgebäude ließen sich die Jalousien der Fenster seit dem Morgen nicht mehr schließen.')).toEqual([]);
  });
});

