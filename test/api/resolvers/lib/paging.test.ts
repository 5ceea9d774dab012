import { pageSize } from '../../../../resolvers/lib/paging';

describe('pageSize', () => {
  it('is 20 by default, 1 to 100 otherwise', () => {
    expect(pageSize(undefined)).toEqual({ ok: true, value: 20 });
    expect(pageSize(100)).toEqual({ ok: true, value: 100 });
    expect(pageSize(0)).toMatchObject({ ok: false, problem: { field: 'limit' } });
    expect(pageSize(101)).toMatchObject({ ok: false });
  });
});
