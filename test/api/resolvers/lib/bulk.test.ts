import { bulkResultOf, bulkSizeProblem } from '../../../../resolvers/lib/bulk';
import { toItem, toItemRecord } from '../../../../resolvers/lib/item-record';

const fields = { id: '01J', message: 'Hello', ownerId: 'u1', createdAt: 't0', updatedAt: 't1', version: 3 };

describe('bulk results', () => {
  it('list every entry in request order with the counts', () => {
    const record = toItemRecord({ ...fields, accessLevel: 'INDIVIDUAL', teamId: null });
    const result = bulkResultOf(
      [
        { index: 1, id: null, problem: { errorType: 'ValidationError', message: 'bad', field: 'message' } },
        { index: 0, id: null, record },
      ],
      undefined,
    );
    expect(result).toEqual({
      results: [
        { index: 0, id: '01J', item: toItem(record), error: null },
        { index: 1, id: null, item: null, error: { errorType: 'ValidationError', message: 'bad', field: 'message' } },
      ],
      succeeded: 1,
      failed: 1,
    });
    expect(bulkResultOf([{ index: 0, id: 'x', record }], { errorType: 'Conflict', message: 'c' }).results[0]).toMatchObject({ id: 'x', error: { errorType: 'Conflict' } });
  });

  it('take 1 to 25 entries', () => {
    expect(bulkSizeProblem('ids', 0)).toMatchObject({ field: 'ids' });
    expect(bulkSizeProblem('ids', 25)).toBeUndefined();
    expect(bulkSizeProblem('ids', 26)).toMatchObject({ field: 'ids' });
  });
});
