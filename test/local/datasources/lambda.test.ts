import { join } from 'node:path';

import { DataSourceConfigError, InvalidRequestError } from '../../../local/datasources/errors';
import { createLambdaDataSource, directResolverEvent, LAMBDA_INVALID_BATCH_RESPONSE, type LambdaHandler } from '../../../local/datasources/lambda';
import type { LambdaContext } from '../../../local/datasources/lambda-context';
import { buildContext } from '../../../local/runtime/context';

const FIXTURE = join(__dirname, 'fixtures', 'lambda-handlers.ts');

/** A context as the engine builds it for `Query.getPost(id: "p1")`. */
const call = (source: unknown = null) =>
  buildContext({
    arguments: { id: 'p1' },
    identity: { sub: 'user-1', username: 'ann' },
    source,
    stash: { seen: true },
    request: { headers: { 'x-api-key': 'k' }, domainName: null },
    info: { fieldName: 'getPost', parentTypeName: 'Query', variables: { id: 'p1' }, selectionSetList: ['id', 'title'], selectionSetGraphQL: '{\n  id\n  title\n}' },
  });

const lambda = (handler: LambdaHandler, extra: Partial<Parameters<typeof createLambdaDataSource>[0]> = {}) =>
  createLambdaDataSource({ functionName: 'postsFn', handler, requestId: () => 'req-1', ...extra });

