import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LocalDate } from '@js-joda/core';
import { checkSchemaEvolution } from '../../../scripts/schema/gate';

const FIXTURES = path.join(__dirname, '../fixtures/schema');
const sdl = (name: string) => readFileSync(path.join(FIXTURES, `${name}.graphql`), 'utf8');

/** The fixtures deprecate `Item.userId` and `Item.owner` with "Removal after 2027-06-30.". */
const BEFORE_REMOVAL_DATE = LocalDate.parse('2026-11-25');
const ON_REMOVAL_DATE = LocalDate.parse('2027-06-30');
const AFTER_REMOVAL_DATE = LocalDate.parse('2027-07-01');

const check = (current: string, today = BEFORE_REMOVAL_DATE) =>
  checkSchemaEvolution({ releasedSdl: sdl('released'), currentSdl: sdl(current), today });

const verdicts = (result: Awaited<ReturnType<typeof check>>) =>
  result.changes.map((c) => [c.change.path, c.verdict]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('the schema-evolution gate', () => {
  it('passes an unchanged schema', async () => {
    const result = await check('released');
    expect(result).toMatchObject({ passed: true, changes: [] });
  });

  it('passes additions: fields, types, enum values, optional arguments and input fields', async () => {
    const result = await check('additions');
    expect(result.passed).toBe(true);
    expect(verdicts(result)).toEqual([
      ['AccessLevel.ARCHIVED', 'dangerous'],
      ['CreateItemInput.teamId', 'safe'],
      ['Item.updatedAt', 'safe'],
      ['Item.version', 'safe'],
      // An argument with a default can change what existing calls get: graphql-inspector calls it dangerous.
      ['Query.myItems.newestFirst', 'dangerous'],
      ['Query.team', 'safe'],
      ['Team', 'safe'],
    ]);
  });

  it('blocks removing (renaming) a field that was never deprecated', async () => {
    const result = await check('renames-message', AFTER_REMOVAL_DATE);
    expect(result.passed).toBe(false);
    const blocked = result.changes.filter((c) => c.verdict === 'blocked');
    expect(blocked.map((c) => c.change.path)).toEqual(['Item.message']);
    expect(blocked[0].explanation).toBe('`Item.message` is not deprecated in the released schema: deprecate it first (see docs/schema-evolution.md).');
  });

  it('blocks retyping a field that was never deprecated', async () => {
    const result = await check('retypes-owner-id', AFTER_REMOVAL_DATE);
    expect(result.passed).toBe(false);
    expect(verdicts(result)).toEqual([['Item.ownerId', 'blocked']]);
  });

  it('passes removing deprecated fields, and the type only they used, once the removal date has passed', async () => {
    const result = await check('removes-deprecated', AFTER_REMOVAL_DATE);
    expect(result.passed).toBe(true);
    expect(verdicts(result)).toEqual([
      ['Item.owner', 'allowed-removal'],
      ['Item.userId', 'allowed-removal'],
      ['Owner', 'allowed-removal'],
    ]);
    const userId = result.changes.find((c) => c.change.path === 'Item.userId')!;
    expect(userId.explanation).toBe('`Item.userId` was deprecated ("Use ownerId. Removal after 2027-06-30.") and its removal date 2027-06-30 has passed.');
  });

  it('blocks the same removal before the removal date, and on the date itself', async () => {
    for (const today of [BEFORE_REMOVAL_DATE, ON_REMOVAL_DATE]) {
      const result = await check('removes-deprecated', today);
      expect(result.passed).toBe(false);
      expect(verdicts(result)).toEqual([
        ['Item.owner', 'blocked'],
        ['Item.userId', 'blocked'],
        ['Owner', 'blocked'],
      ]);
      expect(result.changes.find((c) => c.change.path === 'Item.userId')!.explanation).toBe(
        '`Item.userId` is deprecated ("Use ownerId. Removal after 2027-06-30."), but its removal date 2027-06-30 has not passed yet.',
      );
      expect(result.changes.find((c) => c.change.path === 'Owner')!.explanation).toBe(
        '`Owner` is still used by `Item.owner` (field) without an expired deprecation.',
      );
    }
  });

  it('blocks removing a deprecated field whose deprecation names no removal date', async () => {
    const released = sdl('released').replace('Use ownerId. Removal after 2027-06-30.', 'Use ownerId.');
    const result = await checkSchemaEvolution({ releasedSdl: released, currentSdl: sdl('removes-deprecated'), today: AFTER_REMOVAL_DATE });
    expect(result.changes.find((c) => c.change.path === 'Item.userId')).toMatchObject({
      verdict: 'blocked',
      explanation: '`Item.userId` is deprecated ("Use ownerId.") without a removal date ("Removal after YYYY-MM-DD."), so it cannot be removed.',
    });
  });

  it('allows removing an argument of a field whose deprecation expired, but not of a live field', async () => {
    const released = sdl('released').replace('owner: Owner @deprecated', 'owner(withName: Boolean): Owner @deprecated').replace('message: String!\n  accessLevel: AccessLevel!', 'message(trim: Boolean): String!\n  accessLevel: AccessLevel!');
    const current = released.replace('owner(withName: Boolean)', 'owner').replace('message(trim: Boolean)', 'message');
    const result = await checkSchemaEvolution({ releasedSdl: released, currentSdl: current, today: AFTER_REMOVAL_DATE });
    expect(verdicts(result)).toEqual([
      ['Item.message.trim', 'blocked'],
      ['Item.owner.withName', 'allowed-removal'],
    ]);
  });

  it('fails a schema whose deprecations do not state a valid removal date, and lists them', async () => {
    const current = sdl('released').replace('Removal after 2027-06-30.")\n  owner', 'Removal after 2027-02-30.")\n  owner').replace(
      'owner: Owner @deprecated(reason: "Use ownerId. Removal after 2027-06-30.")',
      'owner: Owner @deprecated',
    );
    const result = await checkSchemaEvolution({ releasedSdl: sdl('released'), currentSdl: current, today: BEFORE_REMOVAL_DATE });
    expect(result.passed).toBe(false);
    expect(result.deprecations.map((d) => [d.coordinate, d.removal.kind])).toEqual([
      ['Item.userId', 'invalid-date'],
      ['Item.owner', 'no-date'],
    ]);
  });

  it('reads AppSync scalars and auth directives without declarations, and reports auth directive removals as dangerous', async () => {
    const current = sdl('released').replace('item(id: ID!): Item @aws_api_key @aws_cognito_user_pools', 'item(id: ID!): Item @aws_cognito_user_pools');
    const result = await checkSchemaEvolution({ releasedSdl: sdl('released'), currentSdl: current, today: BEFORE_REMOVAL_DATE });
    expect(result.passed).toBe(true);
    expect(verdicts(result)).toEqual([['Query.item.@aws_api_key', 'dangerous']]);
  });
});
