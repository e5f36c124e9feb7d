/**
 * German inflection of words in authority and district names, as suffix rules: genitive "-s"/"-es"
 * ("des Polizeipräsidiums", "des Bundesamtes", "des Hochsauerlandkreises"), adjectives
 * ("Hessischen Landeskriminalamtes", "Märkischen Kreises").
 */
export const WORD_INFLECTIONS: readonly { ending: RegExp; variants: (word: string) => string[] }[] = [
  // "des Essener Systemhauses", "des Technischen Hilfswerks".
  { ending: /(?:amt|gericht|anwalt|dienst|verband|haus|werk)$/u, variants: (w) => [`${w}s`, `${w}es`] },
  { ending: /(?:um|rat|revier|büro|zentrum)$/u, variants: (w) => [`${w}s`] },
  { ending: /[Kk]reis$/u, variants: (w) => [`${w}es`] },
  { ending: /isches$/u, variants: (w) => [w.slice(0, -1), `${w.slice(0, -1)}n`, `${w.slice(0, -1)}m`] },
  // "Das Kommunale Rechenzentrum", "des Nationalen Cyber-Abwehrzentrums": other adjectives of names, by their suffix.
  // Written small in running text too: "beim Provider des kommunalen Rechenzentrums Niederrhein".
  { ending: /^\p{Lu}\p{Ll}+(?:al|sam|ell|iv)es$/u, variants: (w) => [w.slice(0, -1), `${w.slice(0, -1)}n`, `${w.slice(0, -1)}m`].flatMap((v) => [v, `${v[0]!.toLowerCase()}${v.slice(1)}`]) },
  // "der Deutsche Wetterdienst", "des Zentralen IT-Dienstleisters": the strong masculine adjective weakened after an article.
  { ending: /(?:isch|tsch|al)er$/u, variants: (w) => [`${w.slice(0, -1)}n`, w.slice(0, -1)] },
  // "den Hessischen Datenschutzbeauftragten": a participle used as a noun declines like an adjective.
  { ending: /beauftragter$/u, variants: (w) => [`${w.slice(0, -1)}n`, w.slice(0, -1)] },
  { ending: /beauftragte$/u, variants: (w) => [`${w}n`] },
];

/** All inflected variants of a multi-word form, the form itself first. */
export function inflections(form: string): string[] {
  let variants: string[][] = [[]];
  for (const word of form.split(' ')) {
    const options = [word];
    for (const rule of WORD_INFLECTIONS) if (rule.ending.test(word)) options.push(...rule.variants(word));
    variants = variants.flatMap((prefix) => options.map((o) => [...prefix, o]));
    if (variants.length > 64) variants = variants.slice(0, 64);
  }
  return [...new Set([form, ...variants.map((v) => v.join(' '))])];
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `s` with regex metacharacters escaped. */
export function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}
