/**
 * What every match of a pattern must hold, read from the pattern's own source: for each branch of its top-level
 * alternation, a few strings one of which any match of that branch contains. A text that holds none of a branch's
 * strings gives the branch no match anywhere, and the pattern without that branch finds in it exactly what the whole
 * pattern finds (an alternation tries its branches in order at each position; one that cannot match changes nothing).
 * So a pattern of many branches runs on a text as the few branches the text can match, and the gate stays in step with
 * the pattern whatever is added to it: it is derived, not written down beside it.
 *
 * In a case-insensitive pattern, strings are lower-cased ({@link foldCode}). The analysis is conservative: syntax it does not know (a back-reference,
 * a class it cannot list) is read as "anything", which only ever makes a gate let more through.
 */

/** The most strings a set may hold while it is built (a product of alternatives grows fast). */
const CAP = 48;

/** A node of a pattern, as far as the literals it consumes go. */
type Node =
  /** One of a few known strings (a character, a class, characters in a row), or one unknown character (null). */
  | { readonly kind: 'chars'; readonly chars: readonly string[] | null }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly branches: readonly Node[] }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number };

/**
 * A code unit lower-cased so that any two code units a case-insensitive pattern (with or without `u`) takes for the same
 * letter fold alike, for the letters {@link safeCode} admits: "ſ" is read as "s", the dotless "ı" as "i", the Kelvin sign
 * as "k". Other code units fold to themselves.
 */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  switch (c) {
    case 0x17f: return 0x73; // ſ
    case 0x131: return 0x69; // ı
    case 0x212a: return 0x6b; // Kelvin sign
    case 0x212b: return 0xe5; // Ångström sign
    case 0x1e9e: return 0xdf; // ẞ
    case 0x178: return 0xff; // Ÿ
    default: return c;
  }
}

/** Code units a literal may hold: ASCII, Latin-1 (not "µ", whose case partners are Greek) and dashes and quotes. */
function safeCode(c: number): boolean {
  return c < 0x80 || (c >= 0xa0 && c <= 0xff && c !== 0xb5) || (c >= 0x2013 && c <= 0x201e);
}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/uy;
const HEX2 = /[0-9A-Fa-f]{2}/uy;
const HEX4 = /[0-9A-Fa-f]{4}/uy;
const BRACED_HEX = /\{([0-9A-Fa-f]+)\}/uy;

