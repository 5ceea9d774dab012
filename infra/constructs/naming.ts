/**
 * Resource names: every physical name is `<prefix>-<name>`, the prefix being `<project>-<env>`
 * (`toyapi-dev-items`), so environments sharing an account never collide and a name tells where it belongs.
 */

const PREFIX = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Why a name prefix cannot be used, if it cannot. */
export function namePrefixProblems(namePrefix: string): string[] {
  return PREFIX.test(namePrefix) && namePrefix.length <= 30
    ? []
    : [`namePrefix '${namePrefix}' must be lowercase words joined by dashes, at most 30 characters (e.g. 'toyapi-dev')`];
}

/** `toyapi-dev` + `items` → `toyapi-dev-items`. */
export function resourceName(namePrefix: string, ...parts: readonly string[]): string {
  return [namePrefix, ...parts].join('-');
}

/** `createTeam` → `create-team`, `sign_in.ts` → `sign-in`. */
export function kebabCase(text: string): string {
  return text
    .replace(/\.[a-z]+$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
