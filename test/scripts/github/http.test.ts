import { fetchGitHubHttp } from '../../../scripts/github/http';

describe('fetchGitHubHttp', () => {
  it('calls the REST API with the token, media type and API version, and a JSON body', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{"id":1}', { status: 201 });
    }) as unknown as typeof globalThis.fetch;
    const http = fetchGitHubHttp({ token: 'ghs_x', apiUrl: 'https://github.example/api/v3', fetch });
    const response = await http({ method: 'POST', path: '/repos/o/r/issues/1/comments', body: { body: 'hi' } });
    expect(response).toEqual({ status: 201, data: { id: 1 } });
    expect(calls).toEqual([
      {
        url: 'https://github.example/api/v3/repos/o/r/issues/1/comments',
        init: {
          method: 'POST',
          headers: {
            accept: 'application/vnd.github+json',
            authorization: 'Bearer ghs_x',
            'x-github-api-version': '2022-11-28',
            'content-type': 'application/json',
          },
          body: '{"body":"hi"}',
        },
      },
    ]);
  });

  it('reads an empty answer (202 Accepted of a cancel) as null', async () => {
    const fetch = (async () => new Response(null, { status: 202 })) as unknown as typeof globalThis.fetch;
    expect(await fetchGitHubHttp({ token: 't', apiUrl: 'https://api.github.com', fetch })({ method: 'POST', path: '/x' })).toEqual({ status: 202, data: null });
  });
});
