import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_REFERENCE_FILE, renderApiReference, undocumentedElements } from '../../scripts/api-reference';

const root = path.resolve(__dirname, '../..');
const schemaSdl = readFileSync(path.join(root, 'schema.graphql'), 'utf8');

describe('the API reference', () => {
  it('documents every type, field, argument and enum value of schema.graphql', () => {
    expect(undocumentedElements(schemaSdl)).toEqual([]);
  });

  it(`is committed as generated from the current schema (else run \`npm run docs:api\`)`, () => {
    expect(readFileSync(path.join(root, API_REFERENCE_FILE), 'utf8')).toBe(renderApiReference(schemaSdl));
  });
});

describe('undocumentedElements', () => {
  it('names each element without a description by its schema coordinate', () => {
    const sdl = `
      "Reads." type Query { "Documented." thing(id: ID!, "Documented." limit: Int): Thing @aws_api_key }
      type Thing { "Documented." name: String, size: Int }
      "Documented." enum Colour { "Documented." RED GREEN }
      "Documented." input Filter { colour: Colour }
    `;
    expect(undocumentedElements(sdl)).toEqual(['Query.thing(id:)', 'Thing', 'Thing.size', 'Colour.GREEN', 'Filter.colour']);
  });

  it('checks interface fields too', () => {
    const sdl = '"Reads." type Query { "Any." node: Node @aws_api_key } "A node." interface Node { id: ID }';
    expect(undocumentedElements(sdl)).toEqual(['Node.id']);
  });

  it('leaves out what AppSync declares itself', () => {
    expect(undocumentedElements('"Reads." type Query { "When." at: AWSDateTime @aws_api_key }')).toEqual([]);
  });
});

describe('renderApiReference', () => {
  const sdl = `
    "Reads." type Query {
      "One thing." thing("Its id." id: ID!): Thing @aws_api_key @aws_cognito_user_pools(cognito_groups: ["admins"])
      "Default mode only." secret: String
    }
    "A thing." type Thing @aws_api_key {
      "Its tags." tags: [String!]!
      "When it was made." at: AWSDateTime!
      "Old | name." old: String @deprecated(reason: "Use tags.")
    }
  `;
  const markdown = renderApiReference(sdl);

  it('gives each operation its signature, description, linked result type and auth modes', () => {
    expect(markdown).toContain(
      '### Query.thing\n\n`thing(id: ID!): Thing`\n\nOne thing.\n\nReturns [Thing](#thing). Auth: API key, Cognito user pools (groups: admins).',
    );
    expect(markdown).toContain('| `id` | `ID!` | Its id. |');
    expect(markdown).toContain('Returns `String`. Auth: the default mode.');
  });

  it('lists the members of a union', () => {
    const withUnion = renderApiReference('"Reads." type Query { "Any." any: Either } "One." type A { "x." x: Int } "Two." type B { "y." y: Int } "Either." union Either = A | B');
    expect(withUnion).toContain('## Unions\n\n### Either\n\nEither.\n\nOne of [A](#a), [B](#b).');
  });

  it('tables fields, marks deprecations and lists the AppSync scalars in use', () => {
    expect(markdown).toContain('| `old` | `String` | **Deprecated:** Use tags. Old \\| name. |');
    expect(markdown).toContain('| `at` | [AWSDateTime](#scalars)! | When it was made. |');
    expect(markdown).toMatch(/## Scalars[\s\S]*\| `AWSDateTime` \| An extended ISO 8601 date and time string/);
  });
});
