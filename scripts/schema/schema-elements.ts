import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** A schema element that can carry `@deprecated`, named by its schema coordinate (`Type.field.arg`). */
export interface DeprecatableElement {
  readonly coordinate: string;
  readonly deprecationReason: string | null | undefined;
}

/** Where a named type is used; a use through a field, argument or input field can be deprecated. */
export type TypeReference =
  | (DeprecatableElement & { readonly kind: 'field' | 'argument' | 'input field' })
  | { readonly kind: 'union member' | 'interface implementation'; readonly coordinate: string };

/**
 * The elements a change path names, most specific first: `Type.field.arg` → the argument, then the field;
 * `Type.member` → the field, input field or enum value. Elements missing from the schema are left out.
 */
export function elementsAt(schema: GraphQLSchema, path: string): DeprecatableElement[] {
  const [typeName, memberName, argumentName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || memberName === undefined || memberName.startsWith('@')) return [];
  const found: DeprecatableElement[] = [];
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[memberName];
    if (!field) return [];
    const argument = argumentName === undefined ? undefined : field.args.find((a) => a.name === argumentName);
    if (argument) found.push({ coordinate: `${typeName}.${memberName}(${argument.name}:)`, deprecationReason: argument.deprecationReason });
    found.push({ coordinate: `${typeName}.${memberName}`, deprecationReason: field.deprecationReason });
  } else if (isInputObjectType(type)) {
    const field = type.getFields()[memberName];
    if (field) found.push({ coordinate: `${typeName}.${memberName}`, deprecationReason: field.deprecationReason });
  } else if (isEnumType(type)) {
    const value = type.getValue(memberName);
    if (value) found.push({ coordinate: `${typeName}.${memberName}`, deprecationReason: value.deprecationReason });
  }
  return found;
}

/** Every element of the schema's own types that carries `@deprecated`. */
export function deprecatedElements(schema: GraphQLSchema): DeprecatableElement[] {
  const found: DeprecatableElement[] = [];
  for (const type of ownTypes(schema)) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.push({ coordinate: `${type.name}.${field.name}`, deprecationReason: field.deprecationReason });
        for (const arg of field.args) {
          found.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, deprecationReason: arg.deprecationReason });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.push({ coordinate: `${type.name}.${field.name}`, deprecationReason: field.deprecationReason });
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        found.push({ coordinate: `${type.name}.${value.name}`, deprecationReason: value.deprecationReason });
      }
    }
  }
  return found.filter((element) => element.deprecationReason != null);
}

/** Every place in the schema that uses the named type. */
export function referencesTo(schema: GraphQLSchema, typeName: string): TypeReference[] {
  const found: TypeReference[] = [];
  const isTarget = (type: Parameters<typeof getNamedType>[0]) => getNamedType(type)?.name === typeName;
  for (const type of ownTypes(schema)) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (isTarget(field.type)) found.push({ kind: 'field', coordinate, deprecationReason: field.deprecationReason });
        for (const arg of field.args) {
          if (isTarget(arg.type)) found.push({ kind: 'argument', coordinate: `${coordinate}(${arg.name}:)`, deprecationReason: arg.deprecationReason });
        }
      }
      for (const implemented of type.getInterfaces()) {
        if (implemented.name === typeName) found.push({ kind: 'interface implementation', coordinate: type.name });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (isTarget(field.type)) found.push({ kind: 'input field', coordinate: `${type.name}.${field.name}`, deprecationReason: field.deprecationReason });
      }
    } else if (isUnionType(type) && type.getTypes().some((member) => member.name === typeName)) {
      found.push({ kind: 'union member', coordinate: type.name });
    }
  }
  return found;
}

function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type));
}
