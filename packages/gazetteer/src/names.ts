/**
 * Written forms of official names. VG250 names carry qualifiers that releases usually drop:
 * "Halle (Saale)" is written "Halle", "Frankfurt am Main" often just "Frankfurt".
 */
const QUALIFIER = /\s*(?:\(|,|\/| am | an der | a\. ?d\. ?| a\. | a\.d\.| i\. ?| im | in der | in | ob der | auf | bei | v\. ?d\. ?H\.| vor der )/;

/** The name without its qualifier ("Halle (Saale)" → "Halle"), or undefined when there is none. */
export function baseName(official: string): string | undefined {
  const match = QUALIFIER.exec(official);
  if (!match || match.index === 0) return undefined;
  const base = official.slice(0, match.index).trim();
  return base.length >= 2 && base !== official ? base : undefined;
}

/** All forms under which an official municipality name is looked up, official form first. */
export function nameVariants(official: string): string[] {
  const variants = new Set<string>([official]);
  const base = baseName(official);
  if (base) variants.add(base);
  // "(Saale)" also appears as "an der Saale"; "Frankfurt am Main" as "Frankfurt (Main)" and "Frankfurt/Main".
  const paren = /^(.*?) \(([^)]+)\)$/.exec(official);
  if (paren) {
    variants.add(`${paren[1]}/${paren[2]}`);
    variants.add(`${paren[1]} an der ${paren[2]}`);
  }
  const am = /^(.*?) am (.+)$/.exec(official);
  if (am) {
    variants.add(`${am[1]} (${am[2]})`);
    variants.add(`${am[1]}/${am[2]}`);
    variants.add(`${am[1]} a. ${am[2]}`);
  }
  // "Mühldorf a. Inn", "Lauf a.d. Pegnitz", "Wunsiedel i. Fichtelgebirge" are written out in prose: "Mühldorf am Inn".
  const spelled = spelledOut(official);
  if (spelled !== official) variants.add(spelled);
  // "Kirchheim unter Teck" as datelines write it: "Kirchheim/Teck", "Neustadt/Weinstraße", "Weiden/OPf.".
  const joined = JOINED.exec(official);
  if (joined) variants.add(`${joined[1]}/${joined[2]}`);
  for (const v of [...variants]) {
    if (v.startsWith('Sankt ')) variants.add(`St. ${v.slice(6)}`);
  }
  for (const v of FORMER_NAMES.get(official) ?? []) variants.add(v);
  // "Heilbad Heiligenstadt" is "Heiligenstadt" in its own region's prose: a spa title is dropped as a qualifier is.
  const titled = SPA_TITLE.exec(official);
  if (titled) variants.add(titled[1]!);
  return [...variants];
}

/** A spa title before an official name ("Heilbad Heiligenstadt", "Kurort Oybin"). */
const SPA_TITLE = /^(?:Heilbad|Kurort|Luftkurort|Seebad|Ostseebad|Nordseebad|Ostseeheilbad|Nordseeheilbad|Kneippheilbad|Kneippkurort) (\p{Lu}.+)$/u;

/** A name and the river, region or hill it is joined to by a word ("an der", "unter", "a.d.", "i."). */
const JOINED = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:am|an der|unter|ob der|im|in der|a\. ?d\.|a\.|i\. ?d\.|i\.|o\. ?d\.) ?(\p{Lu}.*)$/u;

/** Abbreviated joining words of official names and how prose writes them, longest first. */
const ABBREVIATED_JOINS: readonly [RegExp, string][] = [
  [/ a\. ?d\. ?(?=\p{Lu})/u, ' an der '],
  [/ i\. ?d\. ?(?=\p{Lu})/u, ' in der '],
  [/ a\. ?(?=\p{Lu})/u, ' am '],
  [/ i\. ?(?=\p{Lu})/u, ' im '],
];

/** `official` with its abbreviated joining word written out ("Mühldorf a. Inn" → "Mühldorf am Inn"), else itself. */
export function spelledOut(official: string): string {
  for (const [re, full] of ABBREVIATED_JOINS) if (re.test(official)) return official.replace(re, full).replace(/ OPf\.$/u, ' Oberpfalz');
  return official;
}

/**
 * Names of towns merged into the municipality that releases still use for it: Dessau and Roßlau became Dessau-Roßlau
 * in 2007, and "Dessau, den 7. Februar 2011" is a dateline of Dessau-Roßlau.
 */
const FORMER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([['Dessau-Roßlau', ['Dessau']]]);

/** Normalizes whitespace and dashes so that lookups match the forms releases use. */
export function normalizeName(name: string): string {
  return name.replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
}
