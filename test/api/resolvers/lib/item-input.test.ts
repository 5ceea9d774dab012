import { AUTH_TYPE, callerOf } from '../../../../resolvers/lib/caller';
import { changedItemContent, newItemContent, normalizeMessage, updateInputProblem } from '../../../../resolvers/lib/item-input';

const alice = callerOf(AUTH_TYPE.userPool, { sub: 'alice', username: 'alice', groups: ['team-eng'], claims: {}, issuer: '', sourceIp: [], defaultAuthStrategy: 'ALLOW' });

describe('normalizeMessage', () => {
  it('trims, and counts characters as code points', () => {
    expect(normalizeMessage('  hello  ')).toEqual({ ok: true, value: 'hello' });
    expect(normalizeMessage('😀'.repeat(1000))).toMatchObject({ ok: true });
    expect(normalizeMessage('😀'.repeat(1001))).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'message' } });
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['too long', 'x'.repeat(1001)],
    ['a line break inside', 'two\nlines'],
    ['a tab inside', 'a\tb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
  ])('refuses %s', (_case, message) => {
    expect(normalizeMessage(message)).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'message' } });
  });

  it('keeps 1000 characters and non-control Unicode', () => {
    expect(normalizeMessage('é'.repeat(1000))).toMatchObject({ ok: true });
  });
});

describe('newItemContent', () => {
  it('defaults to INDIVIDUAL, or TEAM when a team is given', () => {
    expect(newItemContent(alice, { message: 'm' })).toEqual({ ok: true, value: { message: 'm', accessLevel: 'INDIVIDUAL', teamId: null } });
    expect(newItemContent(alice, { message: 'm', teamId: 'eng' })).toEqual({ ok: true, value: { message: 'm', accessLevel: 'TEAM', teamId: 'eng' } });
    expect(newItemContent(alice, { message: 'm', accessLevel: 'PUBLIC' })).toMatchObject({ value: { accessLevel: 'PUBLIC', teamId: null } });
  });

  it('TEAM needs a team; a team goes only with TEAM; only one’s own teams', () => {
    expect(newItemContent(alice, { message: 'm', accessLevel: 'TEAM' })).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'teamId' } });
    expect(newItemContent(alice, { message: 'm', accessLevel: 'PUBLIC', teamId: 'eng' })).toMatchObject({ ok: false, problem: { field: 'teamId' } });
    expect(newItemContent(alice, { message: 'm', teamId: 'ops' })).toMatchObject({ ok: false, problem: { errorType: 'Unauthorized' } });
    expect(newItemContent(alice, { message: 'm', teamId: 'bad#team' })).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'teamId' } });
  });
});

describe('updates', () => {
  const current = { ownerId: 'alice', accessLevel: 'TEAM' as const, teamId: 'eng', message: 'old' };

  it('fields left out keep their values; leaving TEAM drops the team', () => {
    expect(changedItemContent(alice, current, { id: 'i', expectedVersion: 1, message: ' new ' })).toEqual({ ok: true, value: { message: 'new', accessLevel: 'TEAM', teamId: 'eng' } });
    expect(changedItemContent(alice, current, { id: 'i', expectedVersion: 1, accessLevel: 'PUBLIC' })).toEqual({ ok: true, value: { message: 'old', accessLevel: 'PUBLIC', teamId: null } });
  });

  it('moving to another team takes membership of it; staying in one’s current team does not', () => {
    expect(changedItemContent(alice, current, { id: 'i', expectedVersion: 1, teamId: 'ops' })).toMatchObject({ ok: false, problem: { errorType: 'Unauthorized' } });
    const outsider = callerOf(AUTH_TYPE.userPool, { sub: 'x', username: 'x', groups: ['admins'], claims: {}, issuer: '', sourceIp: [], defaultAuthStrategy: 'ALLOW' });
    expect(changedItemContent(outsider, current, { id: 'i', expectedVersion: 1, teamId: 'ops' })).toMatchObject({ ok: true, value: { teamId: 'ops' } });
  });

  it('checks input before the item is read', () => {
    expect(updateInputProblem({ id: 'i', expectedVersion: 0 })).toMatchObject({ field: 'expectedVersion' });
    expect(updateInputProblem({ id: 'i', expectedVersion: 1, message: '' })).toMatchObject({ field: 'message' });
    expect(updateInputProblem({ id: 'i', expectedVersion: 1, teamId: '' })).toMatchObject({ field: 'teamId' });
    expect(updateInputProblem({ id: 'i', expectedVersion: 2, message: null, teamId: null })).toBeUndefined();
  });
});
