import { loadGazetteer, type MunicipalityEntry } from '@lagebild/gazetteer';
import { BERLIN_LOCALITIES, FIRST_NAMES, NEEDS_CONTEXT, STRONG_ONLY } from './constants.js';

/** A written form of municipality names and what it may denote. */
export interface NameForm {
  readonly written: string;
  readonly entries: readonly MunicipalityEntry[];
  /** How much evidence the form needs before it counts as a place. */
  readonly risk: 'strong' | 'context' | 'none';
}

/** Written forms indexed by their first word, longest first, so a document is scanned word by word. */
export interface NameIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly NameForm[]>;
  /** Single-word forms, for genitive ("Lünens") and adjective ("Werner") lookups. */
  readonly singleWord: ReadonlyMap<string, NameForm>;
}

const FIRST_WORD = /^[\p{L}\p{M}]+/u;

function riskOf(written: string): NameForm['risk'] {
  // Berlin's localities are written "in Lichtenberg" far more often than the small towns of that name.
  if (STRONG_ONLY.has(written) || BERLIN_LOCALITIES.has(written)) return 'strong';
  if (NEEDS_CONTEXT.has(written) || written.length <= 3) return 'context';
  if (FIRST_NAMES.has(written)) return 'strong';
  return 'none';
}

let shared: NameIndex | undefined;

/** The name index over the whole gazetteer, built once per process. */
export function nameIndex(): NameIndex {
  if (shared) return shared;
  const byFirstWord = new Map<string, NameForm[]>();
  const singleWord = new Map<string, NameForm>();
  for (const [written, entries] of loadGazetteer().municipalityNames) {
    const first = FIRST_WORD.exec(written)?.[0];
    if (!first) continue;
    const form: NameForm = { written, entries, risk: riskOf(written) };
    const list = byFirstWord.get(first);
    if (list) list.push(form);
    else byFirstWord.set(first, [form]);
    if (first === written) singleWord.set(written, form);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.written.length - a.written.length);
  shared = { byFirstWord, singleWord };
  return shared;
}

let berlinSignal: RegExp | undefined;

/**
 * Whether `text` names a Berlin locality that is no municipality anywhere ("Kreuzberg", "Neukölln",
 * "Marzahn"): then the text is about Berlin even when it never writes "Berlin".
 */
export function namesBerlinLocality(text: string): boolean {
  if (!berlinSignal) {
    const names = loadGazetteer().municipalityNames;
    const unique = [...BERLIN_LOCALITIES].filter((n) => !names.has(n)).sort((a, b) => b.length - a.length);
    berlinSignal = new RegExp(`(?<![\\p{L}])(?:${unique.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');
  }
  return berlinSignal.test(text);
}
