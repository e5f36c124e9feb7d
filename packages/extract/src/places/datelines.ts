/**
 * Datelines written in capitals at the start of a line, as Bavarian police releases write them:
 * "BAD NEUSTADT A. D. SAALE, LKR. RHÖN-GRABFELD. Nachdem ...", "WÜRZBURG. Am Montag ...". The name is
 * looked up without case; "LKR. X" after it names the Kreis.
 */
import type { DistrictEntry } from '@lagebild/gazetteer';
import { derived, type Resources } from '../resources.js';
import { isUpperChar } from '../text/tokens.js';
import { districtsByLooseKey, looseKey } from './districts.js';
import { nameIndex, type NameForm } from './names.js';

/** A run of capitalized words at a line start: letters, blanks, dots, hyphens, slashes. */
const UPPER_RUN = /\p{Lu}[\p{Lu}ß]+(?:(?:\.?[ \u00a0]+|\.|-|\/)\p{Lu}[\p{Lu}ß]*)*\.?/uy;
/**
 * What follows a dateline name: a comma, a full stop, a colon, "(ots)", a dash or a bullet ("SCHALKSMÜHLE ▪ Das …"). A name alone on its line is a
 * heading or an acronym ("AUB" of a menu), not a dateline.
 */
const DATELINE_END = /^(?:,|\.(?:[ \u00a0]|$)|:|[ \u00a0]*\(|[ \u00a0]+[-–▪•·|][ \u00a0])/u;
/** Whether a dateline name ends at `at`: {@link DATELINE_END} on the rest of its line. */
function datelineEndAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // Most runs go on with a letter or end the line: no slice needed to tell.
  if (c !== 44 && c !== 46 && c !== 58 && c !== 40 && c !== 32 && c !== 160) return false;
  const newline = text.indexOf('\n', at);
  return DATELINE_END.test(text.slice(at, Math.min(at + 40, newline < 0 ? text.length : newline)));
}

/** A capitals run that may name a Kreis: with a hyphen ("MARBURG-BIEDENKOPF"), more than one word, or a "…KREIS". */
const DISTRICT_RUN = /[- \u00a0]|KREIS$/u;

/** ", LKR. RHÖN-GRABFELD" or ", LANDKREIS HASSBERGE" after the name. */
const KREIS_AFTER = /^,[ \u00a0]*(?:LKR\.|LANDKREIS|LK)[ \u00a0]*(\p{Lu}[\p{Lu}ß]*(?:[ \u00a0-]\p{Lu}[\p{Lu}ß]*){0,3})/u;

/** A Kreis's label after its name at a line start, in a header: "Bautzen, DER LANDKREIS". */
const LABEL = ', DER LANDKREIS';
/** How far into a text its header reaches, for {@link LABEL}. */
const HEADER = 400;

/** The Kreis a line starts with when a {@link LABEL} at `comma` follows its name (up to 40 characters), or undefined. */
function labelledKreis(resources: Resources, text: string, ls: number, comma: number): UpperKreis | undefined {
  if (comma <= ls || comma - ls > 40 || !text.startsWith(LABEL, comma)) return undefined;
  const name = text.slice(ls, comma).trim();
  if (name.includes('\n')) return undefined;
  const entries = districtsByLooseKey(resources).get(looseKey(name));
  return entries ? { start: ls, end: ls + name.length, entries } : undefined;
}

/** Municipality forms by their letters in lower case, without blanks after dots ("bad neustadt a.d.saale"). */
function compactKey(written: string): string {
  return written.toLowerCase().replace(/\.[ \u00a0]+/gu, '.').replace(/[ \u00a0]+/gu, ' ');
}

function upperIndex(resources: Resources): ReadonlyMap<string, NameForm> {
  return derived(resources, 'places/upper-datelines', (r) => {
    const out = new Map<string, NameForm>();
    for (const forms of nameIndex(r).byFirstWord.values()) {
      for (const form of forms) {
        const key = compactKey(form.written);
        if (!out.has(key)) out.set(key, form);
      }
    }
    return out;
  });
}

