import { execute, parse, validate, type ExecutionResult, type GraphQLFieldResolver } from 'graphql';
import { pathToArray } from 'graphql/jsutils/Path';
import { buildAppSyncSchema } from '../../../local/api/schema';
import { CompiledQueries } from '../../../local/execution/compiled-queries';

/**
 * The engine executes documents compiled by graphql-jit; graphql-js's `execute` is the reference it must
 * answer as. Each case runs both on the same schema and resolver and compares data, error messages,
 * paths, locations and the errors' original errors, and every resolver call with what the engine reads of
 * its `info`.
 */
const SDL = `
  interface Node { id: ID! }
  type Item implements Node { id: ID! name: String count: Int tags: [String!] owner: Person! }
  type Person implements Node { id: ID! name: String! }
  union Found = Item | Person
  enum Level { LOW HIGH }
  input Filter { minCount: Int = 0 levels: [Level!] name: String }
  type Query {
    item(id: ID!): Item
    items(filter: Filter, first: Int = 2): [Item]
    strictItems: [Item!]
    found: [Found]
    unknownTypes: [Found]
    untyped: [Found]
    node(id: ID!): Node
    level(value: String): Level
    when(value: String): AWSDateTime
    big: Int
    slow(ms: Int!, value: String): String
    failing: String
    required: String!
    echo(text: String, times: Int): String
    json(value: AWSJSON): AWSJSON
    keysOf(value: AWSJSON): [String]
  }
  type Mutation { append(value: String!, ms: Int!): [String] mustAppend(value: String!): String! }
`;

class TestFailure extends Error {
  readonly kind = 'test';
}

const person = { __typename: 'Person', id: 'p1', name: 'Ada' };
const items = [
  { __typename: 'Item', id: 'i1', name: 'first', count: 1, tags: ['a', 'b'], owner: person },
  { __typename: 'Item', id: 'i2', name: 'second', count: 5, tags: ['c', null], owner: person },
  { __typename: 'Item', id: 'i3', name: null, count: 9, tags: null, owner: null },
];

function rootFields(log: string[]): Record<string, (args: Record<string, unknown>) => unknown> {
  const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    item: ({ id }) => items.find((item) => item.id === id) ?? null,
    items: ({ filter, first }) =>
      items.filter((item) => item.count >= ((filter as { minCount?: number } | undefined)?.minCount ?? 0)).slice(0, first as number),
    strictItems: () => [items[0], new TestFailure('item 2 failed'), items[1]],
    found: () => [items[0], person, { __typename: 'Item', id: 'i9', owner: person }],
    unknownTypes: () => [{ __typename: 'Nobody' }],
    untyped: () => [{ id: 'x' }],
    node: ({ id }) => (id === person.id ? person : items.find((item) => item.id === id) ?? null),
    level: ({ value }) => value,
    when: ({ value }) => value,
    big: () => 2 ** 31,
    slow: async ({ ms, value }) => {
      await delay(ms as number);
      return value;
    },
    failing: () => new TestFailure('it failed'),
    required: () => null,
    echo: ({ text, times }) => `${String(text)}×${String(times)}`,
    json: ({ value }) => value,
    keysOf: ({ value }) => Object.keys(value as object),
    mustAppend: ({ value }) => {
      log.push(value as string);
      return null;
    },
    append: async ({ value, ms }) => {
      await delay(ms as number);
      log.push(value as string);
      return [...log];
    },
  };
}

/** Root fields from the table above, other fields from their source; an Error value is thrown. */
function resolverOver(fields: ReturnType<typeof rootFields>, calls: string[] = []): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, _context, info) => {
    // What the engine reads of `info`: the field, its parent type, its path and its nodes (by location).
    const nodes = info.fieldNodes.map((node) => node.loc?.start).join(',');
    calls.push(`${info.parentType.name}.${info.fieldName} ${JSON.stringify(pathToArray(info.path))} ${nodes} ${JSON.stringify(args)}`);
    const isRoot = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
    const value = isRoot ? fields[info.fieldName]!(args) : (source as Record<string, unknown>)[info.fieldName];
    if (value instanceof Error) throw value;
    return value;
  };
}

function comparable(result: ExecutionResult): { data: unknown; errors: unknown } {
  return {
    data: result.data === undefined ? undefined : JSON.parse(JSON.stringify(result.data)),
    errors: result.errors?.map((error) => ({
      message: error.message,
      path: error.path,
      locations: error.locations,
      original: error.originalError instanceof TestFailure ? error.originalError.message : undefined,
    })),
  };
}

