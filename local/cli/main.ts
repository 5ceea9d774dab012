import { runEvaluate } from './evaluate';
import { runServe } from './serve';
import { UsageError } from './errors';

const USAGE = `Usage:
  appsync-local evaluate --code <file.js|file.ts> --context <context.json> [--function request|response]
      Runs one handler as AppSync's EvaluateCode API does and prints its JSON answer.
  appsync-local serve <api-dir> [--port N] [--host H] [--in-memory | --data-dir DIR | --endpoint URL [--region R]] [--tls]
      Serves the API directory as a local AppSync endpoint (port 4000 or $PORT; data in ./.data by default;
      --tls serves https/wss with a self-signed certificate for localhost).
`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'evaluate':
        return runEvaluate(rest, io);
      case 'serve':
        return await runServe(rest, io);
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`appsync-local: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
