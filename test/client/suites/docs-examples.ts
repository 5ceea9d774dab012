import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse, print } from 'graphql';
import { ToyApiError, type ToyApiClient } from '../../../client';
import { parseMarkdownExamples, resolveReferences, withWildcardsFilled, type MarkdownExample } from '../markdown-examples';
import { API_DIRECTORY, DEMO_USERS, type ToyApiHarness } from '../toyapi-harness';

const EXAMPLES_FILE = path.join(API_DIRECTORY, 'docs', 'examples.md');

/** What the API answers, as the page shows it: `data`, and `errors` when there are any. */
async function answerOf(client: ToyApiClient, query: string, variables: unknown): Promise<Record<string, unknown>> {
  try {
    return { data: await client.request(parse(query), variables as Record<string, unknown>) };
  } catch (error) {
    if (!(error instanceof ToyApiError)) throw error;
    return { data: error.data, errors: error.errors };
  }
}

/** docs/examples.md, run in order against a fresh API: every example answers what the page says. */
export function describeDocsExamples(harness: () => ToyApiHarness): void {
  const examples = parseMarkdownExamples(readFileSync(EXAMPLES_FILE, 'utf8'));

  describe('docs/examples.md', () => {
    const answers = new Map<string, unknown>();

    function clientFor(toyApi: ToyApiHarness, caller: string): ToyApiClient {
      if (caller === 'nobody') return toyApi.anonymous;
      if (caller === 'the API key') return toyApi.apiKey;
      if ((DEMO_USERS as readonly string[]).includes(caller)) return toyApi.users[caller as (typeof DEMO_USERS)[number]];
      if (caller === 'a developer key') return toyApi.client({ developerKey: resolveReferences('{{CreateApiKey.createApiKey.secret}}', answers) as string });
      throw new Error(`no caller "${caller}": use nobody, the API key, a demo user or a developer key`);
    }

    it('has examples, each with a response', () => {
      expect(examples.length).toBeGreaterThan(10);
      expect(examples.filter((example) => example.response === undefined).map((example) => example.title)).toEqual([]);
    });

    it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example: MarkdownExample) => {
      // Shown exactly as the client sends it, so the error locations on the page are the real ones.
      expect(example.query).toBe(print(parse(example.query)));
      const operationName = getOperationAST(parse(example.query))?.name?.value;
      if (!operationName) throw new Error(`example "${example.title}" names its operation`);

      const answer = await answerOf(clientFor(harness(), example.caller), example.query, resolveReferences(example.variables ?? {}, answers));
      answers.set(operationName, answer.data);

      expect(answer).toEqual(withWildcardsFilled(example.response, answer));
    });
  });
}
