/**
 * How a ToyApi call authenticates, one of the API's modes:
 * - `apiKey`: the API key (header `x-api-key`), for public reads and `login`;
 * - `idToken`: a Cognito ID token, sent raw in `Authorization` as AppSync accepts it;
 * - `getIdToken`: the same, asked for on every call so a caller can refresh it;
 * - `developerKey`: a developer API key from `createApiKey`, checked by the API's Lambda authorizer.
 * Omit it to call anonymously.
 */
export type ToyApiAuth =
  | { readonly apiKey: string }
  | { readonly idToken: string }
  | { readonly getIdToken: () => string | Promise<string> }
  | { readonly developerKey: string };

/** The headers that carry `auth` on a request. */
export async function authHeaders(auth: ToyApiAuth | undefined): Promise<Record<string, string>> {
  if (auth === undefined) return {};
  if ('apiKey' in auth) return { 'x-api-key': auth.apiKey };
  if ('idToken' in auth) return { authorization: auth.idToken };
  if ('getIdToken' in auth) return { authorization: await auth.getIdToken() };
  return { authorization: auth.developerKey };
}
