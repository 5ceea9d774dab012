import { matchesArguments } from '../../../local/realtime/argument-filter';

describe('matchesArguments', () => {
  const payload = { roomId: 'r1', author: 'ann', priority: 3, tags: ['a'] };

  it('requires each given argument to equal the payload field of its name', () => {
    expect(matchesArguments({ roomId: 'r1' }, payload)).toBe(true);
    expect(matchesArguments({ roomId: 'r1', author: 'bob' }, payload)).toBe(false);
    expect(matchesArguments({ priority: 3, tags: ['a'] }, payload)).toBe(true);
  });

  it('ignores arguments left out or given as null; an absent field matches no given argument', () => {
    expect(matchesArguments({}, payload)).toBe(true);
    expect(matchesArguments({ author: null }, payload)).toBe(true);
    expect(matchesArguments({ missing: 'x' }, payload)).toBe(false);
    expect(matchesArguments({ roomId: 'r1' }, null)).toBe(false);
  });
});
