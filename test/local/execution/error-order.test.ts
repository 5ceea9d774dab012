import { GraphQLError } from 'graphql';
import { inDocumentOrder } from '../../../local/execution/error-order';

const at = (message: string, path?: (string | number)[]) => new GraphQLError(message, { path });
const messagesOf = (result: { errors?: readonly GraphQLError[] }) => result.errors?.map((error) => error.message);

describe('inDocumentOrder', () => {
  it('lists errors in the order of their fields in the response, depth first', () => {
    const data = { first: { a: null, b: [null, { c: null }] }, second: null, third: null };
    const errors = [at('third', ['third']), at('b.1.c', ['first', 'b', 1, 'c']), at('second', ['second']), at('b.0', ['first', 'b', 0]), at('a', ['first', 'a'])];
    expect(messagesOf(inDocumentOrder({ data, errors }))).toEqual(['a', 'b.0', 'b.1.c', 'second', 'third']);
  });

  it('places errors below a field an error nulled by their list indexes, else keeps their order; pathless ones first', () => {
    const data = { list: null, other: 1 };
    const errors = [
      at('other', ['other']),
      at('2.y', ['list', 2, 'y']),
      at('2.x', ['list', 2, 'x']),
      at('0', ['list', 0]),
      at('request'),
    ];
    expect(messagesOf(inDocumentOrder({ data, errors }))).toEqual(['request', '0', '2.y', '2.x', 'other']);
  });

  it('leaves a result with fewer than two errors as it is', () => {
    const result = { data: { a: null }, errors: [at('a', ['a'])] };
    expect(inDocumentOrder(result)).toBe(result);
  });
});
