import {
  caseVariants,
  codePointSet,
  intersectionOf,
  negatePart,
  partPattern,
  predefinedClass,
  propertyClass,
  rangeCaseVariants,
  rangeSet,
  unionOf,
  UnsupportedProperty,
  type ClassPart,
} from './java-regex-classes';
import { JavaPatternError, PatternScanner, type Flags } from './java-regex-scanner';

/**
 * Translates a `java.util.regex.Pattern` into a JavaScript RegExp (flag `u`) that matches exactly when
 * `Pattern.matches(pattern, input)` does, i.e. against the WHOLE input.
 *
 * Java syntax JavaScript lacks is rewritten: possessive quantifiers and atomic groups (as a lookahead
 * capture plus backreference, which cannot be backtracked into), `\A \z \Z \G \R \h \H \v \V \a \e \0oct
 * \x{...} \Q...\E`, POSIX/`java...`/Unicode `\p{...}` classes, class union `[a[b]]`, intersection and
 * subtraction `[a-z&&[^e]]`, and the inline flags `(?idmsuxU-idmsuxU)` / `(?i:...)`, scoped to their group.
 * Java's ASCII meaning of `\s`, `.`, `^`, `$` and line terminators is kept.
 *
 * Known differences (documented, not emulated): a backreference to a group that did not participate
 * matches the empty string (Java fails); backreferences compare case-sensitively under (?i); under
 * (?iu) ranges fold ASCII letters only; lookbehind need not have a bounded length; `\X`, `\N{...}`,
 * `\b{g}`, Unicode blocks (`\p{InGreek}`) and CANON_EQ `(?c)` are refused with an error.
 */
export function compileJavaPattern(pattern: string): RegExp {
  const source = new JavaPatternTranslator(pattern).translate();
  try {
    return new RegExp(`^(?:${source})$`, 'u');
  } catch (error) {
    throw new JavaPatternError(pattern, (error as Error).message);
  }
}

// Capture groups are numbered by where they open in the OUTPUT, and the rewrites above add groups in
// front of the user's ones. So groups and backreferences carry ids, turned into numbers at the end.
const GROUP_OPEN = (id: number) => `\u0001${id}\u0002`;
const BACKREFERENCE = (id: number) => `\u0003${id}\u0002`;

const ANY = '[\\s\\S]';
const START_OF_INPUT = '(?<![\\s\\S])';
const END_OF_INPUT = '(?![\\s\\S])';
const LINE_TERMINATORS = '\\n\\r\\u{85}\\u{2028}\\u{2029}';

class JavaPatternTranslator extends PatternScanner {
  private nextId = 0;
  /** The ids of the pattern's own capture groups, in Java's numbering order. */
  private readonly groups: number[] = [];
  private readonly named = new Map<string, number>();

  translate(): string {
    const body = this.alternation();
    if (this.pos < this.pattern.length) throw this.error("Unmatched closing ')'");
    return numberGroups(body);
  }

  private alternation(): string {
    const branches = [this.sequence()];
    while (this.eat('|')) branches.push(this.sequence());
    return branches.join('|');
  }

  private sequence(): string {
    let out = '';
    for (;;) {
      this.skipComments();
      const char = this.peek();
      if (char === undefined || char === '|' || char === ')') return out;
      const atom = this.atom();
      if (atom !== undefined) out += this.quantified(atom);
    }
  }

