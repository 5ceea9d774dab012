import { toItem, toItemRecord } from '../../../resolvers/lib/item-record';
import { loadResolver, run } from './run-handler';

describe('Item.userId (deprecated)', () => {
  const resolver = loadResolver('Item.userId.ts');
  const item = toItem(toItemRecord({ id: '01J', message: 'Hello', accessLevel: 'TEAM', teamId: 'eng', ownerId: 'alice', createdAt: 't0', updatedAt: 't1', version: 3 }));

  it('asks the NONE data source for nothing', () => {
    expect(run(resolver, 'request', { user: 'bob' }, { source: item })).toMatchObject({ status: 'returned', value: { payload: null } });
  });

  it('answers the ownerId of the item it belongs to, which toItem no longer copies', () => {
    expect(item).not.toHaveProperty('userId');
    expect(run(resolver, 'response', { user: 'bob' }, { source: item, result: null })).toMatchObject({ status: 'returned', value: 'alice' });
    expect(run(resolver, 'response', { developerKey: 'ITEMS_READ' }, { source: { ...item, ownerId: 'carol' }, result: null })).toMatchObject({ status: 'returned', value: 'carol' });
  });
});
