import type { FieldAccess, FieldAuthorizer, FieldRequest } from '../auth/directives';
import type { AuthMode } from '../auth/modes';

const NO_DENIED_FIELDS: ReadonlySet<string> = new Set();

/**
 * The schema's field rules for each request, shared between requests that the rules cannot tell apart.
 * The rules read a request's mode, user pool groups and denied fields alone, so every request of a mode
 * without groups or denied fields (API keys, IAM, OIDC, most Lambda authorizations) gets the same access.
 */
export class SharedFieldRules {
  private readonly byMode = new Map<AuthMode, FieldAccess>();

  constructor(private readonly authorizer: FieldAuthorizer) {}

  forRequest(request: FieldRequest): FieldAccess {
    if (request.cognitoGroups.length > 0 || request.deniedFields.size > 0) return this.authorizer.forRequest(request);
    let access = this.byMode.get(request.mode);
    if (access === undefined) {
      access = this.authorizer.forRequest({ mode: request.mode, cognitoGroups: [], deniedFields: NO_DENIED_FIELDS });
      this.byMode.set(request.mode, access);
    }
    return access;
  }
}
