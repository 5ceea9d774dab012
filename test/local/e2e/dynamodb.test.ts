import path from 'node:path';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, graphqlClient } from './client';

/**
 * Every DynamoDB request type through resolvers written with `@aws-appsync/utils/dynamodb`, over HTTP,
 * against the engine's real store.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
describe('DynamoDB resolvers over HTTP', () => {
  let api: LocalApi;
  let gql: ReturnType<typeof graphqlClient>;
  let asUser: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    api = await startLocalApi({ apiDirectory: path.join(FIXTURES, 'notes-api'), port: 0, store: { inMemory: true }, log: () => {} });
    gql = graphqlClient(api.graphqlUrl, () => ({ 'x-api-key': api.apiKey! }));
    const { idToken } = api.userPoolIssuer!.issueTokens({ username: 'ann' });
    asUser = graphqlClient(api.graphqlUrl, () => ({ authorization: idToken }));
  });
  afterAll(() => api.close());

  const addNote = async (text: string) => {
    const answer = await gql('mutation ($text: String!) { addNote(text: $text, tags: ["t"]) { id text tags version createdAt } }', { text });
    expect(answer.errors).toBeUndefined();
    return answer.data!.addNote as { id: string; text: string; version: number };
  };

  it('PutItem then GetItem: the written item comes back, numbers as numbers', async () => {
    const note = await addNote('first note');
    expect(note).toEqual({ id: expect.any(String), text: 'first note', tags: ['t'], version: 1, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const read = await gql('query ($id: ID!) { note(id: $id) { id text version } missing: note(id: "nope") { id } }', { id: note.id });
    expect(read).toMatchObject({ status: 200, data: { note: { id: note.id, text: 'first note', version: 1 }, missing: null } });
    expect(read.errors).toBeUndefined();
  });

  it('UpdateItem: the item after the update; a failed condition is raised with the current item as data', async () => {
    const note = await addNote('to update');
    const update = 'mutation ($id: ID!, $v: Int!) { updateNote(id: $id, text: "updated", expectedVersion: $v) { id text version } }';
    const updated = await gql(update, { id: note.id, v: 1 });
    expect(updated.data).toEqual({ updateNote: { id: note.id, text: 'updated', version: 2 } });

    const stale = await gql(update, { id: note.id, v: 1 });
    expect(stale.data).toEqual({ updateNote: null });
    expect(stale.errors).toEqual([
      {
        path: ['updateNote'],
        // util.error's data is cut down to the query's selection set: no `owner`, `createdAt`, `internalRef`.
        data: { id: note.id, text: 'updated', version: 2 },
        errorType: 'DynamoDB:ConditionalCheckFailedException',
        errorInfo: null,
        locations: [{ line: 1, column: 33, sourceName: null }],
        message: expect.stringMatching(/^The conditional request failed \(Service: DynamoDb, Status Code: 400, Request ID: [0-9A-V]{52}\)$/),
      },
    ]);
  });

  it('DeleteItem: the deleted item; deleting it again counts as done, as AppSync does for a gone item', async () => {
    const note = await addNote('to delete');
    const remove = 'mutation ($id: ID!) { removeNote(id: $id) { id text } }';
    expect((await asUser(remove, { id: note.id })).data).toEqual({ removeNote: { id: note.id, text: 'to delete' } });
    expect((await gql('query ($id: ID!) { note(id: $id) { id } }', { id: note.id })).data).toEqual({ note: null });
    const again = await asUser(remove, { id: note.id });
    expect(again).toMatchObject({ data: { removeNote: null } });
    expect(again.errors).toBeUndefined();
  });

  it('Scan with paging: every item exactly once across pages, nextToken null after the last', async () => {
    const created = await Promise.all(['s1', 's2', 's3', 's4', 's5'].map(addNote));
    const seen: string[] = [];
    let nextToken: string | null = null;
    let pages = 0;
    do {
      const page = await gql('query ($t: String) { notes(limit: 2, nextToken: $t) { items { id } nextToken scannedCount } }', { t: nextToken });
      expect(page.errors).toBeUndefined();
      const { items, scannedCount } = page.data!.notes as { items: { id: string }[]; scannedCount: number };
      expect(items.length).toBeLessThanOrEqual(2);
      expect(scannedCount).toBe(items.length);
      seen.push(...items.map((item) => item.id));
      nextToken = page.data!.notes.nextToken;
      pages += 1;
    } while (nextToken !== null && pages < 50);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['welcome', ...created.map((note) => note.id)]));
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(seen.length / 2));
  });

  it('a foreign nextToken is answered as AppSync answers it, in ctx.error', async () => {
    const answer = await gql('{ notes(limit: 1, nextToken: "not-a-token") { items { id } } }');
    expect(answer.data).toEqual({ notes: null });
    expect(answer.errors?.[0]).toMatchObject({ path: ['notes'], errorType: 'DynamoDB:UserIllegalArgumentException' });
  });

  describe('entries: BatchPutItem, Query (table and index, paged), BatchDeleteItem', () => {
    const entries = [1, 2, 3, 4, 5].map((position) => ({
      notebook: 'n1',
      position,
      author: position % 2 === 1 ? 'ann' : 'bob',
      body: `entry ${position}`,
    }));
    const collect = async (query: string, variables: Record<string, unknown>) => {
      const positions: number[] = [];
      let nextToken: string | null = null;
      do {
        const page = await gql(query, { ...variables, t: nextToken });
        expect(page.errors).toBeUndefined();
        const result = Object.values(page.data!)[0] as { items: { position: number }[]; nextToken: string | null };
        positions.push(...result.items.map((item) => item.position));
        nextToken = result.nextToken;
      } while (nextToken !== null);
      return positions;
    };

    beforeAll(async () => {
      const added = await gql(
        'mutation ($entries: [EntryInput!]!) { addEntries(entries: $entries) { notebook position author body } }',
        { entries: [...entries, { notebook: 'n2', position: 1, author: 'ann', body: 'elsewhere' }] },
      );
      expect(added.errors).toBeUndefined();
      expect(added.data!.addEntries).toHaveLength(6);
    });

    it('BatchPutItem wrote to both tables named by ctx.env', async () => {
      const audit = await api.store.call('GetItem', { TableName: 'audit', Key: { id: { S: 'entry#n1#3' } } });
      expect(audit.Item).toEqual({ id: { S: 'entry#n1#3' }, action: { S: 'added' } });
    });

    it('Query on the key, from a sort key value on, two at a time', async () => {
      const query = 'query ($t: String) { entries(notebook: "n1", from: 2, limit: 2, nextToken: $t) { items { position } nextToken } }';
      expect(await collect(query, {})).toEqual([2, 3, 4, 5]);
    });

    it('Query on a global secondary index, newest first', async () => {
      const query = 'query ($t: String) { entriesByAuthor(author: "ann", limit: 2, nextToken: $t) { items { position } nextToken } }';
      expect(await collect(query, {})).toEqual([5, 3, 1, 1]);
    });

    it('BatchDeleteItem answers the keys it deleted', async () => {
      const removed = await gql('mutation { removeEntries(keys: [{ notebook: "n1", position: 1 }, { notebook: "n1", position: 2 }]) { notebook position } }');
      expect(removed.data).toEqual({ removeEntries: [{ notebook: 'n1', position: 1 }, { notebook: 'n1', position: 2 }] });
      const query = 'query ($t: String) { entries(notebook: "n1", limit: 10, nextToken: $t) { items { position } nextToken } }';
      expect(await collect(query, {})).toEqual([3, 4, 5]);
    });
  });

  it('BatchGetItem: items in key order, null for a missing key', async () => {
    const [a, b] = await Promise.all([addNote('batch a'), addNote('batch b')]);
    const answer = await gql('query ($ids: [ID!]!) { notesByIds(ids: $ids) { id text } }', { ids: [b.id, 'missing', a.id] });
    expect(answer.data).toEqual({ notesByIds: [{ id: b.id, text: 'batch b' }, null, { id: a.id, text: 'batch a' }] });
  });

  it('TransactGetItems: one read of several notes, null for a missing one', async () => {
    const note = await addNote('read together');
    const answer = await gql('query ($ids: [ID!]!) { notesTogether(ids: $ids) { id text } }', { ids: [note.id, 'missing', 'welcome'] });
    expect(answer.data).toEqual({ notesTogether: [{ id: note.id, text: 'read together' }, null, { id: 'welcome', text: 'Welcome to notes' }] });
  });

  describe('TransactWriteItems', () => {
    const archive = 'mutation ($id: ID!, $v: Int!) { archiveNote(id: $id, expectedVersion: $v) { keys } }';

    it('writes to both tables and answers the keys in request order', async () => {
      const note = await addNote('to archive');
      expect((await gql(archive, { id: note.id, v: 1 })).data).toEqual({ archiveNote: { keys: [note.id, `archive#${note.id}`] } });
      expect((await api.store.call('GetItem', { TableName: 'notes', Key: { id: { S: note.id } } })).Item).toBeUndefined();
      expect((await api.store.call('GetItem', { TableName: 'audit', Key: { id: { S: `archive#${note.id}` } } })).Item).toBeDefined();
    });

    it('a cancelled transaction writes nothing; its cancellation reasons reach the caller', async () => {
      const note = await addNote('stays');
      const answer = await gql(archive, { id: note.id, v: 7 });
      expect(answer.data).toEqual({ archiveNote: null });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ['archiveNote'],
          errorType: 'DynamoDB:TransactionCanceledException',
          message: expect.stringMatching(/^Transaction cancelled, please refer cancellation reasons for specific reasons \[ConditionalCheckFailed, None\]/),
          errorInfo: {
            cancellationReasons: [
              { type: 'ConditionalCheckFailed', message: 'The conditional request failed', item: expect.objectContaining({ id: note.id, version: 1 }) },
              { type: 'None', message: null },
            ],
          },
        }),
      ]);
      expect((await api.store.call('GetItem', { TableName: 'notes', Key: { id: { S: note.id } } })).Item).toBeDefined();
      expect((await api.store.call('GetItem', { TableName: 'audit', Key: { id: { S: `archive#${note.id}` } } })).Item).toBeUndefined();
    });
  });
});
