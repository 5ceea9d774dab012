import { createNoneDataSource } from '../../../local/datasources/none';
import { buildContext } from '../../../local/runtime/context';

describe('NONE data source', () => {
  const ctx = buildContext({});

  // https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-none-js.html
  it("answers the request's payload as ctx.result", async () => {
    const payload = { id: 'p1', tags: ['a'] };
    expect(await createNoneDataSource().invoke({ payload }, ctx)).toEqual({ result: payload });
  });

  it('answers null without a payload', async () => {
    expect(await createNoneDataSource().invoke({}, ctx)).toEqual({ result: null });
    expect(await createNoneDataSource().invoke(null, ctx)).toEqual({ result: null });
  });
});
