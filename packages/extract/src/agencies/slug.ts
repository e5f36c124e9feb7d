/** Lowercase ASCII slug: "Halle (Saale)" → "halle-saale". */
export function slugify(s: string): string {
  const lower = s.toLowerCase();
  // One pass over a name of ASCII letters, digits, umlauts and ß (nearly every name, and every domain label a document
  // has): the same slug as the replacements of `spelledSlug`, which scan the whole name six times.
  let out = '';
  let run = 0;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    const spelled = c === 0xe4 ? 'ae' : c === 0xf6 ? 'oe' : c === 0xfc ? 'ue' : c === 0xdf ? 'ss' : c < 128 ? '' : undefined;
    if (spelled === undefined) return spelledSlug(lower);
    if (i > run) {
      if (gap && out !== '') out += '-';
      out += lower.slice(run, i);
      gap = false;
    }
    run = i + 1;
    if (spelled === '') gap = true;
    else {
      if (gap && out !== '') out += '-';
      out += spelled;
      gap = false;
    }
  }
  if (lower.length > run) {
    if (gap && out !== '') out += '-';
    out += lower.slice(run);
  }
  return out;
}

/** The slug of a lower-cased name with other letters: decomposed, their marks and every other character a hyphen. */
function spelledSlug(lower: string): string {
  return lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
