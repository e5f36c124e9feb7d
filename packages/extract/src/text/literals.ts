/**
 * What every match of a pattern must hold, read from the pattern's own source: for each branch of its top-level
 * alternation, a few strings one of which any match of that branch contains (or the text around it, where a positive
 * look-around sees it). A text that holds none of a branch's
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
  /** A positive look-ahead or look-behind: it consumes nothing, but what it sees stands in the text the pattern runs on. */
  | { readonly kind: 'look'; readonly body: Node }
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
      let lookaround: 'positive' | 'negative' | undefined;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) {
        lookaround = src[this.i + 2] === '=' ? 'positive' : 'negative';
        this.i += 3;
      } else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
        lookaround = src[this.i + 3] === '=' ? 'positive' : 'negative';
        this.i += 4;
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
      return lookaround === 'positive' ? { kind: 'look', body } : lookaround === 'negative' ? { kind: 'empty' } : { kind: 'seq', items: [body] };
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
    case 'look': return { exact: [''], head: [''], tail: [''], factors: candidatesOf(analyse(node.body, pick)) };
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

/**
 * The group brackets and bars of a source outside classes and escapes, each with its position and the group depth around
 * it (a bracket counts at the depth outside it): what the scans of a source's structure walk. Run at load only.
 */
function* structure(source: string): Generator<{ at: number; ch: '(' | ')' | '|'; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') yield { at: i, ch, depth: depth++ };
    else if (ch === ')') yield { at: i, ch, depth: --depth };
    else if (ch === '|') yield { at: i, ch, depth };
  }
}

/** The inside of a source that is one non-capturing group ("(?:a|b)" → "a|b"), else the source. */
export function unwrapped(source: string): string {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return source;
  for (const { at, ch, depth } of structure(source)) {
    if (ch === ')' && depth === 0) return at === source.length - 1 ? source.slice(3, -1) : source;
  }
  return source;
}

/** The items of a branch at its top level: a group, class or escape with its quantifier, or one character with its. */
function itemsOf(branch: string): string[] {
  const items: string[] = [];
  let i = 0;
  while (i < branch.length) {
    const from = i;
    const ch = branch[i]!;
    if (ch === '(') {
      let depth = 0;
      let inClass = false;
      for (; i < branch.length; i++) {
        const c = branch[i];
        if (c === '\\') i++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i++;
    } else if (ch === '[') {
      i++;
      while (i < branch.length && branch[i] !== ']') i += branch[i] === '\\' ? 2 : 1;
      i++;
    } else if (ch === '\\') {
      i += 2;
      if ((branch[i - 1] === 'p' || branch[i - 1] === 'P' || branch[i - 1] === 'u') && branch[i] === '{') i = branch.indexOf('}', i) + 1;
    } else i++;
    // Its quantifier, lazy or not.
    const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/u.exec(branch.slice(i));
    if (q) i += q[0].length;
    items.push(branch.slice(from, i));
  }
  return items;
}

/** An item that matches no characters and leaves no choice behind: a look-around (atomic in JavaScript) or an anchor. */
function isAssertion(item: string): boolean {
  return item === '^' || item === '$' || item === '\\b' || item === '\\B'
    || ((item.startsWith('(?=') || item.startsWith('(?!') || item.startsWith('(?<=') || item.startsWith('(?<!')) && item.endsWith(')'));
}

/**
 * The branches of a pattern, with a branch that is one group between assertions ("(?<![\\p{L}])(?:a|b)(?![\\p{L}])")
 * spread into one branch per branch of the group ("(?<![\\p{L}])(?:a)(?![\\p{L}])|(?<![\\p{L}])(?:b)(?![\\p{L}])"), in order:
 * the assertions decide alike for every branch and leave nothing to try again, so the pattern matches as before.
 */
export function spreadBranches(source: string): string[] {
  const out: string[] = [];
  for (const branch of topLevelBranches(source)) {
    const items = itemsOf(branch);
    const groups = items.filter((item) => !isAssertion(item));
    const group = groups.length === 1 && groups[0]!.startsWith('(?:') && groups[0]!.endsWith(')') ? groups[0]! : undefined;
    const inner = group === undefined ? undefined : unwrapped(group);
    if (group === undefined || inner === group || items.join('') !== branch) {
      out.push(branch);
      continue;
    }
    const at = items.indexOf(group);
    const before = items.slice(0, at).join('');
    const after = items.slice(at + 1).join('');
    for (const b of spreadBranches(inner!)) out.push(`${before}(?:${b})${after}`);
  }
  return out;
}

/** The branches of a pattern's top-level alternation, as source text. */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const { at, ch, depth } of structure(source)) {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(from, at));
      from = at + 1;
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

/** The most strings, and the fewest characters each, of a set {@link branchWords} gives. */
const WORDS_SET = 6;
const WORDS_LENGTH = 4;

/**
 * For each top-level branch of `source` (as {@link branchTriggers} reads it), a few words one of which the text holds
 * wherever the branch matches, beside its triggers: "kann", "können", … for "nicht(?<=(?:kann|können|…) … nicht) …",
 * where the trigger is "nicht". Null where the branch has none that tell more than the triggers (a set of which every
 * word holds a trigger), none short enough, or where the source cannot be read.
 */
