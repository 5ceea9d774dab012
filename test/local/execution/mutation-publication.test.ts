import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { mutationPublications, payloadOfSelection } from '../../../local/execution/mutation-publication';
import { fragmentsOf } from '../../../local/execution/document-cache';
import { newHandlerCall } from '../../../local/runtime/call-scope';

const operationOf = (document: ReturnType<typeof parse>) => document.definitions[0] as OperationDefinitionNode;

describe('payloadOfSelection', () => {
  it('keys the selected fields by name, not alias, through fragments and lists, and drops what was not selected', () => {
    const document = parse(`
      mutation { addPost { postId: id ...Parts comments { body } } }
      fragment Parts on Post { title author { name } }
    `);
    const field = operationOf(document).selectionSet.selections[0] as FieldNode;
    const result = {
      postId: 'p1',
      title: 'T',
      author: { name: 'ann', email: 'not selected' },
      comments: [{ body: 'a' }, { body: 'b' }],
      extra: 'not selected',
    };
    expect(payloadOfSelection(result, field.selectionSet, fragmentsOf(document))).toEqual({
      id: 'p1',
      title: 'T',
      author: { name: 'ann' },
      comments: [{ body: 'a' }, { body: 'b' }],
    });
  });
});

describe('mutationPublications', () => {
  const document = parse('mutation { first: addPost { id } removePost { id } __typename }');
  const callWith = (...invalidations: { subscriptionField: string; payload: Record<string, unknown> }[]) => {
    const call = newHandlerCall();
    call.invalidations.push(...invalidations);
    return call;
  };

  it("publishes each root field by name, with its payload and its own resolver's invalidations", () => {
    const { publications, errors } = mutationPublications(
      operationOf(document),
      {},
      { first: { id: '1' }, removePost: null, __typename: 'Mutation' },
      [{ responseKey: 'removePost', call: callWith({ subscriptionField: 'onPost', payload: { id: '2' } }) }],
    );
    expect(errors).toEqual([]);
    expect(publications).toEqual([
      { mutationField: 'addPost', payload: { id: '1' }, invalidations: [] },
      { mutationField: 'removePost', payload: null, invalidations: [{ subscriptionField: 'onPost', payload: { id: '2' } }] },
    ]);
  });

  it('keeps the first five unique invalidations of a request and reports the limit', () => {
    const invalidation = (id: number) => ({ subscriptionField: 'onPost', payload: { id } });
    const call = callWith(invalidation(1), invalidation(1), ...[2, 3, 4, 5, 6].map(invalidation));
    const { publications, errors } = mutationPublications(operationOf(document), {}, {}, [{ responseKey: 'first', call }]);
    expect(publications[0].invalidations.map((entry) => entry.payload.id)).toEqual([1, 1, 2, 3, 4, 5]);
    expect(errors).toEqual([expect.objectContaining({ errorType: 'InvalidationLimitExceeded', path: null })]);
  });
});
