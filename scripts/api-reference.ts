import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { buildAppSyncSchema } from '../local/api/schema';

/** Where the reference is written, relative to the repository root. */
export const API_REFERENCE_FILE = 'docs/api-reference.md';

/** What each AppSync auth directive lets in, in words. */
const AUTH_MODE_NAMES: Readonly<Record<string, string>> = {
  aws_api_key: 'API key',
  aws_cognito_user_pools: 'Cognito user pools',
  aws_auth: 'Cognito user pools',
  aws_lambda: 'Lambda authorizer',
  aws_iam: 'IAM',
  aws_oidc: 'OpenID Connect',
};

/** The schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`) of elements without a description. */
export function undocumentedElements(sdl: string): string[] {
  const schema = buildAppSyncSchema(sdl);
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of ownTypes(schema, sdl)) {
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

/** The API reference as Markdown, from the schema's descriptions and auth directives. */
export function renderApiReference(sdl: string): string {
  const schema = buildAppSyncSchema(sdl);
  const own = ownTypes(schema, sdl);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t != null);
  const others = own.filter((type) => !roots.includes(type as (typeof roots)[number])).sort((a, b) => a.name.localeCompare(b.name));
  const usedScalars = [...new Set(own.flatMap(referencedTypes))]
    .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));

  const lines = [
    '# API reference',
    '',
    '<!-- Generated from schema.graphql by `npm run docs:api`. Do not edit: change the schema\'s descriptions. -->',
    '',
    'Every operation, type and field of the GraphQL API, with the description the schema gives it. "Auth" names',
    'the authorization modes that may call a field; a field without one allows the default mode only.',
    '',
  ];
  for (const root of roots) {
    lines.push(`## ${root.name}`, '', root.description ?? '', '');
    for (const field of Object.values(root.getFields())) lines.push(...renderRootField(root, field));
  }
  const sections: [string, (type: GraphQLNamedType) => boolean][] = [
    ['Object types', isObjectType],
    ['Interfaces', isInterfaceType],
    ['Unions', isUnionType],
    ['Input types', isInputObjectType],
    ['Enums', isEnumType],
  ];
  for (const [title, belongs] of sections) {
    const types = others.filter(belongs);
    if (types.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const type of types) lines.push(...renderType(type));
  }
  if (usedScalars.length > 0) {
    lines.push('## Scalars', '', 'AppSync\'s own scalars that the schema uses.', '', '| Scalar | Description |', '| --- | --- |');
    for (const scalar of usedScalars) lines.push(`| \`${scalar.name}\` | ${cell(scalar.description)} |`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderRootField(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const lines = [`### ${root.name}.${field.name}`, '', `\`${field.name}${signature(field.args)}: ${field.type}\``, '', field.description ?? '', ''];
  // A field's auth directives replace its type's, as on AppSync.
  const directives = hasAuthDirective(field.astNode?.directives) ? field.astNode?.directives : root.astNode?.directives;
  lines.push(`Returns ${typeLink(field.type)}. Auth: ${authModes(directives)}.`, '');
  if (field.deprecationReason) lines.push(`**Deprecated:** ${field.deprecationReason}`, '');
  if (field.args.length > 0) lines.push(...table('Argument', field.args));
  return lines;
}

function renderType(type: GraphQLNamedType): string[] {
  const lines = [`### ${type.name}`, '', type.description ?? '', ''];
  if (isObjectType(type)) {
    if (hasAuthDirective(type.astNode?.directives)) lines.push(`Auth: ${authModes(type.astNode?.directives)}.`, '');
    lines.push(...table('Field', Object.values(type.getFields())));
  } else if (isInterfaceType(type) || isInputObjectType(type)) {
    lines.push(...table('Field', Object.values(type.getFields())));
  } else if (isUnionType(type)) {
    lines.push(`One of ${type.getTypes().map((member) => `[${member.name}](#${member.name.toLowerCase()})`).join(', ')}.`, '');
  } else if (isEnumType(type)) {
    lines.push('| Value | Description |', '| --- | --- |');
    for (const value of type.getValues()) lines.push(`| \`${value.name}\` | ${cell(value.description, value.deprecationReason)} |`);
    lines.push('');
  }
  return lines;
}

type Member = GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField;

function table(heading: string, members: readonly Member[]): string[] {
  const lines = [`| ${heading} | Type | Description |`, '| --- | --- | --- |'];
  for (const member of members) {
    const args = 'args' in member && member.args.length > 0 ? signature(member.args) : '';
    lines.push(`| \`${member.name}${args}\` | ${typeLink(member.type)} | ${cell(member.description, member.deprecationReason)} |`);
  }
  lines.push('');
  return lines;
}

function signature(args: readonly GraphQLArgument[]): string {
  return args.length === 0 ? '' : `(${args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')})`;
}

/** `[Item!]!` with the named type linked to its section (built-in scalars stay plain). */
function typeLink(type: GraphQLType): string {
  const named = getNamedType(type);
  const text = String(type).replace(/[[\]]/g, (c) => `\\${c}`);
  if (isSpecifiedScalarType(named)) return `\`${type}\``;
  const anchor = isScalarType(named) ? 'scalars' : named.name.toLowerCase();
  return text.replace(named.name, `[${named.name}](#${anchor})`);
}

function hasAuthDirective(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  return (directives ?? []).some((directive) => directive.name.value in AUTH_MODE_NAMES);
}

function authModes(directives: readonly ConstDirectiveNode[] | undefined): string {
  const modes = (directives ?? []).flatMap((directive) => {
    const name = AUTH_MODE_NAMES[directive.name.value];
    if (name === undefined) return [];
    const groups = directive.arguments?.find((arg) => arg.name.value === 'cognito_groups')?.value;
    const groupNames = groups?.kind === Kind.LIST ? groups.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [];
    return [groupNames.length > 0 ? `${name} (groups: ${groupNames.join(', ')})` : name];
  });
  return modes.length > 0 ? modes.join(', ') : 'the default mode';
}

function cell(description: string | null | undefined, deprecationReason?: string | null): string {
  const text = (description ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  return deprecationReason ? `**Deprecated:** ${deprecationReason.replace(/\|/g, '\\|')} ${text}` : text;
}

/** Types the SDL itself declares, in the order it declares them (not AppSync's implicit ones). */
function ownTypes(schema: GraphQLSchema, sdl: string): GraphQLNamedType[] {
  const names = parse(sdl).definitions.flatMap((definition) =>
    'name' in definition && definition.name !== undefined && definition.kind !== Kind.DIRECTIVE_DEFINITION ? [definition.name.value] : [],
  );
  return [...new Set(names)].map((name) => schema.getType(name)).filter((type): type is GraphQLNamedType => type != null);
}

function referencedTypes(type: GraphQLNamedType): GraphQLNamedType[] {
  if (isObjectType(type) || isInterfaceType(type)) {
    return Object.values(type.getFields()).flatMap((field) => [field.type, ...field.args.map((arg) => arg.type)].map((t) => getNamedType(t)));
  }
  if (isInputObjectType(type)) return Object.values(type.getFields()).map((field) => getNamedType(field.type));
  return [];
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const sdl = readFileSync(path.join(root, 'schema.graphql'), 'utf8');
  const missing = undocumentedElements(sdl);
  if (missing.length > 0) {
    console.error(`schema.graphql: these lack a description:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(path.join(root, API_REFERENCE_FILE), renderApiReference(sdl));
  console.log(`Wrote ${API_REFERENCE_FILE}.`);
}

if (require.main === module) main();
