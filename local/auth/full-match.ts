import { AuthConfigurationError } from './errors';

/**
 * AppSync takes several settings as regular expressions (appIdClientRegex, an OIDC clientId,
 * identityValidationExpression). The service is written in Java, where `String.matches` tests the WHOLE
 * value, so a plain client id such as `abc` must not accept `xabcx`. JavaScript's RegExp dialect is close
 * to Java's for the patterns these settings hold (character classes, alternation, quantifiers).
 */
export function compileFullMatch(pattern: string, setting: string): (value: string) => boolean {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${pattern})$`);
  } catch (error) {
    throw new AuthConfigurationError(
      'BadRequestException',
      `${setting} is not a valid regular expression: ${String(error)}`,
    );
  }
  return (value) => regex.test(value);
}
