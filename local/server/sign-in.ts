import { timingSafeEqual } from 'node:crypto';
import type { IssuedTokens, LocalIssuer } from '../auth/local-issuer';
import type { LocalUser } from './local-setup';

/** Cognito's answer to a wrong username or password (it does not say which). */
export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

/**
 * Password sign-in against the local setup's users, answered with tokens from the local user pool issuer:
 * what Cognito's USER_PASSWORD_AUTH flow does, for local development only.
 */
export class LocalSignIn {
  private readonly users: ReadonlyMap<string, LocalUser>;

  constructor(
    users: readonly LocalUser[],
    private readonly issuer: LocalIssuer,
  ) {
    this.users = new Map(users.map((user) => [user.username, user]));
  }

  signIn(username: unknown, password: unknown): IssuedTokens & { readonly userId: string } {
    const user = typeof username === 'string' ? this.users.get(username) : undefined;
    if (!user || typeof password !== 'string' || !samePassword(user.password, password)) throw new SignInError(INCORRECT_CREDENTIALS);
    const tokens = this.issuer.issueTokens({ username: user.username, groups: user.groups, email: user.email });
    return { ...tokens, userId: this.issuer.subjectOf(user.username) };
  }

  get usernames(): string[] {
    return [...this.users.keys()];
  }
}

function samePassword(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
