/**
 * Character classes of `java.util.regex.Pattern` written as JavaScript (`u` flag) regular expression text:
 * the predefined classes (`\d`, `\s`, `\h`, ...), POSIX and `java.lang.Character` classes, Unicode
 * properties, and the ASCII case variants Java's CASE_INSENSITIVE flag matches.
 * Reference: https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/regex/Pattern.html
 */

/**
 * One member of a character class. `set` text goes inside a JavaScript `[...]`; an `atom` is a whole
 * expression matching exactly one code point, for members a plain class cannot express (negated
 * custom classes, nested classes, intersections).
 */
export type ClassPart = { readonly set: string } | { readonly atom: string };

/** The set text for one code point, always escaped so no character is ever special inside `[...]`. */
export function codePointSet(codePoint: number): string {
  return `\\u{${codePoint.toString(16)}}`;
}

export function rangeSet(low: number, high: number): string {
  return low === high ? codePointSet(low) : `${codePointSet(low)}-${codePointSet(high)}`;
}

/** A part as a pattern of its own. */
export function partPattern(part: ClassPart): string {
  return 'set' in part ? `[${part.set}]` : part.atom;
}

export function negatePart(part: ClassPart): ClassPart {
  return 'set' in part ? { atom: `[^${part.set}]` } : { atom: `(?:(?!${part.atom})[\\s\\S])` };
}

/** Members of one class body: a plain class when it can be, alternatives otherwise. */
export function unionOf(members: ClassPart[]): ClassPart {
  const sets = members.flatMap((m) => ('set' in m ? [m.set] : [])).join('');
  const atoms = members.flatMap((m) => ('atom' in m ? [m.atom] : []));
  if (atoms.length === 0) return { set: sets };
  return { atom: `(?:${[...(sets ? [`[${sets}]`] : []), ...atoms].join('|')})` };
}

/** `a&&b&&c`: what every operand matches (all match exactly one code point). */
export function intersectionOf(operands: ClassPart[]): ClassPart {
  const patterns = operands.map(partPattern);
  const last = patterns.pop() as string;
  return { atom: `(?:${patterns.map((p) => `(?=${p})`).join('')}${last})` };
}

const ranges = (...pairs: [number, number][]): ClassPart => ({
  set: pairs.map(([lo, hi]) => rangeSet(lo, hi)).join(''),
});

/** `\w` under UNICODE_CHARACTER_CLASS, as the Pattern documentation defines it. */
const UNICODE_WORD = '\\p{Alphabetic}\\p{gc=Mn}\\p{gc=Me}\\p{gc=Mc}\\p{gc=Nd}\\p{gc=Pc}\\p{Join_Control}';

/** The classes behind `\d \s \w \h \v` (and their upper-case negations). ASCII unless `unicode` (flag U). */
export function predefinedClass(letter: string, unicode: boolean): ClassPart | undefined {
  const lower = letter.toLowerCase();
  const positive = PREDEFINED[lower]?.(unicode);
  if (positive === undefined) return undefined;
  return letter === lower ? positive : negatePart(positive);
}

const PREDEFINED: Readonly<Record<string, (unicode: boolean) => ClassPart>> = {
  d: (unicode) => (unicode ? { set: '\\p{gc=Nd}' } : ranges([0x30, 0x39])),
  s: (unicode) => (unicode ? { set: '\\p{White_Space}' } : ranges([0x09, 0x0d], [0x20, 0x20])),
  w: (unicode) => (unicode ? { set: UNICODE_WORD } : ranges([0x61, 0x7a], [0x41, 0x5a], [0x5f, 0x5f], [0x30, 0x39])),
  h: () =>
    ranges(
      [0x20, 0x20],
      [0x09, 0x09],
      [0xa0, 0xa0],
      [0x1680, 0x1680],
      [0x180e, 0x180e],
      [0x2000, 0x200a],
      [0x202f, 0x202f],
      [0x205f, 0x205f],
      [0x3000, 0x3000],
    ),
  v: () => ranges([0x0a, 0x0d], [0x85, 0x85], [0x2028, 0x2029]),
};

