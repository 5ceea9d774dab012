import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** The AWS scalars and AppSync directives (appsync-directives.graphql), which AppSync schemas use undeclared. */
export const APPSYNC_DIRECTIVES_SDL: string = readFileSync(join(__dirname, 'appsync-directives.graphql'), 'utf8');

/** A graphql-js schema from an AppSync schema, as AppSync reads it: with its scalars and directives defined. */
export function buildAppSyncSchema(sdl: string): GraphQLSchema {
  return buildSchema(`${APPSYNC_DIRECTIVES_SDL}\n${sdl}`);
}