  /** One atom, or undefined for an inline flag setting `(?i)`, which matches nothing. */
  private atom(): string | undefined {
    const start = this.pos;
    const char = this.next() as string; // sequence() stops at the end of the pattern
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return partPattern(this.characterClass());
      case '.':
        return this.flags.s ? ANY : this.flags.d ? '[^\\n]' : `[^${LINE_TERMINATORS}]`;
      case '^':
        return this.caret();
      case '$':
        return this.flags.m ? this.lineEnd() : this.finalTerminator();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw this.error(`Dangling meta character '${char}'`, start);
      case '{':
        throw this.error('Illegal repetition', start);
      default:
        return this.literal(char.codePointAt(0) as number);
    }
  }

  private quantified(atom: string): string {
    this.skipComments();
    const quantifier = this.quantifier();
    if (quantifier === undefined) return atom;
    if (this.eat('?')) return `(?:${atom})${quantifier}?`;
    if (this.eat('+')) return atomic(this.newId(), `(?:${atom})${quantifier}`);
    return `(?:${atom})${quantifier}`;
  }

  private quantifier(): string | undefined {
    const char = this.peek();
    if (char === '*' || char === '+' || char === '?') return this.next();
    if (char !== '{') return undefined;
    const start = this.pos;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
    if (!match) throw this.error('Illegal repetition', start);
    if (match[3] && Number(match[3]) < Number(match[1])) throw this.error('Illegal repetition range', start);
    this.pos += match[0].length;
    return match[0];
  }

  private group(): string | undefined {
    const outer = this.flags;
    let open: string | undefined; // undefined: an atomic group
    if (!this.eat('?')) {
      open = `(${GROUP_OPEN(this.newGroup())}`;
    } else if (this.eat(':')) open = '(?:';
    else if (this.eat('=')) open = '(?=';
    else if (this.eat('!')) open = '(?!';
    else if (this.eat('>')) open = undefined;
    else if (this.eat('<')) {
      if (this.eat('=')) open = '(?<=';
      else if (this.eat('!')) open = '(?<!';
      else {
        const name = this.groupName();
        open = `(?<${name}>${GROUP_OPEN(this.newGroup(name))}`;
      }
    } else {
      this.flags = this.inlineFlags();
      if (this.eat(')')) return undefined; // (?i): applies to the rest of the enclosing group
      if (!this.eat(':')) throw this.error('Unknown inline modifier');
      open = '(?:';
    }
    const body = this.alternation();
    if (!this.eat(')')) throw this.error('Unclosed group');
    this.flags = outer;
    return open === undefined ? atomic(this.newId(), body) : `${open}${body})`;
  }

  private inlineFlags(): Flags {
    const flags: Record<keyof Flags, boolean> = { ...this.flags };
    let on = true;
    for (let char = this.peek(); char !== undefined && /[idmsuxUc-]/.test(char); char = this.peek()) {
      this.pos += 1;
      if (char === '-') on = false;
      else if (char === 'c') throw this.error('CANON_EQ (?c) is not supported');
      else flags[char as keyof Flags] = on;
      if (char === 'U' && on) flags.u = true; // UNICODE_CHARACTER_CLASS implies UNICODE_CASE
    }
    return flags;
  }

  private groupName(): string {
    const match = /^([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.pattern.slice(this.pos));
    if (!match) throw this.error('Capturing group name does not start with a Latin letter or is not closed');
    const name = match[1] as string;
    if (this.named.has(name)) throw this.error(`Named capturing group <${name}> is already defined`);
    this.pos += match[0].length;
    return name;
  }

  private newGroup(name?: string): number {
    const id = this.newId();
    this.groups.push(id);
    if (name !== undefined) this.named.set(name, id);
    return id;
  }

  private newId(): number {
    return (this.nextId += 1);
  }

  /** `^`: start of input, or under MULTILINE after any line terminator except at the very end. */
  private caret(): string {
    if (!this.flags.m) return START_OF_INPUT;
    const afterTerminator = this.flags.d ? '(?<=\\n)' : '(?<=[\\n\\u{85}\\u{2028}\\u{2029}]|\\r(?!\\n))';
    return `(?:${START_OF_INPUT}|${afterTerminator}(?=${ANY}))`;
  }

  /** MULTILINE `$`: before any line terminator (never between \r and \n) or at the end of input. */
  private lineEnd(): string {
    if (this.flags.d) return `(?:(?=\\n)|${END_OF_INPUT})`;
    return `(?:(?<!\\r)(?=\\n)|(?=[\\r\\u{85}\\u{2028}\\u{2029}])|${END_OF_INPUT})`;
  }

  /** `\Z` and plain `$`: the end of input, or before a line terminator that ends the input. */
  private finalTerminator(): string {
    if (this.flags.d) return `(?=\\n?${END_OF_INPUT})`;
    return `(?:(?<!\\r)(?=\\n${END_OF_INPUT})|(?=(?:\\r\\n?|[\\u{85}\\u{2028}\\u{2029}])${END_OF_INPUT})|${END_OF_INPUT})`;
  }

  private escape(): string {
    const start = this.pos - 1;
    const char = this.next();
    if (char === undefined) throw this.error('Unexpected internal error', start);
    if (char >= '1' && char <= '9') return this.backreference(Number(char));
    switch (char) {
      case 'k':
        return this.namedBackreference();
      case 'A':
      case 'G': // matches() starts at the beginning of the input, where the previous match ended
        return START_OF_INPUT;
      case 'z':
        return END_OF_INPUT;
      case 'Z':
        return this.finalTerminator();
      case 'b':
      case 'B':
        return this.wordBoundary(char === 'b');
      case 'R':
        return '(?:\\r\\n|[\\n\\u{b}\\u{c}\\r\\u{85}\\u{2028}\\u{2029}])';
      case 'Q':
        return this.quotation();
      default: {
        const part = this.classEscape(char, start);
        if (part !== undefined) return partPattern(part);
        return this.literal(this.charEscape(char, start));
      }
    }
  }

  /** Java reads more digits only while they still name an existing group (`\11` is group 1 then "1"). */
  private backreference(first: number): string {
    let number = first;
    for (let char = this.peek(); char !== undefined && /\d/.test(char); char = this.peek()) {
      const longer = number * 10 + Number(char);
      if (longer > this.groups.length) break;
      number = longer;
      this.pos += 1;
    }
    const id = this.groups[number - 1];
    return id === undefined ? '(?!)' : BACKREFERENCE(id);
  }

  private namedBackreference(): string {
    const match = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.pattern.slice(this.pos));
    if (!match) throw this.error("\\k is not followed by '<' for named capturing group");
    const id = this.named.get(match[1] as string);
    if (id === undefined) throw this.error(`named capturing group <${match[1]}> does not exist`);
    this.pos += match[0].length;
    return BACKREFERENCE(id);
  }

  private wordBoundary(boundary: boolean): string {
    if (this.peek() === '{') throw this.error('\\b{g} (grapheme boundary) is not supported');
    if (!this.flags.U) return boundary ? '\\b' : '\\B';
    const word = partPattern(predefinedClass('w', true) as ClassPart);
    const at = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
    return boundary ? at : `(?!${at})`;
  }

  /** `\Q...\E`: everything in between is literal. */
  private quotation(): string {
    const end = this.pattern.indexOf('\\E', this.pos);
    const text = this.pattern.slice(this.pos, end === -1 ? undefined : end);
    this.pos = end === -1 ? this.pattern.length : end + 2;
    return [...text].map((c) => this.literal(c.codePointAt(0) as number)).join('');
  }

  /** `\d \s \w \h \v \p{..}` and their negations; undefined when `char` starts no class escape. */
  private classEscape(char: string, start: number): ClassPart | undefined {
    if (char === 'p' || char === 'P') {
      const match = /^(?:\{([^}]*)\}|([A-Za-z]))/.exec(this.pattern.slice(this.pos));
      if (!match) throw this.error('Illegal character property', start);
      this.pos += match[0].length;
      try {
        const part = propertyClass((match[1] ?? match[2]) as string, this.flags.U);
        return char === 'P' ? negatePart(part) : part;
      } catch (error) {
        if (error instanceof UnsupportedProperty) throw this.error(error.message, start);
        throw error;
      }
    }
    return predefinedClass(char, this.flags.U);
  }

  /** A Java character class: union of members and nested classes, `&&` intersections, `^` negation. */
  private characterClass(): ClassPart {
    const start = this.pos - 1;
    const negated = this.eat('^');
    const operands: ClassPart[] = [];
    let members: ClassPart[] = [];
    for (;;) {
      this.skipComments();
      const char = this.peek();
      if (char === undefined) throw this.error('Unclosed character class', start);
      // A `]` right after `[` or `[^` is a literal, as in Java.
      if (char === ']' && (members.length > 0 || operands.length > 0)) break;
      if (char === '[') {
        this.pos += 1;
        members.push(this.characterClass());
      } else if (this.pattern.startsWith('&&', this.pos)) {
        this.pos += 2;
        if (members.length > 0) operands.push(unionOf(members));
        members = [];
      } else {
        members.push(this.classRangeOrMember());
      }
    }
    this.pos += 1;
    if (members.length > 0) operands.push(unionOf(members));
    const whole = operands.length === 1 ? (operands[0] as ClassPart) : intersectionOf(operands);
    return negated ? negatePart(whole) : whole;
  }

  private classRangeOrMember(): ClassPart {
    const start = this.pos;
    const low = this.classMember();
    if (typeof low !== 'number') return low;
    const afterDash = this.pattern[this.pos + 1];
    if (this.peek() !== '-' || afterDash === undefined || afterDash === ']' || afterDash === '[') {
      return { set: this.foldCase(low).map(codePointSet).join('') };
    }
    this.pos += 1;
    const high = this.classMember();
    if (typeof high !== 'number' || high < low) throw this.error('Illegal character range', start);
    const folded = this.flags.i ? rangeCaseVariants(low, high) : [];
    return { set: [[low, high], ...folded].map(([lo, hi]) => rangeSet(lo as number, hi as number)).join('') };
  }

  /** One class member: a code point, or a predefined/property class. */
  private classMember(): number | ClassPart {
    const start = this.pos;
    const char = this.next() as string;
    if (char !== '\\') return char.codePointAt(0) as number;
    const escaped = this.next();
    if (escaped === undefined) throw this.error('Unclosed character class', start);
    if (escaped === 'Q') throw this.error('\\Q inside a character class is not supported', start);
    return this.classEscape(escaped, start) ?? this.charEscape(escaped, start);
  }

  private literal(codePoint: number): string {
    const variants = this.foldCase(codePoint);
    if (variants.length > 1) return `[${variants.map(codePointSet).join('')}]`;
    return /[a-zA-Z0-9]/.test(String.fromCodePoint(codePoint))
      ? String.fromCodePoint(codePoint)
      : codePointSet(codePoint);
  }

  private foldCase(codePoint: number): number[] {
    return this.flags.i ? caseVariants(codePoint, this.flags.u) : [codePoint];
  }
}

/** Matches what `body` matches, without ever giving back part of it (Java's atomic group). */
function atomic(id: number, body: string): string {
  return `(?=(${GROUP_OPEN(id)}${body}))${BACKREFERENCE(id)}`;
}

/** Replaces group and backreference ids by the numbers JavaScript will give the groups. */
function numberGroups(source: string): string {
  const numbers = new Map<string, number>();
  for (const [, id] of source.matchAll(/\u0001(\d+)\u0002/g)) numbers.set(id as string, numbers.size + 1);
  return source
    .replace(/\u0001\d+\u0002/g, '')
    .replace(/\u0003(\d+)\u0002/g, (_, id: string) => `(?:\\${numbers.get(id)})`);
}