class Parser {
  private i = 0;
  captures = false;
  /** `fold`: the pattern is case-insensitive, and its literals are lower-cased (only characters {@link safeCode} admits). */
  constructor(private readonly src: string, private readonly unicode: boolean, private readonly fold: boolean) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      // Characters in a row as one string ("nicht "): fewer nodes to join.
      const last = items[items.length - 1];
      if (item.kind === 'chars' && item.chars?.length === 1 && last?.kind === 'chars' && last.chars?.length === 1) {
        items[items.length - 1] = { kind: 'chars', chars: [last.chars[0]! + item.chars[0]!] };
      } else items.push(item);
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  /** `re` (sticky) matched at the cursor, or null. */
  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.src);
  }

  private quantified(atom: Node): Node {
    const src = this.src;
    const ch = src[this.i];
    let min: number;
    let max: number;
    if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const m = this.sticky(QUANTIFIER);
      if (!m) {
        if (this.unicode) throw new Error('bad quantifier');
        return atom; // a literal "{" outside unicode mode: read by atom() next
      }
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (src[this.i] === '?') this.i++;
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(): Node {
    const src = this.src;
    const ch = src[this.i]!;
    if (ch === '(') {
      let lookaround = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
        this.i += 4;
        lookaround = true;
      } else if (src.startsWith('(?<', this.i)) {
        const close = src.indexOf('>', this.i);
        if (close < 0) throw new Error('bad group name');
        this.i = close + 1;
        this.captures = true;
      } else if (src.startsWith('(?', this.i)) throw new Error('unknown group');
      else {
        this.i++;
        this.captures = true;
      }
      const body = this.alternation();
      if (src[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      // A group stays one item: its alternation is not the pattern's top level.
      return lookaround ? { kind: 'empty' } : { kind: 'seq', items: [body] };
    }
    if (ch === '[') return this.characterClass();
    if (ch === '.') {
      this.i++;
      return { kind: 'chars', chars: null };
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return { kind: 'empty' };
    }
    if (ch === '\\') return this.escape();
    if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && this.unicode) || ch === ')' || (ch === ']' && this.unicode)) throw new Error('unexpected');
    return this.literal(this.codePoint());
  }

  /** The code point at the cursor (a surrogate pair as one in unicode mode), advancing past it. */
  private codePoint(): number {
    const c = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  /** The character as a literal: folded in a case-insensitive pattern, else as written (null: not one a literal may hold). */
  private char(c: number): string | null {
    if (c > 0xffff) return null;
    if (!this.fold) return String.fromCharCode(c);
    return safeCode(c) ? String.fromCharCode(foldCode(c)) : null;
  }

  private literal(c: number): Node {
    const ch = this.char(c);
    return { kind: 'chars', chars: ch === null ? null : [ch] };
  }

  /** An escape outside a class: a character, a class of characters, an assertion or a back-reference. */
  private escape(): Node {
    const c = this.escapedCode();
    if (c === 'empty') return { kind: 'empty' };
    if (c === 'unknown') return { kind: 'unknown' };
    if (c === 'class') return { kind: 'chars', chars: null };
    return this.literal(c);
  }

  /** Reads the escape at the cursor: its code point, or what else it stands for. */
  private escapedCode(inClass = false): number | 'empty' | 'unknown' | 'class' {
    const src = this.src;
    this.i++; // the backslash
    const ch = src[this.i]!;
    this.i++;
    switch (ch) {
      case 'b': return inClass ? 8 : 'empty';
      case 'B': if (!inClass) return 'empty'; break;
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': return 'class';
      case 'p': case 'P':
        if (this.unicode) {
          const close = src.indexOf('}', this.i);
          if (src[this.i] !== '{' || close < 0) throw new Error('bad property');
          this.i = close + 1;
          return 'class';
        }
        break;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'f': return 12;
      case 'v': return 11;
      case '0': if (!/[0-9]/u.test(src[this.i] ?? '')) return 0; return 'unknown';
      case 'c': {
        const letter = src[this.i] ?? '';
        if (/[A-Za-z]/u.test(letter)) {
          this.i++;
          return letter.charCodeAt(0) % 32;
        }
        return 'unknown';
      }
      case 'x': {
        const hex = this.sticky(HEX2);
        if (hex) {
          this.i += 2;
          return parseInt(hex[0], 16);
        }
        break;
      }
      case 'u': {
        const braced = this.unicode ? this.sticky(BRACED_HEX) : null;
        if (braced) {
          this.i += braced[0].length;
          return parseInt(braced[1]!, 16);
        }
        const hex = this.sticky(HEX4);
        if (hex) {
          this.i += 4;
          return parseInt(hex[0], 16);
        }
        break;
      }
      case 'k': if (inClass) break; return 'unknown';
      default:
        if (ch >= '1' && ch <= '9') return 'unknown';
    }
    if (this.unicode && /[A-Za-z0-9]/u.test(ch)) return 'unknown';
    // An identity escape ("\.", "\-", "\/", a letter outside unicode mode): the character itself.
    this.i--;
    return this.codePoint();
  }

  /** A character class: the (folded) characters it lists, or null where it cannot be listed (negated, \p, large ranges). */
  private characterClass(): Node {
    const src = this.src;
    this.i++; // [
    let listable = true;
    if (src[this.i] === '^') {
      listable = false;
      this.i++;
    }
    const codes: number[] = [];
    while (this.i < src.length && src[this.i] !== ']') {
      const from = this.classAtom();
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const to = this.classAtom();
        if (typeof from !== 'number' || typeof to !== 'number' || to - from > 64) listable = false;
        else for (let c = from; c <= to; c++) codes.push(c);
      } else if (typeof from === 'number') codes.push(from);
      else listable = false;
    }
    if (src[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    const chars = codes.map((c) => this.char(c));
    if (!listable || chars.length === 0 || chars.includes(null)) return { kind: 'chars', chars: null };
    return { kind: 'chars', chars: [...new Set(chars as string[])] };
  }

  private classAtom(): number | 'other' {
    if (this.src[this.i] === '\\') {
      const c = this.escapedCode(true);
      return typeof c === 'number' ? c : 'other';
    }
    return this.codePoint();
  }
}

interface Info {
  /** Every string the node can consume, or null when there are too many or they are unknown. */
  readonly exact: readonly string[] | null;
  /** Strings one of which starts whatever the node consumes (null: unknown). */
  readonly head: readonly string[] | null;
  /** Strings one of which ends whatever the node consumes (null: unknown). */
  readonly tail: readonly string[] | null;
  /** Sets of strings, one string of each of which whatever the node consumes contains. */
  readonly factors: readonly (readonly string[])[];
}

const EMPTY: Info = { exact: [''], head: [''], tail: [''], factors: [] };
const UNKNOWN: Info = { exact: null, head: null, tail: null, factors: [] };

function product(a: readonly string[] | null, b: readonly string[] | null): string[] | null {
  if (!a || !b || a.length * b.length > CAP) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: readonly (readonly string[] | null)[], cap = CAP): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return out.size > cap ? null : [...out];
}

/** Of the sets that tell something (none holds the empty string), the one `pick` prefers, or null. */
type Pick = (candidates: readonly (readonly string[])[]) => readonly string[] | null;

function candidatesOf(info: Info): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const s of [info.exact, info.head, info.tail, ...info.factors]) if (s && s.length > 0 && !s.includes('')) out.push(s);
  return out;
}

