import type { DataSource, DataSourceResult } from '../../../../local/datasources/data-source';
import { INVALID_PAGINATION_TOKEN } from '../../../../local/datasources/dynamodb/pagination-token';
import type { StoreGateway } from '../../../../local/store';
import { CONTEXT, dataSourceOn, openTestStore } from './test-store';

interface Page {
  items: { postId: string; seq: number; author: string }[];
  nextToken: string | null;
  scannedCount: number;
}

const byPost = (postId: string) => ({ expression: 'postId = :p', expressionValues: { ':p': { S: postId } } });

describe('DynamoDB data source: Query and Scan', () => {
  let gateway: StoreGateway;
  let comments: DataSource;

  beforeAll(async () => {
    gateway = await openTestStore();
    comments = dataSourceOn(gateway, 'Comments');
    // p1 has seq 1..7, written by ann (odd) and bob (even); p2 has seq 1..2.
    const items = [
      ...Array.from({ length: 7 }, (_, i) => ({ postId: 'p1', seq: i + 1, author: i % 2 ? 'bob' : 'ann' })),
      ...Array.from({ length: 2 }, (_, i) => ({ postId: 'p2', seq: i + 1, author: 'cy' })),
    ];
    for (const { postId, seq, author } of items) {
      await gateway.call('PutItem', { TableName: 'Comments', Item: { postId: { S: postId }, seq: { N: String(seq) }, author: { S: author } } });
    }
  });

  afterAll(() => gateway.close());

  const invoke = async (request: Record<string, unknown>): Promise<DataSourceResult> => comments.invoke(request, CONTEXT);
  const page = async (request: Record<string, unknown>): Promise<Page> => {
    const answer = await invoke(request);
    if (!('result' in answer)) throw new Error(`unexpected error ${JSON.stringify(answer)}`);
    return answer.result as Page;
  };

  /** Follows nextToken to the end; answers the sequence numbers of every page. */
  const allPages = async (request: Record<string, unknown>): Promise<number[][]> => {
    const pages: number[][] = [];
    let nextToken: string | null = null;
    do {
      const current: Page = await page({ ...request, nextToken });
      pages.push(current.items.map((item) => item.seq));
      nextToken = current.nextToken;
    } while (nextToken !== null);
    return pages;
  };

  it('answers a page as { items, nextToken, scannedCount } with plain items', async () => {
    expect(await page({ operation: 'Query', query: byPost('p2') })).toEqual({
      items: [
        { postId: 'p2', seq: 1, author: 'cy' },
        { postId: 'p2', seq: 2, author: 'cy' },
      ],
      nextToken: null,
      scannedCount: 2,
    });
  });

  it('pages a Query through opaque tokens until nextToken is null', async () => {
    const first = await page({ operation: 'Query', query: byPost('p1'), limit: 3 });
    expect(typeof first.nextToken).toBe('string');
    expect(first.nextToken).not.toContain('postId');
    expect(await allPages({ operation: 'Query', query: byPost('p1'), limit: 3 })).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('reads backwards with scanIndexForward false and narrows with a key condition on the sort key', async () => {
    const request = {
      operation: 'Query',
      query: { expression: 'postId = :p AND seq > :s', expressionValues: { ':p': { S: 'p1' }, ':s': { N: 4 } } },
      scanIndexForward: false,
      limit: 2,
    };
    expect(await allPages(request)).toEqual([[7, 6], [5]]);
  });

  it('filters after reading: scannedCount counts what was read, items what passed', async () => {
    const answer = await page({
      operation: 'Query',
      query: byPost('p1'),
      filter: { expression: '#a = :a', expressionNames: { '#a': 'author' }, expressionValues: { ':a': { S: 'bob' } } },
    });
    expect(answer.items.map((item) => item.seq)).toEqual([2, 4, 6]);
    expect(answer.scannedCount).toBe(7);
  });

  it('queries a global index, with projection and select', async () => {
    const answer = await page({
      operation: 'Query',
      index: 'byAuthor',
      query: { expression: 'author = :a', expressionValues: { ':a': { S: 'cy' } } },
      projection: { expression: 'seq' },
    });
    expect(answer.items).toEqual([{ seq: 1 }, { seq: 2 }]);
    const all = await page({ operation: 'Query', index: 'byAuthor', select: 'ALL_PROJECTED_ATTRIBUTES', query: { expression: 'author = :a', expressionValues: { ':a': { S: 'cy' } } } });
    expect(all.items).toHaveLength(2);
  });

  it('pages a Scan across the whole table, and splits it into segments', async () => {
    const pages = await allPages({ operation: 'Scan', limit: 4 });
    expect(pages.map((p) => p.length)).toEqual([4, 4, 1]);
    const segments = await Promise.all([0, 1].map((segment) => page({ operation: 'Scan', segment, totalSegments: 2 })));
    expect(segments.reduce((count, s) => count + s.items.length, 0)).toBe(9);
  });

  describe('tokens', () => {
    it('refuses a malformed token as AppSync does', async () => {
      expect(await invoke({ operation: 'Query', query: byPost('p1'), nextToken: 'not a token' })).toEqual({ error: INVALID_PAGINATION_TOKEN });
      expect(INVALID_PAGINATION_TOKEN.type).toBe('DynamoDB:UserIllegalArgumentException');
    });

    it('refuses a token of another operation, index or table', async () => {
      const { nextToken } = await page({ operation: 'Scan', limit: 1 });
      expect(await invoke({ operation: 'Query', query: byPost('p1'), nextToken })).toEqual({ error: INVALID_PAGINATION_TOKEN });
      const fromIndex = await page({ operation: 'Scan', index: 'byAuthor', limit: 1 });
      expect(await invoke({ operation: 'Scan', nextToken: fromIndex.nextToken })).toEqual({ error: INVALID_PAGINATION_TOKEN });
      const posts = dataSourceOn(gateway, 'Posts');
      expect(await posts.invoke({ operation: 'Scan', nextToken }, CONTEXT)).toEqual({ error: INVALID_PAGINATION_TOKEN });
    });
  });
});