/** POSIX classes: US-ASCII by default, Unicode under UNICODE_CHARACTER_CLASS. */
const POSIX: Readonly<Record<string, { ascii: ClassPart; unicode?: ClassPart }>> = {
  Lower: { ascii: ranges([0x61, 0x7a]), unicode: { set: '\\p{Lowercase}' } },
  Upper: { ascii: ranges([0x41, 0x5a]), unicode: { set: '\\p{Uppercase}' } },
  ASCII: { ascii: ranges([0x00, 0x7f]) },
  Alpha: { ascii: ranges([0x61, 0x7a], [0x41, 0x5a]), unicode: { set: '\\p{Alphabetic}' } },
  Digit: { ascii: ranges([0x30, 0x39]), unicode: { set: '\\p{gc=Nd}' } },
  Alnum: { ascii: ranges([0x61, 0x7a], [0x41, 0x5a], [0x30, 0x39]), unicode: { set: '\\p{Alphabetic}\\p{gc=Nd}' } },
  Punct: { ascii: ranges([0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]), unicode: { set: '\\p{gc=P}' } },
  Graph: {
    ascii: ranges([0x21, 0x7e]),
    unicode: negatePart({ set: '\\p{White_Space}\\p{gc=Cc}\\p{gc=Cs}\\p{gc=Cn}' }),
  },
  Print: { ascii: ranges([0x20, 0x7e]) },
  Blank: { ascii: ranges([0x20, 0x20], [0x09, 0x09]), unicode: { set: '\\p{gc=Zs}\\t' } },
  Cntrl: { ascii: ranges([0x00, 0x1f], [0x7f, 0x7f]), unicode: { set: '\\p{gc=Cc}' } },
  XDigit: { ascii: ranges([0x30, 0x39], [0x61, 0x66], [0x41, 0x46]), unicode: { set: '\\p{gc=Nd}\\p{Hex_Digit}' } },
  Space: { ascii: ranges([0x09, 0x0d], [0x20, 0x20]), unicode: { set: '\\p{White_Space}' } },
};

/** The `\p{javaXxx}` classes, after the `java.lang.Character` predicates of the same names. */
const JAVA_CHARACTER: Readonly<Record<string, ClassPart>> = {
  javaLowerCase: { set: '\\p{Lowercase}' },
  javaUpperCase: { set: '\\p{Uppercase}' },
  javaTitleCase: { set: '\\p{gc=Lt}' },
  javaAlphabetic: { set: '\\p{Alphabetic}' },
  javaIdeographic: { set: '\\p{Ideographic}' },
  javaLetter: { set: '\\p{L}' },
  javaDigit: { set: '\\p{gc=Nd}' },
  javaLetterOrDigit: { set: '\\p{L}\\p{gc=Nd}' },
  javaDefined: { set: '\\P{gc=Cn}' },
  javaISOControl: ranges([0x00, 0x1f], [0x7f, 0x9f]),
  javaMirrored: { set: '\\p{Bidi_Mirrored}' },
  javaSpaceChar: { set: '\\p{gc=Zs}\\p{gc=Zl}\\p{gc=Zp}' },
  // Character.isWhitespace: separators except the no-break spaces, plus the ASCII controls \t..\r, \x1C..\x1F.
  javaWhitespace: {
    atom: '(?:(?![\\u{a0}\\u{2007}\\u{202f}])[\\p{gc=Zs}\\p{gc=Zl}\\p{gc=Zp}]|[\\u{9}-\\u{d}\\u{1c}-\\u{1f}])',
  },
};

/** Java's binary properties (`\p{IsAlphabetic}`), keyed by upper-case name without underscores. */
const BINARY_PROPERTIES: Readonly<Record<string, string>> = {
  ALPHABETIC: '\\p{Alphabetic}',
  IDEOGRAPHIC: '\\p{Ideographic}',
  LETTER: '\\p{L}',
  LOWERCASE: '\\p{Lowercase}',
  UPPERCASE: '\\p{Uppercase}',
  TITLECASE: '\\p{gc=Lt}',
  PUNCTUATION: '\\p{gc=P}',
  CONTROL: '\\p{gc=Cc}',
  WHITESPACE: '\\p{White_Space}',
  DIGIT: '\\p{gc=Nd}',
  HEXDIGIT: '\\p{Hex_Digit}',
  JOINCONTROL: '\\p{Join_Control}',
  NONCHARACTERCODEPOINT: '\\p{Noncharacter_Code_Point}',
  ASSIGNED: '\\P{gc=Cn}',
  EMOJI: '\\p{Emoji}',
  EMOJIPRESENTATION: '\\p{Emoji_Presentation}',
  EMOJIMODIFIER: '\\p{Emoji_Modifier}',
  EMOJIMODIFIERBASE: '\\p{Emoji_Modifier_Base}',
  EMOJICOMPONENT: '\\p{Emoji_Component}',
  EXTENDEDPICTOGRAPHIC: '\\p{Extended_Pictographic}',
};

