import { toItem, toItemRecord } from '../../../../resolvers/lib/item-record';

const fields = { id: '01J', message: 'Hello', ownerId: 'u1', createdAt: 't0', updatedAt: 't1', version: 3 };

describe('item records', () => {
  it('carry the keys of exactly the indexes that list them', () => {
    const individual = toItemRecord({ ...fields, accessLevel: 'INDIVIDUAL', teamId: null });
    expect(individual).toEqual({ pk: 'ITEM#01J', sk: 'ITEM', entityType: 'ITEM', id: '01J', message: 'Hello', searchText: 'hello', accessLevel: 'INDIVIDUAL', ownerId: 'u1', createdAt: 't0', updatedAt: 't1', version: 3 });
    expect(toItemRecord({ ...fields, accessLevel: 'TEAM', teamId: 'eng' })).toMatchObject({ teamId: 'eng', scope: 'TEAM#eng' });
    expect(toItemRecord({ ...fields, accessLevel: 'PUBLIC', teamId: null })).toMatchObject({ scope: 'PUBLIC' });
  });

  it('become GraphQL items without the deprecated userId, which resolvers/Item.userId.ts answers', () => {
    expect(toItem(toItemRecord({ ...fields, accessLevel: 'TEAM', teamId: 'eng' }))).toEqual({ ...fields, accessLevel: 'TEAM', teamId: 'eng' });
  });
});
