import { ConfigurationError } from '../errors';

/** A variable the deployment must set (api.config.ts lists each handler's). */
export function requiredEnvironmentVariable(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigurationError(`The environment variable ${name} is not set.`);
  return value;
}