/** Java-only general categories JavaScript has no name for. */
const EXTRA_CATEGORIES: Readonly<Record<string, ClassPart>> = {
  LD: { set: '\\p{L}\\p{gc=Nd}' },
  L1: ranges([0x00, 0xff]),
  all: ranges([0x00, 0x10ffff]),
};

/** Why a property name cannot be translated; the caller turns it into a pattern error. */
export class UnsupportedProperty extends Error {
  override readonly name = 'UnsupportedProperty';
}

/** `\p{name}`: POSIX, `java...`, general category, script (`Is`/`sc=`) or binary property. */
export function propertyClass(name: string, unicode: boolean): ClassPart {
  const posix = POSIX[name];
  if (posix) return unicode && posix.unicode ? posix.unicode : posix.ascii;
  const java = JAVA_CHARACTER[name] ?? EXTRA_CATEGORIES[name];
  if (java) return java;
  const [key, value] = name.includes('=') ? (name.split('=', 2) as [string, string]) : [undefined, name];
  switch (key?.toLowerCase()) {
    case 'gc':
    case 'general_category':
      return category(value) ?? unknown(name);
    case 'sc':
    case 'script':
      return script(value) ?? unknown(name);
    case 'blk':
    case 'block':
      throw new UnsupportedProperty(
        `Unicode blocks (\\p{${name}}) are not supported: JavaScript has no block property`,
      );
    case undefined:
      break;
    default:
      return unknown(name);
  }
  if (value.startsWith('In')) {
    throw new UnsupportedProperty(`Unicode blocks (\\p{${name}}) are not supported: JavaScript has no block property`);
  }
  if (value.startsWith('Is')) {
    const rest = value.slice(2);
    const binary = BINARY_PROPERTIES[rest.toUpperCase().replace(/[_\s-]/g, '')];
    return category(rest) ?? (binary ? { set: binary } : undefined) ?? script(rest) ?? unknown(name);
  }
  return category(value) ?? unknown(name);
}

function category(name: string): ClassPart | undefined {
  return EXTRA_CATEGORIES[name] ?? supported(`gc=${name}`);
}

/** Java takes script names in any case (`IsLATIN`); JavaScript wants `Latin`, `Old_Italic`. */
function script(name: string): ClassPart | undefined {
  const titled = name.toLowerCase().replace(/(^|_)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
  return supported(`Script=${name}`) ?? supported(`Script=${titled}`);
}

function supported(property: string): ClassPart | undefined {
  try {
    new RegExp(`\\p{${property}}`, 'u');
    return { set: `\\p{${property}}` };
  } catch {
    return undefined;
  }
}

function unknown(name: string): never {
  throw new UnsupportedProperty(`Unknown character property name {${name}}`);
}

/**
 * The code points a literal matches under CASE_INSENSITIVE: ASCII letters only, unless UNICODE_CASE also
 * applies, in which case every simple (one code point) upper/lower mapping counts.
 */
export function caseVariants(codePoint: number, unicodeCase: boolean): number[] {
  if (!unicodeCase) {
    if (codePoint >= 0x61 && codePoint <= 0x7a) return [codePoint, codePoint - 0x20];
    if (codePoint >= 0x41 && codePoint <= 0x5a) return [codePoint, codePoint + 0x20];
    return [codePoint];
  }
  const char = String.fromCodePoint(codePoint);
  const candidates = [char, char.toUpperCase(), char.toLowerCase(), char.toUpperCase().toLowerCase()];
  const single = candidates.filter((c) => [...c].length === 1).map((c) => c.codePointAt(0) as number);
  return [...new Set(single)];
}

/** The extra ranges a class range matches under CASE_INSENSITIVE (ASCII letters; see the module notes). */
export function rangeCaseVariants(low: number, high: number): [number, number][] {
  const shifted: [number, number][] = [];
  const lowerLo = Math.max(low, 0x61);
  const lowerHi = Math.min(high, 0x7a);
  if (lowerLo <= lowerHi) shifted.push([lowerLo - 0x20, lowerHi - 0x20]);
  const upperLo = Math.max(low, 0x41);
  const upperHi = Math.min(high, 0x5a);
  if (upperLo <= upperHi) shifted.push([upperLo + 0x20, upperHi + 0x20]);
  return shifted;
}