async function bothWays(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  const referenceSchema = buildAppSyncSchema(SDL);
  expect(validate(referenceSchema, document)).toEqual([]);
  const referenceLog: string[] = [];
  const compiledLog: string[] = [];
  const referenceCalls: string[] = [];
  const compiledCalls: string[] = [];
  const reference = await execute({
    schema: referenceSchema,
    document,
    rootValue: {},
    variableValues: variables,
    operationName,
    fieldResolver: resolverOver(rootFields(referenceLog), referenceCalls),
  });
  const queries = new CompiledQueries(buildAppSyncSchema(SDL), resolverOver(rootFields(compiledLog), compiledCalls));
  const compiled = await queries.execute(document, operationName, {}, variables);
  return {
    reference: { ...comparable(reference), calls: referenceCalls.sort() },
    compiled: { ...comparable(compiled), calls: compiledCalls.sort() },
    referenceLog,
    compiledLog,
  };
}

const CASES: [name: string, query: string, variables?: Record<string, unknown>, operationName?: string][] = [
  ['fields, aliases, arguments and nested objects', '{ item(id: "i1") { id name alias: count owner { name } } second: item(id: "i2") { tags } }'],
  ['argument defaults and input object defaults', '{ items { id } some: items(filter: { name: "x" }, first: 3) { id count } }'],
  ['variables with defaults, lists coerced from one value', 'query Q($f: Filter = { minCount: 5 }, $levels: [Level!]) { items(filter: $f) { id } more: items(filter: { levels: $levels }) { id } }', { levels: 'LOW' }],
  ['a missing required variable', 'query Q($id: ID!) { item(id: $id) { id } }', {}],
  ['a variable of the wrong type', 'query Q($n: Int) { items(first: $n) { id } }', { n: 'three' }],
  ['null for a non-null variable', 'query Q($id: ID!) { item(id: $id) { id } }', { id: null }],
  ['an input object with an unknown field', 'query Q($f: Filter) { items(filter: $f) { id } }', { f: { minCount: 1, colour: 'red' } }],
  ['an invalid enum value in a variable', 'query Q($f: Filter) { items(filter: $f) { id } }', { f: { levels: ['MEDIUM'] } }],
  ['null on a non-null field propagates to the nearest nullable parent', '{ items(first: 3) { id owner { name } } }'],
  ['an error in a list of non-null items nulls the list', '{ strictItems { id } failing }'],
  ['a non-null root field answering null', '{ required echo(text: "a") }'],
  ['null items inside a list of non-null strings', '{ item(id: "i2") { tags } }'],
  ['unions and interfaces resolved by __typename', '{ found { __typename ... on Item { id } ... on Person { name } } node(id: "p1") { id __typename ... on Person { name } } }'],
  ['an output value outside its enum', '{ ok: level(value: "HIGH") bad: level(value: "MEDIUM") }'],
  ['an AWSDateTime that is not one', '{ ok: when(value: "2026-11-25T10:00:00Z") bad: when(value: "yesterday") }'],
  ['an Int beyond 32 bits', '{ big }'],
  ['@skip and @include with variables, on fields and fragments', 'query Q($yes: Boolean!, $no: Boolean!) { item(id: "i1") { id @skip(if: $yes) name @include(if: $yes) ...F @include(if: $no) ... on Item @skip(if: $no) { count } } } fragment F on Item { tags }', { yes: true, no: false }],
  ['the same field selected twice and merged', '{ item(id: "i1") { owner { id } owner { name } } }'],
  ['asynchronous resolvers mixed with synchronous ones', '{ a: slow(ms: 5, value: "a") b: echo(text: "b") c: slow(ms: 1, value: "c") }'],
  ['several operations and the one named', 'query A { echo(text: "a") } query B { echo(text: "b") }', undefined, 'B'],
  ['several operations and none named', 'query A { echo(text: "a") } query B { echo(text: "b") }'],
  ['an operation name the document lacks', 'query A { echo(text: "a") }', undefined, 'Missing'],
  ['introspection beside data', '{ __typename __schema { queryType { name } } __type(name: "Level") { enumValues { name } } echo(text: "x") }'],
  ['variables in nested arguments', 'query Q($t: String, $n: Int) { echo(text: $t, times: $n) item(id: "i1") { id } }', { t: 'hi', n: 2 }],
  ['AWSJSON in a variable and a literal, parsed once, out as a JSON string', 'query Q($j: AWSJSON) { json(value: $j) keysOf(value: $j) literal: keysOf(value: "{\\"b\\": 2}") }', { j: '{"a": [1, 2]}' }],
  ['an AWSJSON variable that is not JSON', 'query Q($j: AWSJSON) { json(value: $j) }', { j: '{oops' }],
  ['arguments given out of their defined order', '{ echo(times: 3, text: "x") items(first: 1, filter: { minCount: 2 }) { id } }'],
];

