export interface ListPage<T> {
  readonly items: readonly T[];
  readonly nextToken: string | null;
}

/** Every page of a list, following nextToken until it is null. */
export async function allPages<T>(fetchPage: (nextToken: string | null) => Promise<ListPage<T>>): Promise<ListPage<T>[]> {
  const pages: ListPage<T>[] = [];
  let nextToken: string | null = null;
  do {
    const page: ListPage<T> = await fetchPage(nextToken);
    pages.push(page);
    nextToken = page.nextToken;
    if (pages.length > 1000) throw new Error('a list that never ends');
  } while (nextToken !== null);
  return pages;
}

/** Every item of a list, read in pages of 100 (the largest page the API serves). */
export async function allItemsOf<T>(fetchPage: (limit: number, nextToken: string | null) => Promise<ListPage<T>>): Promise<T[]> {
  return (await allPages((nextToken) => fetchPage(100, nextToken))).flatMap((page) => page.items);
}
