import { itemCounts, statsChanges, statsUpdateExpression } from '../../../../resolvers/lib/stats';

describe('statsChanges', () => {
  it('a new TEAM item counts for its owner, its team and globally', () => {
    expect(statsChanges([{ before: null, after: { ownerId: 'a', accessLevel: 'TEAM', teamId: 'eng' } }])).toEqual([
      { key: { pk: 'STATS#OWNER#a', sk: 'STATS' }, add: { team: 1 } },
      { key: { pk: 'STATS#GLOBAL', sk: 'STATS' }, add: { team: 1 } },
      { key: { pk: 'STATS#TEAM#eng', sk: 'STATS' }, add: { team: 1 } },
    ]);
  });

  it('a level change moves one count; a team change moves the team counts; a text change moves nothing', () => {
    expect(statsChanges([{ before: { ownerId: 'a', accessLevel: 'TEAM', teamId: 'eng' }, after: { ownerId: 'a', accessLevel: 'PUBLIC' } }])).toEqual([
      { key: { pk: 'STATS#OWNER#a', sk: 'STATS' }, add: { team: -1, public: 1 } },
      { key: { pk: 'STATS#GLOBAL', sk: 'STATS' }, add: { team: -1, public: 1 } },
      { key: { pk: 'STATS#TEAM#eng', sk: 'STATS' }, add: { team: -1 } },
    ]);
    expect(statsChanges([{ before: { ownerId: 'a', accessLevel: 'TEAM', teamId: 'eng' }, after: { ownerId: 'a', accessLevel: 'TEAM', teamId: 'ops' } }])).toEqual([
      { key: { pk: 'STATS#TEAM#eng', sk: 'STATS' }, add: { team: -1 } },
      { key: { pk: 'STATS#TEAM#ops', sk: 'STATS' }, add: { team: 1 } },
    ]);
    expect(statsChanges([{ before: { ownerId: 'a', accessLevel: 'PUBLIC' }, after: { ownerId: 'a', accessLevel: 'PUBLIC' } }])).toEqual([]);
  });

  it('many writes touch each stats item once (a transaction may name an item only once)', () => {
    const changes = statsChanges([
      { before: null, after: { ownerId: 'a', accessLevel: 'INDIVIDUAL' } },
      { before: null, after: { ownerId: 'a', accessLevel: 'INDIVIDUAL' } },
      { before: { ownerId: 'b', accessLevel: 'PUBLIC' }, after: null },
    ]);
    expect(changes).toEqual([
      { key: { pk: 'STATS#OWNER#a', sk: 'STATS' }, add: { individual: 2 } },
      { key: { pk: 'STATS#GLOBAL', sk: 'STATS' }, add: { individual: 2, public: -1 } },
      { key: { pk: 'STATS#OWNER#b', sk: 'STATS' }, add: { public: -1 } },
    ]);
  });
});

describe('statsUpdateExpression', () => {
  it('ADDs each counter, so a missing stats item starts at zero', () => {
    expect(statsUpdateExpression({ key: { pk: 'p', sk: 's' }, add: { team: -1, public: 1 } })).toEqual({
      expression: 'ADD #team :team, #public :public',
      expressionNames: { '#team': 'team', '#public': 'public' },
      expressionValues: { ':team': -1, ':public': 1 },
    });
  });
});

describe('itemCounts', () => {
  it('totals, with a missing stats item as zeros', () => {
    expect(itemCounts({ individual: 2, public: 1 })).toEqual({ individual: 2, team: 0, public: 1, total: 3 });
    expect(itemCounts(null)).toEqual({ individual: 0, team: 0, public: 0, total: 0 });
  });
});
