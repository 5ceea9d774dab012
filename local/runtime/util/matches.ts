import type { Util } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../errors';
import { requireString } from './arguments';
import { compileJavaPattern } from './java-regex';
import { JavaPatternError } from './java-regex-scanner';

/**
 * `util.matches(pattern, value)`: true when the Java regular expression matches the WHOLE value, as
 * `java.util.regex.Pattern.matches` does (the documentation's example: `util.matches("a*b", "aaaaab")`).
 * What the Java → JavaScript translation does not cover is listed in `java-regex.ts`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
export function createMatches(): Util['matches'] {
  return (pattern, value) => {
    const source = requireString('util.matches', pattern);
    const input = requireString('util.matches', value);
    try {
      return compileJavaPattern(source).test(input);
    } catch (error) {
      if (error instanceof JavaPatternError) throw new RuntimeArgumentError(`util.matches: ${error.message}`);
      throw error;
    }
  };
}
