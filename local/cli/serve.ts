import path from 'node:path';
import { startLocalApi, type LocalApi } from '../server/local-api';
import { SIGN_IN_PATH } from '../server/router';
import type { StoreOptions } from '../store';
import { UsageError } from './errors';
import type { CliIo } from './main';
import { parseOptions } from './options';

/** Where `serve` keeps data when neither --in-memory nor --data-dir is given. */
export const DEFAULT_DATA_DIR = '.data';

/**
 * `appsync-local serve <api-dir>`: the API on this machine until interrupted. Data lives on disk by default
 * so it survives restarts; `--in-memory` gives a throw-away store, `--endpoint` a real DynamoDB.
 */
export async function runServe(args: readonly string[], io: CliIo, waitForStop = untilSignal): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    'in-memory': { type: 'boolean' },
    'data-dir': { type: 'string' },
    endpoint: { type: 'string' },
    region: { type: 'string' },
    tls: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('serve takes one API directory');
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not '${values.port}'`);
  const chosen = [values['in-memory'], values['data-dir'] !== undefined, values.endpoint !== undefined].filter(Boolean);
  if (chosen.length > 1) throw new UsageError('choose one of --in-memory, --data-dir and --endpoint');

  const dataDir = path.resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);
  const store: StoreOptions = values.endpoint
    ? { endpoint: values.endpoint, region: values.region }
    : values['in-memory']
      ? { inMemory: true }
      : { dataDir: path.join(dataDir, 'store'), ttlSweepIntervalMs: 60_000 };
  const api = await startLocalApi({
    apiDirectory: positionals[0],
    port,
    host: values.host,
    store,
    stateDirectory: values['in-memory'] ? undefined : path.join(dataDir, 'keys'),
    region: values.region,
    tls: values.tls,
    log: (line) => io.out(`${line}\n`),
  });
  io.out(banner(api, values['in-memory'] ? 'in memory (lost on exit)' : values.endpoint ? values.endpoint : dataDir));
  await waitForStop();
  await api.close();
  return 0;
}

function banner(api: LocalApi, storage: string): string {
  const lines = [
    '',
    `  ${api.description.definition.name} is running on the local AppSync engine`,
    '',
    `  GraphQL     ${api.graphqlUrl}`,
    `  Explorer    ${api.url}/`,
    `  Real-time   ${api.realtimeUrl}`,
    `  Data        ${storage}`,
  ];
  if (api.apiKey) lines.push(`  API key     ${api.apiKey}   (header x-api-key)`);
  if (api.signIn) {
    lines.push(
      `  Users       ${api.signIn.usernames.join(', ')}`,
      `  Get a token curl -s ${api.url}${SIGN_IN_PATH} -H 'content-type: application/json' -d '{"username":"<user>","password":"<password>"}'`,
      `              then send its idToken as the Authorization header`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
