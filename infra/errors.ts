/**
 * Named errors of the CDK app. Each lists every problem at once, each saying what to change, so one
 * failed synth is enough to fix them all.
 */

/** The deployment configuration (`infra/config/`) or a cost flag holds a value that cannot deploy. */
export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`The ToyApi deployment configuration is invalid:\n- ${problems.join('\n- ')}`);
  }
}

/** A construct was given props it cannot build from. */
export class InvalidPropsError extends Error {
  override readonly name = 'InvalidPropsError';
  constructor(
    readonly constructName: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid ${constructName} props:\n- ${problems.join('\n- ')}`);
  }
}

/** Throws an {@link InvalidPropsError} when there are problems; a construct calls it first in its constructor. */
export function assertValidProps(constructName: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new InvalidPropsError(constructName, problems);
}
