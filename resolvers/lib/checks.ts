/**
 * Checks of free text, identifiers and numbers, written without regular expressions (APPSYNC_JS has none) so the
 * same code runs in resolvers, Lambda handlers and unit tests.
 */

/** Characters, counted as Unicode code points (an emoji is one), as people count them. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** C0 controls, DEL and C1 controls (Unicode category Cc), line breaks and tabs included. */
export function hasControlCharacter(text: string): boolean {
  for (const character of text) {
    if (character < ' ' || (character >= '\u007f' && character <= '\u009f')) return true;
  }
  return false;
}

/** Letters, digits, `-` and `_` only: safe inside keys (`TEAM#eng`) and tokens. */
export function isSimpleIdentifier(text: string): boolean {
  if (text.length === 0) return false;
  for (const character of text) {
    const letterOrDigit = (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');
    if (!letterOrDigit && character !== '-' && character !== '_') return false;
  }
  return true;
}

/** A whole number (APPSYNC_JS has no Number.isInteger). */
export function isWholeNumber(value: number): boolean {
  return Number.isFinite(value) && Math.floor(value) === value;
}
