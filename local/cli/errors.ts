/** The command line was not understood; the CLI prints the message and its usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
