import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../../local/cli/main';
import { runServe } from '../../../local/cli/serve';
import { FIXTURES, postGraphql } from './client';

/** A served API as `appsync-local serve` runs it, stopped by the test instead of a signal. */
interface Serving {
  readonly output: () => string;
  readonly graphqlUrl: string;
  readonly apiKey: string;
  /** Stops the server; resolves to runServe's exit code. */
  stop(): Promise<number>;
}

async function serve(args: readonly string[]): Promise<Serving> {
  const lines: string[] = [];
  const io: CliIo = { out: (text) => lines.push(text), err: (text) => lines.push(text) };
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const exitCode = runServe([path.join(FIXTURES, 'notes-api'), '--port', '0', ...args], io, () => stopped);
  const output = () => lines.join('');
  const deadline = Date.now() + 15_000;
  while (!/GraphQL\s+http/.test(output())) {
    if (Date.now() > deadline) throw new Error(`no banner from serve:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    output,
    graphqlUrl: /GraphQL\s+(\S+)/.exec(output())![1],
    apiKey: /API key\s+(\S+)/.exec(output())![1],
    stop: () => {
      stop();
      return exitCode;
    },
  };
}

describe('appsync-local serve', () => {
  it('prints a banner with the endpoints, the key and the local users, and serves until stopped', async () => {
    const serving = await serve(['--in-memory']);
    const banner = serving.output();
    expect(banner).toContain('notes-api is running on the local AppSync engine');
    expect(banner).toMatch(/Explorer\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(banner).toMatch(/Real-time\s+ws:\/\/127\.0\.0\.1:\d+\/graphql\/realtime/);
    expect(banner).toContain('Data        in memory (lost on exit)');
    expect(banner).toContain('Users       ann, bob');
    const answer = await postGraphql(serving.graphqlUrl, { query: '{ echo(message: "from the CLI") { message } }' }, { 'x-api-key': serving.apiKey });
    expect(answer.data).toEqual({ echo: { message: 'from the CLI' } });
    expect(serving.output()).toMatch(/POST \/graphql \(anonymous\) API_KEY 200/);
    // The log names an operation from its document when the body leaves operationName out.
    await postGraphql(serving.graphqlUrl, { query: 'query EchoByName { echo(message: "named") { message } }' }, { 'x-api-key': serving.apiKey });
    expect(serving.output()).toMatch(/POST \/graphql EchoByName API_KEY 200/);
    expect(await serving.stop()).toBe(0);
    await expect(fetch(serving.graphqlUrl, { method: 'POST' })).rejects.toThrow();
  });

  describe('with a data directory', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'notes-serve-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('keeps data, the API key and signing keys across a restart, and seeds only a fresh store', async () => {
      const first = await serve(['--data-dir', dataDir]);
      expect(first.output()).toContain(`Data        ${dataDir}`);
      const headers = { 'x-api-key': first.apiKey };
      const added = await postGraphql(first.graphqlUrl, { query: 'mutation { addNote(text: "survives") { id } }' }, headers);
      const id = added.data!.addNote.id as string;
      const updateWelcome = 'mutation { updateNote(id: "welcome", text: "changed", expectedVersion: 1) { version } }';
      expect((await postGraphql(first.graphqlUrl, { query: updateWelcome }, headers)).data).toEqual({ updateNote: { version: 2 } });
      const signIn = await fetch(first.graphqlUrl.replace('/graphql', '/local/sign-in'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ann', password: 'ann-password-1' }),
      });
      const { idToken } = (await signIn.json()) as { idToken: string };
      expect(await first.stop()).toBe(0);

      const second = await serve(['--data-dir', dataDir]);
      try {
        expect(second.apiKey).toBe(first.apiKey);
        const read = await postGraphql(second.graphqlUrl, { query: `{ note(id: "${id}") { text } welcome: note(id: "welcome") { text version } }` }, headers);
        // The seed did not run again: the welcome note keeps the change.
        expect(read.data).toEqual({ note: { text: 'survives' }, welcome: { text: 'changed', version: 2 } });
        const asAnn = await postGraphql(second.graphqlUrl, { query: '{ whoami { authType } }' }, { authorization: idToken });
        expect(asAnn.data).toEqual({ whoami: { authType: 'User Pool Authorization' } });
      } finally {
        await second.stop();
      }
    });
  });
});