/** A municipality named by a capitals dateline. */
export interface UpperPlace { readonly start: number; readonly end: number; readonly form: NameForm }
/** A Kreis named after a capitals dateline ("LKR. HASSBERGE"). */
export interface UpperKreis { readonly start: number; readonly end: number; readonly entries: readonly DistrictEntry[] }

/** Capitals datelines at line starts: the municipality and, where given, the Kreis; Kreise labelled as such ("Bautzen, DER LANDKREIS"). */
export function upperDatelines(resources: Resources, text: string): { places: UpperPlace[]; kreise: UpperKreis[] } {
  const places: UpperPlace[] = [];
  const kreise: UpperKreis[] = [];
  let index: ReadonlyMap<string, NameForm> | undefined;
  let comma = text.indexOf(',');
  for (let ls = 0; ls < text.length;) {
    const next = text.indexOf('\n', ls);
    // Labels stand in the header: lines starting in the first HEADER characters. The first comma at or after the line
    // start is searched again only once passed, so each character is read once.
    if (ls < HEADER && comma >= 0 && comma < ls) comma = text.indexOf(',', ls);
    if (ls < HEADER && comma >= ls && isUpperChar(text, ls)) {
      const labelled = labelledKreis(resources, text, ls, comma);
      if (labelled) kreise.push(labelled);
    }
    if (isUpperChar(text, ls) && isUpperChar(text, ls + 1)) {
      UPPER_RUN.lastIndex = ls;
      const run = UPPER_RUN.exec(text)?.[0];
      if (run) {
        index ??= upperIndex(resources);
        // Longest leading words first: "BAD NEUSTADT A. D. SAALE" before "BAD NEUSTADT".
        let found: UpperPlace | undefined;
        const ends: number[] = [];
        // One push for the blanks and the run's end: a multi-word run takes no code path of its own.
        for (let k = 0; k <= run.length; k++) if (k === run.length || run[k] === ' ' || run[k] === '\u00a0') ends.push(k);
        for (let e = ends.length - 1; e >= 0 && !found; e--) {
          const raw = run.slice(0, ends[e]);
          for (const written of raw.endsWith('.') ? [raw, raw.slice(0, -1)] : [raw]) {
            const form = index.get(compactKey(written));
            if (!form || !datelineEndAt(text, ls + written.length)) continue;
            // Names that are everyday words ("BRAND.") only with a Kreis after them.
            if (form.risk === 'strong' && !KREIS_AFTER.test(text.slice(ls + written.length, ls + written.length + 60))) continue;
            found = { start: ls, end: ls + written.length, form };
            break;
          }
        }
        if (!found) {
          // A Kreis as the dateline ("MARBURG-BIEDENKOPF - Die Verwaltungsaußenstellen …").
          // Only a run with a hyphen or a blank can be a Kreis's name not also a town's ("MARBURG-BIEDENKOPF").
          for (let e = ends.length - 1; e >= 0 && DISTRICT_RUN.test(run); e--) {
            const written = run.slice(0, ends[e]);
            if (!datelineEndAt(text, ls + written.length)) continue;
            const entries = districtsByLooseKey(resources).get(looseKey(written));
            if (entries) {
              kreise.push({ start: ls, end: ls + written.length, entries });
              break;
            }
          }
        }
        if (found) {
          places.push(found);
          const after = text.slice(found.end, found.end + 60);
          const m = KREIS_AFTER.exec(after);
          if (m) {
            // "LKR. NEUMARKT I.D.OPF.": the longest leading words that name a Kreis.
            const at = found.end + m[0].length - m[1]!.length;
            for (let name = m[1]!; name; name = name.replace(/[ \u00a0-]*[^ \u00a0-]*$/u, '')) {
              const entries = districtsByLooseKey(resources).get(looseKey(name));
              if (entries) {
                kreise.push({ start: at, end: at + name.length, entries });
                break;
              }
            }
          }
        }
      }
    }
    if (next < 0) break;
    ls = next + 1;
  }
  return { places, kreise };
}
