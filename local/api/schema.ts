import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';
import { installAppSyncScalars } from './scalars';

/** AppSync's implicit scalars and directives, as SDL (see appsync-definitions.graphql). */
export const APPSYNC_DEFINITIONS_SDL = readFileSync(path.join(__dirname, 'appsync-definitions.graphql'), 'utf8');

/** A schema graphql-js cannot build, with each of its messages. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

/**
 * Builds an executable-shape schema from SDL written for AppSync, which takes its scalars and directives
 * as given; the scalars get AppSync's format checks. A schema that declares them itself is refused, as AppSync refuses it.
 */
export function buildAppSyncSchema(sdl: string): GraphQLSchema {
  try {
    const schema = buildSchema(`${APPSYNC_DEFINITIONS_SDL}\n${sdl}`);
    installAppSyncScalars(schema);
    return schema;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw new SchemaError([(error as Error).message]);
    // Report lines of the user's file, not of the concatenation.
    const lines = (error.locations ?? []).map((l) => l.line - PREAMBLE_LINES).filter((line) => line > 0);
    throw new SchemaError([`${lines.length ? `line ${lines.join(', ')}: ` : ''}${error.message}`]);
  }
}

const PREAMBLE_LINES = APPSYNC_DEFINITIONS_SDL.split('\n').length;