function analyse(node: Node, pick: Pick): Info {
  switch (node.kind) {
    // A character's own set is no factor here: the run of known items it stands in (see 'seq') holds it.
    case 'chars': return node.chars ? { exact: node.chars, head: node.chars, tail: node.chars, factors: [] } : UNKNOWN;
    case 'empty': return EMPTY;
    case 'unknown': return UNKNOWN;
    case 'repeat': {
      if (node.max === 0) return EMPTY;
      const body = analyse(node.body, pick);
      if (node.min === 0) {
        const exact = node.max === 1 ? union([body.exact, ['']]) : null;
        return { exact, head: exact, tail: exact, factors: [] };
      }
      let exact: string[] | null = null;
      if (node.min === node.max && body.exact) {
        exact = [''];
        for (let k = 0; k < node.min && exact; k++) exact = product(exact, body.exact);
      }
      return { exact, head: body.head, tail: body.tail, factors: body.exact ? [...body.factors, body.exact] : body.factors };
    }
    case 'alt': {
      const infos = node.branches.map((b) => analyse(b, pick));
      const chosen = infos.map((info) => pick(candidatesOf(info)));
      const factor = chosen.every((c) => c !== null) ? union(chosen, Infinity) : null;
      return {
        exact: union(infos.map((x) => x.exact)),
        head: union(infos.map((x) => x.head)),
        tail: union(infos.map((x) => x.tail)),
        factors: factor ? [factor] : [],
      };
    }
    case 'seq': {
      const infos = node.items.map((item) => analyse(item, pick));
      const factors: (readonly string[])[] = infos.flatMap((x) => x.factors);
      let exact: string[] | null = [''];
      for (const x of infos) exact = product(exact, x.exact);
      let head: string[] = [''];
      for (const x of infos) {
        const next = product(head, x.exact ?? x.head);
        if (next) head = next;
        if (!x.exact || !next) break;
      }
      let tail: string[] = [''];
      for (let k = infos.length - 1; k >= 0; k--) {
        const x = infos[k]!;
        const next = product(x.exact ?? x.tail, tail);
        if (next) tail = next;
        if (!x.exact || !next) break;
      }
      // Runs of items whose strings are known, joined: what they consume stands together in every match.
      const emit = (s: readonly string[] | null): void => {
        if (s && s.length > 0 && !s.includes('')) factors.push(s);
      };
      let run: readonly string[] = [''];
      for (const x of infos) {
        if (x.exact) {
          const next = product(run, x.exact);
          if (next) run = next;
          else {
            emit(run);
            run = x.exact;
          }
        } else {
          emit(product(run, x.head) ?? run);
          run = x.tail ?? [''];
        }
      }
      emit(run);
      return { exact, head, tail, factors };
    }
  }
}

/** The branches of a pattern's top-level alternation, as source text. */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * For each top-level branch of `source`, the set `pick` chose of those every match of the branch holds one string of
 * (lower-cased), or null where the branch gives none (it then always runs). Null in place of the list where the source
 * is beyond this reading or has capturing groups (their numbers would change without a branch).
 */
export function branchLiterals(source: string, flags: string, pick: Pick): (readonly string[] | null)[] | null {
  const unicode = flags.includes('u') || flags.includes('v');
  if (flags.includes('v')) return null;
  let tree: Node;
  const parser = new Parser(source, unicode, flags.includes('i'));
  try {
    tree = parser.parse();
  } catch {
    return null;
  }
  if (parser.captures) return null;
  const branches = tree.kind === 'alt' ? tree.branches : [tree];
  return branches.map((b) => pick(candidatesOf(analyse(b, pick))));
}

/**
 * For each top-level branch of `source` (a pattern without the `i` flag), the indexes into `triggers` of words one of which
 * every match of the branch holds, or null where the branch has no such words of its own (it then runs whenever the pattern
 * does). Null in place of the list where the source cannot be read (see {@link branchLiterals}).
 */
export function branchTriggers(source: string, flags: string, triggers: readonly string[]): (readonly number[] | null)[] | null {
  /** The trigger each string holds (the first in `triggers` it contains), or -1. */
  const known = new Map<string, number>();
  const triggerOf = (s: string): number => {
    let t = known.get(s);
    if (t === undefined) known.set(s, t = triggers.findIndex((x) => s.includes(x)));
    return t;
  };
  // Sets of which every string holds a trigger; of those, the one that needs the fewest triggers.
  const pick: Pick = (candidates) => {
    let best: readonly string[] | null = null;
    let bestCount = Infinity;
    for (const c of candidates) {
      const used = new Set<number>();
      for (const s of c) used.add(triggerOf(s));
      if (used.has(-1) || used.size >= bestCount) continue;
      best = c;
      bestCount = used.size;
    }
    return best;
  };
  const sets = branchLiterals(source, flags, pick);
  return sets && sets.map((set) => set && [...new Set(set.map(triggerOf))].sort((a, b) => a - b));
}