export function branchWords(source: string, flags: string, triggers: readonly string[]): (readonly string[] | null)[] | null {
  const pick: Pick = (candidates) => {
    let best: readonly string[] | null = null;
    let bestScore = -Infinity;
    for (const candidate of candidates) {
      const c = withoutSuperstrings(candidate);
      if (c.length > WORDS_SET || c.some((w) => w.length < WORDS_LENGTH) || c.every((w) => triggers.some((t) => w.includes(t)))) continue;
      const score = Math.min(...c.map((w) => w.length)) * 10 - c.length;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  };
  return branchLiterals(source, flags, pick);
}

/**
 * Prefers sets that are rare and that a text can be searched for cheaply: longer strings before shorter ("," or " " are
 * in most sentences), fewer before more (each is a search of the text; a set of more than {@link GATED_SET} gates nothing).
 */
function searchable(candidates: readonly (readonly string[])[]): readonly string[] | null {
  let best: readonly string[] | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const c = withoutSuperstrings(candidate);
    let shortest = Infinity;
    for (const s of c) shortest = Math.min(shortest, s.length);
    const score = Math.min(shortest, 8) * 100 - c.length * 30;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The set without strings that hold another of its strings (a text with the longer has the shorter). */
function withoutSuperstrings(set: readonly string[]): readonly string[] {
  return set.some((s) => set.some((t) => t !== s && s.includes(t))) ? set.filter((s) => !set.some((t) => t !== s && s.includes(t))) : set;
}

/** The most strings a branch's set may hold for the branch to be gated (each is one search of the text). */
const GATED_SET = 4;

/**
 * A pattern that runs on a text as only the branches the text may match: `for(text)` gives the pattern to run on `text`
 * (the whole pattern, one of fewer branches, or null where no branch can match), with the flags of the original, and
 * so its matches. Gates stay in step with their patterns: the strings are read from the pattern at load. The branches are
 * the pattern's after {@link spreadBranches} (up to 62); a branch is gated where a few strings decide it (each is a
 * search of the text), else it always runs.
 */
export class Gated {
  /** Per branch, indexes into `strings`, or null where the branch always runs; empty where the pattern is not gated. */
  private readonly branches: readonly (readonly number[] | null)[] = [];
  private readonly strings: readonly string[] = [];
  private readonly sources: readonly string[] = [];
  private readonly caseless: boolean = false;
  /** Per string, for the text of the current call: 0 not looked for yet, 1 found, 2 not found. */
  private readonly found: Uint8Array = new Uint8Array(0);
  /** The patterns of fewer branches, by the mask of their branches (two 31-bit halves in one number). */
  private readonly subsets = new Map<number, RegExp>();

  constructor(readonly pattern: RegExp) {
    const sources = spreadBranches(pattern.source);
    if (sources.length < 2 || sources.length > 62) return;
    const sets = sources.map((branch) => branchLiterals(branch, pattern.flags, searchable));
    // One branch beyond this reading, or with a capturing group (its number would change), and the pattern runs whole.
    if (sets.some((set) => set === null || set.length !== 1)) return;
    const strings: string[] = [];
    const branches = sets.map((set) => {
      const literals = set![0] ?? null;
      if (literals === null || literals.length > GATED_SET) return null;
      return literals.map((literal) => (strings.includes(literal) ? strings.indexOf(literal) : strings.push(literal) - 1));
    });
    if (branches.every((b) => b === null)) return;
    this.branches = branches;
    this.strings = strings;
    this.sources = sources;
    this.caseless = pattern.flags.includes('i');
    this.found = new Uint8Array(strings.length);
  }

  /** The pattern with only the branches `text` may match (see the class); null where none may. */
  for(text: string): RegExp | null {
    const branches = this.branches;
    if (branches.length === 0) return this.pattern;
    let subject = text;
    if (this.caseless) {
      // The strings are lower-cased; lower-casing leaves "ſ" and "ı", which such a pattern takes for "s" and "i".
      subject = text.toLowerCase();
      if (subject.includes('ſ') || subject.includes('ı')) return this.pattern;
    }
    const found = this.found;
    found.fill(0);
    const strings = this.strings;
    let low = 0;
    let high = 0;
    let all = true;
    for (let b = 0; b < branches.length; b++) {
      const ids = branches[b]!;
      let on = ids === null;
      if (!on) {
        for (let k = 0; k < ids!.length; k++) {
          const id = ids![k]!;
          if (found[id] === 0) found[id] = subject.includes(strings[id]!) ? 1 : 2;
          if (found[id] === 1) {
            on = true;
            break;
          }
        }
      }
      if (!on) all = false;
      else if (b < 31) low |= 1 << b;
      else high |= 1 << (b - 31);
    }
    if (all) return this.pattern;
    if (low === 0 && high === 0) return null;
    const key = high * 2147483648 + low;
    let re = this.subsets.get(key);
    if (re === undefined) {
      const kept = this.sources.filter((_, b) => (b < 31 ? (low >>> b) & 1 : (high >>> (b - 31)) & 1) === 1);
      re = new RegExp(kept.join('|'), this.pattern.flags);
      this.subsets.set(key, re);
    }
    return re;
  }
}
