/**
 * Reading a `java.util.regex.Pattern`: code points, COMMENTS-mode whitespace, Java's character escapes
 * and its error reports. The translation to JavaScript builds on this (`java-regex.ts`).
 */

/** A pattern Java would reject, or one using a feature this translation does not support. */
export class JavaPatternError extends Error {
  override readonly name = 'JavaPatternError';
  constructor(readonly pattern: string, readonly reason: string, readonly index?: number) {
    super(
      `${reason}${index === undefined ? '' : ` near index ${index}`} in regular expression ${JSON.stringify(pattern)}`,
    );
  }
}

/** The Pattern flags that change how the rest of a pattern reads; inline `(?i)` and friends set them. */
export interface Flags {
  /** CASE_INSENSITIVE */ readonly i: boolean;
  /** UNIX_LINES: only \n ends a line */ readonly d: boolean;
  /** MULTILINE */ readonly m: boolean;
  /** DOTALL */ readonly s: boolean;
  /** UNICODE_CASE */ readonly u: boolean;
  /** COMMENTS */ readonly x: boolean;
  /** UNICODE_CHARACTER_CLASS */ readonly U: boolean;
}

export const NO_FLAGS: Flags = { i: false, d: false, m: false, s: false, u: false, x: false, U: false };

const WHITESPACE = /[ \t\n\x0B\f\r]/;
const CHAR_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, r: 0x0d, f: 0x0c, a: 0x07, e: 0x1b };

export abstract class PatternScanner {
  protected pos = 0;
  protected flags: Flags = NO_FLAGS;

  constructor(protected readonly pattern: string) {}

  /** The code point of a character escape (`\t`, `\x41`, `\u00e9`, `\0101`, `\cA`, `\.`). */
  protected charEscape(char: string, start: number): number {
    const simple = CHAR_ESCAPES[char];
    if (simple !== undefined) return simple;
    switch (char) {
      case '0': {
        const match = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(this.pattern.slice(this.pos));
        if (!match) throw this.error('Illegal octal escape sequence', start);
        this.pos += match[0].length;
        return parseInt(match[0], 8);
      }
      case 'x': {
        const match = /^(?:([0-9a-fA-F]{2})|\{([0-9a-fA-F]+)\})/.exec(this.pattern.slice(this.pos));
        const value = match ? parseInt((match[1] ?? match[2]) as string, 16) : NaN;
        if (!match || value > 0x10ffff) throw this.error('Illegal hexadecimal escape sequence', start);
        this.pos += match[0].length;
        return value;
      }
      case 'u':
        return this.unicodeEscape(start);
      case 'c': {
        const control = this.next();
        if (control === undefined) throw this.error('Illegal control escape sequence', start);
        return (control.codePointAt(0) as number) ^ 64;
      }
      case 'N':
      case 'X':
        throw this.error(`\\${char} is not supported`, start);
      default:
        if (/[a-zA-Z]/.test(char)) throw this.error('Illegal/unsupported escape sequence', start);
        return char.codePointAt(0) as number;
    }
  }

  /** `\uXXXX`; a high surrogate followed by an escaped low surrogate makes one code point, as in Java. */
  private unicodeEscape(start: number): number {
    const unit = (at: number) =>
      /^[0-9a-fA-F]{4}$/.test(this.pattern.slice(at, at + 4)) ? parseInt(this.pattern.slice(at, at + 4), 16) : NaN;
    const high = unit(this.pos);
    if (Number.isNaN(high)) throw this.error('Illegal Unicode escape sequence', start);
    this.pos += 4;
    const low = this.pattern.startsWith('\\u', this.pos) ? unit(this.pos + 2) : NaN;
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      this.pos += 6;
      return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return high;
  }

  /** Under COMMENTS, whitespace and `#` comments (to the end of the line) are not part of the pattern. */
  protected skipComments(): void {
    if (!this.flags.x) return;
    for (let char = this.peek(); char !== undefined; char = this.peek()) {
      if (WHITESPACE.test(char)) this.pos += 1;
      else if (char === '#') {
        const end = this.pattern.slice(this.pos).search(/[\n\r\u0085\u2028\u2029]/);
        this.pos = end === -1 ? this.pattern.length : this.pos + end;
      } else return;
    }
  }

  protected peek(): string | undefined {
    const codePoint = this.pattern.codePointAt(this.pos);
    return codePoint === undefined ? undefined : String.fromCodePoint(codePoint);
  }

  protected next(): string | undefined {
    const char = this.peek();
    if (char !== undefined) this.pos += char.length;
    return char;
  }

  protected eat(expected: string): boolean {
    if (this.peek() !== expected) return false;
    this.pos += expected.length;
    return true;
  }

  protected error(reason: string, index = this.pos): JavaPatternError {
    return new JavaPatternError(this.pattern, reason, index);
  }
}
