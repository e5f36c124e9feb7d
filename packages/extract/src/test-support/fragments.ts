/** German fragments written for tests: release-like pieces that exercise every extractor when concatenated. */
export const FRAGMENTS: readonly string[] = [
  'Die Stadt Werne meldet Ausfälle im Standesamt. ',
  'In Lünen ist die Internetseite nicht erreichbar, während die Terminvergabe funktioniert. ',
  'Die Polizei Dortmund und die Staatsanwaltschaft Köln ermitteln. ',
  'Das BSI unterstützt die Südwestfalen-IT (SIT). ',
  'Am Montag, 6. November, ',
  'in der Nacht zu Montag (30. Oktober) ',
  'seit Donnerstag, 2. November, ',
  'Rückfragen unter Tel. (02306) 104-2030 oder per Mail an presse@beispiel.de. ',
  'Weitere Infos unter https://www.beispiel.de/meldungen. ',
  'Im Kreis Soest und im Märkischen Kreis sind Kfz-Zulassung und Führerscheinstelle geschlossen. ',
  'Hamm (ots) - ',
  'Auf der Hammer Straße in Fahrtrichtung Hannover ',
  'Das Auto geriet in Brand. ',
  'bis auf das Bürgerbüro ',
  '30.10.-02.11. ',
  'Stand 11 Uhr. ',
  'Az. 12.10. ',
  '\n\n',
  ' – ',
  '(',
  ')',
  'ZAC NRW',
  'Kreisverwaltung ',
  'Neustadt',
  'Berlin-Lichtenberg ',
  'Werner Stadtverwaltung ',
  '??',
  '„Zitat.“ ',
];

/** A release-like text of about `length` characters, deterministic. */
export function releaseText(length: number): string {
  let out = 'Cyberangriff legt Verwaltungen lahm\n\n';
  let i = 0;
  while (out.length < length) {
    out += FRAGMENTS[(i * 7) % FRAGMENTS.length];
    i++;
  }
  return out.slice(0, length);
}
