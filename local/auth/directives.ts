import { getDirectiveValues, isObjectType, type DirectiveNode, type GraphQLSchema } from 'graphql';
import type { ApiModes } from './auth-mode-selection';
import type { FieldAuthorizationError } from './errors';
import type { AuthMode } from './modes';

/**
 * Field-level authorization from AppSync's schema directives, as the developer guide states the rules
 * (https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html):
 * - a field's own auth directives decide; without any, its object type's decide ("field-level overrides");
 * - with neither, only the API's default mode may access it, and when that mode is user pools a caller
 *   gets the user pool's `defaultAction` (ALLOW or DENY);
 * - once directives are present only the modes they name are allowed: the default mode is not implied;
 * - `cognito_groups` limits a user pools directive to members of at least one listed group;
 * - `@aws_auth` only works when user pools is the API's only mode ("You can't use the @aws_auth directive
 *   along with additional authorization modes"); otherwise it counts as no directive, as AppSync was seen
 *   to ignore it;
 * - fields a Lambda authorizer returned in `deniedFields` are denied to that request.
 */

const DIRECTIVE_MODES: Readonly<Record<string, AuthMode>> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
};

/** What the auth directives on one type or field allow. */
interface AuthRule {
  readonly modes: ReadonlySet<AuthMode>;
  /** null: any user pool caller; otherwise members of at least one of these groups. */
  readonly cognitoGroups: readonly string[] | null;
}

/** The parts of an authorized request the field rules read (an `AuthorizedRequest` has them). */
export interface FieldRequest {
  readonly mode: AuthMode;
  readonly cognitoGroups: readonly string[];
  readonly deniedFields: ReadonlySet<string>;
}

export interface FieldAccess {
  isFieldAllowed(typeName: string, fieldName: string): boolean;
}

export interface FieldAuthorizerOptions extends ApiModes {
  /** Built with the AppSync directives declared (see `buildAppSyncSchema`). */
  readonly schema: GraphQLSchema;
}

/** The schema's auth rules, read once; `forRequest` applies them to one request. */
export class FieldAuthorizer {
  private readonly rules = new Map<string, AuthRule | undefined>();
  private readonly honourAwsAuth: boolean;

  constructor(private readonly options: FieldAuthorizerOptions) {
    this.honourAwsAuth = options.defaultMode === 'AMAZON_COGNITO_USER_POOLS' && options.additionalModes.length === 0;
  }

  forRequest(request: FieldRequest): FieldAccess {
    return { isFieldAllowed: (typeName, fieldName) => this.isFieldAllowed(request, typeName, fieldName) };
  }

  private isFieldAllowed(request: FieldRequest, typeName: string, fieldName: string): boolean {
    // Introspection (__schema, __typename, __Type, …) carries no directives and is open to any caller.
    if (typeName.startsWith('__') || fieldName.startsWith('__')) return true;
    if (request.mode === 'AWS_LAMBDA' && request.deniedFields.has(`${typeName}.${fieldName}`)) return false;
    const rule = this.effectiveRule(typeName, fieldName);
    if (rule === undefined) {
      if (request.mode !== this.options.defaultMode) return false;
      return request.mode !== 'AMAZON_COGNITO_USER_POOLS' || this.options.cognitoDefaultAction === 'ALLOW';
    }
    if (!rule.modes.has(request.mode)) return false;
    if (request.mode !== 'AMAZON_COGNITO_USER_POOLS' || rule.cognitoGroups === null) return true;
    const allowedGroups = rule.cognitoGroups;
    return request.cognitoGroups.some((group) => allowedGroups.includes(group));
  }

  private effectiveRule(typeName: string, fieldName: string): AuthRule | undefined {
    const key = `${typeName}.${fieldName}`;
    if (!this.rules.has(key)) this.rules.set(key, this.readRule(typeName, fieldName));
    return this.rules.get(key);
  }

  private readRule(typeName: string, fieldName: string): AuthRule | undefined {
    const type = this.options.schema.getType(typeName);
    if (!isObjectType(type)) return undefined;
    const field = type.getFields()[fieldName];
    const fieldNodes = field?.astNode?.directives ?? [];
    const typeNodes = [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
    return this.ruleOf(fieldNodes) ?? this.ruleOf(typeNodes);
  }

  private ruleOf(nodes: readonly DirectiveNode[]): AuthRule | undefined {
    const authNodes = nodes.filter(
      (node) =>
        Object.hasOwn(DIRECTIVE_MODES, node.name.value) && (node.name.value !== 'aws_auth' || this.honourAwsAuth),
    );
    if (authNodes.length === 0) return undefined;
    const modes = new Set(authNodes.map((node) => DIRECTIVE_MODES[node.name.value]));
    const groupLists = authNodes
      .filter((node) => DIRECTIVE_MODES[node.name.value] === 'AMAZON_COGNITO_USER_POOLS')
      .map((node) => this.cognitoGroupsOf(node));
    // Several user pools directives on one element: any without groups admits every user pool caller.
    const anyUser = groupLists.length === 0 || groupLists.some((groups) => groups === null);
    const cognitoGroups = anyUser ? null : groupLists.flatMap((groups) => groups ?? []);
    return { modes, cognitoGroups };
  }

  private cognitoGroupsOf(node: DirectiveNode): readonly string[] | null {
    const directive = this.options.schema.getDirective(node.name.value);
    const values = directive == null ? undefined : getDirectiveValues(directive, { directives: [node] });
    const groups = values?.cognito_groups;
    return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : null;
  }
}

/** The error AppSync reports for a field the request may not access; the field resolves to null. */
export function deniedFieldError(typeName: string, fieldName: string): FieldAuthorizationError {
  return {
    message: `Not Authorized to access ${fieldName} on type ${typeName}`,
    errorType: 'Unauthorized',
    data: null,
    errorInfo: null,
  };
}
