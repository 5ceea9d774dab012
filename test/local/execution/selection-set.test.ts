import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { filterBySelection } from '../../../local/execution/selection-set';

/** The root field of a one-field query, and the query's fragments. */
function fieldOf(query: string): { nodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { nodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('filterBySelection (error data cut to the selection set)', () => {
  const data = { id: '1', text: 'note', owner: 'ann', author: { name: 'Ann', email: 'a@x' }, tags: [{ name: 't', hidden: true }] };

  it('keeps only selected fields, nested objects and list items included', () => {
    const { nodes, fragments } = fieldOf('{ note { id author { name } tags { name } } }');
    expect(filterBySelection(data, nodes, fragments)).toEqual({ id: '1', author: { name: 'Ann' }, tags: [{ name: 't' }] });
  });

  it('names fields by alias and follows fragments; fields the data lacks are left out', () => {
    const { nodes, fragments } = fieldOf('{ note { key: id ...F ... on Note { missing } } } fragment F on Note { text }');
    expect(filterBySelection(data, nodes, fragments)).toEqual({ key: '1', text: 'note' });
  });

  it('keeps the data of a leaf field, and data that is not an object, whole', () => {
    expect(filterBySelection({ any: 'thing' }, fieldOf('{ secret }').nodes, {})).toEqual({ any: 'thing' });
    expect(filterBySelection('text', fieldOf('{ note { id } }').nodes, {})).toBe('text');
  });
});