/** Cases where graphql-js, all resolvers synchronous, skips fields that graphql-jit still resolves. */
const SIBLINGS_AFTER_A_NON_NULL_ERROR = new Set(['an error in a list of non-null items nulls the list', 'a non-null root field answering null']);

describe('CompiledQueries answers as graphql-js execute does', () => {
  // A rest parameter: jest takes a callback with more parameters than a row has cells for one using `done`.
  it.each(CASES)('%s', async (...testCase) => {
    const [name, query, variables, operationName] = testCase;
    const { reference, compiled } = await bothWays(query, variables, operationName);
    if (!SIBLINGS_AFTER_A_NON_NULL_ERROR.has(name)) {
      expect(compiled).toEqual(reference);
      return;
    }
    // The spec lets siblings of a failed non-null field be cancelled or not: graphql-jit still resolves them.
    const { calls: referenceCalls, ...referenceAnswer } = reference;
    const { calls: compiledCalls, ...compiledAnswer } = compiled;
    expect(compiledAnswer).toEqual(referenceAnswer);
    expect(compiledCalls).toEqual(expect.arrayContaining(referenceCalls));
    expect(compiledCalls.length).toBeGreaterThan(referenceCalls.length);
  });

  // The one difference kept: the field fails, at the same path, with graphql-jit's message.
  it.each([
    ['unknownTypes', 'Abstract type "Found" was resolved to a type "Nobody" that does not exist inside the schema.', 'Runtime Object type "Nobody" is not a possible type for "Found".'],
    ['untyped', 'Abstract type "Found" must resolve to an Object type at runtime for field "Query.untyped". Either the "Found" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.', 'Runtime Object type is not a possible type for "Found".'],
  ])('fails %s, a union value without a __typename of the schema, as graphql-js does but for the message', async (field, referenceMessage, compiledMessage) => {
    const { reference, compiled } = await bothWays(`{ ${field} { __typename } }`);
    type Errors = { message: string; path: unknown; locations: unknown }[];
    const [expected, actual] = [{ ...reference, errors: reference.errors as Errors }, { ...compiled, errors: compiled.errors as Errors }];
    expect(expected.errors.map((e) => e.message)).toEqual([referenceMessage]);
    expect(actual.errors.map((e) => e.message)).toEqual([compiledMessage]);
    expect(actual.data).toEqual(expected.data);
    expect(actual.errors.map((e) => [e.path, e.locations])).toEqual(expected.errors.map((e) => [e.path, e.locations]));
  });

  it('runs the root fields of a mutation one after another', async () => {
    const { reference, compiled, referenceLog, compiledLog } = await bothWays(
      'mutation { first: append(value: "1", ms: 20) second: append(value: "2", ms: 1) third: append(value: "3", ms: 5) }',
    );
    expect(compiled).toEqual(reference);
    expect(compiledLog).toEqual(['1', '2', '3']);
    expect(referenceLog).toEqual(compiledLog);
  });

  it('stops a mutation at a non-null field that fails', async () => {
    const { reference, compiled, referenceLog, compiledLog } = await bothWays(
      'mutation { first: append(value: "1", ms: 1) second: mustAppend(value: "2") third: append(value: "3", ms: 1) }',
    );
    expect(referenceLog).toEqual(['1', '2']);
    expect(compiledLog).toEqual(referenceLog);
    expect(compiled).toEqual(reference);
  });

  it('answers without a promise when every resolver did', () => {
    const queries = new CompiledQueries(buildAppSyncSchema(SDL), resolverOver(rootFields([])));
    const answer = queries.execute(parse('{ echo(text: "now") }'), undefined, {}, undefined);
    expect(answer).toEqual({ data: { echo: 'now×undefined' } });
  });
});
