/** A town's name from its adjective or genitive, by ending rules and a list of irregular forms (vocabulary as data). */

/** Adjectives of towns that no ending rule derives ("Münchner Rathaus", "Dresdner Stadtverwaltung"). */
export const IRREGULAR_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['Münchner', 'München'], ['Dresdner', 'Dresden'], ['Hannoversche', 'Hannover'], ['Hannoverschen', 'Hannover'],
  ['Wernigeröder', 'Wernigerode'], ['Bremerhavener', 'Bremerhaven'],
]);

/**
 * Kreise named after a landscape whose adjective is no town's: "die nordfriesische Kreisverwaltung" is the Kreis
 * Nordfriesland's. Only adjectives that name one Kreis ("sauerländisch" and "märkisch" name several, or none).
 */
export const LANDSCAPE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['nordfriesisch', 'Nordfriesland'], ['ostholsteinisch', 'Ostholstein'], ['emsländisch', 'Emsland'], ['ammerländisch', 'Ammerland'],
  ['vogtländisch', 'Vogtlandkreis'], ['erzgebirgisch', 'Erzgebirgskreis'], ['oberbergisch', 'Oberbergischer Kreis'],
]);

/**
 * Stems an inflected word may come from: "Lünens" → "Lünen", "Werner" → "Werne", "Lüner" → "Lünen", and a
 * final "s" doubled before "-er" ("Cottbusser" → "Cottbus", beside the official "Cottbuser").
 */
export function stems(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('er')) out.push(word.slice(0, -2), word.slice(0, -1), `${word.slice(0, -2)}en`);
  if (word.endsWith('sser')) out.push(word.slice(0, -3));
  // "Ingolstädter", "Darmstädter": a town in "-stadt" takes the umlaut.
  if (word.endsWith('städter')) out.push(`${word.slice(0, -7)}stadt`);
  const irregular = IRREGULAR_ADJECTIVES.get(word);
  if (irregular) out.push(irregular);
  return out;
}