describe('Lambda data source', () => {
  describe('Invoke', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
    it('gives the handler the payload and answers what it returns', async () => {
      const events: unknown[] = [];
      const source = lambda(async (event) => {
        events.push(event);
        return { id: 'p1', title: 'Hello' };
      });
      const answer = await source.invoke({ operation: 'Invoke', payload: { field: 'getPost', arguments: { input: { id: 'postId1' } } } }, call());
      expect(events).toEqual([{ field: 'getPost', arguments: { input: { id: 'postId1' } } }]);
      expect(answer).toEqual({ result: { id: 'p1', title: 'Hello' } });
    });

    it('passes JSON both ways: a copy of the payload, undefined becomes null', async () => {
      const payload = { nested: { n: 1 }, gone: undefined };
      const source = lambda((event) => {
        (event as { nested: { n: number } }).nested.n = 2;
        return undefined;
      });
      expect(await source.invoke({ operation: 'Invoke', payload }, call())).toEqual({ result: null });
      expect(payload.nested.n).toBe(1);
    });

    it('gives the handler a Lambda context', async () => {
      let now = 1_000_000;
      let seen: Record<string, unknown> = {};
      const source = lambda(
        (_event, context: LambdaContext) => {
          now += 250;
          seen = { ...context, remaining: context.getRemainingTimeInMillis() };
          return null;
        },
        { clock: () => now, timeoutSeconds: 10, region: 'eu-west-1', accountId: '123456789012' },
      );
      await source.invoke({ operation: 'Invoke', payload: {} }, call());
      expect(seen).toMatchObject({
        functionName: 'postsFn',
        functionVersion: '$LATEST',
        invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:postsFn',
        memoryLimitInMB: '128',
        awsRequestId: 'req-1',
        logGroupName: '/aws/lambda/postsFn',
        remaining: 9_750,
      });
    });

    it("reports a thrown error's own errorType, and Lambda:Unhandled for any other error", async () => {
      class NotFound extends Error {
        override name = 'NotFound';
        errorType = 'NotFound';
      }
      const typed = lambda(() => {
        throw new NotFound('no such post');
      });
      expect(await typed.invoke({ operation: 'Invoke', payload: {} }, call())).toEqual({ error: { message: 'no such post', type: 'NotFound' } });
      const plain = lambda(() => {
        throw new TypeError('x is undefined');
      });
      expect(await plain.invoke({ operation: 'Invoke', payload: {} }, call())).toEqual({ error: { message: 'x is undefined', type: 'Lambda:Unhandled' } });
      const rejecting = lambda(() => Promise.reject('plain text'));
      expect(await rejecting.invoke({ operation: 'Invoke', payload: {} }, call())).toEqual({ error: { message: 'plain text', type: 'Lambda:Unhandled' } });
    });

    it('times out as Lambda does', async () => {
      const source = lambda(() => new Promise(() => {}), { timeoutSeconds: 0.05, clock: () => Date.UTC(2024, 0, 1) });
      expect(await source.invoke({ operation: 'Invoke', payload: {} }, call())).toEqual({
        error: { message: '2024-01-01T00:00:00.000Z req-1 Task timed out after 0.05 seconds', type: 'Lambda:Unhandled' },
      });
    });

    it("does not wait for an 'Event' invocation, and reports its failure aside", async () => {
      const reported: unknown[] = [];
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const source = lambda(
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          finish();
          throw new Error('late');
        },
        { reportError: (error) => reported.push(error) },
      );
      expect(await source.invoke({ operation: 'Invoke', invocationType: 'Event', payload: {} }, call())).toEqual({ result: null });
      expect(reported).toEqual([]);
      await done;
      await new Promise((resolve) => setImmediate(resolve));
      expect(reported).toEqual([{ message: 'late', type: 'Lambda:Unhandled' }]);
    });

    it('refuses request objects AppSync would refuse', async () => {
      const source = lambda(() => null);
      await expect(source.invoke({ operation: 'Call', payload: {} }, call())).rejects.toThrow(InvalidRequestError);
      await expect(source.invoke({ operation: 'Invoke', invocationType: 'Later' }, call())).rejects.toThrow(/invocationType 'Later'/);
      await expect(source.invoke({ operation: 'Invoke', payload: {}, extra: 1 }, call())).rejects.toThrow("Unsupported element '$[extra]'.");
    });
  });

  describe('direct Lambda resolver (no request object)', () => {
    it('sends the resolver context as the event', async () => {
      const events: unknown[] = [];
      const source = lambda((event) => {
        events.push(event);
        return 'ok';
      });
      const ctx = call({ parentId: 'x' });
      expect(await source.invoke(undefined, ctx)).toEqual({ result: 'ok' });
      expect(events).toEqual([
        {
          arguments: { id: 'p1' },
          identity: { sub: 'user-1', username: 'ann' },
          source: { parentId: 'x' },
          request: { headers: { 'x-api-key': 'k' }, domainName: null },
          prev: { result: null },
          info: { fieldName: 'getPost', parentTypeName: 'Query', variables: { id: 'p1' }, selectionSetList: ['id', 'title'], selectionSetGraphQL: '{\n  id\n  title\n}' },
          stash: { seen: true },
        },
      ]);
      expect(directResolverEvent(ctx)).toEqual(events[0]);
    });
  });

  describe('BatchInvoke', () => {
    const sources = [{ authorId: 'a1' }, { authorId: 'a2' }, { authorId: 'a3' }];

    it('calls the handler once with every payload and gives each resolution its own result', async () => {
      const batches: unknown[] = [];
      const source = lambda((event) => {
        batches.push(event);
        return (event as { source: { authorId: string } }[]).map(({ source: s }) => ({ name: `author ${s.authorId}` }));
      });
      const answers = await source.invokeBatch(sources.map((s) => ({ request: { operation: 'BatchInvoke', payload: { source: s } }, call: call(s) })));
      expect(batches).toEqual([sources.map((s) => ({ source: s }))]);
      expect(answers).toEqual([{ result: { name: 'author a1' } }, { result: { name: 'author a2' } }, { result: { name: 'author a3' } }]);
    });

    it("hands coded resolvers each item as it is, errorMessage included, for their response handler", async () => {
      const source = lambda(() => [{ data: 1 }, { data: null, errorMessage: 'Error Happened', errorType: 'ERROR' }]);
      const answers = await source.invokeBatch(sources.slice(0, 2).map((s) => ({ request: { operation: 'BatchInvoke', payload: s }, call: call(s) })));
      expect(answers).toEqual([{ result: { data: 1 } }, { result: { data: null, errorMessage: 'Error Happened', errorType: 'ERROR' } }]);
    });

    it('turns { errorMessage, errorType } items of a direct resolver batch into that item’s error', async () => {
      const source = lambda((event) =>
        (event as { source: { authorId: string } }[]).map(({ source: s }) =>
          s.authorId === 'a2' ? { errorMessage: 'no author a2', errorType: 'NotFound', data: { authorId: 'a2' } } : { name: s.authorId },
        ),
      );
      const answers = await source.invokeBatch(sources.map((s) => ({ request: undefined, call: call(s) })));
      expect(answers).toEqual([
        { result: { name: 'a1' } },
        { error: { message: 'no author a2', type: 'NotFound', data: { authorId: 'a2' } } },
        { result: { name: 'a3' } },
      ]);
    });

    it('fails every resolution when the handler throws or answers a list of the wrong length', async () => {
      const throwing = lambda(() => {
        throw new Error('batch broke');
      });
      const requests = sources.map((s) => ({ request: { operation: 'BatchInvoke', payload: s }, call: call(s) }));
      expect(await throwing.invokeBatch(requests)).toEqual(sources.map(() => ({ error: { message: 'batch broke', type: 'Lambda:Unhandled' } })));
      const short = await lambda(() => [1]).invokeBatch(requests);
      expect(short).toEqual(sources.map(() => ({ error: { message: 'The function postsFn answered a batch of 3 with 1 results.', type: LAMBDA_INVALID_BATCH_RESPONSE } })));
    });

    it('runs a single BatchInvoke given to invoke as a batch of one', async () => {
      const source = lambda((event) => (event as unknown[]).map((payload) => ({ got: payload })));
      expect(await source.invoke({ operation: 'BatchInvoke', payload: 'x' }, call())).toEqual({ result: { got: 'x' } });
    });

    it('refuses an Invoke inside a batch', async () => {
      const source = lambda(() => []);
      await expect(source.invokeBatch([{ request: { operation: 'Invoke', payload: 1 }, call: call() }])).rejects.toThrow(InvalidRequestError);
    });
  });

  describe('handlers loaded from modules', () => {
    it('loads the named export, `handler` by default', async () => {
      const byDefault = createLambdaDataSource({ functionName: 'fromModule', handler: { module: FIXTURE } });
      expect(await byDefault.invoke({ operation: 'Invoke', payload: { a: 1 } }, call())).toEqual({ result: { event: { a: 1 }, functionName: 'fromModule' } });
      const named = createLambdaDataSource({ functionName: 'fromModule', handler: { module: FIXTURE, exportName: 'failing' } });
      expect(await named.invoke({ operation: 'Invoke', payload: {} }, call())).toEqual({ error: { message: 'from the module', type: 'Lambda:Unhandled' } });
    });

    it('refuses a module that cannot be loaded or lacks the function', () => {
      expect(() => createLambdaDataSource({ functionName: 'f', handler: { module: join(__dirname, 'fixtures', 'missing.ts') } })).toThrow(DataSourceConfigError);
      expect(() => createLambdaDataSource({ functionName: 'f', handler: { module: FIXTURE, exportName: 'notAFunction' } })).toThrow(
        /has no function export 'notAFunction'/,
      );
    });
  });
});
