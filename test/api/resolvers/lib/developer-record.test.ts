import { profileChangeProblem, registrationProblem } from '../../../../resolvers/lib/developer-record';

describe('developer profiles', () => {
  it('need a name of 1–100 characters; an organization may be emptied', () => {
    expect(registrationProblem({ name: 'Ada', email: 'a@b.c' })).toBeUndefined();
    expect(registrationProblem({ name: ' ', email: 'a@b.c' })).toMatchObject({ field: 'name' });
    expect(registrationProblem({ name: 'Ada', email: 'a@b.c', organization: 'x'.repeat(101) })).toMatchObject({ field: 'organization' });
    expect(profileChangeProblem({ organization: '' })).toBeUndefined();
    expect(profileChangeProblem({ name: '' })).toMatchObject({ field: 'name' });
  });
});
